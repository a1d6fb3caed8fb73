"""What the pages in ``docs/`` contain: code blocks and the samples they include."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pytest_examples import CodeExample, find_examples

from .samples import DOCS, SNIPPETS

_FENCE = re.compile(
    r"^(?P<indent>\ *)(?P<fence>`{3,})(?P<lang>[\w-]*)(?P<attrs>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
_TITLE = re.compile(r'title="(?P<title>[^"]*)"')
NOT_RUN_PREFIX = "Not run: "


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    attrs: str
    body: str

    @property
    def title(self) -> str:
        found = _TITLE.search(self.attrs)
        return found["title"] if found else ""

    @property
    def includes(self) -> list[str]:
        """Targets of the block's ``--8<--`` lines, relative to ``snippets/``."""
        return [m["target"] for line in self.body.splitlines() if (m := _INCLUDE.match(line))]

    @property
    def is_include(self) -> bool:
        lines = [line for line in self.body.splitlines() if line.strip()]
        return bool(lines) and len(self.includes) == len(lines)

    @property
    def is_marked_not_run(self) -> bool:
        return self.title.startswith(NOT_RUN_PREFIX) and bool(
            self.title[len(NOT_RUN_PREFIX) :].strip()
        )

    def __str__(self) -> str:
        return f"{self.page.relative_to(DOCS.parent)}:{self.line}"


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


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [
        Block(
            page=page,
            line=text.count("\n", 0, m.start()) + 1,
            lang=m["lang"].lower(),
            attrs=m["attrs"],
            body=m["body"],
        )
        for m in _FENCE.finditer(text)
    ]


def python_blocks(page: Path) -> list[Block]:
    return [b for b in blocks(page) if b.lang in ("python", "py", "python3")]


def included_files() -> dict[Path, list[Path]]:
    """Every file under ``snippets/`` that some page includes, with those pages."""
    found: dict[Path, list[Path]] = {}
    for page in pages():
        for block in blocks(page):
            for target in block.includes:
                found.setdefault((SNIPPETS / target).resolve(), []).append(page)
    return found
