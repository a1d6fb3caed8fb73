"""``python -m tools.bench.figures`` (``make figures``): the figures, from the recorded data.

For each figure ``<name>`` it writes into ``docs/assets/figures/``:

- ``<name>.light.svg`` and ``<name>.dark.svg``: the plot in the colours of each scheme of the
  site, on a transparent background, its text kept as text (``svg.fonttype = "none"``);
- ``<name>.figure.txt``: the Markdown block that shows it (both images, with Material's
  ``#only-light`` / ``#only-dark`` suffixes, a text alternative that gives the headline
  numbers, and a caption that says what was measured, on what, and how to reproduce it).
  Pages include it with ``--8<-- "figures/<name>.figure.txt"``; it is not a ``.md`` file so
  that MkDocs does not take it for a page;
- the same in Chinese, for the Chinese pages: ``<name>.zh.light.svg``, ``<name>.zh.dark.svg``
  and ``<name>.figure.zh.txt``.

It also writes ``summary.figure.txt`` (and ``summary.figure.zh.txt``): the headline numbers as
a table.

One code path draws both languages: every word a figure shows or says is a pair of phrases,
English and Chinese, in the figure's table (``START_TEXT``, ...), and a :class:`Language`
picks one; the numbers and units are the same in both.

Deterministic: no date or software version in the SVG metadata, a fixed ``svg.hashsalt`` for
the ids of clip paths, layout computed with the DejaVu Sans font that matplotlib ships (the
browser draws the text with its own sans-serif) and, for Chinese characters, with a font made
here that draws none but gives each the width every CJK font gives it, one em (see
:func:`cjk_metrics_font`): no font of the machine is read. The same data gives byte-identical
files on any machine. Only matplotlib's object API is used (no pyplot): it imports faster and
holds no state.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import io
import itertools
import math
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from matplotlib import font_manager
from matplotlib.container import ErrorbarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import (
    FixedLocator,
    FuncFormatter,
    NullFormatter,
    NullLocator,
)

from . import data

OUT_DIR = data.ROOT / "docs" / "assets" / "figures"
WIDTH_IN = 5.0  # 360 pt: 480 CSS px at natural size, 358 px on a 390 px phone
# The smallest text, in pt (the SVG's user units): 11.5 of the 360 is 11.4 CSS px on that phone,
# where 11 pt would be 10.9 (tests/test_figures.py: no text under 11 px there).
SMALL = 11.5
RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "python-multiprocessing-verified",
    "svg.id": None,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 12,
    "axes.titlesize": 12.5,
    "axes.titlelocation": "left",
    "axes.labelsize": 12,
    "xtick.labelsize": SMALL,
    "ytick.labelsize": SMALL,
    "legend.fontsize": SMALL,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.linewidth": 0.6,
    "lines.linewidth": 2,
    "lines.markersize": 6,
    "errorbar.capsize": 3,
}


# Colours, light and dark. Each figure is drawn once in the light colours; the dark file is
# the same SVG with each light colour replaced by its dark one (same geometry, half the
# work), and a colour that is not in this table fails the generation. Series colours are
# Okabe-Ito hues (safe for colour-blind readers), lighter ones on the dark background.
PALETTE = {
    "text": ("#1f1f1f", "#e6e7eb"),
    "muted": ("#5c5c5c", "#a9adb7"),
    "grid": ("#dcdcdc", "#3d424d"),
    "blue": ("#0072b2", "#56b4e9"),
    "vermillion": ("#d55e00", "#f59c4a"),
    "green": ("#009e73", "#3ccfa3"),
    "purple": ("#cc79a7", "#e19ac4"),
    "ochre": ("#8a6d00", "#f0e442"),
}
C = {role: light for role, (light, _) in PALETTE.items()}
SERIES = (C["blue"], C["vermillion"], C["green"], C["purple"], C["ochre"])
SCHEMES = ("light", "dark")
RC.update(
    {
        "text.color": C["text"],
        "axes.labelcolor": C["text"],
        "axes.titlecolor": C["text"],
        "axes.edgecolor": C["muted"],
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.transparent": True,
        "axes.axisbelow": True,
        "xtick.color": C["muted"],
        "ytick.color": C["muted"],
        "xtick.labelcolor": C["text"],
        "ytick.labelcolor": C["text"],
        "grid.color": C["grid"],
        "legend.labelcolor": C["text"],
        "hatch.color": C["text"],
        "axes.prop_cycle": matplotlib.cycler(color=SERIES),
        "xtick.minor.visible": False,
        "ytick.minor.visible": False,
    }
)
MARKERS = ("o", "s", "^", "D", "v")


# --- languages ---------------------------------------------------------------------------------

# A phrase in each language: (English, Chinese), a str.format() template. The Chinese is that of
# the Chinese pages (docs/glossary.md: 进程池, 工作进程, 管理器, 序列化, 启动方法, ...): full-width
# punctuation, a space between Chinese and Latin text or numbers; numbers and units as in English.
Phrase = tuple[str, str]


@dataclass(frozen=True)
class Language:
    """One language of the figures: which phrase of each pair, how lists are joined, and what
    its files are called."""

    code: str
    index: int  # in each Phrase
    comma: str  # between the items of a list
    semicolon: str  # between clauses
    suffix: str  # in the file names: "" or ".zh"

    def __call__(self, phrase: Phrase, /, **fields: object) -> str:
        return phrase[self.index].format(**fields)

    def svg(self, name: str, scheme: str) -> str:
        return f"{name}{self.suffix}.{scheme}.svg"

    def block(self, name: str) -> str:
        return f"{name}.figure{self.suffix}.txt"


EN = Language("en", 0, ", ", "; ", "")
ZH = Language("zh", 1, "，", "；", ".zh")
LANGUAGES = (EN, ZH)

COMMON_TEXT: dict[str, Phrase] = {
    "cores": ("{n} logical cores", "{n} 个逻辑核心"),
    "physical": (" ({n} physical)", "（{n} 个物理核心）"),
    "virtual": (", virtual machine", "，虚拟机"),
    "kernel": (", kernel {kernel}", "，内核 {kernel}"),
    "free-threaded": (" (free-threaded)", "（自由线程构建）"),
    "on": ("{cpu}, {cores}{vm}, {system}; {python}", "{cpu}，{cores}{vm}，{system}；{python}"),
    "quick": (
        "a quick smoke run, one value each: not a measurement",
        "快速冒烟运行，每项只有一个值：不是测量结果",
    ),
    "values": ("median of {n} values ({tool})", "{n} 个值的中位数（{tool}）"),
    "trials": ("median of {n} trials ({tool})", "{n} 次试验的中位数（{tool}）"),
    "and": (" and ", "、"),
    "caption": (
        "**Measured:** {what}. **On:** {on}; {settings}, {dates} ([data]({link})). "
        "**Reproduce:** `{command}`, then `make figures`.",
        "**测量内容：**{what}。**测量环境：**{on}；{settings}，{dates}（[数据]({link})）。"
        "**复现方法：**运行 `{command}`，再运行 `make figures`。",
    ),
    "table": ("| measured | value |", "| 测量项 | 数值 |"),
    "source": ("On {on}; from [{name}]({link}).", "测量环境：{on}；数据来自 [{name}]({link})。"),
}

# Chinese text is laid out with DejaVu Sans for its Latin letters and digits, and for its
# Chinese characters with a font made here: a box one em wide for every CJK ideograph and
# full-width punctuation mark, the advance every CJK font gives them (Noto Sans CJK SC's, exactly).
# Using no installed font keeps the files the same on every machine; the font is never drawn
# (the SVG keeps its text as text), and the SVG names the fonts of the Chinese pages
# (extra.css, [lang^="zh"]) for the browser to draw it with.
CJK_METRICS = "Full-width CJK metrics"
CJK_FONTS = (
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
_FULL_WIDTH = ((0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF60))


@functools.cache
def cjk_metrics_font() -> str:
    """Build the metrics font into a temporary file (removed at exit), register it with
    matplotlib, and return its family name."""
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "wide"])
    builder.setupCharacterMap(
        {code: "wide" for low, high in _FULL_WIDTH for code in range(low, high + 1)}
    )
    pen = TTGlyphPen(None)
    pen.moveTo((40, -80))  # the ink box of a Noto Sans CJK SC ideograph, roughly
    for point in ((40, 840), (960, 840), (960, -80)):
        pen.lineTo(point)
    pen.closePath()
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "wide": pen.glyph()})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "wide": (1000, 40)})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": CJK_METRICS, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    folder = tempfile.mkdtemp(prefix="figures-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = Path(folder) / "cjk-metrics.ttf"
    builder.save(str(path))
    font_manager.fontManager.addfont(path)
    return CJK_METRICS


def rc(lang: Language) -> dict:
    """matplotlib's settings for ``lang``: Chinese falls back to the metrics font."""
    if lang is EN:
        return RC
    return {**RC, "font.family": ["DejaVu Sans", cjk_metrics_font()]}


