"""The Chinese pages follow Chinese typography, as the zh-cn Python documentation does.

In a ``*.zh.md`` page's own prose (outside front matter, code, quotes of the post, the post's
words quoted inline and link targets):

- no italics on Chinese text: Chinese fonts have none (plain text, or bold for emphasis);
- no half-width ``( ) , ; :`` touching a Chinese character: full-width （），；：;
- no space between a Chinese character and a Chinese quotation mark;
- one style for large numbers, the English pages' own: digits grouped by three with a space
  (``40 000``), never with a comma (``40,000``), never ungrouped from five digits up (``40000``);
  identifiers (``gh-126631``, PR and issue numbers) are not quantities;
- a title is in 《》: the post's title is never written in “…”.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sample_engine.samples import DOCS

CHINESE_PAGES = sorted(DOCS.rglob("*.zh.md"))
POST_TITLE = "今天给大家说说多进程"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(?P<i>[ \t]*)(?P<f>`{3,}|~{3,}).*?^(?P=i)(?P=f)[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")
_QUOTE_OF_THE_POST = re.compile(r"^[ \t]*>.*$", re.M)
_POST_WORDS = re.compile(r"“[^”]*”")  # quotes keep their own punctuation
_HTML = re.compile(r"<[^>]+>")
_ATTRIBUTES = re.compile(r"\{[^}\n]*\}")
_TERM_LINE = re.compile(r"^\*\*[^*\n]+\*\* · .*$", re.M)  # the glossary's format

RULES = {
    "italics on Chinese text": re.compile(
        rf"(?<![*\w])(?:\*(?!\*)[^*\n]*[{_HAN}][^*\n]*\*|_[^_\n]*[{_HAN}][^_\n]*_)(?![*\w])"
    ),
    "half-width punctuation touching Chinese": re.compile(rf"[{_HAN}][(),;:]|[(),;:][{_HAN}]"),
    "a space between Chinese and a Chinese quotation mark": re.compile(
        rf"[{_HAN}] [“”‘’]|[“”‘’] [{_HAN}]"
    ),
    "a comma in a number": re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?!\d)"),
    "an ungrouped number of five digits or more": re.compile(
        r"(?<![\d.\w#-])(?<!issue )(?<!PR )(?<!请求 )(?<!议题 )\d{5,}(?![\d\w])"
    ),
}


def prose(path: Path, keep_quotes: bool = False) -> str:
    text = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
    text = _FENCE.sub("", text)
    text = _CODE_SPAN.sub("`c`", text)
    text = _LINK.sub(lambda found: found["text"], text)
    for pattern in (_QUOTE_OF_THE_POST, _HTML, _ATTRIBUTES, _TERM_LINE):
        text = pattern.sub("", text)
    return text if keep_quotes else _POST_WORDS.sub("“”", text)


def excerpts(pattern: re.Pattern, text: str) -> list[str]:
    return [repr(text[max(0, m.start() - 12) : m.end() + 12]) for m in pattern.finditer(text)]


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("path", CHINESE_PAGES, ids=lambda p: p.name)
def test_chinese_prose_follows_chinese_typography(path: Path, rule: str):
    found = excerpts(RULES[rule], prose(path))
    assert not found, f"{path.name}: {rule}:\n  " + "\n  ".join(found[:20])


@pytest.mark.parametrize("path", CHINESE_PAGES, ids=lambda p: p.name)
def test_the_posts_title_is_written_as_a_title(path: Path):
    text = prose(path, keep_quotes=True)
    assert f"“{POST_TITLE}”" not in text, f"{path.name}: write 《{POST_TITLE}》"
