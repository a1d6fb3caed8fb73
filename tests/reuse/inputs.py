"""What each kind of check depends on: the inputs of its key.

Each entry of :data:`CHECKS` maps a test (``path::function``) to a function that names, for one
of its items, every input its outcome depends on, as ``{name: digest}``. A test that is not
listed is cheap and runs every time. The names are for people: when a check runs again, the
summary can say which input changed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from . import digest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
SNIPPETS = ROOT / "snippets"
SITE = ROOT / "site"
LOCK = ROOT / "requirements.lock"
SAMPLE_REQUIREMENTS = SNIPPETS / "requirements.txt"

# The sample engine: what runs a sample and judges its run (not the Markdown reader).
ENGINE = [
    TESTS / "sample_engine" / f"{name}.py"
    for name in (
        "__init__",
        "plugin",
        "process_tree",
        "run_sample",
        "runner",
        "samples",
    )
]
# What makes every child of a sample die at its start (``children_die``).
CHILDREN_DIE = TESTS / "sample_engine" / "children_die" / "sitecustomize.py"
# The browser suite: the code that loads and judges a page.
BROWSER = sorted((TESTS / "browser").glob("*.py")) + [
    TESTS / "sample_engine" / "pages.py",
    TESTS / "sample_engine" / "samples.py",
    # The search terms come from the glossary and the lessons' `teaches:` (search_terms.py).
    TESTS / "test_glossary.py",
    TESTS / "test_lesson_order.py",
]
# What the built pages load besides themselves: CSS, JavaScript, images, figures, fonts. The
# pages, the sitemap and the search index (page checks get a stub of it; ``.js`` is the copy
# the offline search reads) are not shared.
_NOT_SHARED = {"sitemap.xml", "sitemap.xml.gz", "search_index.json", "search_index.js"}
# The recorded data (``docs/data/``) is copied into the site, but no page loads it: the build
# renders it into the pages that show it (the verification table, the figures), which link to it.
_NOT_LOADED = ("data/",)


def _files(*paths: Path) -> str:
    return digest.files(paths, ROOT)


def _tools() -> str:
    """The pinned tools (pytest, ruff, Playwright, coverage, MkDocs ...)."""
    return _files(LOCK)


# --- Sample runs --------------------------------------------------------------------------------


def sample_files(sample) -> list[Path]:
    """The program and its sidecars: outputs (every platform's), stderr end, declarations."""
    path = sample.path
    return [
        path,
        path.with_suffix(".out"),
        path.with_suffix(".err"),
        path.with_suffix(".toml"),
        *(path.with_suffix(f".{platform}.out") for platform in ("linux", "darwin", "win32")),
    ]


def sample_run(item: pytest.Item) -> dict[str, str]:
    from sample_engine.plugin import coverage_run_settings, measured

    params = item.callspec.params
    sample, method = params["sample"], params["sample_method"]
    config = item.config
    measuring = config.getoption("sample_coverage") and measured(sample, method)
    return {
        "sample": _files(*sample_files(sample)),
        "start method": method,
        "interpreter": f"{config.getoption('sample_python')} {config.sample_version_text}",
        "engine": _files(*ENGINE, TESTS / "test_samples.py"),
        "requirements": _files(LOCK, SAMPLE_REQUIREMENTS),
        # Coverage data names each file by its absolute path: it belongs to this checkout.
        "coverage": f"{ROOT}\n{coverage_run_settings(config)}" if measuring else "off",
    }


def sample_fault_run(item: pytest.Item) -> dict[str, str]:
    """A sample run with every child killed at its start (never measured)."""
    config = item.config
    params = item.callspec.params
    return {
        "sample": _files(*sample_files(params["dying"])),
        "start method": params["dying_method"],
        "interpreter": f"{config.getoption('sample_python')} {config.sample_version_text}",
        "engine": _files(*ENGINE, CHILDREN_DIE, TESTS / "test_samples.py"),
        "requirements": _files(LOCK, SAMPLE_REQUIREMENTS),
    }


def measures_coverage(inputs: dict[str, str]) -> bool:
    return inputs.get("coverage", "off") != "off"


# --- Lint ---------------------------------------------------------------------------------------


def _lint_settings() -> str:
    return _files(ROOT / "pyproject.toml", TESTS / "test_lint.py", LOCK)


def sample_lint(item: pytest.Item) -> dict[str, str]:
    return {"sample": _files(item.callspec.params["linted"].path), "lint": _lint_settings()}


def inline_block_lint(item: pytest.Item) -> dict[str, str]:
    example = item.callspec.params["example"]
    return {
        "page": _files(Path(example.path)),
        "lint": _lint_settings(),
        "reader": _files(TESTS / "sample_engine" / "pages.py"),
    }


# --- The site in the browser --------------------------------------------------------------------


@cache
def browser_version() -> str:
    """The browser the suite drives: its path and ``--version`` (a new Chromium re-checks all)."""
    import subprocess

    sys.path.insert(0, str(TESTS / "browser"))
    try:
        import chromium
    finally:
        sys.path.remove(str(TESTS / "browser"))
    executable, source = chromium.find_chromium()
    if executable is None:
        return f"{source} (Playwright's, pinned in requirements.lock)"
    done = subprocess.run(
        [executable, "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    return f"{executable} {done.stdout.strip()}"


@cache
def shared_assets() -> str:
    paths = [
        p
        for p in digest.tree_files(SITE, exclude=_NOT_LOADED)
        if p.suffix != ".html" and p.name not in _NOT_SHARED
    ]
    search = SITE / "search" / "search_index.json"
    config = json.loads(search.read_text(encoding="utf-8"))["config"] if search.is_file() else {}
    return digest.text(digest.files(paths, SITE) + json.dumps(config, sort_keys=True))


@cache
def whole_site() -> str:
    return digest.tree(SITE)


@cache
def _page_sources(page) -> list[Path]:
    """The page's Markdown and everything it includes (a sample's declarations decide
    whether it is the one the copy check clicks)."""
    from sample_engine.pages import blocks, resolve

    found = [page.source]
    if page.source.is_file():
        for block in blocks(page.source):
            for target in block.includes:
                path = resolve(target.split(":")[0])
                found += [path, path.with_suffix(".toml")]
    return found


def _in_the_browser(**inputs: str) -> dict[str, str]:
    """What every browser check depends on besides its own inputs."""
    return {**inputs, "browser": browser_version(), "tests": _files(*BROWSER), "tools": _tools()}


def browser_page(item: pytest.Item) -> dict[str, str]:
    page = item.callspec.params["page"]
    return _in_the_browser(
        page=_files(SITE / page.url),
        sources=_files(*_page_sources(page)),
        assets=shared_assets(),
    )


def browser_site(item: pytest.Item) -> dict[str, str]:
    """Checks that read across pages (search, the offline copy, first-visit weight). The search
    terms are read from the sources (the lessons' front matter), which the site does not show."""
    pages = sorted((ROOT / "docs").rglob("*.md"))
    return _in_the_browser(site=whole_site(), sources=_files(*pages))


# --- Figures, benchmarks, the engine itself -----------------------------------------------------


def _bench(**inputs: str) -> dict[str, str]:
    """What the figures and the benchmarks depend on besides their own inputs."""
    return {
        **inputs,
        "bench data": digest.tree(ROOT / "docs" / "data" / "bench"),
        "bench code": digest.tree(ROOT / "tools" / "bench"),
        "tests": _files(TESTS / "test_figures.py"),
        "tools": _tools(),
    }


def figures_redrawn(item: pytest.Item) -> dict[str, str]:
    return _bench(figures=digest.tree(ROOT / "docs" / "assets" / "figures"))


def benchmarks_quick(item: pytest.Item) -> dict[str, str]:
    return _bench(interpreter=f"{sys.executable} {sys.version}")


def engine_self_test(item: pytest.Item) -> dict[str, str]:
    return {
        "engine": _files(*ENGINE),
        "tests": _files(TESTS / "test_engine.py"),
        "interpreter": f"{sys.executable} {sys.version}",
        "tools": _tools(),
    }


def reuse_mechanism(item: pytest.Item) -> dict[str, str]:
    """``test_reuse.py`` changes a copy of the project as a writer would: it depends on the
    test code (what is keyed, and how) and on the project's structure, not on its text."""
    return {
        "tests": digest.tree(TESTS),
        "site config": _files(ROOT / "mkdocs.yml", ROOT / "pyproject.toml"),
        "interpreter": f"{sys.executable} {sys.version}",
        "tools": _tools(),
    }


CHECKS: dict[str, Callable[[pytest.Item], dict[str, str]]] = {
    "tests/test_samples.py::test_runs_as_declared": sample_run,
    "tests/test_samples.py::test_ends_with_a_report_when_every_child_dies_first": sample_fault_run,
    "tests/test_lint.py::test_sample_is_lint_clean_and_formatted": sample_lint,
    "tests/test_lint.py::test_inline_block_is_lint_clean_and_formatted": inline_block_lint,
    "tests/browser/test_pages.py::test_page": browser_page,
    "tests/browser/test_pages.py::test_404_page": browser_site,
    "tests/browser/test_search.py::test_search_lists_the_page_that_teaches_a_term_first": (
        browser_site
    ),
    "tests/browser/test_offline.py::test_offline_page_makes_no_network_request": browser_site,
    "tests/browser/test_offline.py::test_offline_navigation": browser_site,
    "tests/browser/test_offline.py::test_offline_search": browser_site,
    "tests/browser/test_screenshots.py::test_first_visit_weight_and_load_time": browser_site,
    "tests/browser/test_site.py::test_favicon_and_logo_are_ours": browser_site,
    "tests/browser/test_site.py::test_the_colour_scheme_survives_the_language_switch": (
        browser_site
    ),
    "tests/test_figures.py::test_make_figures_redraws_the_committed_files_byte_for_byte": (
        figures_redrawn
    ),
    "tests/test_figures.py::test_every_benchmark_runs_in_quick_mode": benchmarks_quick,
    "tests/test_engine.py": engine_self_test,  # every test of the module
    "tests/test_reuse.py": reuse_mechanism,
}


def inputs_of(item: pytest.Item) -> dict[str, str] | None:
    """The inputs of ``item``'s key, or None for a check that always runs."""
    function = item.nodeid.split("[", 1)[0]
    kind = CHECKS.get(function) or CHECKS.get(function.split("::", 1)[0])
    return None if kind is None else kind(item)