def finish(svg: str, lang: Language) -> str:
    """The SVG as written for ``lang``: Chinese names the fonts of the Chinese pages, and its
    language, which lets a browser draw the Simplified Chinese forms of the characters."""
    if lang is EN:
        return svg
    fonts = ", ".join([*(f"'{name}'" for name in CJK_FONTS), "sans-serif"])
    svg = svg.replace(f"'{CJK_METRICS}'", fonts)
    return svg.replace("<svg ", '<svg xml:lang="zh-Hans" ', 1)


# --- reading the data ---------------------------------------------------------------------------


class Recorded:
    """The data file, with what the figures ask of it."""

    def __init__(self, path: Path):
        self.path = path
        self.raw = data.load(path)
        self.machine = self.raw["machine"]
        self.groups = self.raw["groups"]

    def group(self, name: str) -> dict:
        if name not in self.groups:
            raise KeyError(f"{self.path.name} has no {name!r} group: run make bench")
        return self.groups[name]

    def series(self, group: str, series: str) -> list[dict]:
        return [b for b in self.group(group)["benchmarks"] if b["series"] == series]

    def one(self, group: str, series: str) -> dict:
        [found] = self.series(group, series)
        return found

    def series_names(self, group: str) -> list[str]:
        return list(dict.fromkeys(b["series"] for b in self.group(group)["benchmarks"]))

    @property
    def link(self) -> str:
        return f"data/bench/{self.path.name}"

    def on(self, lang: Language, short: bool = False) -> str:
        """The machine and the Python in a line; ``short``: without the kernel's version."""
        m = self.machine
        python = m["python"]
        cores = lang(COMMON_TEXT["cores"], n=m["logical_cores"])
        if m.get("physical_cores") and m["physical_cores"] != m["logical_cores"]:
            cores += lang(COMMON_TEXT["physical"], n=m["physical_cores"])
        vm = lang(COMMON_TEXT["virtual"]) if m.get("virtual_machine") else ""
        system, _, kernel = m["os"].partition(", kernel ")  # machine.py: Linux names it
        if kernel and not short:
            system += lang(COMMON_TEXT["kernel"], kernel=kernel)
        gil = "" if python["gil_enabled"] else lang(COMMON_TEXT["free-threaded"])
        return lang(
            COMMON_TEXT["on"],
            cpu=m["cpu_model"],
            cores=cores,
            vm=vm,
            system=system,
            python=f"{python['implementation']} {python['version']}{gil}",
        )

    def settings(self, group: str, lang: Language) -> str:
        g = self.group(group)
        s = g["settings"]
        if g.get("quick"):
            return lang(COMMON_TEXT["quick"])
        if "processes" in s:
            return lang(COMMON_TEXT["values"], n=s["processes"] * s["values"], tool=s["tool"])
        return lang(COMMON_TEXT["trials"], n=s["trials"], tool=s["tool"])


def median(bench: dict) -> float:
    return data.median(bench["values"])


def spread(bench: dict) -> tuple[float, float]:
    return data.quartiles(bench["values"])


# --- formatting numbers ---------------------------------------------------------------------------


def digits(x: float) -> str:
    """Two significant digits (three from 100 up), no exponent, no trailing zero."""
    if x >= 100:
        return f"{x:.0f}"
    decimals = 0 if x >= 10 else 1 if x >= 1 else max(1, 1 - math.floor(math.log10(x)))
    text = f"{x:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def duration(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{digits(seconds / scale)} {unit}"
    return f"{digits(seconds / 1e-9)} ns"


def size(n: float) -> str:
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{digits(n / scale)} {unit}"
    return f"{n:.0f} B"


def ms(seconds: float) -> str:
    return f"{digits(seconds * 1e3)} ms"


# --- drawing helpers ---------------------------------------------------------------------------


def new_figure(height_in: float, rows: int = 1) -> tuple[Figure, list]:
    """A figure of ``rows`` panels stacked, each in a subfigure of its own (for its title)."""
    figure = Figure(figsize=(WIDTH_IN, height_in), layout="constrained")
    if rows == 1:
        return figure, [figure.subplots()]
    return figure, [panel.subplots() for panel in figure.subfigures(rows, 1)]


def title(axes, text: str) -> None:
    """The panel's title, at the left edge of its (sub)figure: an axes title would start
    after the tick labels, and long ones would run off the right edge."""
    axes.figure.suptitle(text, x=0.02, ha="left", fontsize=RC["axes.titlesize"])


