"""Every page, in the light and the dark scheme: it loads, asks no other host, and passes axe.

A page fails on: a request to any host but the local server (a web font, a CDN script, an API
call), a failed or >= 400 request, a console error, an uncaught JavaScript error, or an axe-core
violation of impact serious or critical. The 404 page is checked the same way, at an address
that does not exist.
"""

from __future__ import annotations

import pytest

from .conftest import SCHEMES
from .site import Page, pages

FAILING_IMPACTS = ("serious", "critical")
MISSING = "this-page-does-not-exist/"


def axe_problems(axe, page) -> list[str]:
    results = axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] not in FAILING_IMPACTS:
            continue
        targets = ", ".join(
            " ".join(map(str, n["target"])) for n in violation["nodes"][:5]
        )
        more = len(violation["nodes"]) - 5
        found.append(
            f"axe {violation['id']} ({violation['impact']}): {violation['help']}; "
            f"at {targets}{f' and {more} more' if more > 0 else ''}. {violation['helpUrl']}"
        )
    return found


def check(page, watch, axe, scheme: str, **allow) -> list[str]:
    found = []
    actual = page.evaluate("document.body.dataset.mdColorScheme")
    if actual != SCHEMES[scheme]:
        found.append(f"colour scheme is {actual!r}, expected {SCHEMES[scheme]!r}")
    found += axe_problems(axe, page)
    found += watch.problems(**allow)  # last: axe took a while, late requests are in
    return found


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("page", pages(), ids=lambda p: p.id)
def test_page(open_page, axe, page: Page, scheme: str):
    tab, watch, response = open_page(page.url, scheme)
    problems = []
    if response is None or response.status != 200:
        problems.append(f"status {response and response.status}, expected 200")
    if tab.locator("article h1").count() != 1:
        problems.append("the page has no single <h1> in its article")
    problems += check(tab, watch, axe, scheme)
    assert not problems, f"/{page.url} ({scheme}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_404_page(open_page, axe, server: str, scheme: str):
    tab, watch, response = open_page(MISSING, scheme)
    assert response is not None and response.status == 404
    assert tab.locator("article h1").inner_text() == "Page not found"
    problems = check(tab, watch, axe, scheme, allow_status=(f"404 {server}/{MISSING}",))
    assert not problems, f"/{MISSING} ({scheme}):\n  " + "\n  ".join(problems)
    # Its way back works from any depth: the links are absolute.
    tab.get_by_role("link", name="Start at the beginning of the course").click()
    tab.wait_for_url(f"{server}/")
    assert tab.locator("article h1").count() == 1
