"""Search, typed as a reader types it: each term lists its lesson first.

Material searches on key-up, so the test types each term key by key; it does not fill the box.
The terms are typed one after the other into the same page (one load, one search index).
The same check runs on the offline build in ``test_offline.py``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .conftest import wait_until_ready
from .project import Page, pages

# term -> the page (under docs/) that must be the first result
TERMS = {
    "Pipe": "pipe.md",
    "forkserver": "start-methods.md",
    "ShareableList": "sharing-state.md",
}
FIRST_RESULT = ".md-search-result__list > .md-search-result__item:first-child a"


def expected_page(src: str) -> Page:
    found = [p for p in pages() if p.src == src]
    assert found, f"{src} is not in the nav of mkdocs.yml"
    return found[0]


def first_results(tab) -> dict[str, str]:
    """Type each term into the search box: the absolute URL of its first result."""
    box = tab.locator("input.md-search__input")
    box.click()  # opens the search dialog (the desktop layout shows the box in the header)
    wait_until_ready(tab)  # from file://, Material starts the search when its dialog opens
    found = {}
    for term in TERMS:
        box.press("Control+A")
        box.press("Backspace")
        tab.keyboard.type(term, delay=20)
        # Results come from a worker while the reader types: wait for those of the whole
        # term. Material puts it in the links of the sections that matched (?h=term).
        tab.wait_for_function(
            """term => [...document.querySelectorAll(".md-search-result__list a")].some(
                a => new URL(a.href).searchParams.get("h") === term.toLowerCase())""",
            arg=term,
        )
        found[term] = tab.locator(FIRST_RESULT).first.evaluate("a => a.href")
    return found


def test_search_lists_the_right_page_first(open_page, server: str):
    tab, watch, _ = open_page("")
    wrong = {
        term: href
        for term, href in first_results(tab).items()
        if urlsplit(href).path != f"/{expected_page(TERMS[term]).url}"
    }
    assert not wrong, f"first results that are not the lesson expected: {wrong}"
    assert not watch.problems(), watch.problems()
