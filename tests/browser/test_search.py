"""Search, typed as a reader types it: each term lists its lesson first.

Material searches on key-up, so the test types the term key by key; it does not fill the box.
The same checks run on the offline build in ``test_offline.py``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .conftest import wait_until_ready
from .project import Page, pages

# term -> the page (under docs/) that must be the first result
TERMS = {
    "Pipe": "pipe.md",
    "forkserver": "start-methods.md",
    "ShareableList": "sharing-state.md",
}
FIRST_RESULT = (
    ".md-search-result__list > .md-search-result__item:first-child a.md-search-result__link"
)


def expected_page(src: str) -> Page:
    found = [p for p in pages() if p.src == src]
    assert found, f"{src} is not in the nav of mkdocs.yml"
    return found[0]


def search(tab, term: str) -> str:
    """Type ``term`` into the search box; the absolute URL of the first result."""
    box = tab.locator("input.md-search__input")
    box.click()  # opens the search dialog (the desktop layout shows the box in the header)
    wait_until_ready(tab)  # from file://, Material starts the search when its dialog opens
    tab.keyboard.type(term, delay=20)
    # Results come from a worker while the reader types: wait for those of the whole term.
    # Material puts the matched terms in the links of the sections that matched (?h=term).
    tab.wait_for_function(
        """term => [...document.querySelectorAll(".md-search-result__list a")].some(
            a => new URL(a.href).searchParams.get("h") === term.toLowerCase())""",
        arg=term,
    )
    return tab.locator(FIRST_RESULT).first.evaluate("a => a.href")


@pytest.mark.parametrize("term", list(TERMS))
def test_search_lists_the_right_page_first(open_page, server: str, term: str):
    page = expected_page(TERMS[term])
    tab, watch, _ = open_page("")
    href = search(tab, term)
    assert urlsplit(href).path == f"/{page.url}", f"searching {term!r}: first result is {href}"
    assert not watch.problems(), watch.problems()
