"""The course is a path: a lesson's programs use only what it or an earlier lesson teaches.

Each lesson declares in its front matter the API names it teaches (``teaches: [Queue, …]``, names
as :mod:`sample_engine.api_names` writes them). Every working sample a lesson includes (the
post's broken originals are quoted, not taught from) may use a name only if this lesson or an
earlier one teaches it, or if the page previews it: ``previews: {Barrier: "<sentence>"}`` in
the front matter, where the sentence, which says in plain words what the name does, stands on
the page (both languages: each page previews in its own words).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sample_engine.api_names import api_names_of
from sample_engine.pages import blocks, lessons, mkdocs_config, resolve
from sample_engine.samples import DOCS, Declarations

_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)
LESSONS = list(lessons())  # in the order of the nav


def front_matter(page: Path) -> dict:
    found = _FRONT_MATTER.match(page.read_text(encoding="utf-8"))
    return (yaml.safe_load(found["yaml"]) if found else None) or {}


def body(page: Path) -> str:
    """The page without its front matter, whitespace collapsed (a sentence may wrap)."""
    text = _FRONT_MATTER.sub("", page.read_text(encoding="utf-8"))
    return " ".join(text.split())


def taught_in() -> dict[str, int]:
    """Each API name, and the position of the first lesson that teaches it."""
    first: dict[str, int] = {}
    for position, page in enumerate(LESSONS):
        for name in front_matter(DOCS / page).get("teaches") or []:
            first.setdefault(name, position)
    return first


def working_samples(page: str) -> list[Path]:
    found = []
    for block in blocks(DOCS / page):
        target = block.include
        if target and target.endswith(".py"):
            sample = resolve(target)
            if not Declarations.load(sample.with_suffix(".toml")).broken:
                found.append(sample)
    return found


def translations(page: str) -> list[Path]:
    return [p for p in [DOCS / page, DOCS / page.replace(".md", ".zh.md")] if p.is_file()]


@pytest.mark.parametrize("page", LESSONS)
def test_every_lesson_says_what_it_teaches(page):
    assert "teaches" in front_matter(DOCS / page), f"{page}: no `teaches:` in front matter"


@pytest.mark.parametrize("page", LESSONS)
def test_a_lesson_uses_only_what_it_or_an_earlier_lesson_teaches(page):
    position = LESSONS.index(page)
    first = taught_in()
    previews = front_matter(DOCS / page).get("previews") or {}
    problems = []
    for sample in working_samples(page):
        for name in sorted(api_names_of(sample)):
            if name in previews:
                continue
            if name not in first:
                problems.append(f"{sample.name} uses {name}, which no lesson teaches")
            elif first[name] > position:
                later = LESSONS[first[name]]
                problems.append(f"{sample.name} uses {name}, first taught in {later}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", LESSONS)
def test_a_preview_is_said_on_the_page_in_each_language(page):
    names = set(front_matter(DOCS / page).get("previews") or {})
    for path in translations(page):
        previews = front_matter(path).get("previews") or {}
        assert set(previews) == names, (
            f"{path.name} previews {sorted(previews)}, not {sorted(names)}"
        )
        text = body(path)
        for name, sentence in previews.items():
            assert " ".join(sentence.split()) in text, (
                f"{path.name}: preview of {name} not on the page"
            )


@pytest.mark.parametrize("page", LESSONS)
def test_a_preview_is_needed(page):
    """A name previewed but taught earlier, or never used, is a stale declaration."""
    position = LESSONS.index(page)
    first = taught_in()
    used = set().union(*(api_names_of(s) for s in working_samples(page)))
    for name in front_matter(DOCS / page).get("previews") or {}:
        assert name in used, f"{page} previews {name}, which none of its samples uses"
        assert first.get(name, len(LESSONS)) > position, f"{page} previews {name}, taught earlier"


# --- Numbers: the sidebar, the title and the prose agree -----------------------------------------

_H1 = re.compile(r"^# (?P<title>.+?)(?:\s*\{[^}]*\})?\s*$", re.M)
_NUMBER = re.compile(r"^(?P<number>\d+)\.\s+(?P<title>.+)$")
_LESSON_LINK = {
    "en": re.compile(r"\[[Ll]esson (?P<number>\d+)\]\((?P<target>[\w-]+\.md)"),
    "zh": re.compile(r"\[第 ?(?P<number>\d+) ?课\]\((?P<target>[\w-]+\.md)"),
}


def nav_translations() -> dict[str, str]:
    for plugin in mkdocs_config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"]["languages"]:
                if language["locale"] == "zh":
                    return language.get("nav_translations") or {}
    return {}


def numbers() -> dict[str, int]:
    return {page: int(_NUMBER.match(title)["number"]) for page, title in lessons().items()}


@pytest.mark.parametrize("page", LESSONS)
def test_the_sidebar_label_is_the_title_with_its_number(page):
    """The hook (tools/lesson_frame.py) puts the number before the page's title; the rest of the
    sidebar label, in each language, must be the title itself."""
    label = _NUMBER.match(lessons()[page])
    translated = _NUMBER.match(nav_translations().get(lessons()[page], ""))
    assert translated, f"{page}: no Chinese nav label"
    for path, shown in ((DOCS / page, label), (DOCS / page.replace(".md", ".zh.md"), translated)):
        title = _H1.search(_FRONT_MATTER.sub("", path.read_text(encoding="utf-8")))["title"]
        assert shown["title"] == title, f"{path.name}: sidebar {shown['title']!r}, title {title!r}"


PAGES_WITH_LINKS = sorted(p.name for p in DOCS.rglob("*.md"))


@pytest.mark.parametrize("name", PAGES_WITH_LINKS)
def test_a_link_that_names_a_lesson_number_names_the_right_one(name):
    path = next(DOCS.rglob(name))
    language = "zh" if name.endswith(".zh.md") else "en"
    known = numbers()
    wrong = [
        f"[…{found['number']}]({found['target']}) is lesson {known[found['target']]}"
        for found in _LESSON_LINK[language].finditer(path.read_text(encoding="utf-8"))
        if found["target"] in known and int(found["number"]) != known[found["target"]]
    ]
    assert not wrong, "\n".join(wrong)
