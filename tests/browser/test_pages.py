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
the header's toggle, as a reader does. axe runs every rule but the colour rules on the whole
page in the light scheme. The colour rules (``color-contrast``, ``link-in-text-block``) run, in
each scheme, on one element of each *kind*: the first element with text of each chain of tags,
classes and inline styles from it up to <body> (``data-axe-kind``), since that is all a colour
in the CSS depends on; a kind checked on an earlier page of the same run is not checked again
(``colour_kinds``), for the same reason.

Syntax-highlighted code is most of a lesson's elements (thousands of token spans) and most of
axe's time. What axe checks in a token (its colour on its background, its role) depends only
on its classes and on what encloses it, so inside ``pre code`` one element of each kind per page
is kept; before axe runs (after every other check of the page), the other token elements are
replaced by their text, which leaves the page as it looks.
"""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, PHONE, SCHEMES
from .figures import figure_problems, has_figures
from .lesson_frame import frame_problems
from .lesson_shape import layout_problems, lesson_shape_problems, phone_problems
from .output_blocks import output_contrast_problems
from .project import Page, copy_case, pages
from .test_copy import copy_paste_problems
from .test_screenshots import TAKING, take_screenshots

FAILING_IMPACTS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
MISSING = "this-page-does-not-exist.html"

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
        if (![...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) continue;
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
WHOLE_PAGE = {"include": [["html"]], "exclude": []}
NEW_KINDS = {"include": [["[data-axe-kind]"]]}


@pytest.fixture(scope="session")
def colour_kinds() -> set[str]:
    """The element kinds whose colours this worker has checked, per scheme: ``scheme|kind``."""
    return set()


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
    found = []
    if not tab.evaluate("typeof window.axe === 'object'"):
        tab.evaluate(axe.axe_script)  # axe-core, as axe-playwright-python bundles it
        tab.evaluate(COLLAPSE_CODE_TOKENS)
    if scheme == "light":
        rules = {rule: {"enabled": False} for rule in COLOUR_RULES}
        found += run_axe(tab, WHOLE_PAGE, {"rules": rules}, scheme)
    seen = [k.split("|", 1)[1] for k in colour_kinds if k.startswith(f"{scheme}|")]
    new = tab.evaluate(MARK_NEW_KINDS, seen)
    if new:
        only_colour = {"runOnly": {"type": "rule", "values": COLOUR_RULES}}
        found += run_axe(tab, NEW_KINDS, only_colour, scheme)
    if not found:  # a kind is known to pass only once it has passed
        colour_kinds.update(f"{scheme}|{kind}" for kind in new)
    return found


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
    """Desktop light, phone light, phone dark, desktop dark: width, axe (and screenshots)."""
    found = []
    if scheme_of(tab) != "light":
        found.append(f"the page opened in the {scheme_of(tab)} scheme, not the light one")
    take_screenshots(tab, page, "desktop", "light")
    figures = has_figures(page)
    if figures:
        found += figure_problems(tab, "light")
    found += output_contrast_problems(tab, "light")
    found += axe_problems(axe, tab, "light", colour_kinds)
    tab.set_viewport_size(PHONE)
    found += phone_problems(tab)
    take_screenshots(tab, page, "phone", "light")
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
def test_page(open_page, axe, colour_kinds, record_property, page: Page):
    tab, watch, response = open_page(page.url)
    problems = []
    if response is None or response.status != 200:
        problems.append(f"status {response and response.status}, expected 200")
    if tab.locator("article h1").count() != 1:
        problems.append("the page has no single <h1> in its article")
    problems += layout_problems(tab)
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


def test_404_page(open_page, axe, colour_kinds, server: str):
    tab, watch, response = open_page(MISSING)
    assert response is not None and response.status == 404
    assert tab.locator("article h1").inner_text() == "Page not found"
    lessons = [p for p in pages() if p.is_lesson and p.lang == "en"]
    listed = tab.locator("article a").evaluate_all("links => links.map(a => a.textContent.trim())")
    missing = [p.title for p in lessons if p.title not in listed]
    assert not missing, f"the 404 page does not list the lessons {missing}"
    problems = check_both_schemes(
        tab, watch, axe, colour_kinds, allow_status=(f"404 {server}/{MISSING}",)
    )
    assert not problems, f"/{MISSING}:\n  " + "\n  ".join(problems)
    # Its way back works from any depth: its links are absolute.
    tab.get_by_role("link", name="Start at the beginning of the course").click()
    tab.wait_for_url(f"{server}/index.html")
    assert tab.locator("article h1").count() == 1
