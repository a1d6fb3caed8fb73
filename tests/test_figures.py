"""The figures of the "Measured" lesson: shown with a text alternative, drawn from the recorded
data, and reproducible from it.

``make bench`` (``tools/bench``) times the benchmarks with pyperf and records the results in
``docs/data/bench/<machine>-py<X.Y>.json``; ``make figures`` draws ``docs/assets/figures/``
from that file: for each figure a light and a dark SVG, and the Markdown block that shows both
(``<name>.figure.txt``, which pages include), and the same in Chinese for the Chinese pages
(``<name>.zh.light.svg``, ``<name>.zh.dark.svg``, ``<name>.figure.zh.txt``), which says the same
numbers. Nothing here times anything: the benchmarks run once each in their quick mode, to show
that they still run, and the figures are redrawn from the committed data, to show that they are
what that data gives. And the drawn SVGs are read back, in both languages and both schemes: no
text under 11 px on a phone, none over another text or a data mark, every axis numbered.
"""

from __future__ import annotations

import html
import itertools
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import pytest

from svg_boxes import Box
from svg_boxes import clip as clip_segment

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FIGURES = DOCS / "assets" / "figures"
DATA = DOCS / "data" / "bench"
FRAGMENT = ".figure.txt"
CHINESE = ".zh"  # before the scheme of an image, after ``.figure`` of a block
SCHEMES = ("light", "dark")
MIN_ALT_WORDS = 12  # enough to say what the figure shows and its headline numbers

_INCLUDE = re.compile(r'^[ \t]*--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$', re.M)
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_TEXT = re.compile(r"<text\b[^>]*>([^<]*)</text>")
_ENGLISH_WORD = re.compile(r"(?<!\S)[A-Za-z]{2,}(?!\S)")  # not a code name like Pool.map
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a tick label, where the axis's length puts one


def words(text: str) -> float:
    """Its length in words: English words, and Chinese at two characters a word (about
    the average length of a Chinese word)."""
    han = len(_HAN.findall(text))
    return len(_HAN.sub(" ", _FULL_WIDTH.sub(" ", text)).split()) + han / 2


def numbers(text: str) -> Counter:
    return Counter(_NUMBER.findall(text))


def drawn_text(svg: Path) -> list[str]:
    """The words an SVG draws, one string per ``<text>``."""
    return [html.unescape(t) for t in _TEXT.findall(svg.read_text(encoding="utf-8"))]


def chinese(path: Path) -> Path:
    """The Chinese rendering of a figure's file: ``x.light.svg`` → ``x.zh.light.svg``,
    ``x.figure.txt`` → ``x.figure.zh.txt``."""
    if path.name.endswith(FRAGMENT):
        return path.with_name(path.name.removesuffix(FRAGMENT) + f".figure{CHINESE}.txt")
    name, scheme, suffix = path.name.rsplit(".", 2)
    return path.with_name(f"{name}{CHINESE}.{scheme}.{suffix}")


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
    assert words(image.alt) >= MIN_ALT_WORDS, f"{image}: alt text {image.alt!r}"
    if f"{CHINESE}." in image.file.name:
        assert image.page.name.endswith(f"{CHINESE}.md"), f"{image}: a Chinese figure"
        assert _HAN.search(image.alt), f"{image}: alt text not in Chinese: {image.alt!r}"
    assert image.scheme in SCHEMES and image.file.name.endswith(f".{image.scheme}.svg"), (
        f"{image}: {image.src} is not `<name>.light.svg#only-light` or `.dark.svg#only-dark`"
    )
    twin = "dark" if image.scheme == "light" else "light"
    twin_src = image.src.replace(
        f".{image.scheme}.svg#only-{image.scheme}", f".{twin}.svg#only-{twin}"
    )
    twins = [s for s in shown() if s.page == image.page and s.src == twin_src]
    assert twins and twins[0].alt == image.alt, f"{image}: no {twin_src} with the same alt text"


