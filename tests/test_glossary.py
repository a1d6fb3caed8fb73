"""The glossary (``docs/glossary.md``) is the source of truth for the terms of the course and their
one Chinese rendering, and it sends the reader to the lesson that teaches each term.

Format. The terms are a definition list, one entry per term, grouped under ``##`` headings::

    **race condition** · 竞态条件 · not: 竞争条件
    :   A result that depends on which process gets there first. [Races and locks](locks.md#…)

The term line is the English term in bold, `` · ``, its Chinese rendering, and optionally
`` · not: `` with the renderings a Chinese page must avoid, separated by ``, `` (in
``glossary.zh.md``, which shows them to Chinese readers: `` · 避免：``, separated by ``、``). The
definition (lines starting with ``:`` and the indented lines under it) says what the term means in
a line and links the section of the lesson that defines it.

Specified here: every term links a lesson (a numbered page of the nav) at an anchor that exists in
that page (a heading's id, explicit ``{ #id }`` or the slug of its text, or any other ``{ #id }``);
every rendering the project requires is the rendering of its term; no two terms share a
rendering, and no rendering is one that another entry says to avoid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from sample_engine.pages import link_problem, link_targets
from sample_engine.samples import DOCS

GLOSSARY = DOCS / "glossary.md"

# The Chinese renderings the project requires, by English term (as the glossary spells it).
REQUIRED = {
    "process": "进程",
    "child process": "子进程",
    "parent process": "父进程",
    "thread": "线程",
    "GIL (global interpreter lock)": "全局解释器锁 (GIL)",
    "start method": "启动方法",
    "queue": "队列",
    "pipe": "管道",
    "shared memory": "共享内存",
    "manager": "管理器",
    "proxy": "代理对象",
    "lock": "锁",
    "reentrant lock (RLock)": "递归锁",
    "semaphore": "信号量",
    "event": "事件",
    "condition variable": "条件变量",
    "barrier": "栅栏",
    "deadlock": "死锁",
    "race condition": "竞态条件",
    "process pool": "进程池",
    "daemon process": "守护进程",
    "zombie process": "僵尸进程",
    "orphan process": "孤儿进程",
    "pickling (serialization)": "序列化 (pickle)",
    "communication": "通信",
}
# Whatever the term, a Chinese page writes 通信 for communication, never the post's 通讯.
NEVER = ("通讯",)

_TERM = re.compile(r"^\*\*(?P<term>[^*]+)\*\* · (?P<zh>.+?)(?: · (?:not: |避免：)(?P<avoid>.+))?$")


# --- The glossary ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    line: int
    term: str
    zh: str
    avoid: tuple[str, ...]
    definition: str

    @property
    def links(self) -> list[str]:
        return link_targets(self.definition)

    def __str__(self) -> str:
        return f"glossary.md:{self.line} {self.term}"


def entries(page: Path = GLOSSARY) -> list[Entry]:
    """The definition list's entries: a ``**term** · 中文`` line followed by ``:   definition``."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found = []
    for index, line in enumerate(lines[:-1]):
        term = _TERM.match(line)
        if not term or not lines[index + 1].startswith(":"):
            continue
        definition = [lines[index + 1][1:]]
        for rest in lines[index + 2 :]:
            if rest and not rest.startswith(" "):
                break
            definition.append(rest)
        avoid = tuple(a.strip() for a in re.split("[,、]", term["avoid"])) if term["avoid"] else ()
        found.append(Entry(index + 1, term["term"], term["zh"], avoid, "\n".join(definition)))
    return found


def test_every_defined_term_is_written_as_the_format_says():
    """A line followed by a definition (``:   …``) is a term line; a change of format must not
    leave the other tests nothing to check."""
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    terms = [i + 1 for i, line in enumerate(lines[:-1]) if lines[i + 1].startswith(":")]
    malformed = [n for n in terms if not _TERM.match(lines[n - 1])]
    assert not malformed, f"glossary.md lines {malformed}: write **term** · 中文[ · not: a, b]"
    assert len(entries()) >= len(REQUIRED), "no definition list of **term** · 中文 lines found"


@pytest.mark.parametrize("entry", entries(), ids=str)
def test_every_term_links_the_lesson_section_that_teaches_it(entry: Entry):
    assert entry.links, f"{entry}: link the lesson section that defines it, [Lesson](page.md#id)"
    problems = [p for p in map(link_problem, entry.links) if p]
    assert not problems, f"{entry}: {problems}"


@pytest.mark.parametrize(("term", "rendering"), REQUIRED.items(), ids=list(REQUIRED))
def test_every_required_rendering_is_its_terms(term: str, rendering: str):
    found = {entry.term: entry.zh for entry in entries()}
    assert term in found, f"add the term {term!r} ({rendering}) to the glossary"
    assert found[term] == rendering, (
        f"{term}: the project renders it {rendering}, not {found[term]}"
    )


def test_one_term_one_rendering():
    """A rendering names one term, and no entry's rendering is one that an entry says to avoid."""
    by_rendering: dict[str, list[str]] = {}
    for entry in entries():
        by_rendering.setdefault(entry.zh, []).append(entry.term)
    shared = {zh: terms for zh, terms in by_rendering.items() if len(terms) > 1}
    assert not shared, f"renderings shared by several terms: {shared}"
    avoided = {a: e.term for e in entries() for a in e.avoid}
    clashes = {zh: avoided[zh] for zh in by_rendering if zh in avoided}
    assert not clashes, f"renderings that another entry says to avoid: {clashes}"


@pytest.mark.parametrize("word", NEVER, ids=["tongxun"])
def test_no_rendering_uses_a_word_the_course_avoids(word: str):
    using = [entry.term for entry in entries() if word in entry.zh]
    assert not using, f"{using}: write 通信 for communication, never {word}"


def test_the_chinese_glossary_has_the_same_entries():
    """``glossary.zh.md`` translates the meanings only: the same terms, renderings, renderings to
    avoid and links, in the same order (the Chinese edition's terminology is this one)."""
    chinese = DOCS / "glossary.zh.md"
    assert chinese.is_file(), "no Chinese glossary, docs/glossary.zh.md"

    def key(entry: Entry) -> tuple:
        return (entry.term, entry.zh, entry.avoid, entry.links)

    assert [key(e) for e in entries(chinese)] == [key(e) for e in entries()]
