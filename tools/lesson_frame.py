"""MkDocs hook: the frame of a lesson, so that the course reads as one path.

A lesson is a page whose nav title starts with its number ("9. Races and locks"). Its H1 gets the
same number, so that the sidebar label and the heading are the same words, and above it goes a
line "Lesson 9 of 22 · about 14 minutes". The minutes come from the English page, so that both
languages promise the same: its words of prose at 200 a minute, and a minute for each program it
shows (to read it, run it and compare the output).

``<!-- course-map -->`` in a page (the home page) becomes the course's sections and lessons as
cards, from the nav: the home page lists the path the sidebar shows, in the reader's language.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from markdown.extensions.toc import slugify

WORDS_PER_MINUTE = 200
MINUTES_PER_PROGRAM = 1

_NUMBERED = re.compile(r"^(?P<number>\d+)\.\s")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.M | re.S)
_PROGRAM = re.compile(r"""^[ \t]*--8<--\s+["'][^"']+\.py["']""", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_WORD = re.compile(r"[A-Za-z0-9_'’.-]+")
_H1 = re.compile(r"^# (?P<title>.+)$", re.M)

FRAME = {
    "en": "Lesson {number} of {count} · about {minutes} minutes",
    "zh": "第 {number} 课，共 {count} 课 · 约 {minutes} 分钟",
}


def lesson_numbers(nav: list) -> dict[str, int]:
    """``{"locks.md": 9, …}`` from the nav of mkdocs.yml."""
    found: dict[str, int] = {}

    def walk(entries: list) -> None:
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for title, value in entry.items():
                if isinstance(value, list):
                    walk(value)
                elif (numbered := _NUMBERED.match(str(title))) and isinstance(value, str):
                    found[value] = int(numbered["number"])

    walk(nav)
    return found


def reading_minutes(markdown: str) -> int:
    programs = len(_PROGRAM.findall(markdown))
    prose = _FENCE.sub("", _COMMENT.sub("", _FRONT_MATTER.sub("", markdown)))
    words = len(_WORD.findall(prose))
    return max(1, math.ceil(words / WORDS_PER_MINUTE + programs * MINUTES_PER_PROGRAM))


def english_source(page) -> Path:
    """The English page a page translates (``locks.zh.md`` -> ``locks.md``)."""
    path = Path(page.file.abs_src_path)
    return path.with_name(re.sub(r"\.[a-z]{2}\.md$", ".md", path.name))


def default_src(page) -> str:
    return re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri)


def frame(markdown: str, number: int, count: int, minutes: int, language: str) -> str:
    """The lesson's markdown with its number in the H1 and the frame line above it."""
    words = FRAME.get(language, FRAME["en"])
    line = words.format(number=number, count=count, minutes=minutes)

    def heading(found: re.Match) -> str:
        title = found["title"]
        if "{" not in title:  # keep the id of the title without its number: links use it
            title += f" {{ #{slugify(title, '-')} }}"
        return f'<p class="lesson-frame">{line}</p>\n\n# {number}. {title}'

    return _H1.sub(heading, markdown, count=1)


COURSE_MAP = "<!-- course-map -->"
NOT_IN_THE_MAP = {"Home", "Reference"}


def nav_translations(config, language: str) -> dict[str, str]:
    i18n = config.plugins.get("i18n")
    for entry in i18n.config.languages if i18n else []:
        if entry.locale == language:
            return dict(entry.nav_translations or {})
    return {}


def course_map(nav: list, translations: dict[str, str], prefix: str) -> str:
    """The nav's sections (but Home and Reference) as Material's grid cards of links."""
    cards = []
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        for section, pages in entry.items():
            if section in NOT_IN_THE_MAP or not isinstance(pages, list):
                continue
            links = [
                f"    - [{translations.get(title, title)}]({prefix}{target})"
                for page in pages
                for title, target in page.items()
            ]
            cards.append(f"-   **{translations.get(section, section)}**\n\n" + "\n".join(links))
    body = "\n\n".join(cards)
    return f'<div class="grid cards" markdown>\n\n{body}\n\n</div>'


def on_page_markdown(markdown: str, page, config, **_) -> str:
    language = config.theme["language"].split("_")[0]
    if COURSE_MAP in markdown:
        prefix = "../" * page.file.src_uri.count("/")
        translated = nav_translations(config, language)
        markdown = markdown.replace(COURSE_MAP, course_map(config["nav"], translated, prefix))
    numbers = lesson_numbers(config["nav"] or [])
    number = numbers.get(default_src(page))
    if number is None:
        return markdown
    english = english_source(page).read_text(encoding="utf-8")
    return frame(markdown, number, len(numbers), reading_minutes(english), language)
