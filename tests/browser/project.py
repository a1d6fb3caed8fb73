"""What the browser suite tests, found without a browser: the pages, their URLs, their samples.

Pages come from ``nav`` in ``mkdocs.yml`` (the strict build fails on a page left out of it), so a
new lesson is tested as soon as it is in the nav; ``test_site.py`` checks that the built site's
sitemap lists exactly these pages. Samples come from each page's Markdown source.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
SITE_OFFLINE = ROOT / "site-offline"
OFFLINE_ZIP = ROOT / "site-offline.zip"
SCREENSHOTS = ROOT / ".screenshots"

# What a build depends on: newer files here than in a built site mean the site is stale.
BUILD_INPUTS = ("mkdocs.yml", "docs", "snippets", "overrides")


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: ``!ENV`` and ``!!python/name:`` tags become ``None``."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@cache
def config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def site_url() -> str:
    url = config().get("site_url") or ""
    return url if url.endswith("/") else url + "/"


def docs_dir() -> Path:
    return ROOT / config().get("docs_dir", "docs")


def snippet_bases() -> list[Path]:
    for ext in config().get("markdown_extensions") or []:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            base = (ext["pymdownx.snippets"] or {}).get("base_path", ["."])
            return [ROOT / b for b in ([base] if isinstance(base, str) else base)]
    return [ROOT]


@dataclass(frozen=True)
class Page:
    src: str  # path under docs/, e.g. "pipe.md"
    title: str

    @property
    def url(self) -> str:
        """Path below the site root, as served (directory URLs): ``""``, ``"pipe/"``."""
        stem = self.src.removesuffix(".md")
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem.removesuffix("index")
        return stem + "/"

    @property
    def offline_url(self) -> str:
        """Path below the offline build's root (the offline plugin turns directory URLs off)."""
        return self.src.removesuffix(".md") + ".html"

    @property
    def is_home(self) -> bool:
        return self.url == ""

    @property
    def source(self) -> Path:
        return docs_dir() / self.src

    @property
    def id(self) -> str:
        return self.src.removesuffix(".md")


def _walk_nav(items) -> list[Page]:
    found = []
    for item in items or []:
        if isinstance(item, str):
            title, target = "", item
        elif isinstance(item, dict):
            ((title, target),) = item.items()
        else:
            continue
        if isinstance(target, list):
            found += _walk_nav(target)
        elif isinstance(target, str) and target.endswith(".md") and "://" not in target:
            found.append(Page(src=target, title=title))
    return found


@cache
def pages() -> tuple[Page, ...]:
    """Every page of the site, in nav order (every ``docs/**/*.md`` when there is no nav)."""
    nav = config().get("nav")
    if nav:
        return tuple(_walk_nav(nav))
    docs = docs_dir()
    return tuple(
        Page(src=p.relative_to(docs).as_posix(), title="") for p in sorted(docs.rglob("*.md"))
    )


# --- Markdown: fenced blocks and the samples they include -------------------------------------

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_INCLUDE = re.compile(r"""^\s*--8<--\s+(?P<q>["']?)(?P<target>[^"'\s]+)(?P=q)\s*$""")
_TITLE = re.compile(r"""title=(?P<q>["'])(?P<title>.*?)(?P=q)""")


@dataclass(frozen=True)
class Fence:
    line: int  # 1-based line of the opening fence
    info: str
    body: str

    @property
    def title(self) -> str:
        found = _TITLE.search(self.info)
        return found["title"] if found else ""

    @property
    def include(self) -> str | None:
        """The target when the block's whole body is one ``--8<-- "file"`` line (no line range)."""
        lines = [line for line in self.body.splitlines() if line.strip()]
        if len(lines) != 1:
            return None
        found = _INCLUDE.match(lines[0])
        if not found or ":" in found["target"]:
            return None
        return found["target"]


def fences(markdown: str) -> list[Fence]:
    """The fenced code blocks of a page, in order; a fence inside another one is its content."""
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
        found.append(Fence(line=i + 1, info=opening["info"], body="\n".join(body)))
        i = j + 1
    return found


