"""The one Markdown reader of the suite: the pages in ``docs/``, their code blocks, includes.

Used by the sample engine's page tests (every sample is shown, every block is an include, a
checked example or marked), by the lint tests and by the browser suite (which block to copy).
Fenced blocks are read line by line, as Python-Markdown's superfences reads them: a fence of
three or more backticks or tildes, indented or not, closed by a fence of the same character at
least as long; a fence inside another block is that block's content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
import yaml
from pytest_examples import CodeExample, find_examples

from .samples import DOCS, ROOT, SNIPPETS

NOT_RUN_PREFIX = "Not run: "
PYTHON_LANGS = ("python", "py", "python3")

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_INCLUDE = re.compile(r"""^\s*--8<--\s+(?P<q>["']?)(?P<target>[^"'\s]+)(?P=q)\s*$""")
_TITLE = re.compile(r"""title=(?P<q>["'])(?P<title>.*?)(?P=q)""")
_LANG = re.compile(r"^\s*\{?\s*\.?(?P<lang>[\w+-]*)")
_CLASS = re.compile(r"(?<![\w-])\.(?P<name>[\w-]+)")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_ID = re.compile(r"""\bid=["']([^"']+)["']""")
_NUMBERED = re.compile(r"^\d+\.\s")
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


# --- mkdocs.yml ---------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: ``!ENV`` and ``!!python/name:`` tags become ``None``."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@cache
def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


@cache
def snippet_bases() -> tuple[Path, ...]:
    """Where ``--8<--`` targets are looked up, in order (``pymdownx.snippets: base_path``)."""
    for ext in mkdocs_config().get("markdown_extensions") or []:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            base = (ext["pymdownx.snippets"] or {}).get("base_path", ["."])
            return tuple(ROOT / b for b in ([base] if isinstance(base, str) else base))
    return (ROOT,)


def resolve(target: str) -> Path:
    """The file an include target names: the first base that has it (else under snippets/)."""
    for base in snippet_bases():
        path = base / target
        if path.is_file():
            return path.resolve()
    return (SNIPPETS / target).resolve()


# --- Fenced blocks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fence:
    """One fenced code block of a page."""

    page: Path
    line: int  # 1-based line of the opening fence
    info: str  # what follows the opening fence: ``python title="x.py"``, ``{ .text .output }``
    body: str

    @property
    def lang(self) -> str:
        return _LANG.match(self.info)["lang"].lower()

    @property
    def classes(self) -> list[str]:
        """CSS classes of a ``{ .lang .class … }`` header (the language first)."""
        return _CLASS.findall(self.info) if "{" in self.info else []

    @property
    def title(self) -> str:
        found = _TITLE.search(self.info)
        return found["title"] if found else ""

    @property
    def includes(self) -> list[str]:
        """Targets of the block's ``--8<--`` lines, as written."""
        return [m["target"] for line in self.body.splitlines() if (m := _INCLUDE.match(line))]

    @property
    def is_include(self) -> bool:
        """The whole body is ``--8<--`` lines."""
        lines = [line for line in self.body.splitlines() if line.strip()]
        return bool(lines) and len(self.includes) == len(lines)

    @property
    def include(self) -> str | None:
        """The target when the block's whole body is one include of a whole file."""
        if not self.is_include or len(self.includes) != 1 or ":" in self.includes[0]:
            return None
        return self.includes[0]

    @property
    def is_marked_not_run(self) -> bool:
        return self.title.startswith(NOT_RUN_PREFIX) and bool(
            self.title[len(NOT_RUN_PREFIX) :].strip()
        )

    def __str__(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.line}"


def fences(markdown: str, page: Path = DOCS) -> list[Fence]:
    """The fenced code blocks of ``markdown``, in order."""
    found, lines, i = [], markdown.splitlines(), 0
    while i < len(lines):
        opening = _FENCE_OPEN.match(lines[i])
        if not opening:
            i += 1
            continue
        fence = opening["fence"]
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        body, j = [], i + 1
        while j < len(lines) and not closing.match(lines[j]):
            body.append(lines[j])
            j += 1
        indent = len(opening["indent"])
        text = "\n".join(line[indent:] if line[:indent].isspace() else line for line in body)
        found.append(Fence(page=page, line=i + 1, info=opening["info"].strip(), body=text))
        i = j + 1
    return found


# --- The pages ------------------------------------------------------------------------------------


# The pages do not change while the suite runs: each is read once.


@cache
def pages() -> tuple[Path, ...]:
    """Every Markdown page under ``docs/``."""
    return tuple(sorted(DOCS.rglob("*.md")))


@cache
def blocks(page: Path) -> tuple[Fence, ...]:
    return tuple(fences(page.read_text(encoding="utf-8"), page))


def python_blocks(page: Path) -> list[Fence]:
    return [b for b in blocks(page) if b.lang in PYTHON_LANGS]


@cache
def included_files() -> dict[Path, list[Path]]:
    """Every file that some page includes, with those pages."""
    found: dict[Path, list[Path]] = {}
    for page in pages():
        for block in blocks(page):
            for target in block.includes:
                found.setdefault(resolve(target), []).append(page)
    return found


# --- Lessons and the anchors of a page (links the glossary and the errata must get right) ---------


@cache
def lessons() -> dict[str, str]:
    """The lessons, the numbered pages of the nav: ``{"queue.md": "5. Passing data with …"}``."""
    found = {}

    def walk(entries) -> None:
        for entry in entries:
            if isinstance(entry, dict):
                for title, value in entry.items():
                    if isinstance(value, list):
                        walk(value)
                    elif _NUMBERED.match(title):
                        found[value] = title

    walk(mkdocs_config()["nav"])
    return found


def _extensions() -> tuple[list[str], dict]:
    """The site's Markdown extensions, without includes (an included file adds code, not ids)."""
    names, configs = [], {}
    for entry in mkdocs_config()["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name != "pymdownx.snippets":
            names.append(name)
            if options:
                configs[name] = options
    return names, configs


@cache
def anchors(page: str) -> frozenset[str]:
    """Every id of ``docs/<page>`` as Python-Markdown renders it for MkDocs: headings (an explicit
    ``{ #id }`` or the toc's slug of the text) and any other element given an ``{ #id }``."""
    source = _FRONT_MATTER.sub("", (DOCS / page).read_text(encoding="utf-8"))
    names, configs = _extensions()
    html = markdown.Markdown(extensions=names, extension_configs=configs).convert(source)
    return frozenset(_ID.findall(html))


def link_targets(markdown_text: str) -> list[str]:
    """The target of every inline link ``[text](target)`` in some Markdown."""
    return [m["target"] for m in _LINK.finditer(markdown_text)]


def link_problem(target: str) -> str | None:
    """Why ``target`` is not a link to a section of a lesson, or ``None`` when it is one."""
    page, _, anchor = target.partition("#")
    if page not in lessons():
        return f"{target}: not a lesson of the nav ({', '.join(sorted(lessons()))})"
    if not anchor:
        return f"{target}: link the section that teaches it, page.md#anchor"
    if anchor not in anchors(page):
        return f"{target}: docs/{page} has no anchor #{anchor}; use a heading's id"
    return None


# --- Inline Python blocks, as pytest-examples runs them -------------------------------------------


def inline_examples() -> list[CodeExample]:
    """Every Python block in ``docs/``, as pytest-examples finds them."""
    return list(find_examples(DOCS))


def kind_of(example: CodeExample) -> str:
    """``include``, ``not run`` or ``checked`` (an inline example that is run)."""
    lines = [line for line in example.source.splitlines() if line.strip()]
    if lines and all(_INCLUDE.match(line) for line in lines):
        return "include"
    title = _TITLE.search(example.prefix)
    if title and title["title"].lower().startswith(NOT_RUN_PREFIX.lower()):
        return "not run"
    return "checked"


def is_marked_not_run(example: CodeExample) -> bool:
    title = _TITLE.search(example.prefix)
    return bool(title) and len(title["title"]) > len(NOT_RUN_PREFIX) + 3
