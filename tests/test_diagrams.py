"""The diagrams of ``docs/assets/diagrams/``: legible on a phone, nothing drawn over their text,
colours from the scheme, and a text alternative.

A page includes a diagram inline (``--8<-- "diagrams/x.svg"``), and it is scaled to the width
of the article: 358 px on a 390 px wide phone. A text of size ``s`` (user units) in a diagram
whose view box is ``w`` units wide is drawn there at ``s * 358 / w`` px, which must be 11 px or
more, in both languages (the text sizes do not depend on the colour scheme).

A text's size is the ``font-size`` of its ``style``, else what ``extra.css`` gives it: the
``.diagram text`` rule, or a ``.diagram text.<class>`` rule for one of its classes (the last
in the file, as in the cascade). A ``font-size`` attribute counts for nothing: any rule of the
stylesheet overrides it.

A text's box is estimated from its characters: a CJK character or a full-width mark is 1 em
wide, any other 0.55 em (0.6 em in the monospace ``code`` class); it reaches 0.76 em above the
baseline and 0.24 em below; ``text-anchor`` places it. Each box lies in the view box, overlaps
no other, is inside a rectangle or clear of it (never across its edge), and no line crosses it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from svg_boxes import Box

ROOT = Path(__file__).resolve().parents[1]
DIAGRAMS = sorted((ROOT / "docs" / "assets" / "diagrams").glob("*.svg"))
CSS = ROOT / "docs" / "assets" / "stylesheets" / "extra.css"
PHONE_WIDTH = 358  # CSS px of the article on a 390 px wide phone
MIN_PHONE_TEXT = 11  # CSS px
SVG = "{http://www.w3.org/2000/svg}"

_RULE = re.compile(r"(?P<selector>[^{}]*)\{(?P<body>[^}]*)\}")
_FONT_SIZE = re.compile(r"font-size\s*:\s*(?P<px>[\d.]+)(?:px)?")
_TEXT_RULE = re.compile(r"^\.diagram text(?:\.(?P<cls>[\w-]+))?$")
_PATH = re.compile(r"([MLHV])\s*([-\d.]+)(?:[\s,]+([-\d.]+))?")


def css_rules() -> list[tuple[str, str]]:
    """The (selector, declarations) of each rule of ``extra.css``."""
    css = re.sub(r"/\*.*?\*/", "", CSS.read_text(encoding="utf-8"), flags=re.S)
    return [(m["selector"].strip(), m["body"]) for m in _RULE.finditer(css)]


def css_font_sizes() -> dict[str | None, float]:
    """``font-size`` by class from the ``.diagram text`` rules (``None``: the rule for all)."""
    sizes = {}
    for selector, body in css_rules():
        text_rule = _TEXT_RULE.match(selector)
        size = _FONT_SIZE.search(body)
        if text_rule and size:
            sizes[text_rule["cls"]] = float(size["px"])
    return sizes


def css_classes() -> set[str]:
    """The classes that ``extra.css`` styles in a diagram."""
    return {
        cls
        for selector, _ in css_rules()
        for diagram_selector in re.findall(r"\.diagram\b[^,]*", selector)
        for cls in re.findall(r"\.([\w-]+)", diagram_selector)
    }


@dataclass
class Diagram:
    svg: Path
    root: ElementTree.Element

    @classmethod
    def read(cls, svg: Path) -> Diagram:
        return cls(svg, ElementTree.parse(svg).getroot())

    @property
    def view_box(self) -> Box:
        x, y, width, height = (float(v) for v in self.root.get("viewBox").split())
        return Box(x, y, x + width, y + height, "the view box")

    def elements(self, tag: str) -> list[ElementTree.Element]:
        return list(self.root.iter(SVG + tag))

    def texts(self) -> list[tuple[Box, float]]:
        """Each text's box and font size, in user units."""
        sizes = css_font_sizes()
        found = []
        for text in self.elements("text"):
            classes = text.get("class", "").split()
            size = next((s for c, s in reversed(sizes.items()) if c in classes), sizes[None])
            if style := _FONT_SIZE.search(text.get("style", "")):
                size = float(style["px"])
            found.append((text_box(text, size, code="code" in classes), size))
        return found

    def rectangles(self) -> list[Box]:
        boxes = []
        for rect in self.elements("rect"):
            x, y = float(rect.get("x", 0)), float(rect.get("y", 0))
            width, height = float(rect.get("width")), float(rect.get("height"))
            boxes.append(Box(x, y, x + width, y + height, f"a {rect.get('class')} rectangle"))
        return boxes

    def segments(self) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """The straight pieces of its ``line``, ``polyline`` and ``path`` (M, L, H, V only)."""
        polylines = [
            [(float(e.get("x1")), float(e.get("y1"))), (float(e.get("x2")), float(e.get("y2")))]
            for e in self.elements("line")
        ]
        for polyline in self.elements("polyline"):
            numbers = [float(n) for n in re.split(r"[\s,]+", polyline.get("points").strip())]
            polylines.append(list(zip(numbers[::2], numbers[1::2], strict=True)))
        for path in self.elements("path"):
            if path.get("class") == "arrowhead":  # drawn by a marker, at a line's end
                continue
            d = path.get("d")
            assert re.fullmatch(r"([MLHV][\s,\d.-]*)+", d), f"{self.svg.name}: path {d!r}"
            points: list[tuple[float, float]] = []
            for command, a, b in _PATH.findall(d):
                if command == "H":
                    points.append((float(a), points[-1][1]))
                elif command == "V":
                    points.append((points[-1][0], float(a)))
                else:  # M or L: a point
                    points.append((float(a), float(b)))
            polylines.append(points)
        return [(p, q) for points in polylines for p, q in itertools.pairwise(points)]