def legend_below(axes, ncols: int = 2, extra: tuple = ()) -> None:
    """A legend under the plot, where it covers no data; measured series (error bars)
    first, reference lines after. ``extra``: (handle, label) pairs of marks drawn without a
    label, such as a line and its band as one entry."""
    pairs = [*zip(*axes.get_legend_handles_labels(), strict=True), *extra]
    ordered = sorted(pairs, key=lambda pair: not isinstance(pair[0], ErrorbarContainer))
    handles, labels = zip(*ordered, strict=True)
    axes.figure.legend(handles, labels, loc="outside lower left", ncols=ncols)


def log_ticks(axis, values: list[float], label: Callable[[float], str]) -> None:
    axis.set_major_locator(FixedLocator(values))
    axis.set_minor_locator(NullLocator())
    axis.set_major_formatter(FuncFormatter(lambda v, _: label(v)))


def log_y(axes) -> None:
    """A log-scale y axis labelled at its decades in plain numbers (no 10^n)."""
    axes.set_yscale("log")
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: digits(v)))
    axes.yaxis.set_minor_formatter(NullFormatter())


def errors(center: list[float], low: list[float], high: list[float]) -> list[list[float]]:
    return [
        [c - lo for c, lo in zip(center, low, strict=True)],
        [hi - c for c, hi in zip(center, high, strict=True)],
    ]


# --- the figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Drawn:
    """What a figure says in words: its text alternative and its rows in the summary table."""

    alt: str
    summary: list[tuple[str, str]]


@dataclass(frozen=True)
class Spec:
    name: str
    groups: tuple[str, ...]
    what: Phrase
    height_in: float
    draw: Callable[[Figure, list, Recorded, Language], None]
    words: Callable[[Recorded, Language], Drawn]
    rows: int = 1


START_LABELS: dict[str, Phrase] = {
    "thread": ("thread", "线程"),
    "fork": ("fork", "fork"),
    "forkserver": ("forkserver", "forkserver"),
    "spawn": ("spawn", "spawn"),
}
MAIN_LABELS: dict[str, Phrase] = {
    "bare": ("imports nothing", "不导入任何模块"),
    "with_stdlib": ("imports 10 stdlib modules", "导入 10 个标准库模块"),
    "with_numpy": ("imports NumPy", "导入 NumPy"),
}
START_TEXT: dict[str, Phrase] = {
    "log-axis": ("milliseconds (log scale)", "毫秒（对数坐标）"),
    "axis": ("milliseconds", "毫秒"),
    "title": ("Start and join one thread or process", "启动并 join 一个线程或进程"),
    "title-main": ("spawn, when the main module…", "spawn 下，主模块导入的内容不同时"),
    "start": ("{kind} {time}", "{kind} {time}"),
    "main": ("{time} when it {main}", "{time}（主模块{main}）"),
    "alt": (
        "Bar charts. Time to start and join one: {starts}. Under spawn, whose child runs "
        "the main module again: {mains}.",
        "条形图。启动并 join 一个线程或进程的耗时：{starts}。spawn 的子进程会再次运行主模块："
        "{mains}。",
    ),
    "row-start": ("start and join, {kind}", "启动并 join，{kind}"),
    "row-main": ("spawn, main module {main}", "spawn，主模块{main}"),
}


def _bars(axes, labels: list[str], benches: list[dict], colour: str) -> None:
    centers = [median(b) * 1e3 for b in benches]
    lows, highs = zip(*(spread(b) for b in benches), strict=True)
    ys = list(range(len(benches)))[::-1]
    axes.barh(ys, centers, color=colour, height=0.6, zorder=2)
    axes.errorbar(
        centers,
        ys,
        xerr=errors(centers, [x * 1e3 for x in lows], [x * 1e3 for x in highs]),
        fmt="none",
        ecolor=C["text"],
        elinewidth=1,
        zorder=3,
    )
    axes.set_yticks(ys, labels)
    axes.grid(False, axis="y")
    for y, center, high in zip(ys, centers, highs, strict=True):
        axes.annotate(
            ms(center / 1e3),
            (max(center, high * 1e3), y),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            color=C["text"],
            fontsize=SMALL,
        )