@pytest.mark.parametrize(
    ("page", "block"),
    [("measured.md", FRAGMENT), (f"measured{CHINESE}.md", f".figure{CHINESE}.txt")],
)
def test_the_measured_lesson_shows_every_figure(page: str, block: str):
    """Each figure's block is included by ``measured.md``, the page that reads them all, and
    its Chinese block by the Chinese page."""
    on_page = set(_INCLUDE.findall((DOCS / page).read_text(encoding="utf-8")))
    blocks = {f"figures/{p.name}" for p in FIGURES.glob(f"*{block}")}
    assert blocks, f"no figure blocks in {FIGURES} (make figures)"
    assert not blocks - on_page, f"{page} does not include {sorted(blocks - on_page)}"


def _english() -> list[Path]:
    return sorted(
        p
        for p in FIGURES.iterdir()
        if p.name.endswith((FRAGMENT, *(f".{s}.svg" for s in SCHEMES))) and CHINESE not in p.name
    )


@pytest.mark.parametrize("english", _english(), ids=lambda p: p.name)
def test_every_figure_has_its_chinese_rendering_with_the_same_numbers(english: Path):
    """``x.zh.light.svg`` beside ``x.light.svg``, ``x.figure.zh.txt`` beside ``x.figure.txt``:
    in Chinese (every label of two English words or more translated), saying the same
    numbers (text alternative, caption, table, labels), no more and no fewer. The ticks of a
    linear axis may differ: the labels' lengths set the plot's, and that the ticks."""
    translated = chinese(english)
    assert translated.is_file(), f"no {translated.name} (make figures)"
    if english.suffix == ".svg":
        text, zh = drawn_text(english), drawn_text(translated)
        assert any(_HAN.search(t) for t in zh), f"{translated.name} draws no Chinese"
        left = sorted({t for t in text if len(_ENGLISH_WORD.findall(t)) >= 2} & set(zh))
        assert not left, f"{translated.name} draws English labels: {left}"
        text, zh = ("\n".join(t for t in x if not _BARE_NUMBER.fullmatch(t)) for x in (text, zh))
    else:
        text, zh = english.read_text(encoding="utf-8"), translated.read_text(encoding="utf-8")
        assert _HAN.search(zh), f"{translated.name} is not in Chinese"
    assert numbers(zh) == numbers(text), (
        f"{translated.name} and {english.name} differ in their numbers: "
        f"only in Chinese {sorted((numbers(zh) - numbers(text)).elements())}, "
        f"only in English {sorted((numbers(text) - numbers(zh)).elements())}"
    )


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


# --- what the figures draw, as boxes: for the legibility checks ---------------------------------

PHONE_WIDTH = 358  # CSS px a figure gets on a 390 px wide phone (the page's margins taken off)
MIN_PHONE_TEXT = 11  # CSS px: the smallest text the figures may draw there
_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_STYLE = re.compile(r"([\w-]+)\s*:\s*([^;]+)")
_TRANSFORM = re.compile(r"(translate|rotate)\(([^)]*)\)")
_PATH_TOKEN = re.compile(r"[A-Za-z]|-?\d+(?:\.\d+)?(?:e-?\d+)?")
_NUMERIC_TICK = re.compile(r"[−-]?\d+(?:[.,]\d+)?(?:\s*[A-Za-zµ%×/]+)?")


@cache
def _advances() -> dict[int, float]:
    """The width of each character of DejaVu Sans, in ems: the font the figures are laid out
    with, and one of the widest a browser's sans-serif may be (Arial, Helvetica and Liberation
    Sans are narrower), so a text's box is at least as big as the text drawn."""
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    font = TTFont(font_manager.findfont("DejaVu Sans", fallback_to_default=False))
    widths, per_em = font["hmtx"], font["head"].unitsPerEm
    return {code: widths[glyph][0] / per_em for code, glyph in font.getBestCmap().items()}


def _em(char: str) -> float:
    """A character's width in ems: a Chinese character or full-width mark one em, as in
    every CJK font."""
    if _HAN.match(char) or _FULL_WIDTH.match(char):
        return 1.0
    return _advances().get(ord(char), 0.65)


def _style(element) -> dict[str, str]:
    return {k: v.strip() for k, v in _STYLE.findall(element.get("style", ""))}


