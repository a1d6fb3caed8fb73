"""Every page, loaded once: it asks no other host, reads well at desktop and phone size, and passes
axe in the light and the dark scheme.

A page fails on: a request to any host but the local server (a web font, a CDN script, an API
call), a failed or >= 400 request, a console error, an uncaught JavaScript error, an axe-core
violation of impact serious or critical, a code block that scrolls sideways at 1280 px, code in an
admonition smaller than code in the body, a layout wider than a 390 px phone, more than 25
entries in its table of contents, or, on a lesson, a copy button that does not give its sample
or an output block that is not its recorded output (``test_copy.py``). A lesson (a numbered page)
also fails with more than 2,500 words of prose, or when its first program comes after more than
200 words or is a broken original (``lesson_shape.py``); a page with figures, when one does not
render in its scheme (``figures.py``). A lesson's frame, title, recap, collapsed
quotes of the post and platform notes are ``lesson_frame.py``'s; an output block that melts into
the page in either scheme fails (``output_blocks.py``). The 404 page is checked the same way,
at an address that does not exist. Screenshots (``test_screenshots.py``) are taken in the same
load: desktop and phone, light and dark.

Each page is loaded once, in the light scheme; the test then switches it to the dark one with
the header's toggle, as a reader does (unless the dark scheme has nothing new to show on it:
``check_both_schemes``). axe runs every rule on the whole page in the light
scheme, and the colour rules again in the dark one; the colour rules (``color-contrast``,
``link-in-text-block``) look, in each scheme, at one element of each *kind*: the first element
with text (or link) of each chain of tags, classes and inline styles from it up to <body>
(``data-axe-kind``), since that is all a colour in the CSS depends on; a kind checked on an
earlier page of the same run is not checked again (``colour_kinds``), for the same reason.
``test_axe_sees_what_it_must`` shows that these shortcuts still catch what they should.

Syntax-highlighted code is most of a lesson's elements (thousands of token spans) and most of
axe's time. What axe checks in a token (its colour on its background, its role) depends only
on its classes and on what encloses it, so inside ``pre code`` one element of each kind per page
is kept; before axe runs (after every other check of the page), the other token elements are
replaced by their text, which leaves the page as it looks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

from .conftest import DESKTOP, PHONE, SCHEMES
from .figures import figure_problems, has_figures
from .lesson_frame import frame_problems
from .lesson_shape import layout_problems, lesson_shape_problems, phone_problems
from .output_blocks import output_contrast_problems
from .project import SITE, Page, copy_case, pages
from .test_copy import copy_paste_problems
from .test_screenshots import TAKING, take_screenshots

FAILING_IMPACTS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
MISSING = "this-page-does-not-exist.html"
MISSING_PAGE = "404.html"  # what the server sends for it

COLLAPSE_CODE_TOKENS = """() => {
    const seen = new Set();
    for (const el of document.querySelectorAll("article pre code *")) {
        const chain = [];
        for (let e = el; e && e.tagName !== "PRE"; e = e.parentElement)
            chain.push(e.tagName + "." + [...e.classList].sort().join("."));
        const around = el.closest("pre").parentElement.closest(
            ".admonition, details, .tabbed-set, table, li, blockquote");
        const kind = chain.join("<") + "|" + (around ? around.tagName + around.className : "");
        if (!seen.has(kind)) { seen.add(kind); el.setAttribute("data-axe-sample", ""); }
    }
    for (const el of [...document.querySelectorAll("article pre code *")].reverse()) {
        if (!el.matches("[data-axe-sample]") && !el.querySelector("[data-axe-sample]"))
            el.replaceWith(...el.childNodes);
    }
}"""
MARK_NEW_KINDS = """seen => {
    const known = new Set(seen), found = [];
    document.querySelectorAll("[data-axe-kind]").forEach(e => e.removeAttribute("data-axe-kind"));
    for (const el of document.body.querySelectorAll("*")) {
        const text = [...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())
            || (el.matches("a[href], [role=link]") && el.textContent.trim());
        if (!text) continue;
        const chain = [];
        for (let e = el; e && e !== document.body; e = e.parentElement)
            chain.push(e.tagName + "." + [...e.classList].sort().join(".")
                       + (e.getAttribute("style") || ""));
        const kind = chain.join("<");
        if (known.has(kind)) continue;
        known.add(kind);
        found.push(kind);
        el.setAttribute("data-axe-kind", "");
    }
    return found;
}"""
# The colour rules look only at the elements marked by MARK_NEW_KINDS, so that they run in the
# same axe run as every other rule (a run costs ~0.1 s before it checks anything).
COLOUR_RULES_ON_MARKED = """() => axe.configure({rules: [
    {id: "color-contrast", selector: "[data-axe-kind]"},
    {id: "link-in-text-block", selector: "a[href][data-axe-kind], [role=link][data-axe-kind]"},
]})"""
# axe fetches every stylesheet again before a run, for its one rule that reads them: about
# 0.1 s a run. Every page links the same stylesheets (``test_page`` checks), so that rule,
# ``css-orientation-lock``, runs once, on the 404 page, and the other runs skip the fetch.
STYLESHEET_RULE = "css-orientation-lock"
STYLESHEETS = "() => [...document.styleSheets].map(sheet => sheet.href || 'inline')"
WHOLE_PAGE = {"include": [["html"]], "exclude": []}


class ColourKinds:
    """The element kinds whose colours the session has checked, per scheme: ``scheme|kind``.

    Kept in a file that every xdist worker of the session reads and appends to, so that a kind
    checked by one worker is not checked again by another (a page and its translation are mostly
    the same kinds, and often go to different workers).
    """

    def __init__(self, path: Path):
        self.path = path
        path.touch()

    def __iter__(self) -> Iterator[str]:
        text = self.path.read_text(encoding="utf-8")
        complete = text[: text.rfind("\n") + 1]  # not a line another worker is writing
        return iter(json.loads(line) for line in complete.splitlines())

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def update(self, kinds: Iterable[str]) -> None:
        lines = "".join(json.dumps(kind) + "\n" for kind in kinds)
        if lines:
            with self.path.open("a", encoding="utf-8") as known:
                known.write(lines)  # one write: appended whole (O_APPEND)


@pytest.fixture(scope="session")
def colour_kinds(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> ColourKinds:
    """The session's ``ColourKinds``: in the folder that every worker's temporary folder is in."""
    session = tmp_path_factory.getbasetemp()
    shared = session if worker_id == "master" else session.parent
    return ColourKinds(shared / "colour-kinds.jsonl")


def run_axe(tab, context: dict, options: dict, scheme: str) -> list[str]:
    violations = tab.evaluate(
        "([context, options]) => axe.run(context, options).then(r => r.violations)",
        [context, {"resultTypes": ["violations"], **options}],
    )
    found = []
    for violation in violations:
        if violation["impact"] not in FAILING_IMPACTS:
            continue
        nodes = violation["nodes"]
        where = ", ".join(" ".join(map(str, n["target"])) for n in nodes[:5])
        more = f" and {len(nodes) - 5} more" if len(nodes) > 5 else ""
        found.append(
            f"axe {violation['id']} ({violation['impact']}, {scheme}): "
            f"{violation['help']}; at {where}{more}. {violation['helpUrl']}"
        )
    return found


def axe_problems(axe, tab, scheme: str, colour_kinds: set[str]) -> list[str]:
    """Serious and critical violations in the scheme the page shows now."""
    if not tab.evaluate("typeof window.axe === 'object'"):
        tab.evaluate(axe.axe_script)  # axe-core, as axe-playwright-python bundles it
        tab.evaluate(COLLAPSE_CODE_TOKENS)
        tab.evaluate(COLOUR_RULES_ON_MARKED)
    seen = [k.split("|", 1)[1] for k in colour_kinds if k.startswith(f"{scheme}|")]
    new = tab.evaluate(MARK_NEW_KINDS, seen)
    options: dict = {"preload": False, "rules": {STYLESHEET_RULE: {"enabled": False}}}
    if scheme != "light":  # the other rules do not depend on the colours
        if not new:
            return []
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
    found = run_axe(tab, WHOLE_PAGE, options, scheme)
    if not found:  # a kind is known to pass only once it has passed
        colour_kinds.update(f"{scheme}|{kind}" for kind in new)
    return found


@cache
def site_stylesheets() -> list[str]:
    """The stylesheets every page links, as the built 404 page does: paths below the root."""
    html = (SITE / f"{MISSING_PAGE}").read_text(encoding="utf-8")
    links = re.findall(r'<link rel="stylesheet" href="/([^"]+)"', html)
    return list(dict.fromkeys(links))


def stylesheet_problems(tab, server: str) -> list[str]:
    """The page's stylesheets, if they are not the site's (those of ``MISSING``)."""
    expected = [f"{server}/{path}" for path in site_stylesheets()]
    actual = list(dict.fromkeys(tab.evaluate(STYLESHEETS)))
    if actual == expected:
        return []
    return [f"stylesheets {actual}, not the site's {expected} (see STYLESHEET_RULE)"]


def scheme_of(tab) -> str:
    actual = tab.evaluate("document.body.dataset.mdColorScheme")
    return {v: k for k, v in SCHEMES.items()}.get(actual, actual)


def switch_to_dark(tab) -> None:
    """Click the header's palette toggle, as a reader does, and wait for the dark scheme."""
    tab.locator("form[data-md-component=palette] label:not([hidden])").click()
    tab.wait_for_function(
        """() => document.body.dataset.mdColorScheme === "slate"
                 && !document.body.hasAttribute("data-md-color-switching")"""
    )