def text_box(text: ElementTree.Element, size: float, *, code: bool) -> Box:
    """The estimated box of a text (see the module's docstring)."""
    content = "".join(text.itertext())
    latin = 0.6 if code else 0.55
    ems = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else latin for c in content)
    width = ems * size
    x = (
        float(text.get("x", 0))
        - {"start": 0, "middle": width / 2, "end": width}[text.get("text-anchor", "start")]
    )
    y = float(text.get("y", 0))
    return Box(x, y - 0.76 * size, x + width, y + 0.24 * size, content)


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda p: p.name)
def test_every_text_is_legible_on_a_phone(svg: Path):
    """Shrunk to the width of a phone's article, every text is drawn at 11 px or more."""
    diagram = Diagram.read(svg)
    view_box = diagram.view_box
    scale = PHONE_WIDTH / (view_box.x1 - view_box.x0)
    small = sorted(
        {
            (round(size * scale, 1), box.what)
            for box, size in diagram.texts()
            if size * scale < MIN_PHONE_TEXT
        }
    )
    assert not small, f"{svg.name}: text under {MIN_PHONE_TEXT} px on a phone: {small}"


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda p: p.name)
def test_nothing_is_drawn_over_a_text(svg: Path):
    """No text leaves the view box, or touches another text, a rectangle's edge or a line."""
    diagram = Diagram.read(svg)
    texts = [box for box, _ in diagram.texts()]
    problems = [
        f"{t.what!r} is outside the view box" for t in texts if not t.inside(diagram.view_box)
    ]
    problems += [
        f"{a.what!r} overlaps {b.what!r}"
        for a, b in itertools.combinations(texts, 2)
        if a.overlaps(b)
    ]
    problems += [
        f"{t.what!r} is across the edge of {r.what} at {r.x0:g},{r.y0:g}"
        for t in texts
        for r in diagram.rectangles()
        if t.overlaps(r) and not t.inside(r)
    ]
    problems += [
        f"the line {p} to {q} crosses {t.what!r}"
        for t in texts
        for p, q in diagram.segments()
        if t.crosses(*p, *q)
    ]
    assert not problems, f"{svg.name}: " + "; ".join(problems)


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda p: p.name)
def test_colours_come_from_the_scheme(svg: Path):
    """No colour is written into the diagram: its classes, which ``extra.css`` styles with the
    scheme's colours, give them all, in the light and the dark scheme alike."""
    diagram = Diagram.read(svg)
    styled = css_classes()
    problems = []
    for element in diagram.root.iter():
        for cls in element.get("class", "").split():
            if cls not in styled:
                problems.append(f"class {cls!r} is not styled by extra.css")
        style = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+)", element.get("style", "")))
        for prop in ("fill", "stroke", "color"):
            declared = (style.get(prop) or element.get(prop) or "none").strip()
            if declared != "none":
                problems.append(f"<{element.tag.removeprefix(SVG)}> sets its {prop}: {declared}")
    assert not problems, f"{svg.name}: " + "; ".join(sorted(set(problems)))


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda p: p.name)
def test_every_diagram_has_a_text_alternative(svg: Path):
    """``role="img"``, labelled by its ``<title>`` and described by its ``<desc>``: in Chinese
    in the Chinese rendering (``x.zh.svg``)."""
    root = Diagram.read(svg).root
    assert root.get("role") == "img", f"{svg.name}: not role=img"
    labels = {e.get("id"): e for e in root if e.tag in (SVG + "title", SVG + "desc")}
    kinds = [e.tag.removeprefix(SVG) for e in labels.values()]
    assert kinds == ["title", "desc"], f"{svg.name}: {kinds}, not a <title> and a <desc>"
    labelled_by = root.get("aria-labelledby", "").split()
    assert labelled_by == list(labels), f"{svg.name}: aria-labelledby={labelled_by}"
    for element in labels.values():
        words = (element.text or "").strip()
        assert words, f"{svg.name}: an empty <{element.tag.removeprefix(SVG)}>"
        chinese = any(unicodedata.east_asian_width(c) == "W" for c in words)
        assert chinese == svg.name.endswith(".zh.svg"), f"{svg.name}: {words!r}"
