"""What the browser suite tests, found without a browser: the pages, their URLs, their samples.

Pages come from ``nav`` in ``mkdocs.yml`` (the strict build fails on a page left out of it), so a
new lesson is tested as soon as it is in the nav; a page translated into another language
(``page.zh.md`` beside ``page.md``) is tested in that language too, at ``zh/page.html``.
``test_site.py`` checks that the built site's sitemap lists exactly these pages. The Markdown of
each page is read by the suite's one reader, :mod:`sample_engine.pages`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sample_engine.pages import Fence, blocks, mkdocs_config, resolve
from sample_engine.samples import DOCS, ROOT, Declarations

SITE = ROOT / "site"
OFFLINE_ZIP = ROOT / "site-offline.zip"
SCREENSHOTS = ROOT / ".screenshots"
DEFAULT_LANGUAGE = "en"

# What a build depends on: newer files here than in the built site mean the site is stale.
BUILD_INPUTS = (
    "mkdocs.yml",
    "docs",
    "snippets",
    "overrides",
    "tools/site_hooks.py",
    "tools/lesson_frame.py",
    "tools/platform_notes.py",
    "tools/search_tags.py",
)
# The digest of the inputs of the build in site/ (with the pinned MkDocs and plugins).
BUILT_FROM = ROOT / ".verified" / "site-inputs"


def site_url() -> str:
    url = mkdocs_config().get("site_url") or ""
    return url if url.endswith("/") else url + "/"


def languages() -> tuple[str, ...]:
    """The site's languages, the default first (``plugins: i18n`` in mkdocs.yml, if any)."""
    for plugin in mkdocs_config().get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            found = [lang["locale"] for lang in plugin["i18n"].get("languages", [])]
            return tuple(sorted(found, key=lambda lang: lang != DEFAULT_LANGUAGE))
    return (DEFAULT_LANGUAGE,)


@dataclass(frozen=True)
class Page:
    src: str  # the English source under docs/, e.g. "pipe.md" or "reference/process.md"
    title: str
    lang: str = DEFAULT_LANGUAGE

    @property
    def stem(self) -> str:
        return self.src.removesuffix(".md")

    @property
    def url(self) -> str:
        """Path below the site root: ``pipe.html``; ``zh/pipe.html`` in another language."""
        prefix = "" if self.lang == DEFAULT_LANGUAGE else f"{self.lang}/"
        return f"{prefix}{self.stem}.html"

    @property
    def source(self) -> Path:
        if self.lang == DEFAULT_LANGUAGE:
            return DOCS / self.src
        return DOCS / f"{self.stem}.{self.lang}.md"

    @property
    def is_home(self) -> bool:
        return self.stem == "index"

    @property
    def is_lesson(self) -> bool:
        """A numbered page of the course (its nav title starts with its number)."""
        return self.title[:1].isdigit()

    @property
    def id(self) -> str:
        return self.stem if self.lang == DEFAULT_LANGUAGE else f"{self.lang}/{self.stem}"


def _walk_nav(items) -> list[Page]:
    found = []
    for item in items or []:
        title, target = ("", item) if isinstance(item, str) else next(iter(item.items()))
        if isinstance(target, list):
            found += _walk_nav(target)
        elif isinstance(target, str) and target.endswith(".md") and "://" not in target:
            found.append(Page(src=target, title=title))
    return found


@cache
def pages() -> tuple[Page, ...]:
    """Every page of the site, in nav order, then the same pages in the other languages."""
    english = _walk_nav(mkdocs_config().get("nav"))
    translated = [
        Page(p.src, p.title, lang)
        for lang in languages()[1:]
        for p in english
        if Page(p.src, p.title, lang).source.is_file()
    ]
    return tuple(english + translated)


# --- Samples the copy-paste check runs -----------------------------------------------------------


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


