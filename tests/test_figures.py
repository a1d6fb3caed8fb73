"""The figures of the "Measured" lesson: shown with a text alternative, drawn from the recorded
data, and reproducible from it.

``make bench`` (``tools/bench``) times the benchmarks with pyperf and records the results in
``docs/data/bench/<machine>-py<X.Y>.json``; ``make figures`` draws ``docs/assets/figures/``
from that file: for each figure a light and a dark SVG, and the Markdown block that shows both
(``<name>.figure.txt``, which pages include). Nothing here times anything: the benchmarks run
once each in their quick mode, to show that they still run, and the figures are redrawn from the
committed data, to show that they are what that data gives.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FIGURES = DOCS / "assets" / "figures"
DATA = DOCS / "data" / "bench"
FRAGMENT = ".figure.txt"
SCHEMES = ("light", "dark")
MIN_ALT_WORDS = 12  # enough to say what the figure shows and its headline numbers

_INCLUDE = re.compile(r'^[ \t]*--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$', re.M)
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)")


@dataclass(frozen=True)
class Shown:
    """An image of ``assets/figures/`` on a page, as the page's Markdown gives it."""

    page: Path
    alt: str
    src: str

    @property
    def file(self) -> Path:
        return (self.page.parent / self.src.split("#")[0]).resolve()

    @property
    def scheme(self) -> str | None:
        """``light`` or ``dark`` for Material's ``#only-light`` / ``#only-dark`` suffix."""
        _, _, suffix = self.src.partition("#only-")
        return suffix or None

    def __str__(self) -> str:
        return f"{self.page.relative_to(DOCS)}:{self.file.name}"


def _expanded(page: Path) -> str:
    """The page's Markdown with the figure blocks it includes written out."""

    def include(match: re.Match) -> str:
        target = DOCS / "assets" / match["target"]
        return target.read_text(encoding="utf-8") if target.parent == FIGURES else match[0]

    return _INCLUDE.sub(include, page.read_text(encoding="utf-8"))


@cache
def shown() -> tuple[Shown, ...]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for match in _IMAGE.finditer(_expanded(page)):
            image = Shown(page, match["alt"].strip(), match["src"])
            if image.file.parent == FIGURES:
                found.append(image)
    return tuple(found)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def committed_data() -> list[Path]:
    return sorted(DATA.glob("*.json"))


@pytest.mark.parametrize("image", shown(), ids=str)
def test_every_figure_a_page_shows_exists_and_has_a_text_alternative(image: Shown):
    """The file is there, its alt text says what it shows in a sentence or more, and it is
    shown in both colour schemes: the light file with ``#only-light``, its dark twin with
    ``#only-dark`` and the same text alternative, on the same page."""
    assert image.file.is_file(), f"{image}: {image.src} does not exist (make figures)"
    assert len(image.alt.split()) >= MIN_ALT_WORDS, f"{image}: alt text {image.alt!r}"
    assert image.scheme in SCHEMES and image.file.name.endswith(f".{image.scheme}.svg"), (
        f"{image}: {image.src} is not `<name>.light.svg#only-light` or `.dark.svg#only-dark`"
    )
    twin = "dark" if image.scheme == "light" else "light"
    twin_src = image.src.replace(
        f".{image.scheme}.svg#only-{image.scheme}", f".{twin}.svg#only-{twin}"
    )
    twins = [s for s in shown() if s.page == image.page and s.src == twin_src]
    assert twins and twins[0].alt == image.alt, f"{image}: no {twin_src} with the same alt text"


def test_the_measured_lesson_shows_every_figure():
    """Each figure's block is included by ``measured.md``, the page that reads them all."""
    on_page = set(_INCLUDE.findall((DOCS / "measured.md").read_text(encoding="utf-8")))
    blocks = {f"figures/{p.name}" for p in FIGURES.glob(f"*{FRAGMENT}")}
    assert blocks, f"no figure blocks in {FIGURES} (make figures)"
    assert not blocks - on_page, f"measured.md does not include {sorted(blocks - on_page)}"


