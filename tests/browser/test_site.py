"""What readers and search engines expect of a site: sitemap, canonical links, descriptions,
a favicon and a logo of our own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sample_engine.pages import mkdocs_config

from .project import Page, pages, site_url
from .test_pages import scheme_of, switch_to_dark

OWN_FAVICON = "assets/images/favicon.svg"
OWN_LOGO = "assets/images/logo.svg"


def html_of(site_dir: Path, page: Page) -> str:
    return (site_dir / page.url).read_text(encoding="utf-8")


def test_sitemap_lists_every_page_and_only_them(site_dir: Path):
    tree = ET.parse(site_dir / "sitemap.xml")
    listed = {e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    expected = {site_url() + p.url for p in pages()}
    assert listed == expected, (
        f"sitemap.xml and the nav disagree: only in the sitemap {sorted(listed - expected)}, "
        f"only in the nav {sorted(expected - listed)}"
    )


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.id)
def test_canonical_link(site_dir: Path, page: Page):
    found = re.findall(r'<link rel="canonical" href="([^"]*)">', html_of(site_dir, page))
    assert found == [site_url() + page.url]


def test_every_page_has_its_own_description(site_dir: Path):
    """``description:`` in a page's front matter; the home page may use ``site_description``."""
    site_description = " ".join((mkdocs_config().get("site_description") or "").split())
    assert site_description, "mkdocs.yml has no site_description"
    lacking = []
    for page in pages():
        found = re.findall(r'<meta name="description" content="([^"]*)">', html_of(site_dir, page))
        own = [d for d in found if " ".join(d.split()) != site_description]
        if len(found) != 1 or (not own and not page.is_home):
            lacking.append(page.src)
    assert not lacking, f"pages without a `description:` of their own in front matter: {lacking}"


def test_favicon_and_logo_are_ours(open_page, server: str):
    tab, watch, _ = open_page("index.html")
    icon = tab.locator("link[rel=icon]").get_attribute("href")
    assert icon and icon.endswith(OWN_FAVICON), icon
    response = tab.request.get(f"{server}/{OWN_FAVICON}")
    assert response.ok and response.headers["content-type"].startswith("image/svg+xml")
    logo = tab.locator("header a.md-logo img")
    assert (logo.get_attribute("src") or "").endswith(OWN_LOGO)
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0"), "the logo did not load"
    assert not watch.problems(), watch.problems()


def test_the_colour_scheme_survives_the_language_switch(open_page):
    """A reader who chose the dark scheme keeps it on the other language's pages, and back."""
    english, _, _ = open_page("index.html")
    switch_to_dark(english)
    chinese, watch, _ = open_page("zh/index.html")
    assert scheme_of(chinese) == "dark", "the Chinese home page forgot the dark scheme"
    back, _, _ = open_page("pipe.html")
    assert scheme_of(back) == "dark", "an English page forgot the dark scheme"
    assert not watch.problems(), watch.problems()