def resolve_snippet(target: str) -> Path | None:
    for base in snippet_bases():
        path = base / target
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class BlockRef:
    """How to find a rendered code block: the n-th block titled ``title`` (or the n-th block)."""

    title: str
    nth: int


@dataclass(frozen=True)
class CopyCase:
    """The sample of a page that the copy-paste test runs, and the output block under it."""

    page: Page
    target: str  # as included, e.g. "pipe/ping.py"
    sample: Path
    out: Path
    exit_code: int
    sample_block: BlockRef
    out_block: BlockRef | None  # None: the page does not show the .out under the sample


def _ref(blocks: list[Fence], index: int) -> BlockRef:
    title = blocks[index].title
    if title:
        return BlockRef(title, sum(1 for b in blocks[:index] if b.title == title))
    return BlockRef("", index)


def _runs_plainly(sample: Path) -> tuple[bool, int]:
    """Whether ``python sample`` has a fixed stdout to compare, and its expected exit status.

    A broken original (quoted from the post) or one with a ``stdout_regex`` (a race) does not.
    """
    spec = sample.with_suffix(".toml")
    meta = tomllib.loads(spec.read_text(encoding="utf-8")) if spec.is_file() else {}
    if meta.get("broken") or "stdout_regex" in meta:
        return False, 0
    return True, int(meta.get("exit_code", 0))


def copy_case(page: Page) -> CopyCase | None:
    """The first block of the page that includes a whole ``.py`` sample with a ``.out`` file."""
    if not page.source.is_file():
        return None
    blocks = fences(page.source.read_text(encoding="utf-8"))
    for index, block in enumerate(blocks):
        target = block.include
        if not target or not target.endswith(".py"):
            continue
        sample = resolve_snippet(target)
        if sample is None or not sample.with_suffix(".out").is_file():
            continue
        plain, exit_code = _runs_plainly(sample)
        if not plain:
            continue
        out_target = target.removesuffix(".py") + ".out"
        out_index = next(
            (k for k in range(index + 1, len(blocks)) if blocks[k].include == out_target),
            None,
        )
        return CopyCase(
            page=page,
            target=target,
            sample=sample,
            out=sample.with_suffix(".out"),
            exit_code=exit_code,
            sample_block=_ref(blocks, index),
            out_block=None if out_index is None else _ref(blocks, out_index),
        )
    return None


def copy_cases() -> list[CopyCase]:
    return [case for page in pages() if (case := copy_case(page))]


# --- The built sites ----------------------------------------------------------------------------


def _newest(paths) -> float:
    """The newest modification time of the files under ``paths``, caches and dotfiles aside."""
    newest = 0.0
    for top in map(Path, paths):
        if top.is_file():
            newest = max(newest, top.stat().st_mtime)
        elif top.is_dir():
            for dirpath, dirs, files in os.walk(top):
                dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
                for name in files:
                    if not name.startswith(".") and not name.endswith(".pyc"):
                        path = os.path.join(dirpath, name)
                        newest = max(newest, os.stat(path).st_mtime)
    return newest


def is_fresh(site: Path, *, offline: bool) -> bool:
    """Built, of the right kind, and no input changed since (its newest file is newer)."""
    if not (site / "sitemap.xml").is_file():
        return False
    # Only the offline plugin writes the search index as a script.
    if (site / "search" / "search_index.js").is_file() != offline:
        return False
    return _newest([site]) >= _newest(ROOT / p for p in BUILD_INPUTS)


def build(site: Path, *, offline: bool) -> None:
    """``mkdocs build --strict`` as the Makefile runs it (``make build``, ``make offline``).

    Built beside ``site`` and moved in place when done: a failed build leaves the old one.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OFFLINE": str(offline).lower()}
    fresh = site.with_name(f"{site.name}.building-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(fresh)]
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)}:\n{done.stdout}{done.stderr}")
        if site.exists():
            shutil.rmtree(site)
        fresh.rename(site)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    if offline:
        write_zip(site, OFFLINE_ZIP)


def write_zip(site: Path, archive: Path) -> None:
    """The offline copy as a zip a reader downloads: one top folder, ``site-offline/``."""
    tmp = archive.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                zf.write(path, Path(site.name) / path.relative_to(site))
    tmp.replace(archive)
