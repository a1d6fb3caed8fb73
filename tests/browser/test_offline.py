"""The offline build (``make offline``), opened from ``file://`` as a reader opens it from a zip.

Every page loads with no network request at all, navigation between pages works, search works
(Material needs the iframe-worker shim there: ours is self-hosted, see docs/assets/javascripts),
and the zip a reader downloads holds the same files.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import Watch
from .project import OFFLINE_ZIP, Page, pages
from .test_search import TERMS, expected_page, first_results


@pytest.fixture
def open_offline(offline_context, offline_dir: Path):
    opened = []

    def _open(page: Page):
        tab = offline_context.new_page()
        opened.append(tab)
        watch = Watch(tab, "file://")
        tab.goto((offline_dir / page.offline_url).as_uri(), wait_until="load")
        return tab, watch

    yield _open
    for tab in opened:
        tab.close()


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.id)
def test_offline_page_makes_no_network_request(open_offline, page: Page):
    tab, watch = open_offline(page)
    assert tab.locator("article h1").count() == 1
    problems = watch.problems()
    network = [u for u in watch.requests if not u.startswith("file://")]
    assert not network, f"network requests from {page.offline_url}: {network}"
    assert not problems, f"{page.offline_url}:\n  " + "\n  ".join(problems)


def test_offline_navigation(open_offline, offline_dir: Path):
    home, *lessons = pages()
    assert lessons, "the nav has no page but the home page"
    tab, watch = open_offline(home)
    for lesson in lessons[:2]:
        tab.locator(
            f"nav.md-nav--primary a.md-nav__link[href$='{lesson.offline_url}']"
        ).first.click()
        tab.wait_for_url((offline_dir / lesson.offline_url).as_uri())
        assert tab.locator("article h1").count() == 1
    # the footer's "Previous" link leads back
    tab.locator("a.md-footer__link--prev").click()
    tab.wait_for_url((offline_dir / lessons[0].offline_url).as_uri())
    assert not watch.problems(), watch.problems()


def test_offline_search(open_offline, offline_dir: Path):
    tab, watch = open_offline(pages()[0])
    wrong = {}
    for term, href in first_results(tab).items():
        expected = (offline_dir / expected_page(TERMS[term]).offline_url).as_uri()
        if urlsplit(href)._replace(query="", fragment="").geturl() != expected:
            wrong[term] = href
    assert not wrong, f"first results offline that are not the lesson expected: {wrong}"
    assert not watch.problems(), watch.problems()


def test_offline_zip_holds_the_offline_build(offline_dir: Path):
    assert OFFLINE_ZIP.is_file(), f"{OFFLINE_ZIP.name} is missing: `make offline` writes it"
    with zipfile.ZipFile(OFFLINE_ZIP) as zf:
        names = {n for n in zf.namelist() if not n.endswith("/")}
    files = {
        f"{offline_dir.name}/{p.relative_to(offline_dir).as_posix()}"
        for p in offline_dir.rglob("*")
        if p.is_file()
    }
    assert names == files, (
        f"{OFFLINE_ZIP.name} differs from {offline_dir.name}/: run `make offline` "
        f"(missing {sorted(files - names)[:5]}, extra {sorted(names - files)[:5]})"
    )
