"""Search, typed as a reader types it: each term lists the page that teaches it first.

The terms are the words a learner types: every glossary term and every API name a lesson
teaches (``search_terms.py``), at least 40 in English and 20 in Chinese.

Material searches on key-up. The test puts each whole term into the box, as an input method or a
paste does, and then presses End, whose key-up starts the one search for the whole term: typed
key by key, each key started a search for part of the term, and under load the answer to a part
could come last and be read as the answer (measured: "copy-on-write" answered by the search for
a part of it). The terms of a language go one after the other into one page of that language
(one load, one search index). The same check runs on the offline copy in ``test_offline.py``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .conftest import wait_until_ready
from .project import DEFAULT_LANGUAGE, Page, languages, pages
from .search_terms import terms

# language -> term -> the page (its English source under docs/) that must be the first result
TERMS = {language: terms(language) for language in ("en", "zh")}
FIRST_RESULT = ".md-search-result__list > .md-search-result__item:first-child a"


def expected_page(src: str, lang: str) -> Page:
    found = [p for p in pages() if p.src == src and p.lang == lang]
    assert found, f"{src} in {lang} is not a page of the site"
    return found[0]


WATCH_RESULTS = """() => {
    const output = document.querySelector(".md-search-result");
    window.__searchRenders = 0;
    window.__searchRenderedAt = 0;
    new MutationObserver(() => {
        window.__searchRenders += 1;
        window.__searchRenderedAt = performance.now();
    }).observe(output, {childList: true, subtree: true, characterData: true});
}"""
# Results come from a worker while the reader types: the answer to the whole term is the last
# rendering after it was typed, once no other rendering has come for a moment.
ANSWERED = """([renders, quietMs]) => window.__searchRenders > renders
    && performance.now() - window.__searchRenderedAt > quietMs"""
QUIET_MS = 250


def first_results(tab, terms) -> dict[str, str]:
    """Type each term into the search box: the absolute URL of its first result."""
    box = tab.locator("input.md-search__input")
    box.click()  # opens the search dialog (the desktop layout shows the box in the header)
    wait_until_ready(tab)  # from file://, Material starts the search when its dialog opens
    tab.evaluate(WATCH_RESULTS)
    found = {}
    for term in terms:
        box.press("Control+A")  # the last term, replaced by this one
        tab.keyboard.insert_text(term)  # no key events: no search for a part of the term
        renders = tab.evaluate("window.__searchRenders")
        box.press("End")  # its key-up starts the search, as a reader's next key does
        tab.wait_for_function(ANSWERED, arg=[renders, QUIET_MS])
        first = tab.locator(FIRST_RESULT)
        found[term] = first.first.evaluate("a => a.href") if first.count() else "(nothing)"
    return found


def searched_languages() -> list[str]:
    return [lang for lang in languages() if lang in TERMS]


@pytest.mark.parametrize("lang", searched_languages())
def test_search_lists_the_page_that_teaches_a_term_first(open_searchable_page, lang: str):
    home = expected_page("index.md", lang)
    tab, watch, _ = open_searchable_page(home.url)
    wrong = {
        term: href
        for term, href in first_results(tab, TERMS[lang]).items()
        if urlsplit(href).path != f"/{expected_page(TERMS[lang][term], lang).url}"
    }
    assert not wrong, f"first results that are not the lesson expected: {wrong}"
    assert not watch.problems(), watch.problems()


def test_every_search_term_names_a_page_of_the_site():
    for lang in searched_languages():
        for src in TERMS[lang].values():
            expected_page(src, lang)
    assert DEFAULT_LANGUAGE in searched_languages()


def test_there_are_enough_search_terms_to_speak_for_the_site():
    """Leaving ambiguous words out must not leave search untested."""
    assert len(TERMS["en"]) >= 40 and len(TERMS["zh"]) >= 20, {k: len(v) for k, v in TERMS.items()}
