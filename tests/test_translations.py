"""The Chinese edition: every page has its translation, showing the very same samples.

A Chinese page is ``docs/<page>.zh.md`` beside ``docs/<page>.md`` (mkdocs-static-i18n serves it at
``zh/<page>.html``). Specified here:

- every page of the nav has its Chinese page;
- a page and its translation include the same files, in the same order: the same samples and
  outputs (no sample is copied or translated into a second file), and the same diagrams and
  figures, or their Chinese rendering (``diagrams/x.zh.svg`` for ``diagrams/x.svg``,
  ``figures/x.figure.zh.txt`` for ``figures/x.figure.txt``);
- their sections have the same ids, in the same order, so that a link to ``page.md#section`` works
  in both languages (a Chinese heading carries the English one's id: ``## 死锁 { #deadlock }``);
- a Chinese page writes each glossary term as the glossary renders it (``docs/glossary.md``:
  ``**term** · 中文 · not: …``): never a rendering the glossary says to avoid, outside quotes of
  the post (which keep its own words) and code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sample_engine.pages import anchors, mkdocs_config
from sample_engine.samples import DOCS
from test_glossary import entries

LANGUAGE = "zh"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(?P<i>[ \t]*)(?P<f>`{3,}|~{3,}).*?^(?P=i)(?P=f)[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_QUOTE = re.compile(r"^[ \t]*>.*$", re.M)
_POST_WORDS = re.compile(r"“[^”]*”")  # the post's words quoted inline keep their own terms
# A glossary entry's term line names, by design, the renderings to avoid.
_TERM_LINE = re.compile(r"^\*\*[^*\n]+\*\* · .*$", re.M)
_INCLUDE = re.compile(r"""^\s*--8<--\s+["']([^"']+)["']\s*$""", re.M)


def nav_pages() -> list[str]:
    found = []

    def walk(entries_) -> None:
        for entry in entries_:
            target = next(iter(entry.values())) if isinstance(entry, dict) else entry
            if isinstance(target, list):
                walk(target)
            elif isinstance(target, str) and target.endswith(".md"):
                found.append(target)

    walk(mkdocs_config()["nav"])
    return found


def translation(page: str) -> Path:
    return DOCS / page.replace(".md", f".{LANGUAGE}.md")


TRANSLATED = [p for p in nav_pages() if translation(p).is_file()]


@pytest.mark.parametrize("page", nav_pages())
def test_every_page_has_its_chinese_page(page: str):
    assert translation(page).is_file(), f"no Chinese page docs/{translation(page).name} for {page}"


SAMPLE_FILES = (".py", ".out", ".err")


def includes(path: Path) -> list[str]:
    """Every file the page includes, in page order (in code blocks and in figures), a Chinese
    rendering of a picture named as the picture it renders."""
    return [
        target if target.endswith(SAMPLE_FILES) else target.replace(f".{LANGUAGE}.", ".")
        for target in _INCLUDE.findall(path.read_text(encoding="utf-8"))
    ]


@pytest.mark.parametrize("page", TRANSLATED)
def test_a_translation_shows_the_same_files_in_the_same_order(page: str):
    english, chinese = includes(DOCS / page), includes(translation(page))
    assert chinese == english, (
        f"{translation(page).name} includes {chinese}, but {page} includes {english}: "
        "the same samples, outputs and pictures, in the same order"
    )


def _ordered_ids(path: Path) -> list[str]:
    """Heading ids in page order (``anchors`` gives the set; the order is the Markdown's)."""
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    explicit = re.compile(r"\{\s*#([\w-]+)\s*\}\s*$")
    ids = []
    for line in text.splitlines():
        if re.match(r"^#{2,3} ", line):
            found = explicit.search(line)
            ids.append(found[1] if found else line)
    return ids


@pytest.mark.parametrize("page", TRANSLATED)
def test_a_translation_keeps_the_ids_of_the_sections(page: str):
    english = anchors(page)
    missing = sorted(english - anchors(translation(page).relative_to(DOCS).as_posix()))
    assert not missing, f"{translation(page).name} lacks the ids {missing} of {page}"
    unmarked = [i for i in _ordered_ids(translation(page)) if i.startswith("#")]
    assert not unmarked, (
        f"{translation(page).name}: give these headings their English id: {unmarked}"
    )


def prose(path: Path) -> str:
    """The page's own words: no front matter, code, quotes of the post."""
    text = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
    for pattern in (_FENCE, _CODE_SPAN, _QUOTE, _POST_WORDS, _TERM_LINE):
        text = pattern.sub(" ", text)
    return text


@pytest.mark.parametrize("page", TRANSLATED)
def test_a_chinese_page_uses_the_glossarys_renderings(page: str):
    words = prose(translation(page))
    wrong = [
        f"{avoid} (the glossary's {entry.zh} for {entry.term})"
        for entry in entries()
        for avoid in entry.avoid
        if avoid in words
    ]
    assert not wrong, f"{translation(page).name} writes {wrong}"
