"""The offline copy, opened from ``file://`` as a reader opens it from the zip.

The hosted site and the offline copy are one build (``site/``; see mkdocs.yml), so the files
``test_pages.py`` checks over HTTP, page by page, are the files in the zip. What is different
from ``file://`` is checked here: pages at every folder depth load with no network request at all
(their relative links and assets resolve), navigation between pages works, search works (Material
needs the iframe-worker shim there: ours is self-hosted, see docs/assets/javascripts), and the
zip holds exactly the built files.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import Watch
from .project import ARCHIVE_FOLDER, OFFLINE_ZIP, Page, pages
from .test_search import TERMS, expected_page, first_results, searched_languages

OFFLINE_TERMS = 2  # per language


def one_page_per_depth() -> list[Page]:
    """A page of every folder depth and language: ``index.html``, ``reference/x.html``,
    ``zh/x.html``, ``zh/reference/x.html``."""
    chosen: dict[tuple[str, int], Page] = {}
    for page in pages():
        chosen.setdefault((page.lang, page.src.count("/")), page)
    return list(chosen.values())


@pytest.fixture
def open_offline(fresh_context, site_dir: Path):
    context = fresh_context()

    def _open(page: Page):
        tab = context.new_page()
        watch = Watch(tab, "file://")
        tab.goto((site_dir / page.url).as_uri(), wait_until="load")
        return tab, watch

    return _open


@pytest.mark.parametrize("page", one_page_per_depth(), ids=lambda p: p.id)
def test_offline_page_makes_no_network_request(open_offline, page: Page):
    tab, watch = open_offline(page)
    assert tab.locator("article h1").count() == 1
    network = [u for u in watch.requests if not u.startswith("file://")]
    assert not network, f"network requests from {page.url}: {network}"
    assert not watch.problems(), f"{page.url}:\n  " + "\n  ".join(watch.problems())


def test_offline_navigation(open_offline, site_dir: Path):
    home, *lessons = [p for p in pages() if p.lang == "en"]
    assert lessons, "the nav has no page but the home page"
    tab, watch = open_offline(home)
    for lesson in lessons[:2]:
        tab.locator(f"nav.md-nav--primary a.md-nav__link[href$='{lesson.url}']").first.click()
        tab.wait_for_url((site_dir / lesson.url).as_uri())
        assert tab.locator("article h1").count() == 1
    # the footer's "Previous" link leads back
    tab.locator("a.md-footer__link--prev").click()
    tab.wait_for_url((site_dir / lessons[0].url).as_uri())
    assert not watch.problems(), watch.problems()


@pytest.mark.parametrize("lang", searched_languages())
def test_offline_search(open_offline, site_dir: Path, lang: str):
    """The search runs from disk (Material needs the iframe-worker shim there) and ranks as
    over HTTP: the zip holds the same index that ``test_search.py`` checks with every term,
    so a few terms show it here."""
    tab, watch = open_offline(expected_page("index.md", lang))
    terms = dict(list(TERMS[lang].items())[:OFFLINE_TERMS])
    wrong = {}
    for term, href in first_results(tab, terms).items():
        expected = (site_dir / expected_page(terms[term], lang).url).as_uri()
        if urlsplit(href)._replace(query="", fragment="").geturl() != expected:
            wrong[term] = href
    assert not wrong, f"first results offline that are not the lesson expected: {wrong}"
    assert not watch.problems(), watch.problems()


def test_offline_zip_holds_the_built_site(site_dir: Path):
    assert OFFLINE_ZIP.is_file(), f"{OFFLINE_ZIP.name} is missing: `make offline` writes it"
    with zipfile.ZipFile(OFFLINE_ZIP) as zf:
        names = {n for n in zf.namelist() if not n.endswith("/")}
    files = {
        f"{ARCHIVE_FOLDER}/{p.relative_to(site_dir).as_posix()}"
        for p in site_dir.rglob("*")
        if p.is_file()
    }
    assert names == files, (
        f"{OFFLINE_ZIP.name} differs from {site_dir.name}/: run `make offline` "
        f"(missing {sorted(files - names)[:5]}, extra {sorted(names - files)[:5]})"
    )
