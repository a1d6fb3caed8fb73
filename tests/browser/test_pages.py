"""Every page: it loads, asks no other host, and passes axe in the light and the dark scheme.

A page fails on: a request to any host but the local server (a web font, a CDN script, an
API call), a failed or >= 400 request, a console error, an uncaught JavaScript error, an
axe-core violation of impact serious or critical, or, on a lesson, a copy button that does
not give its sample or a sample that does not print the output shown (``test_copy.py``). The
404 page is checked the same way, at an address that does not exist. The screenshots of
``test_screenshots.py`` are taken here too: every check shares the page's one load.

Each page is loaded once, in the light scheme; the test then switches it to the dark one with
the header's toggle, as a reader does. axe runs every rule in the light scheme and, in the dark
one, the rules that depend on colour (the markup is the same, only colours change), on one
element of each kind: the first with text of each chain of tags, classes and inline styles
from it up to <body> (``data-axe-kind``), since that is all a colour in the CSS depends on.

Syntax-highlighted code is most of a lesson's elements (thousands of token spans) and most of
axe's time. What axe checks in a token (its colour on its background, its role) depends only
on its classes and on what encloses it, so inside ``pre code`` axe checks one element of each
kind per page, marked ``data-axe-sample``; everywhere else, every element. Before axe runs
(after every other check of the page), the other token elements are replaced by their text,
which leaves the page as it looks and spares axe's colour rules thousands of elements.
"""

from __future__ import annotations

import pytest

from .conftest import SCHEMES
from .project import Page, copy_case, pages
from .test_copy import copy_paste_problems
from .test_screenshots import take_screenshots

FAILING_IMPACTS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
MISSING = "this-page-does-not-exist/"

MARK_CODE_SAMPLES = """() => {
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
    return seen.size;
}"""
MARK_KINDS = """() => {
    const seen = new Set();
    for (const el of document.body.querySelectorAll("*")) {
        if (![...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) continue;
        const chain = [];
        for (let e = el; e && e !== document.body; e = e.parentElement)
            chain.push(e.tagName + "." + [...e.classList].sort().join(".")
                       + (e.getAttribute("style") || ""));
        const kind = chain.join("<");
        if (!seen.has(kind)) { seen.add(kind); el.setAttribute("data-axe-kind", ""); }
    }
    return seen.size;
}"""
CODE_SAMPLED = {
    "include": [["html"], ["[data-axe-sample]"]],
    "exclude": [["article pre code"]],
}
ONE_OF_EACH_KIND = {"include": [["[data-axe-kind]"]]}


def axe_problems(axe, tab, scheme: str) -> list[str]:
    """Serious and critical violations in the scheme the page shows now."""
    options = {"resultTypes": ["violations"]}
    context = CODE_SAMPLED
    if not tab.evaluate("typeof window.axe === 'object'"):
        tab.evaluate(axe.axe_script)  # axe-core, as axe-playwright-python bundles it
        tab.evaluate(MARK_CODE_SAMPLES)
    if scheme != "light":
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
        context = ONE_OF_EACH_KIND
        tab.evaluate(MARK_KINDS)
    violations = tab.evaluate(
        "([context, options]) => axe.run(context, options).then(r => r.violations)",
        [context, options],
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


def check_both_schemes(tab, watch, axe, page: Page | None = None, **allow) -> list[str]:
    found = []
    if scheme_of(tab) != "light":
        found.append(f"the page opened in the {scheme_of(tab)} scheme, not the light one")
    if page:
        take_screenshots(tab, page, "light")
    found += axe_problems(axe, tab, "light")
    switch_to_dark(tab)
    if page:
        take_screenshots(tab, page, "dark")
    found += axe_problems(axe, tab, "dark")
    found += watch.problems(**allow)  # last: axe took a while, late requests are in
    return found


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.id)
def test_page(open_page, axe, tmp_path, page: Page):
    tab, watch, response = open_page(page.url)
    problems = []
    if response is None or response.status != 200:
        problems.append(f"status {response and response.status}, expected 200")
    if tab.locator("article h1").count() != 1:
        problems.append("the page has no single <h1> in its article")
    case = copy_case(page)
    if case:  # before axe, which leaves the code's text but not its markup
        problems += copy_paste_problems(tab, case, tmp_path)
    problems += check_both_schemes(tab, watch, axe, page)
    assert not problems, f"/{page.url}:\n  " + "\n  ".join(problems)


def test_404_page(open_page, axe, server: str):
    tab, watch, response = open_page(MISSING)
    assert response is not None and response.status == 404
    assert tab.locator("article h1").inner_text() == "Page not found"
    problems = check_both_schemes(tab, watch, axe, allow_status=(f"404 {server}/{MISSING}",))
    assert not problems, f"/{MISSING}:\n  " + "\n  ".join(problems)
    # Its way back works from any depth: its links are absolute.
    tab.get_by_role("link", name="Start at the beginning of the course").click()
    tab.wait_for_url(f"{server}/")
    assert tab.locator("article h1").count() == 1