def check_both_schemes(tab, watch, axe, colour_kinds, page: Page | None = None, **allow):
    """Desktop light, phone light, phone dark, desktop dark: width, axe (and screenshots).

    A page with no figure and no kind of element that is new in the session (a translation, most
    often) is not switched to the dark scheme: every colour it could show there has been
    checked in the dark scheme, on the page that showed that kind first.
    """
    found = []
    if scheme_of(tab) != "light":
        found.append(f"the page opened in the {scheme_of(tab)} scheme, not the light one")
    take_screenshots(tab, page, "desktop", "light")
    figures = has_figures(page)
    if figures:
        found += figure_problems(tab, "light")
    found += output_contrast_problems(tab, "light")
    known = len(colour_kinds)
    found += axe_problems(axe, tab, "light", colour_kinds)
    tab.set_viewport_size(PHONE)
    found += phone_problems(tab)
    take_screenshots(tab, page, "phone", "light")
    if not (TAKING or figures or found or len(colour_kinds) > known):
        tab.set_viewport_size(DESKTOP)
        return found + watch.problems(**allow)
    if TAKING:
        switch_to_dark(tab)
        take_screenshots(tab, page, "phone", "dark")
        tab.set_viewport_size(DESKTOP)
    else:
        tab.set_viewport_size(DESKTOP)
        switch_to_dark(tab)
    take_screenshots(tab, page, "desktop", "dark")
    if figures:
        found += figure_problems(tab, "dark")
    found += output_contrast_problems(tab, "dark")
    found += axe_problems(axe, tab, "dark", colour_kinds)
    found += watch.problems(**allow)  # last: axe took a while, late requests are in
    return found


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.id)
def test_page(open_checked_page, axe, colour_kinds, record_property, server: str, page: Page):
    tab, watch, response = open_checked_page(page.url)
    problems = []
    if response is None or response.status != 200:
        problems.append(f"status {response and response.status}, expected 200")
    if tab.locator("article h1").count() != 1:
        problems.append("the page has no single <h1> in its article")
    problems += layout_problems(tab)
    problems += stylesheet_problems(tab, server)
    if page.is_lesson:
        problems += lesson_shape_problems(tab, page)
        problems += frame_problems(tab, page)
    case = copy_case(page)
    if case:  # before axe, which leaves the code's text but not its markup
        problems += copy_paste_problems(tab, case)
    problems += check_both_schemes(tab, watch, axe, colour_kinds, page)
    record_property("axe_violations", sum(p.startswith("axe ") for p in problems))
    record_property("external_requests", len(watch.external_requests))
    assert not problems, f"/{page.url}:\n  " + "\n  ".join(problems)