@pytest.mark.parametrize("svg", sorted(FIGURES.glob("*.svg")), ids=lambda p: p.name)
def test_every_figure_is_self_contained_text_as_text(svg: Path):
    """An SVG that fetches nothing (no image, font or style from anywhere), whose words are
    ``<text>`` a browser draws with its own font and a search engine can read, and small."""
    text = svg.read_text(encoding="utf-8")
    assert not re.search(r"<image\b|@import|url\((?!#)|(?:xlink:)?href=\"(?!#)", text), svg.name
    assert "<text" in text, f"{svg.name}: text drawn as paths (svg.fonttype must be 'none')"
    assert len(text) < 100_000, f"{svg.name}: {len(text)} characters"


@pytest.mark.parametrize("path", committed_data(), ids=lambda p: p.name)
def test_the_data_says_what_it_was_measured_on(path: Path):
    """The machine and the Python (CPU model, cores, OS, version and build, GIL, start
    methods), and for each group when, how (the tool and its settings) and that it was a
    full run, not a quick one."""
    recorded = json.loads(path.read_text(encoding="utf-8"))
    machine = recorded["machine"]
    for key in ("cpu_model", "logical_cores", "physical_cores", "os", "architecture"):
        assert machine.get(key), f"{path.name}: machine.{key} is missing"
    for key in ("version", "implementation", "build", "gil_enabled", "default_start_method"):
        assert machine["python"].get(key) is not None, f"{path.name}: python.{key} is missing"
    for name, group in recorded["groups"].items():
        assert group["recorded"] and group["settings"].get("tool"), f"{path.name}: {name}"
        assert not group["quick"], f"{path.name}: {name} comes from a quick run"


def test_make_figures_redraws_the_committed_files_byte_for_byte(tmp_path: Path):
    """``make figures``, run on the committed data, writes exactly the committed files: no
    figure is stale, none is missing, none is left over, and the drawing is deterministic."""
    subprocess.run(
        [sys.executable, "-m", "tools.bench.figures", "--out", str(tmp_path)],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = {p.name for p in FIGURES.iterdir() if p.is_file()}
    drawn = {p.name for p in tmp_path.iterdir()}
    assert committed == drawn, (
        f"only committed: {sorted(committed - drawn)}; only drawn: {sorted(drawn - committed)}"
    )
    differ = [n for n in sorted(drawn) if (tmp_path / n).read_bytes() != (FIGURES / n).read_bytes()]
    assert not differ, f"make figures draws these differently from the committed data: {differ}"


def test_every_benchmark_runs_in_quick_mode(tmp_path: Path):
    """``make bench QUICK=1`` runs every benchmark once with tiny sizes and records a value
    for each, covering every series that the committed data has (and the memory experiment,
    every case of it): a benchmark that broke, or one the figures need but the suite lost,
    fails here."""
    output = tmp_path / "quick.json"
    subprocess.run(
        [sys.executable, "-m", "tools.bench", "--quick", "--quiet", "--data", str(output)],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        timeout=120,
    )
    quick = json.loads(output.read_text(encoding="utf-8"))["groups"]
    timed = [b for g in quick.values() for b in g.get("benchmarks", [])]
    assert timed and all(b["values"] and min(b["values"]) > 0 for b in timed)
    for path in committed_data():
        for name, group in json.loads(path.read_text(encoding="utf-8"))["groups"].items():
            assert name in quick, f"{path.name}: the quick run has no {name!r} group"
            series = {b["series"] for b in group.get("benchmarks", [])}
            assert series <= {b["series"] for b in quick[name].get("benchmarks", [])}, name
    cases = [(c["freeze"], c["action"]) for c in quick["memory"]["result"]["cases"]]
    assert len(set(cases)) == 6, cases