def _rotate(x: float, y: float, degrees: float, cx: float, cy: float) -> tuple[float, float]:
    a = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)


def _text_box(element) -> Box:
    """The box a ``<text>`` covers: its characters' widths (see :func:`_em`) along the
    baseline from its anchor, from the ascender (0.76 em) to the descender (0.24 em)."""
    style = _style(element)
    size = float(style["font-size"].removesuffix("px"))
    text = element.text or ""
    width = sum(_em(c) for c in text) * size
    x, y = float(element.get("x", 0)), float(element.get("y", 0))
    angle = 0.0
    for kind, args in _TRANSFORM.findall(element.get("transform", "")):
        values = [float(v) for v in args.replace(",", " ").split()]
        if kind == "translate":
            x, y = x + values[0], y + (values[1] if len(values) > 1 else 0)
        else:
            angle = values[0]
    start = {"start": 0.0, "middle": -width / 2, "end": -width}[style.get("text-anchor", "start")]
    corners = [
        _rotate(x + u, y + v, angle, x, y)
        for u in (start, start + width)
        for v in (-0.76 * size, 0.24 * size)
    ]
    xs, ys = zip(*corners, strict=True)
    return Box(min(xs), min(ys), max(xs), max(ys), text)


def _points(d: str) -> list[list[tuple[float, float]]]:
    """The polylines of a path (curves by their control points, which is close enough)."""
    lines: list[list[tuple[float, float]]] = []
    numbers: list[float] = []
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            if token in "Mm":
                lines.append([])
            elif token in "Zz" and lines and lines[-1]:
                lines[-1].append(lines[-1][0])
            continue
        numbers.append(float(token))
        if len(numbers) == 2:
            if not lines:
                lines.append([])
            lines[-1].append((numbers[0], numbers[1]))
            numbers = []
    return lines


Segment = tuple[float, float, float, float]  # x0, y0, x1, y1
_TICK = re.compile(r"[xy]tick_\d+")


def _segments(d: str, x: float = 0, y: float = 0) -> list[Segment]:
    return [
        (x + a, y + b, x + c, y + e)
        for line in _points(d)
        for (a, b), (c, e) in itertools.pairwise(line)
    ]


@dataclass
class Drawing:
    """What an SVG of the figures draws: its size, its texts with their font sizes, the tick
    marks and labels of each axis, and the segments of its data marks (lines, markers, error
    bars, bars), each with the rectangle it is clipped to and what it is."""

    width: float
    height: float
    texts: list[tuple[Box, float]] = field(default_factory=list)
    ticks: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # marks, labels
    marks: list[tuple[Segment, Segment | None, str]] = field(default_factory=list)

    def tick(self, axis: str, label: str | None = None) -> None:
        marks, labels = self.ticks.get(axis, (0, []))
        self.ticks[axis] = (marks, [*labels, label]) if label is not None else (marks + 1, labels)

    def mark(self, element, tag: str, kind: str, clip: Segment | None, defs: dict) -> None:
        """A ``<use>`` of a marker, or a ``<path>`` of a line, error bars or a bar (not an
        axes' frame or background, nor a translucent band)."""
        if tag == "use":
            marker = defs[element.get(_XLINK_HREF).removeprefix("#")]
            x, y = float(element.get("x")), float(element.get("y"))
            self.marks += [(s, None, f"{kind} marker") for s in _segments(marker.get("d"), x, y)]
            return
        style = _style(element)
        if kind.startswith("patch"):
            opacity = float(style.get("fill-opacity", style.get("opacity", 1)))
            if style.get("fill", "none") == "none" or opacity < 1:
                return
        elif not kind.startswith(("line2d", "LineCollection", "PathCollection")):
            return
        self.marks += [(s, clip, kind) for s in _segments(element.get("d"))]