def test_404_page(open_checked_page, axe, colour_kinds, server: str):
    tab, watch, response = open_checked_page(MISSING)
    assert response is not None and response.status == 404
    assert tab.locator("article h1").inner_text() == "Page not found"
    lessons = [p for p in pages() if p.is_lesson and p.lang == "en"]
    listed = tab.locator("article a").evaluate_all("links => links.map(a => a.textContent.trim())")
    missing = [p.title for p in lessons if p.title not in listed]
    assert not missing, f"the 404 page does not list the lessons {missing}"
    problems = check_both_schemes(
        tab, watch, axe, colour_kinds, allow_status=(f"404 {server}/{MISSING}",)
    )
    # The stylesheets of every page, read once (STYLESHEET_RULE).
    problems += stylesheet_problems(tab, server)
    problems += run_axe(
        tab, WHOLE_PAGE, {"runOnly": {"type": "rule", "values": [STYLESHEET_RULE]}}, scheme_of(tab)
    )
    assert not problems, f"/{MISSING}:\n  " + "\n  ".join(problems)
    # Its way back works from any depth: its links are absolute.
    tab.get_by_role("link", name="Start at the beginning of the course").click()
    tab.wait_for_url(f"{server}/index.html")
    assert tab.locator("article h1").count() == 1


def test_axe_sees_what_it_must(open_checked_page, axe):
    """The checks above, on a lesson with three faults added: an image without a text
    alternative, grey text on white, a link told from its text by colour alone (in both schemes,
    with every kind of the page already known but these)."""
    lesson = next(p for p in pages() if p.is_lesson)
    tab, _, _ = open_checked_page(lesson.url)
    known = {f"{scheme}|{kind}" for scheme in SCHEMES for kind in tab.evaluate(MARK_NEW_KINDS, [])}
    tab.evaluate("""() => {
        const faults = document.createElement("div");
        faults.className = "added-faults";
        faults.innerHTML = '<img src="assets/images/favicon.png">'
            + '<p style="color: #ccc; background: #fff">hard to read</p>'
            + '<p style="color: #000">text and <a href="#" style="color: #111;'
            + ' text-decoration: none">a link</a> alike</p>';
        document.querySelector("article").prepend(faults);
    }""")
    light = axe_problems(axe, tab, "light", known)
    switch_to_dark(tab)
    dark = axe_problems(axe, tab, "dark", known)
    found = {(p.split()[1], p.split(",")[1].split(")")[0].strip()) for p in light + dark}
    assert found == {
        ("image-alt", "light"),
        ("color-contrast", "light"),
        ("link-in-text-block", "light"),
        ("color-contrast", "dark"),
        ("link-in-text-block", "dark"),
    }, "\n".join(light + dark)