def _ref(fences: list[Fence], index: int) -> BlockRef:
    title = fences[index].title
    if title:
        return BlockRef(title, sum(1 for b in fences[:index] if b.title == title))
    return BlockRef("", index)


def copy_case(page: Page) -> CopyCase | None:
    """The first block of the page that includes a whole sample with a fixed output.

    Broken originals (quoted from the post) and samples whose output varies have none to compare.
    """
    if not page.source.is_file():
        return None
    fences = blocks(page.source)
    for index, block in enumerate(fences):
        target = block.include
        if not target or not target.endswith(".py"):
            continue
        sample = resolve(target)
        declared = Declarations.load(sample.with_suffix(".toml"))
        if not sample.with_suffix(".out").is_file() or declared.broken or declared.stdout_regex:
            continue
        out_target = target.removesuffix(".py") + ".out"
        out_index = next(
            (k for k in range(index + 1, len(fences)) if fences[k].include == out_target), None
        )
        return CopyCase(
            page=page,
            target=target,
            sample=sample,
            out=sample.with_suffix(".out"),
            exit_code=declared.exit_code,
            sample_block=_ref(fences, index),
            out_block=None if out_index is None else _ref(fences, out_index),
        )
    return None


def copy_cases() -> list[CopyCase]:
    return [case for page in pages() if (case := copy_case(page))]


# --- The built site ------------------------------------------------------------------------------


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
                        newest = max(newest, os.stat(os.path.join(dirpath, name)).st_mtime)
    return newest


def is_fresh(site: Path) -> bool:
    """Built, and no input changed since (its newest file is newer than every input)."""
    if not (site / "sitemap.xml").is_file() or not OFFLINE_ZIP.is_file():
        return False
    return _newest([site]) >= _newest(ROOT / p for p in BUILD_INPUTS)


def build(site: Path) -> None:
    """``mkdocs build --strict`` and the zip, as ``make build`` does.

    Built beside ``site`` and moved in place when done: a failed build leaves the old one.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
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
    write_zip(site, OFFLINE_ZIP)


def build_inputs_digest() -> str:
    from reuse import digest

    paths = [ROOT / "requirements.lock"]
    for name in BUILD_INPUTS:
        top = ROOT / name
        paths += digest.tree_files(top) if top.is_dir() else [top]
    return digest.files(paths, ROOT)


def build_if_changed(site: Path) -> bool:
    """Build unless ``site/`` and the zip were built from inputs with the same digest as now
    (``make test`` with nothing changed skips the build). True if it built."""
    inputs = build_inputs_digest()
    built = BUILT_FROM.read_text(encoding="utf-8") if BUILT_FROM.is_file() else ""
    if built == inputs and (site / "sitemap.xml").is_file() and OFFLINE_ZIP.is_file():
        return False
    BUILT_FROM.unlink(missing_ok=True)
    build(site)
    BUILT_FROM.parent.mkdir(exist_ok=True)
    BUILT_FROM.write_text(inputs, encoding="utf-8")
    return True


def write_zip(site: Path, archive: Path) -> None:
    """The site as a zip a reader downloads and opens from disk: one top folder."""
    tmp = archive.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                zf.write(path, Path(ARCHIVE_FOLDER) / path.relative_to(site))
    tmp.replace(archive)


ARCHIVE_FOLDER = "python-multiprocessing-verified"


if __name__ == "__main__":
    # `python -m browser.project`: the zip of site/ (what `make build` runs after the build);
    # `--if-changed`: the build and the zip, unless site/ was built from the same inputs (what
    # `make test` runs); `--build`: the build and the zip, always (`make test FULL=1`).
    if sys.argv[1:] in (["--if-changed"], ["--build"]):
        if sys.argv[1] == "--build":
            BUILT_FROM.unlink(missing_ok=True)
        built = build_if_changed(SITE)
        print("built site/" if built else "site/ is up to date: its inputs are unchanged")
    else:
        write_zip(SITE, OFFLINE_ZIP)