def draw_start(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
    top, bottom = axes
    kinds = [k for k in START_LABELS if recorded.series("start", k)]
    benches = [recorded.one("start", k) for k in kinds]
    _bars(top, [lang(START_LABELS[k]) for k in kinds], benches, SERIES[0])
    top.set_xscale("log")
    top.set_xlim(right=top.get_xlim()[1] * 6)  # room for the labels
    top.xaxis.set_major_formatter(FuncFormatter(lambda v, _: digits(v)))
    top.set_xlabel(lang(START_TEXT["log-axis"]))
    title(top, lang(START_TEXT["title"]))

    mains = [m for m in MAIN_LABELS if recorded.series("spawn-main", m)]
    benches = [recorded.one("spawn-main", m) for m in mains]
    _bars(bottom, [lang(MAIN_LABELS[m]) for m in mains], benches, SERIES[1])
    bottom.set_xlim(0, max(spread(b)[1] for b in benches) * 1e3 * 1.3)
    bottom.set_xlabel(lang(START_TEXT["axis"]))
    title(bottom, lang(START_TEXT["title-main"]))


def words_start(recorded: Recorded, lang: Language) -> Drawn:
    kinds = [k for k in START_LABELS if recorded.series("start", k)]
    starts = {k: median(recorded.one("start", k)) for k in kinds}
    mains = [m for m in MAIN_LABELS if recorded.series("spawn-main", m)]
    spawns = {m: median(recorded.one("spawn-main", m)) for m in mains}
    text = START_TEXT
    return Drawn(
        alt=lang(
            text["alt"],
            starts=lang.comma.join(
                lang(text["start"], kind=lang(START_LABELS[k]), time=ms(v))
                for k, v in starts.items()
            ),
            mains=lang.comma.join(
                lang(text["main"], main=lang(MAIN_LABELS[m]), time=ms(v)) for m, v in spawns.items()
            ),
        ),
        summary=[
            (lang(text["row-start"], kind=lang(START_LABELS[k])), ms(v)) for k, v in starts.items()
        ]
        + [(lang(text["row-main"], main=lang(MAIN_LABELS[m])), ms(v)) for m, v in spawns.items()],
    )


SPEEDUP_LABELS: dict[str, Phrase] = {
    "processes": ("processes", "进程"),
    "threads": ("threads", "线程"),
}
SPEEDUP_TEXT: dict[str, Phrase] = {
    "ideal": ("ideal: one worker per core", "理想：每个核心一个线程或进程"),
    "serial": ("serial (= 1)", "串行（= 1）"),
    "cores": ("{cores} cores", "{cores} 个核心"),
    "x-axis": ("workers", "线程数或进程数"),
    "y-axis": ("speed-up over serial (×)", "相对串行的加速比（×）"),
    "best": ("{kind} at best {value}× (with {n} workers)", "{kind}最高 {value}×（{n} 个{kind}）"),
    "alt": (
        "Line chart of the speed-up of {work} over running it serially ({serial}), against "
        "the number of workers, on {cores} cores: {best}.",
        "折线图：{work}相对串行运行（{serial}）的加速比，随线程数或进程数变化，"
        "{cores} 个核心：{best}。",
    ),
    "row-serial": ("{work}, serial", "{work}，串行"),
    "row-best": ("{work}, best speed-up with {kind}", "{work}，{kind}的最高加速比"),
    "value-best": ("{value}× ({n} workers)", "{value}×（{n} 个{kind}）"),
}


def _speedups(recorded: Recorded, group: str, kind: str) -> tuple[list[int], list[float], list]:
    serial = median(recorded.one(group, "serial"))
    benches = recorded.series(group, kind)
    workers = [b["params"]["workers"] for b in benches]
    values = [serial / median(b) for b in benches]
    bounds = [(serial / spread(b)[1], serial / spread(b)[0]) for b in benches]
    return workers, values, bounds


def _draw_speedup(group: str, heading: Phrase) -> Callable:
    def draw(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
        [ax] = axes
        cores = recorded.machine["logical_cores"]
        top_workers, top_value = 1, 1.0
        for index, kind in enumerate(SPEEDUP_LABELS):
            workers, values, bounds = _speedups(recorded, group, kind)
            top_workers = max(top_workers, *workers)
            top_value = max(top_value, *(b[1] for b in bounds))
            ax.errorbar(
                workers,
                values,
                yerr=errors(values, [b[0] for b in bounds], [b[1] for b in bounds]),
                color=SERIES[index],
                marker=MARKERS[index],
                label=lang(SPEEDUP_LABELS[kind]),
                zorder=3,
            )
        ideal = list(range(1, top_workers + 1))
        ax.plot(
            ideal,
            [min(n, cores) for n in ideal],
            color=C["muted"],
            linestyle=":",
            linewidth=1.5,
            label=lang(SPEEDUP_TEXT["ideal"]),
        )
        ax.axhline(
            1,
            color=C["muted"],
            linestyle="--",
            linewidth=1.2,
            label=lang(SPEEDUP_TEXT["serial"]),
        )
        ax.axvline(cores, color=C["muted"], linewidth=1, zorder=1)
        ax.annotate(
            lang(SPEEDUP_TEXT["cores"], cores=cores),
            (cores, 1),
            xycoords=("data", "axes fraction"),
            xytext=(4, -2),
            textcoords="offset points",
            va="top",
            color=C["muted"],
            fontsize=SMALL,
        )
        ax.set_xticks(sorted(set(recorded_workers(recorded, group))))
        ax.set_ylim(0, max(cores, top_value) * 1.15)
        ax.set_xlabel(lang(SPEEDUP_TEXT["x-axis"]))
        ax.set_ylabel(lang(SPEEDUP_TEXT["y-axis"]))
        title(ax, lang(heading))
        legend_below(ax)

    return draw


def recorded_workers(recorded: Recorded, group: str) -> list[int]:
    return [
        b["params"]["workers"]
        for b in recorded.group(group)["benchmarks"]
        if b["series"] != "serial"
    ]


def _words_speedup(group: str, work: Phrase) -> Callable[[Recorded, Language], Drawn]:
    def words(recorded: Recorded, lang: Language) -> Drawn:
        cores = recorded.machine["logical_cores"]
        serial = median(recorded.one(group, "serial"))
        best = {}
        for kind in SPEEDUP_LABELS:
            workers, values, _ = _speedups(recorded, group, kind)
            top = max(range(len(values)), key=values.__getitem__)
            best[kind] = (values[top], workers[top])
        text = SPEEDUP_TEXT
        return Drawn(
            alt=lang(
                text["alt"],
                work=lang(work),
                serial=duration(serial),
                cores=cores,
                best=lang.semicolon.join(
                    lang(text["best"], kind=lang(SPEEDUP_LABELS[kind]), value=f"{value:.2f}", n=n)
                    for kind, (value, n) in best.items()
                ),
            ),
            summary=[(lang(text["row-serial"], work=lang(work)), duration(serial))]
            + [
                (
                    lang(text["row-best"], work=lang(work), kind=lang(SPEEDUP_LABELS[kind])),
                    lang(
                        text["value-best"],
                        value=f"{value:.2f}",
                        n=n,
                        kind=lang(SPEEDUP_LABELS[kind]),
                    ),
                )
                for kind, (value, n) in best.items()
            ],
        )

    return words


TRANSFER_TEXT: dict[str, Phrase] = {
    "x-axis": ("message size", "消息大小"),
    "y-axis": ("throughput (MiB/s, log scale)", "吞吐量（MiB/s，对数坐标）"),
    "title": ("One message to a child process and its reply", "向子进程发一条消息，再收到回复"),
    "series": (
        "{series}: {time} per round trip at {small}, {rate} MiB/s at {big}",
        "{series}：{small} 时每次往返 {time}，{big} 时 {rate} MiB/s",
    ),
    "alt": (
        "Line chart of throughput against message size, log scales. {series}.",
        "折线图：吞吐量随消息大小的变化，双对数坐标。{series}。",
    ),
    "row-trip": ("{series}, round trip of {small}", "{series}，{small} 消息的一次往返"),
    "row-rate": ("{series}, throughput at {big}", "{series}，{big} 时的吞吐量"),
}


def draw_transfer(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
    [ax] = axes
    sizes: list[int] = []
    for index, series in enumerate(recorded.series_names("transfer")):
        benches = recorded.series("transfer", series)
        xs = [b["params"]["size"] for b in benches]
        sizes = sorted({*sizes, *xs})
        rates = [x / median(b) / (1 << 20) for x, b in zip(xs, benches, strict=True)]
        ax.plot(
            xs,
            rates,
            color=SERIES[index],
            marker=MARKERS[index],
            label=series,
            zorder=3,
        )
    ax.set_xscale("log", base=2)
    log_y(ax)
    log_ticks(ax.xaxis, sizes, size)
    ax.set_xlabel(lang(TRANSFER_TEXT["x-axis"]))
    ax.set_ylabel(lang(TRANSFER_TEXT["y-axis"]))
    title(ax, lang(TRANSFER_TEXT["title"]))
    legend_below(ax, ncols=3)


def words_transfer(recorded: Recorded, lang: Language) -> Drawn:
    text = TRANSFER_TEXT
    parts, summary = [], []
    for series in recorded.series_names("transfer"):
        benches = recorded.series("transfer", series)
        small, large = benches[0], benches[-1]
        big = large["params"]["size"]
        rate = big / median(large) / (1 << 20)
        sizes = {"small": size(small["params"]["size"]), "big": size(big)}
        parts.append(
            lang(
                text["series"],
                series=series,
                time=duration(median(small)),
                rate=digits(rate),
                **sizes,
            )
        )
        summary.append((lang(text["row-trip"], series=series, **sizes), duration(median(small))))
        summary.append((lang(text["row-rate"], series=series, **sizes), f"{digits(rate)} MiB/s"))
    return Drawn(alt=lang(text["alt"], series=lang.semicolon.join(parts)), summary=summary)


def _break_even_point(xs: list[int], pool: list[float], serial: float) -> float | None:
    """Where the Pool line last crosses the serial one upwards (log-log interpolation): from
    there on, the pool is slower than the loop. None if it never does."""
    found = None
    for (x0, y0), (x1, y1) in itertools.pairwise(zip(xs, pool, strict=True)):
        if y0 < serial <= y1:
            t = (math.log(serial) - math.log(y0)) / (math.log(y1) - math.log(y0))
            found = math.exp(math.log(x0) + t * (math.log(x1) - math.log(x0)))
    return found


@dataclass(frozen=True)
class BreakEven:
    """The break-even measurements: the argument sizes, the Pool.map benchmark at each, the
    loop's median and quartiles, where the medians cross (``point``) and the range of sizes
    where the crossing may lie (``low``, ``high``), or None where they do not cross."""

    xs: list[int]
    benches: list[dict]
    serial: float
    serial_spread: tuple[float, float]
    point: float | None
    low: float | None
    high: float | None

    @property
    def range(self) -> tuple[float, float] | None:
        return (self.low, self.high) if self.low and self.high and self.low < self.high else None


def _break_even(recorded: Recorded) -> BreakEven:
    """The serial medians are noisy (the loop's middle half spans a third of its median), so
    the data places the crossing in a range, not at a point: from where the middle half of
    the pool's times first reaches the loop's (the pool's upper quartile meets the loop's
    lower one) to where it has passed it (the pool's lower quartile crosses the loop's
    upper one); in between, either may be faster."""
    loop = recorded.one("break-even", "serial")
    serial = median(loop)
    serial_low, serial_high = spread(loop)
    benches = recorded.series("break-even", "Pool.map")
    xs = [b["params"]["size"] for b in benches]
    quartiles = [spread(b) for b in benches]
    return BreakEven(
        xs=xs,
        benches=benches,
        serial=serial,
        serial_spread=(serial_low, serial_high),
        point=_break_even_point(xs, [median(b) for b in benches], serial),
        low=_break_even_point(xs, [high for _, high in quartiles], serial_low),
        high=_break_even_point(xs, [low for low, _ in quartiles], serial_high),
    )


def span(low: float, high: float) -> str:
    """A range of sizes, its unit once: ``1.4–5.1 MiB``."""
    first, last = size(low), size(high)
    first_number, _, first_unit = first.partition(" ")
    if last.endswith(f" {first_unit}"):
        return f"{first_number}–{last}"
    return f"{first}–{last}"


BREAK_EVEN_TEXT: dict[str, Phrase] = {
    "pool": ("Pool.map, {workers} workers", "Pool.map，{workers} 个工作进程"),
    "loop": ("a loop in the parent", "父进程中的循环"),
    "point": ("break-even ≈ {size}", "临界点 ≈ {size}"),
    "range": ("break-even:\n{span}", "临界点：\n{span}"),
    "x-axis": ("size of each task's argument", "每个任务的参数大小"),
    "y-axis": ("ms per task (log scale)", "每个任务的毫秒数（对数坐标）"),
    "title": ("A small task with a big argument", "小任务，大参数"),
    "slower-range": (
        "the pool becomes slower than the loop somewhere between {low} and {high} per "
        "argument: there the middle halves of their times overlap, and the data cannot "
        "tell which is faster (the medians cross at about {point})",
        "参数在 {low} 到 {high} 之间的某处，进程池开始比循环慢：在这个范围内，两者中间一半的"
        "耗时相互重叠，数据分不出哪个更快（中位数在约 {point} 处相交）",
    ),
    "slower-from": (
        "the pool is slower than the loop from about {size} per argument on",
        "参数从约 {size} 起，进程池比循环慢",
    ),
    "slower": (
        "the pool is slower than the loop at every size measured",
        "在测量的每个大小上，进程池都比循环慢",
    ),
    "faster": (
        "the pool is faster than the loop at every size measured, up to {size}",
        "在测量的每个大小上（最大 {size}），进程池都比循环快",
    ),
    "alt": (
        "Line chart, log scales: time per task against the size of its argument. A loop "
        "in the parent takes {serial} per task whatever the size; Pool.map takes "
        "{first} at {small} and {last} at {big}; {verdict}.",
        "折线图，双对数坐标：每个任务的耗时随参数大小的变化。在父进程中循环，每个任务耗时 "
        "{serial}，与参数大小无关；Pool.map 在 {small} 时耗时 {first}，在 {big} 时耗时 "
        "{last}；{verdict}。",
    ),
    "row-loop": ("small task, in a loop in the parent", "小任务，在父进程中循环"),
    "row-point": (
        "small task, Pool.map: break-even argument size",
        "小任务，Pool.map：临界参数大小",
    ),
}


def nice_ticks(low: float, high: float) -> list[float]:
    """The 1-2-5 numbers (1, 2, 5, 10, 20, ...) from ``low`` to ``high``: the ticks of a log
    axis that spans too few decades to label only those (it may show none)."""
    ticks = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        ticks += [m * 10.0**exponent for m in (1, 2, 5) if low <= m * 10.0**exponent <= high]
    return ticks


def draw_break_even(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
    [ax] = axes
    found = _break_even(recorded)
    xs, benches = found.xs, found.benches
    workers = benches[0]["params"]["workers"]
    values = [median(b) * 1e3 for b in benches]
    lows, highs = zip(*(spread(b) for b in benches), strict=True)
    ax.errorbar(
        xs,
        values,
        yerr=errors(values, [x * 1e3 for x in lows], [x * 1e3 for x in highs]),
        color=SERIES[0],
        marker=MARKERS[0],
        label=lang(BREAK_EVEN_TEXT["pool"], workers=workers),
        zorder=3,
    )
    loop_line = ax.axhline(found.serial * 1e3, color=SERIES[1], linestyle="--")
    # The loop's middle half, a band like the pool's error bars; one legend entry for both.
    loop_band = ax.axhspan(
        *(x * 1e3 for x in found.serial_spread),
        color=SERIES[1],
        alpha=0.15,
        linewidth=0,
        zorder=1,
    )
    label = None
    if found.range:
        low, high = found.range
        ax.axvspan(low, high, color=C["muted"], alpha=0.18, linewidth=0, zorder=1)
        label, at = lang(BREAK_EVEN_TEXT["range"], span=span(low, high)), low
    elif found.point:
        ax.axvline(found.point, color=C["muted"], linestyle=":", linewidth=1.5)
        label, at = lang(BREAK_EVEN_TEXT["point"], size=size(found.point)), found.point
    if label:
        ax.annotate(
            label,
            (at, 0.97),
            xycoords=("data", "axes fraction"),
            xytext=(-5, 0),
            textcoords="offset points",
            ha="right",
            va="top",
            color=C["text"],
            fontsize=SMALL,
        )
    ax.set_xscale("log", base=2)
    log_y(ax)
    bottom, top = ax.get_ylim()
    top *= 1.15  # room for the label above the data
    if top / bottom < 100:  # too few decades to label: 1-2-5 numbers, from one under the data
        ticks = nice_ticks(bottom / 2.5, top)
        bottom = max(t for t in ticks if t <= bottom)
        log_ticks(ax.yaxis, [t for t in ticks if t >= bottom], digits)
    ax.set_ylim(bottom, top)
    log_ticks(ax.xaxis, xs, size)
    ax.set_xlabel(lang(BREAK_EVEN_TEXT["x-axis"]))
    ax.set_ylabel(lang(BREAK_EVEN_TEXT["y-axis"]))
    title(ax, lang(BREAK_EVEN_TEXT["title"]))
    legend_below(ax, extra=(((loop_band, loop_line), lang(BREAK_EVEN_TEXT["loop"])),))


def _break_even_words(recorded: Recorded, lang: Language) -> str:
    found = _break_even(recorded)
    if found.range and found.point:
        low, high = found.range
        return lang(
            BREAK_EVEN_TEXT["slower-range"],
            low=size(low),
            high=size(high),
            point=size(found.point),
        )
    if found.point:
        return lang(BREAK_EVEN_TEXT["slower-from"], size=size(found.point))
    if median(found.benches[0]) >= found.serial:
        return lang(BREAK_EVEN_TEXT["slower"])
    return lang(BREAK_EVEN_TEXT["faster"], size=size(found.xs[-1]))


def words_break_even(recorded: Recorded, lang: Language) -> Drawn:
    found = _break_even(recorded)
    first, last = found.benches[0], found.benches[-1]
    text = BREAK_EVEN_TEXT
    if found.range:
        where = span(*found.range)
    elif found.point:
        where = f"≈ {size(found.point)}"
    else:
        where = _break_even_words(recorded, lang)
    return Drawn(
        alt=lang(
            text["alt"],
            serial=ms(found.serial),
            first=ms(median(first)),
            small=size(found.xs[0]),
            last=ms(median(last)),
            big=size(found.xs[-1]),
            verdict=_break_even_words(recorded, lang),
        ),
        summary=[
            (lang(text["row-loop"]), ms(found.serial)),
            (lang(text["row-point"]), where),
        ],
    )


CHUNKSIZE_TEXT: dict[str, Phrase] = {
    "default": ("default", "默认值"),
    "loop": ("a loop in the parent", "父进程中的循环"),
    "x-axis": (
        "chunksize (tasks sent to a worker at once)",
        "chunksize（一次发给一个工作进程的任务数）",
    ),
    "y-axis": ("µs per task (log scale)", "每个任务的微秒数（对数坐标）"),
    "title": ("{tasks} tiny tasks (x * x) over a pool", "用进程池处理 {tasks} 个极小任务（x * x）"),
    "is-default": ("the default", "默认值"),
    "fastest": ("the fastest", "最快"),
    "point": ("{time} at chunksize {n}", "chunksize 为 {n} 时 {time}"),
    "notes": (" ({notes})", "（{notes}）"),
    "api": ("{api} {points}", "{api}：{points}"),
    "alt": (
        "Line chart, log scales: time per tiny task against chunksize. A loop in the "
        "parent: {serial} per task. {apis}.",
        "折线图，双对数坐标：每个极小任务的耗时随分块大小（chunksize）的变化。父进程中的循环："
        "每个任务 {serial}。{apis}。",
    ),
    "row-loop": ("tiny task, in a loop in the parent", "极小任务，在父进程中循环"),
    "row-default": (
        "{api}, per tiny task, default chunksize {n}",
        "{api}，每个极小任务，默认 chunksize {n}",
    ),
    "row-best": (
        "{api}, per tiny task, best chunksize ({n})",
        "{api}，每个极小任务，最佳 chunksize（{n}）",
    ),
}


def draw_chunksize(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
    [ax] = axes
    serial = median(recorded.one("chunksize", "serial"))
    ticks: list[int] = []
    for index, api in enumerate(a for a in recorded.series_names("chunksize") if a != "serial"):
        benches = recorded.series("chunksize", api)
        xs = [b["params"]["chunksize"] for b in benches]
        ticks = sorted({*ticks, *xs})
        values = [median(b) * 1e6 for b in benches]
        ax.plot(
            xs,
            values,
            color=SERIES[index],
            marker=MARKERS[index],
            label=api,
            zorder=3,
        )
        for x, value, b in zip(xs, values, benches, strict=True):
            if b["params"]["default"]:
                ax.plot(
                    x,
                    value,
                    marker="o",
                    markersize=13,
                    markerfacecolor="none",
                    markeredgecolor=SERIES[index],
                    markeredgewidth=1.5,
                    linestyle="none",
                    zorder=4,
                )
                ax.annotate(
                    lang(CHUNKSIZE_TEXT["default"]),
                    (x, value),
                    xytext=(0, 11),
                    textcoords="offset points",
                    ha="center",
                    color=SERIES[index],
                    fontsize=SMALL,
                )
    ax.axhline(
        serial * 1e6,
        color=C["muted"],
        linestyle="--",
        label=lang(CHUNKSIZE_TEXT["loop"]),
    )
    ax.set_xscale("log", base=2)
    log_y(ax)
    ax.set_ylim(top=ax.get_ylim()[1] * 3)  # room for the "default" labels
    log_ticks(ax.xaxis, ticks, lambda v: f"{v:.0f}")
    ax.set_xlabel(lang(CHUNKSIZE_TEXT["x-axis"]))
    ax.set_ylabel(lang(CHUNKSIZE_TEXT["y-axis"]))
    tasks = recorded.one("chunksize", "serial")["params"]["tasks"]
    title(ax, lang(CHUNKSIZE_TEXT["title"], tasks=tasks))
    legend_below(ax)


def words_chunksize(recorded: Recorded, lang: Language) -> Drawn:
    text = CHUNKSIZE_TEXT
    serial = median(recorded.one("chunksize", "serial"))
    parts, summary = (
        [],
        [(lang(text["row-loop"]), duration(serial))],
    )
    for api in (a for a in recorded.series_names("chunksize") if a != "serial"):
        benches = recorded.series("chunksize", api)
        default = next(b for b in benches if b["params"]["default"])
        best = min(benches, key=median)
        first = benches[0]
        # Chunk sizes worth naming, in the order measured: the first, the default, the fastest.
        notes: dict[int, list[str]] = {first["params"]["chunksize"]: []}
        notes.setdefault(default["params"]["chunksize"], []).append(lang(text["is-default"]))
        notes.setdefault(best["params"]["chunksize"], []).append(lang(text["fastest"]))
        points = lang.comma.join(
            lang(text["point"], time=duration(median(b)), n=n)
            + (
                lang(text["notes"], notes=lang(COMMON_TEXT["and"]).join(notes[n]))
                if notes[n]
                else ""
            )
            for b in benches
            if (n := b["params"]["chunksize"]) in notes
        )
        parts.append(lang(text["api"], api=api, points=points))
        summary.append(
            (
                lang(text["row-default"], api=api, n=default["params"]["chunksize"]),
                duration(median(default)),
            )
        )
        summary.append(
            (
                lang(text["row-best"], api=api, n=best["params"]["chunksize"]),
                duration(median(best)),
            )
        )
    return Drawn(
        alt=lang(text["alt"], serial=duration(serial), apis=lang.semicolon.join(parts)),
        summary=summary,
    )


MEMORY_ACTIONS: dict[str, Phrase] = {
    "nothing": ("does nothing", "什么也不做"),
    "read": ("reads every object", "读取每个对象"),
    "collect": ("runs gc.collect()", "运行 gc.collect()"),
}
MEMORY_TEXT: dict[str, Phrase] = {
    "child": ("child {action}", "子进程{action}"),
    "frozen": ("gc.freeze() in the parent before the fork", "fork 前在父进程中调用 gc.freeze()"),
    "not-frozen": ("no gc.freeze()", "不调用 gc.freeze()"),
    "data": ("the parent's data: {size}", "父进程的数据：{size}"),
    "x-axis": ("USS growth of the child (MiB)", "子进程 USS 的增长（MiB）"),
    "title": (
        "Memory a forked child stops sharing with its parent",
        "fork 出的子进程不再与父进程共享的内存",
    ),
    "alt": (
        "Bar chart of a forked child's private memory growth: the parent holds {data} of "
        "objects; a forked child that reads every one of them makes {read} its own "
        "({read_frozen} with gc.freeze()); one that runs gc.collect() makes {collect} its "
        "own without gc.freeze() and {collect_frozen} with it; one that does nothing, "
        "{nothing}.",
        "条形图：fork 出的子进程独占内存的增长。父进程持有 {data} 的对象；读取其中每个对象的"
        "子进程把 {read} 变成自己独占的内存（调用 gc.freeze() 时为 {read_frozen}）；运行 "
        "gc.collect() 的子进程，不调用 gc.freeze() 时把 {collect} 变成自己独占的内存，调用时为 "
        "{collect_frozen}；什么也不做的子进程为 {nothing}。",
    ),
    "row-data": ("objects in the parent before fork", "fork 前父进程中的对象"),
    "row-read": ("child reads them all: memory copied", "子进程读取全部对象：被复制的内存"),
    "row-collect": (
        "child runs gc.collect(): copied, without / with gc.freeze()",
        "子进程运行 gc.collect()：被复制的内存，不调用 / 调用 gc.freeze()",
    ),
}


def _memory(recorded: Recorded) -> tuple[dict, float]:
    result = recorded.group("memory")["result"]
    if "skipped" in result:
        raise KeyError(f"the memory experiment was skipped: {result['skipped']}")
    cases = {
        (c["freeze"], c["action"]): data.median(
            [after - before for after, before in zip(c["uss"], c["uss_before"], strict=True)]
        )
        for c in result["cases"]
    }
    return cases, data.median(result["data_bytes"])


def draw_memory(figure: Figure, axes: list, recorded: Recorded, lang: Language) -> None:
    [ax] = axes
    cases, data_bytes = _memory(recorded)
    mib = 1 << 20
    ys = list(range(len(MEMORY_ACTIONS)))[::-1]
    for index, freeze in enumerate((False, True)):
        values = [cases[freeze, action] / mib for action in MEMORY_ACTIONS]
        offset = 0.2 if not freeze else -0.2
        ax.barh(
            [y + offset for y in ys],
            values,
            height=0.38,
            color=SERIES[index],
            hatch=None if not freeze else "//",
            edgecolor=C["text"] if freeze else "none",
            linewidth=0,
            label=lang(MEMORY_TEXT["frozen" if freeze else "not-frozen"]),
            zorder=2,
        )
        for y, value in zip(ys, values, strict=True):
            ax.annotate(
                f"{digits(value)} MiB",
                (value, y + offset),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                color=C["text"],
                fontsize=SMALL,
            )
    ax.axvline(data_bytes / mib, color=C["muted"], linestyle="--", linewidth=1.2)
    ax.annotate(
        lang(MEMORY_TEXT["data"], size=f"{digits(data_bytes / mib)} MiB"),
        (data_bytes / mib, 1),
        xycoords=("data", "axes fraction"),
        xytext=(-4, -2),
        textcoords="offset points",
        ha="right",
        va="top",
        color=C["muted"],
        fontsize=SMALL,
    )
    ax.set_yticks(
        ys,
        [lang(MEMORY_TEXT["child"], action=lang(a)) for a in MEMORY_ACTIONS.values()],
    )
    ax.set_xlim(0, max(data_bytes, *cases.values()) / mib * 1.3)
    ax.set_ylim(-0.6, max(ys) + 1.1)  # room above the bars for the label of the data's size
    ax.grid(False, axis="y")
    ax.set_xlabel(lang(MEMORY_TEXT["x-axis"]))
    title(ax, lang(MEMORY_TEXT["title"]))
    legend_below(ax, ncols=1)


def words_memory(recorded: Recorded, lang: Language) -> Drawn:
    cases, data_bytes = _memory(recorded)
    mib = 1 << 20
    text = MEMORY_TEXT

    def of(freeze: bool, action: str) -> str:
        return f"{digits(cases[freeze, action] / mib)} MiB"

    held = f"{digits(data_bytes / mib)} MiB"
    return Drawn(
        alt=lang(
            text["alt"],
            data=held,
            read=of(False, "read"),
            read_frozen=of(True, "read"),
            collect=of(False, "collect"),
            collect_frozen=of(True, "collect"),
            nothing=of(False, "nothing"),
        ),
        summary=[
            (lang(text["row-data"]), held),
            (lang(text["row-read"]), of(False, "read")),
            (
                lang(text["row-collect"]),
                f"{of(False, 'collect')} / {of(True, 'collect')}",
            ),
        ],
    )


FIGURES = (
    Spec(
        "start-cost",
        ("start", "spawn-main"),
        (
            "`start()` then `join()` of a process whose target does nothing, by start method, "
            "and of a thread; then under spawn, by what the main module imports",
            "对一个 target 什么也不做的进程先调用 `start()` 再调用 `join()`，按启动方法分别测量，"
            "并与线程对比；再在 spawn 下，按主模块导入的内容分别测量",
        ),
        5.0,
        draw_start,
        words_start,
        rows=2,
    ),
    Spec(
        "cpu-speedup",
        ("cpu",),
        (
            "a pure-Python loop split among N threads or N processes (an executor, its start "
            "included), against the loop run serially",
            "把一个纯 Python 循环分给 N 个线程或 N 个进程（用一个执行器，计入它的启动时间），"
            "与串行运行这个循环对比",
        ),
        3.6,
        _draw_speedup("cpu", ("Pure-Python work (holds the GIL)", "纯 Python 计算（持有 GIL）")),
        _words_speedup("cpu", ("pure-Python work", "纯 Python 计算")),
    ),
    Spec(
        "gil-free-speedup",
        ("gil-free",),
        (
            "SHA-256 of 1 MiB blocks, split among N threads or N processes, against the same "
            "work serially",
            "计算 1 MiB 数据块的 SHA-256，分给 N 个线程或 N 个进程，与串行完成同样的工作对比",
        ),
        3.6,
        _draw_speedup(
            "gil-free",
            (
                "hashlib.sha256 on 1 MiB blocks (releases the GIL)",
                "对 1 MiB 数据块做 hashlib.sha256（释放 GIL）",
            ),
        ),
        _words_speedup("gil-free", ("hashing", "哈希计算")),
    ),
    Spec(
        "transfer",
        ("transfer",),
        (
            "one message to a child and its short reply, as bytes per second; for "
            "`SharedMemory`, the manager and `Array`, a small `Pipe` message says the data is "
            "there",
            "向子进程发一条消息并收到简短的回复，换算成每秒字节数；对 `SharedMemory`、管理器和 "
            "`Array`，由一条小的 `Pipe` 消息告知数据已就绪",
        ),
        4.0,
        draw_transfer,
        words_transfer,
    ),
    Spec(
        "break-even",
        ("break-even",),
        (
            "`Pool.map` of a small task, by the size of its argument (pickled and sent to a "
            "worker), against the same tasks in a loop",
            "用 `Pool.map` 运行一个小任务，按参数（序列化后发给工作进程）的大小分别测量，"
            "与在循环中运行同样的任务对比",
        ),
        3.6,
        draw_break_even,
        words_break_even,
    ),
    Spec(
        "chunksize",
        ("chunksize",),
        (
            "`Pool.map` and `ProcessPoolExecutor.map` of thousands of tiny tasks by "
            "`chunksize`, the pool already running, against a loop",
            "用 `Pool.map` 和 `ProcessPoolExecutor.map` 处理数千个极小任务，按 `chunksize` "
            "分别测量（进程池已在运行），与循环对比",
        ),
        3.8,
        draw_chunksize,
        words_chunksize,
    ),
    Spec(
        "fork-memory",
        ("memory",),
        (
            "the growth of a forked child's unique memory (USS, read with psutil) as it reads "
            "the parent's objects or collects garbage, with and without `gc.freeze()`",
            "fork 出的子进程读取父进程的对象或做垃圾回收时，它独占的内存（USS，用 psutil 读取）"
            "的增长，分别在调用和不调用 `gc.freeze()` 时测量",
        ),
        3.4,
        draw_memory,
        words_memory,
    ),
)


# --- writing -------------------------------------------------------------------------------


def svg_size(figure: Figure) -> tuple[int, int]:
    """The image's size in CSS pixels at its natural size (1 pt = 4/3 px)."""
    width, height = figure.get_size_inches()
    return round(width * 96), round(height * 96)


_COLOUR = re.compile(r"#[0-9a-f]{6}\b")


def dark(svg: str) -> str:
    """The light SVG in the dark scheme's colours; fails on a colour left out of PALETTE."""
    swap = {light: night for light, night in PALETTE.values()}
    unknown = sorted(set(_COLOUR.findall(svg)) - set(swap))
    if unknown:
        raise ValueError(f"colours not in PALETTE (they would not follow the scheme): {unknown}")
    return _COLOUR.sub(lambda m: swap[m[0]], svg)


def render(spec: Spec, recorded: Recorded, out_dir: Path, lang: Language) -> tuple[int, int]:
    """Draw ``spec`` in ``lang`` into its light and its dark SVG; returns its size."""
    with matplotlib.rc_context(rc(lang)):
        figure, axes = new_figure(spec.height_in, spec.rows)
        spec.draw(figure, axes, recorded, lang)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    light = finish(buffer.getvalue(), lang)
    for scheme, text in zip(SCHEMES, (light, dark(light)), strict=True):
        (out_dir / lang.svg(spec.name, scheme)).write_text(text, encoding="utf-8")
    return svg_size(figure)


def fragment(
    spec: Spec, recorded: Recorded, words: Drawn, width: int, height: int, *, lang: Language
) -> str:
    """The Markdown block that shows the figure, in the light or the dark scheme."""
    alt = words.alt.replace("[", "(").replace("]", ")")
    images = "\n".join(
        f"![{alt}](assets/figures/{lang.svg(spec.name, scheme)}#only-{scheme})"
        f'{{ width="{width}" height="{height}" loading="lazy" }}'
        for scheme in SCHEMES
    )
    dates = sorted({recorded.group(g)["recorded"] for g in spec.groups})
    caption = lang(
        COMMON_TEXT["caption"],
        what=lang(spec.what),
        on=recorded.on(lang, short=True),
        settings=recorded.settings(spec.groups[0], lang),
        dates=lang(COMMON_TEXT["and"]).join(dates),
        link=recorded.link,
        command=f".venv/bin/python -m tools.bench --only {','.join(spec.groups)}",
    )
    return (
        f'<figure class="measured" markdown="span">\n{images}\n'
        f'<figcaption markdown="span">{caption}</figcaption>\n</figure>\n'
    )


def summary(recorded: Recorded, rows: list[tuple[str, str]], lang: Language) -> str:
    lines = [lang(COMMON_TEXT["table"]), "| --- | --- |"]
    lines += [f"| {what} | {value} |" for what, value in rows]
    source = lang(
        COMMON_TEXT["source"],
        on=recorded.on(lang),
        name=recorded.path.name,
        link=recorded.link,
    )
    return "\n".join(lines) + f"\n\n{source}\n"


def generate(source: Path, out_dir: Path) -> list[Path]:
    """Every figure of ``source``, in each language, into ``out_dir``; returns the files
    written."""
    recorded = Recorded(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        rows = []
        for spec in FIGURES:
            words = spec.words(recorded, lang)
            width, height = render(spec, recorded, out_dir, lang)
            written += [out_dir / lang.svg(spec.name, scheme) for scheme in SCHEMES]
            path = out_dir / lang.block(spec.name)
            block = fragment(spec, recorded, words, width, height, lang=lang)
            path.write_text(block, encoding="utf-8")
            written.append(path)
            rows += words.summary
        path = out_dir / lang.block("summary")
        path.write_text(summary(recorded, rows, lang), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="data file (default: data.figure_source())")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    source = args.data or data.figure_source()
    written = generate(source, args.out)
    print(
        f"{len(written)} files from {source.name} into {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
