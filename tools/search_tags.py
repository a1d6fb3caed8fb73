"""MkDocs hook: a lesson is found first by the words it teaches.

A learner searches for a term (``zombie``, ``死锁``) or an API name (``JoinableQueue``) and
expects the lesson that teaches it, not the pitfalls or a Reference page that mentions it more
often. Material's search ranks a page's ``tags`` far above its text; this hook gives each lesson,
as tags, the words it teaches: the glossary terms whose entry links the lesson (in the page's
language), the API names of its ``teaches:`` front matter (a name two lessons declare goes to
the later one, which teaches it in depth), and its ``search_words:`` (words a learner types that
are neither, such as ``authkey``). Without the tags plugin, tags are not shown on the page.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
_TERM = re.compile(
    r"^\*\*(?P<term>[^*\n]+)\*\* · (?P<zh>[^·\n]+?)(?: · (?:not: |避免：).*)?$", re.M
)
_LINK = re.compile(r"\]\((?P<page>[\w-]+\.md)")
_ASIDE = re.compile(r"\s*\(.*?\)|`")
_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)
_TEACHES = re.compile(r"^teaches: \[(?P<names>[^\]]*)\]", re.M)


def query(term: str) -> str:
    """``GIL (global interpreter lock)`` -> ``GIL``; ``序列化 (pickle)`` -> ``序列化``."""
    return _ASIDE.sub("", term).strip()


@cache
def glossary_terms() -> dict[str, dict[str, list[str]]]:
    """``{"en": {"locks.md": ["race condition", …]}, "zh": {…}}``."""
    text = (DOCS / "glossary.md").read_text(encoding="utf-8")
    found: dict[str, dict[str, list[str]]] = {"en": {}, "zh": {}}
    for entry in _TERM.finditer(text):
        link = _LINK.search(text, entry.end())
        if link:
            for language, term in (("en", entry["term"]), ("zh", entry["zh"])):
                found[language].setdefault(link["page"], []).append(query(term))
    return found


@cache
def api_names(nav_pages: tuple[str, ...]) -> dict[str, list[str]]:
    """Each lesson's API names, a name going to the last lesson that declares it."""
    owner: dict[str, str] = {}
    for page in nav_pages:
        source = DOCS / page
        front = (
            _FRONT_MATTER.match(source.read_text(encoding="utf-8")) if source.is_file() else None
        )
        declared = _TEACHES.search(front["yaml"]) if front else None
        for name in declared["names"].split(",") if declared else []:
            if name.strip() and "." not in name:
                owner[name.strip()] = page
    found: dict[str, list[str]] = {}
    for name, page in owner.items():
        found.setdefault(page, []).append(name)
    return found


def nav_pages(nav: list) -> tuple[str, ...]:
    found: list[str] = []

    def walk(entries: list) -> None:
        for entry in entries:
            value = next(iter(entry.values())) if isinstance(entry, dict) else entry
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str):
                found.append(value)

    walk(nav)
    return tuple(found)


def on_page_markdown(markdown: str, page, config, **_) -> str:
    language = config.theme["language"].split("_")[0]
    src = re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri)
    tags = list(glossary_terms().get(language, {}).get(src, []))
    tags += api_names(nav_pages(config["nav"] or [])).get(src, [])
    # Words a learner types that are neither a glossary term nor an API name (``authkey``).
    tags += page.meta.get("search_words", [])
    if tags:
        page.meta["tags"] = [*page.meta.get("tags", []), *tags]
    return markdown