@cache
def drawing(svg: Path) -> Drawing:
    root = ElementTree.fromstring(svg.read_bytes())
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    defs = {e.get("id"): e for e in root.iter() if e.get("id")}
    clips = {}
    for clip in root.iter(f"{_SVG_NS}clipPath"):
        rect = clip.find(f"{_SVG_NS}rect")
        x, y = float(rect.get("x")), float(rect.get("y"))
        clips[clip.get("id")] = (x, y, x + float(rect.get("width")), y + float(rect.get("height")))
    result = Drawing(width, height)

    def visit(element, groups: tuple[str, ...], clip: Segment | None) -> None:
        tag = element.tag.removeprefix(_SVG_NS)
        if tag in ("defs", "clipPath", "metadata"):
            return
        if element.get("clip-path"):
            clip = clips[element.get("clip-path").removeprefix("url(#").removesuffix(")")]
        if tag == "g" and element.get("id"):
            groups = (*groups, element.get("id"))
        axis = next((f"{groups[0]}/{g}" for g in groups if g.startswith("matplotlib.axis")), "")
        on_tick = axis and any(_TICK.fullmatch(g) for g in groups)
        kind = next((g for g in reversed(groups) if not g.startswith("axes")), "")
        if tag == "text":
            box = _text_box(element)
            result.texts.append((box, float(_style(element)["font-size"].removesuffix("px"))))
            if on_tick:
                result.tick(axis, box.what)
        elif tag == "use" and on_tick:
            result.tick(axis)
        elif tag in ("use", "path") and not axis and not kind.startswith("legend"):
            result.mark(element, tag, kind, clip, defs)
        for child in element:
            visit(child, groups, clip)

    for child in root:
        visit(child, (), None)
    return result


_SVGS = sorted(FIGURES.glob("*.svg"))


@pytest.mark.parametrize("svg", _SVGS, ids=lambda p: p.name)
def test_every_figure_text_is_legible_on_a_phone(svg: Path):
    """Shrunk to the width of a phone's page, every text is still drawn at 11 CSS px or more."""
    figure = drawing(svg)
    scale = PHONE_WIDTH / figure.width
    small = sorted(
        {
            (round(size * scale, 1), box.what)
            for box, size in figure.texts
            if size * scale < MIN_PHONE_TEXT
        }
    )
    assert not small, f"{svg.name}: text under {MIN_PHONE_TEXT} px on a phone: {small}"


@pytest.mark.parametrize("svg", _SVGS, ids=lambda p: p.name)
def test_every_figure_axis_is_numbered(svg: Path):
    """Each axis with tick marks labels them: with at least two numbers (``16 KiB``, ``0.1``),
    or, on an axis of categories, a name at every tick."""
    figure = drawing(svg)
    assert figure.ticks, f"{svg.name}: no axis found"
    for axis, (marks, labels) in figure.ticks.items():
        numeric = [t for t in labels if _NUMERIC_TICK.fullmatch(t.strip())]
        categories = labels and not numeric and len(labels) == marks
        assert len(numeric) >= 2 or categories, (
            f"{svg.name}: {axis} has {marks} tick marks but no numbers: labels {labels}"
        )


@pytest.mark.parametrize("svg", _SVGS, ids=lambda p: p.name)
def test_no_figure_text_overlaps_text_or_data(svg: Path):
    """No text runs into another text, off the image, or over a data mark (a line, a marker,
    an error bar, a bar); a text's box is estimated from its font size and characters."""
    figure = drawing(svg)
    boxes = [box for box, _ in figure.texts]
    problems = []
    width, height = figure.width + 0.5, figure.height + 0.5
    for box in boxes:
        if min(box.x0, box.y0) < -0.5 or box.x1 > width or box.y1 > height:
            problems.append(f"{box.what!r} runs off the image")
    for a, b in itertools.combinations(boxes, 2):
        if a.overlaps(b, slack=0.5):
            problems.append(f"{a.what!r} overlaps {b.what!r}")
    for box in boxes:
        for segment, clip, kind in figure.marks:
            part = clip_segment(segment, clip) if clip else segment
            if part and box.crosses(*part, slack=0.5):
                problems.append(f"{box.what!r} runs over {kind}")
                break
    assert not problems, f"{svg.name}:\n" + "\n".join(sorted(set(problems)))
