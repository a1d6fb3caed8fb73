"""A Chinese page quotes the zh-cn Python documentation word for word, or says it summarizes.

A quotation of the docs is “…” followed at once by a link to docs.python.org/zh-cn (in a
parenthesis or not). Its text must be in the zh-cn translation that readers see beside ours:
``tests/data/python-docs-zh-cn-3.13.txt`` holds every translated message of the pages the course
quotes (multiprocessing, multiprocessing.shared_memory, threading, pickle, concurrent.futures and
the glossary), taken from python/python-docs-zh-cn, branch 3.13. Markup is ignored on both sides
(``code``, *emphasis*, :role:`targets`), and so is spacing. The course's own wording of what the
docs say is written without quotation marks, as a summary (大意).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from sample_engine.samples import DOCS

TRANSLATION = Path(__file__).parent / "data" / "python-docs-zh-cn-3.13.txt"
CHINESE_PAGES = sorted(DOCS.rglob("*.zh.md"))
_QUOTED_DOCS = re.compile(
    r"“(?P<quote>[^”]+)”[（(]?\s*\[[^\]]*\]\(https://docs\.python\.org/zh-cn/[^)]*\)"
)
_ROLE = re.compile(r":[\w:.-]+:`!?~?(?:[^`<]*<)?(?P<target>[^`>]+)>?`")
_MARKUP = re.compile(r"[`*\\\s]|\.\.")


def plain(text: str) -> str:
    text = _ROLE.sub(lambda found: found["target"].rsplit(".", 1)[-1], text)
    return _MARKUP.sub("", text)


@cache
def translation() -> str:
    return plain(TRANSLATION.read_text(encoding="utf-8"))


def quotes(path: Path) -> list[str]:
    return [found["quote"] for found in _QUOTED_DOCS.finditer(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", CHINESE_PAGES, ids=lambda p: p.name)
def test_a_quotation_of_the_zh_cn_docs_is_their_text(path: Path):
    wrong = [quote for quote in quotes(path) if plain(quote) not in translation()]
    assert not wrong, (
        f"{path.name}: not the zh-cn docs' words (quote them exactly, or say it as a summary, "
        f"without quotation marks): {wrong}"
    )


def test_the_stored_translation_is_there():
    assert "启动方法" in translation() and len(translation()) > 100_000
