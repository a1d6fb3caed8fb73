"""``python -m tools.bench.figures`` (``make figures``): the figures, from the recorded data.

For each figure ``<name>`` it writes into ``docs/assets/figures/``:

- ``<name>.light.svg`` and ``<name>.dark.svg``: the plot in the colours of each scheme of the
  site, on a transparent background, its text kept as text (``svg.fonttype = "none"``);
- ``<name>.figure.txt``: the Markdown block that shows it (both images, with Material's
  ``#only-light`` / ``#only-dark`` suffixes, a text alternative that gives the headline
  numbers, and a caption that says what was measured, on what, and how to reproduce it).
  Pages include it with ``--8<-- "figures/<name>.figure.txt"``; it is not a ``.md`` file so
  that MkDocs does not take it for a page.

It also writes ``summary.figure.txt``: the headline numbers as a table.

Deterministic: no date or software version in the SVG metadata, a fixed ``svg.hashsalt`` for
the ids of clip paths, layout computed with the DejaVu Sans font that matplotlib ships (the
browser draws the text with its own sans-serif). The same data gives byte-identical files.
Only matplotlib's object API is used (no pyplot): it imports faster and holds no state.
"""

from __future__ import annotations

import argparse
import io
import itertools
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
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
WIDTH_IN = 5.0  # 360 pt: 480 CSS px at natural size, 0.75 of that on a 390 px phone
RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "python-multiprocessing-verified",
    "svg.id": None,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 11.5,
    "axes.titlesize": 12,
    "axes.titlelocation": "left",
    "axes.labelsize": 11.5,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
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

    def on(self, short: bool = False) -> str:
        """The machine and the Python in a line; ``short``: without the kernel's version."""
        m = self.machine
        python = m["python"]
        cores = f"{m['logical_cores']} logical cores"
        if m.get("physical_cores") and m["physical_cores"] != m["logical_cores"]:
            cores += f" ({m['physical_cores']} physical)"
        vm = ", virtual machine" if m.get("virtual_machine") else ""
        system = m["os"].split(", kernel")[0] if short else m["os"]
        gil = "" if python["gil_enabled"] else " (free-threaded)"
        return (
            f"{m['cpu_model']}, {cores}{vm}, {system}; "
            f"{python['implementation']} {python['version']}{gil}"
        )

    def settings(self, group: str) -> str:
        g = self.group(group)
        s = g["settings"]
        if g.get("quick"):
            return "a quick smoke run, one value each: not a measurement"
        if "processes" in s:
            return f"median of {s['processes'] * s['values']} values ({s['tool']})"
        return f"median of {s['trials']} trials ({s['tool']})"


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


def legend_below(axes, ncols: int = 2) -> None:
    """A legend under the plot, where it covers no data; measured series (error bars)
    first, reference lines after."""
    pairs = zip(*axes.get_legend_handles_labels(), strict=True)
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
    what: str
    height_in: float
    draw: Callable[[Figure, list, Recorded], None]
    words: Callable[[Recorded], Drawn]
    rows: int = 1


START_LABELS = {
    "thread": "thread",
    "fork": "fork",
    "forkserver": "forkserver",
    "spawn": "spawn",
}
MAIN_LABELS = {
    "bare": "imports nothing",
    "with_stdlib": "imports 10 stdlib modules",
    "with_numpy": "imports NumPy",
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
            fontsize=11,
        )


def draw_start(figure: Figure, axes: list, recorded: Recorded) -> None:
    top, bottom = axes
    kinds = [k for k in START_LABELS if recorded.series("start", k)]
    benches = [recorded.one("start", k) for k in kinds]
    _bars(top, [START_LABELS[k] for k in kinds], benches, SERIES[0])
    top.set_xscale("log")
    top.set_xlim(right=top.get_xlim()[1] * 6)  # room for the labels
    top.xaxis.set_major_formatter(FuncFormatter(lambda v, _: digits(v)))
    top.set_xlabel("milliseconds (log scale)")
    title(top, "Start and join one thread or process")

    mains = [m for m in MAIN_LABELS if recorded.series("spawn-main", m)]
    benches = [recorded.one("spawn-main", m) for m in mains]
    _bars(bottom, [MAIN_LABELS[m] for m in mains], benches, SERIES[1])
    bottom.set_xlim(0, max(spread(b)[1] for b in benches) * 1e3 * 1.3)
    bottom.set_xlabel("milliseconds")
    title(bottom, "spawn, when the main module…")


def words_start(recorded: Recorded) -> Drawn:
    kinds = [k for k in START_LABELS if recorded.series("start", k)]
    starts = {k: median(recorded.one("start", k)) for k in kinds}
    mains = [m for m in MAIN_LABELS if recorded.series("spawn-main", m)]
    spawns = {m: median(recorded.one("spawn-main", m)) for m in mains}
    listed = ", ".join(f"{START_LABELS[k]} {ms(v)}" for k, v in starts.items())
    by_main = ", ".join(f"{ms(v)} when it {MAIN_LABELS[m]}" for m, v in spawns.items())
    return Drawn(
        alt=(
            f"Bar charts. Time to start and join one: {listed}. Under spawn, whose child runs "
            f"the main module again: {by_main}."
        ),
        summary=[(f"start and join, {START_LABELS[k]}", ms(v)) for k, v in starts.items()]
        + [(f"spawn, main module {MAIN_LABELS[m]}", ms(v)) for m, v in spawns.items()],
    )


SPEEDUP_LABELS = {"processes": "processes", "threads": "threads"}


def _speedups(recorded: Recorded, group: str, kind: str) -> tuple[list[int], list[float], list]:
    serial = median(recorded.one(group, "serial"))
    benches = recorded.series(group, kind)
    workers = [b["params"]["workers"] for b in benches]
    values = [serial / median(b) for b in benches]
    bounds = [(serial / spread(b)[1], serial / spread(b)[0]) for b in benches]
    return workers, values, bounds


def _draw_speedup(group: str, heading: str) -> Callable:
    def draw(figure: Figure, axes: list, recorded: Recorded) -> None:
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
                label=SPEEDUP_LABELS[kind],
                zorder=3,
            )
        ideal = list(range(1, top_workers + 1))
        ax.plot(
            ideal,
            [min(n, cores) for n in ideal],
            color=C["muted"],
            linestyle=":",
            linewidth=1.5,
            label="ideal: one worker per core",
        )
        ax.axhline(
            1,
            color=C["muted"],
            linestyle="--",
            linewidth=1.2,
            label="serial (= 1)",
        )
        ax.axvline(cores, color=C["muted"], linewidth=1, zorder=1)
        ax.annotate(
            f"{cores} cores",
            (cores, 1),
            xycoords=("data", "axes fraction"),
            xytext=(4, -2),
            textcoords="offset points",
            va="top",
            color=C["muted"],
            fontsize=11,
        )
        ax.set_xticks(sorted(set(recorded_workers(recorded, group))))
        ax.set_ylim(0, max(cores, top_value) * 1.15)
        ax.set_xlabel("workers")
        ax.set_ylabel("speed-up over serial (×)")
        title(ax, heading)
        legend_below(ax)

    return draw


def recorded_workers(recorded: Recorded, group: str) -> list[int]:
    return [
        b["params"]["workers"]
        for b in recorded.group(group)["benchmarks"]
        if b["series"] != "serial"
    ]


def _words_speedup(group: str, work: str) -> Callable[[Recorded], Drawn]:
    def words(recorded: Recorded) -> Drawn:
        cores = recorded.machine["logical_cores"]
        serial = median(recorded.one(group, "serial"))
        best = {}
        for kind in SPEEDUP_LABELS:
            workers, values, _ = _speedups(recorded, group, kind)
            top = max(range(len(values)), key=values.__getitem__)
            best[kind] = (values[top], workers[top])
        text = "; ".join(
            f"{kind} at best {value:.2f}× (with {n} workers)" for kind, (value, n) in best.items()
        )
        return Drawn(
            alt=(
                f"Line chart of the speed-up of {work} over running it serially "
                f"({duration(serial)}), against the number of workers, on {cores} cores: "
                f"{text}."
            ),
            summary=[(f"{work}, serial", duration(serial))]
            + [
                (
                    f"{work}, best speed-up with {kind}",
                    f"{value:.2f}× ({n} workers)",
                )
                for kind, (value, n) in best.items()
            ],
        )

    return words


def draw_transfer(figure: Figure, axes: list, recorded: Recorded) -> None:
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
    ax.set_xlabel("message size")
    ax.set_ylabel("throughput (MiB/s, log scale)")
    title(ax, "One message to a child process and its reply")
    legend_below(ax, ncols=3)


def words_transfer(recorded: Recorded) -> Drawn:
    parts, summary = [], []
    for series in recorded.series_names("transfer"):
        benches = recorded.series("transfer", series)
        small, large = benches[0], benches[-1]
        big = large["params"]["size"]
        rate = big / median(large) / (1 << 20)
        parts.append(
            f"{series}: {duration(median(small))} per round trip at "
            f"{size(small['params']['size'])}, {digits(rate)} MiB/s at {size(big)}"
        )
        summary.append(
            (
                f"{series}, round trip of {size(small['params']['size'])}",
                duration(median(small)),
            )
        )
        summary.append((f"{series}, throughput at {size(big)}", f"{digits(rate)} MiB/s"))
    return Drawn(
        alt="Line chart of throughput against message size, log scales. " + "; ".join(parts) + ".",
        summary=summary,
    )


def _break_even_point(xs: list[int], pool: list[float], serial: float) -> float | None:
    """Where the Pool line last crosses the serial one upwards (log-log interpolation): from
    there on, the pool is slower than the loop. None if it never does."""
    found = None
    for (x0, y0), (x1, y1) in itertools.pairwise(zip(xs, pool, strict=True)):
        if y0 < serial <= y1:
            t = (math.log(serial) - math.log(y0)) / (math.log(y1) - math.log(y0))
            found = math.exp(math.log(x0) + t * (math.log(x1) - math.log(x0)))
    return found


def _break_even(
    recorded: Recorded,
) -> tuple[list[int], list[dict], float, float | None]:
    serial = median(recorded.one("break-even", "serial"))
    benches = recorded.series("break-even", "Pool.map")
    xs = [b["params"]["size"] for b in benches]
    point = _break_even_point(xs, [median(b) for b in benches], serial)
    return xs, benches, serial, point


def draw_break_even(figure: Figure, axes: list, recorded: Recorded) -> None:
    [ax] = axes
    xs, benches, serial, point = _break_even(recorded)
    workers = benches[0]["params"]["workers"]
    values = [median(b) * 1e3 for b in benches]
    lows, highs = zip(*(spread(b) for b in benches), strict=True)
    ax.errorbar(
        xs,
        values,
        yerr=errors(values, [x * 1e3 for x in lows], [x * 1e3 for x in highs]),
        color=SERIES[0],
        marker=MARKERS[0],
        label=f"Pool.map, {workers} workers",
        zorder=3,
    )
    ax.axhline(
        serial * 1e3,
        color=SERIES[1],
        linestyle="--",
        label="a loop in the parent",
    )
    if point:
        ax.axvline(point, color=C["muted"], linestyle=":", linewidth=1.5)
        ax.annotate(
            f"break-even ≈ {size(point)}",
            (point, 0.97),
            xycoords=("data", "axes fraction"),
            xytext=(5, 0),
            textcoords="offset points",
            ha="left",
            va="top",
            color=C["text"],
            fontsize=11,
        )
    ax.set_xscale("log", base=2)
    log_y(ax)
    log_ticks(ax.xaxis, xs, size)
    ax.set_xlabel("size of each task's argument")
    ax.set_ylabel("milliseconds per task (log scale)")
    title(ax, "A small task with a big argument")
    legend_below(ax)


def _break_even_words(recorded: Recorded) -> str:
    xs, benches, serial, point = _break_even(recorded)
    if point:
        return f"the pool is slower than the loop from about {size(point)} per argument on"
    if median(benches[0]) >= serial:
        return "the pool is slower than the loop at every size measured"
    return f"the pool is faster than the loop at every size measured, up to {size(xs[-1])}"


def words_break_even(recorded: Recorded) -> Drawn:
    xs, benches, serial, point = _break_even(recorded)
    first, last = benches[0], benches[-1]
    return Drawn(
        alt=(
            f"Line chart, log scales: time per task against the size of its argument. A loop "
            f"in the parent takes {ms(serial)} per task whatever the size; Pool.map takes "
            f"{ms(median(first))} at {size(xs[0])} and {ms(median(last))} at {size(xs[-1])}; "
            f"{_break_even_words(recorded)}."
        ),
        summary=[
            ("small task, in a loop in the parent", ms(serial)),
            ("small task, Pool.map: break-even argument size", _break_even_words(recorded)),
        ],
    )


def draw_chunksize(figure: Figure, axes: list, recorded: Recorded) -> None:
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
                    "default",
                    (x, value),
                    xytext=(0, 11),
                    textcoords="offset points",
                    ha="center",
                    color=SERIES[index],
                    fontsize=11,
                )
    ax.axhline(
        serial * 1e6,
        color=C["muted"],
        linestyle="--",
        label="a loop in the parent",
    )
    ax.set_xscale("log", base=2)
    log_y(ax)
    ax.set_ylim(top=ax.get_ylim()[1] * 3)  # room for the "default" labels
    log_ticks(ax.xaxis, ticks, lambda v: f"{v:.0f}")
    ax.set_xlabel("chunksize (tasks sent to a worker at once)")
    ax.set_ylabel("microseconds per task (log scale)")
    tasks = recorded.one("chunksize", "serial")["params"]["tasks"]
    title(ax, f"{tasks} tiny tasks (x * x) over a pool")
    legend_below(ax)


def words_chunksize(recorded: Recorded) -> Drawn:
    serial = median(recorded.one("chunksize", "serial"))
    parts, summary = (
        [],
        [("tiny task, in a loop in the parent", duration(serial))],
    )
    for api in (a for a in recorded.series_names("chunksize") if a != "serial"):
        benches = recorded.series("chunksize", api)
        default = next(b for b in benches if b["params"]["default"])
        best = min(benches, key=median)
        first = benches[0]
        # Chunk sizes worth naming, in the order measured: the first, the default, the fastest.
        notes: dict[int, list[str]] = {first["params"]["chunksize"]: []}
        notes.setdefault(default["params"]["chunksize"], []).append("the default")
        notes.setdefault(best["params"]["chunksize"], []).append("the fastest")
        parts.append(
            f"{api} "
            + ", ".join(
                f"{duration(median(b))} at chunksize {b['params']['chunksize']}"
                + (f" ({' and '.join(notes[n])})" if notes[n] else "")
                for b in benches
                if (n := b["params"]["chunksize"]) in notes
            )
        )
        summary.append(
            (
                f"{api}, per tiny task, default chunksize {default['params']['chunksize']}",
                duration(median(default)),
            )
        )
        summary.append(
            (
                f"{api}, per tiny task, best chunksize ({best['params']['chunksize']})",
                duration(median(best)),
            )
        )
    text = "; ".join(parts)
    return Drawn(
        alt=(
            f"Line chart, log scales: time per tiny task against chunksize. A loop in the "
            f"parent: {duration(serial)} per task. {text}."
        ),
        summary=summary,
    )


MEMORY_ACTIONS = {
    "nothing": "does nothing",
    "read": "reads every object",
    "collect": "runs gc.collect()",
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


def draw_memory(figure: Figure, axes: list, recorded: Recorded) -> None:
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
            label="gc.freeze() in the parent before the fork" if freeze else "no gc.freeze()",
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
                fontsize=10.5,
            )
    ax.axvline(data_bytes / mib, color=C["muted"], linestyle="--", linewidth=1.2)
    ax.annotate(
        f"the parent's data:\n{digits(data_bytes / mib)} MiB",
        (data_bytes / mib, 1),
        xycoords=("data", "axes fraction"),
        xytext=(-4, -2),
        textcoords="offset points",
        ha="right",
        va="top",
        color=C["muted"],
        fontsize=11,
    )
    ax.set_yticks(ys, [f"child {label}" for label in MEMORY_ACTIONS.values()])
    ax.set_xlim(0, max(data_bytes, *cases.values()) / mib * 1.3)
    ax.grid(False, axis="y")
    ax.set_xlabel("USS growth of the child (MiB)")
    title(ax, "Memory a forked child stops sharing with its parent")
    legend_below(ax, ncols=1)


def words_memory(recorded: Recorded) -> Drawn:
    cases, data_bytes = _memory(recorded)
    mib = 1 << 20

    def of(freeze: bool, action: str) -> str:
        return f"{digits(cases[freeze, action] / mib)} MiB"

    text = (
        f"the parent holds {digits(data_bytes / mib)} MiB of objects; a forked child that "
        f"reads every one of them makes {of(False, 'read')} its own "
        f"({of(True, 'read')} with gc.freeze()); one that runs gc.collect() makes "
        f"{of(False, 'collect')} its own without gc.freeze() and {of(True, 'collect')} with "
        f"it; one that does nothing, {of(False, 'nothing')}"
    )
    return Drawn(
        alt=f"Bar chart of a forked child's private memory growth: {text}.",
        summary=[
            (
                "objects in the parent before fork",
                f"{digits(data_bytes / mib)} MiB",
            ),
            ("child reads them all: memory copied", of(False, "read")),
            (
                "child runs gc.collect(): copied, without / with gc.freeze()",
                f"{of(False, 'collect')} / {of(True, 'collect')}",
            ),
        ],
    )


FIGURES = (
    Spec(
        "start-cost",
        ("start", "spawn-main"),
        "`start()` then `join()` of a process whose target does nothing, by start method, "
        "and of a thread; then under spawn, by what the main module imports",
        5.0,
        draw_start,
        words_start,
        rows=2,
    ),
    Spec(
        "cpu-speedup",
        ("cpu",),
        "a pure-Python loop split among N threads or N processes (an executor, its start "
        "included), against the loop run serially",
        3.6,
        _draw_speedup("cpu", "Pure-Python work (holds the GIL)"),
        _words_speedup("cpu", "pure-Python work"),
    ),
    Spec(
        "gil-free-speedup",
        ("gil-free",),
        "SHA-256 of 1 MiB blocks, split among N threads or N processes, against the same "
        "work serially",
        3.6,
        _draw_speedup("gil-free", "hashlib.sha256 on 1 MiB blocks (releases the GIL)"),
        _words_speedup("gil-free", "hashing"),
    ),
    Spec(
        "transfer",
        ("transfer",),
        "one message to a child and its short reply, as bytes per second; for "
        "`SharedMemory`, the manager and `Array`, a small `Pipe` message says the data is there",
        4.0,
        draw_transfer,
        words_transfer,
    ),
    Spec(
        "break-even",
        ("break-even",),
        "`Pool.map` of a small task, by the size of its argument (pickled and sent to a "
        "worker), against the same tasks in a loop",
        3.6,
        draw_break_even,
        words_break_even,
    ),
    Spec(
        "chunksize",
        ("chunksize",),
        "`Pool.map` and `ProcessPoolExecutor.map` of thousands of tiny tasks by "
        "`chunksize`, the pool already running, against a loop",
        3.8,
        draw_chunksize,
        words_chunksize,
    ),
    Spec(
        "fork-memory",
        ("memory",),
        "the growth of a forked child's unique memory (USS, read with psutil) as it reads "
        "the parent's objects or collects garbage, with and without `gc.freeze()`",
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


def render(spec: Spec, recorded: Recorded, out_dir: Path) -> tuple[int, int]:
    """Draw ``spec`` into ``<name>.light.svg`` and ``<name>.dark.svg``; returns its size."""
    with matplotlib.rc_context(RC):
        figure, axes = new_figure(spec.height_in, spec.rows)
        spec.draw(figure, axes, recorded)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    light = buffer.getvalue()
    for scheme, text in zip(SCHEMES, (light, dark(light)), strict=True):
        (out_dir / f"{spec.name}.{scheme}.svg").write_text(text, encoding="utf-8")
    return svg_size(figure)


def fragment(spec: Spec, recorded: Recorded, words: Drawn, width: int, height: int) -> str:
    """The Markdown block that shows the figure, in the light or the dark scheme."""
    alt = words.alt.replace("[", "(").replace("]", ")")
    images = "\n".join(
        f"![{alt}](assets/figures/{spec.name}.{scheme}.svg#only-{scheme})"
        f'{{ width="{width}" height="{height}" loading="lazy" }}'
        for scheme in SCHEMES
    )
    dates = sorted({recorded.group(g)["recorded"] for g in spec.groups})
    caption = (
        f"**Measured:** {spec.what}. **On:** {recorded.on(short=True)}; "
        f"{recorded.settings(spec.groups[0])}, {' and '.join(dates)} ([data]({recorded.link})). "
        f"**Reproduce:** `.venv/bin/python -m tools.bench --only {','.join(spec.groups)}`, "
        f"then `make figures`."
    )
    return (
        f'<figure class="measured" markdown="span">\n{images}\n'
        f'<figcaption markdown="span">{caption}</figcaption>\n</figure>\n'
    )


def summary(recorded: Recorded, rows: list[tuple[str, str]]) -> str:
    lines = ["| measured | value |", "| --- | --- |"]
    lines += [f"| {what} | {value} |" for what, value in rows]
    return (
        "\n".join(lines)
        + f"\n\nOn {recorded.on()}; from [{recorded.path.name}]({recorded.link}).\n"
    )


def generate(source: Path, out_dir: Path) -> list[Path]:
    """Every figure of ``source`` into ``out_dir``; returns the files written."""
    recorded = Recorded(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for spec in FIGURES:
        words = spec.words(recorded)
        width, height = render(spec, recorded, out_dir)
        written += [out_dir / f"{spec.name}.{scheme}.svg" for scheme in SCHEMES]
        path = out_dir / f"{spec.name}.figure.txt"
        path.write_text(fragment(spec, recorded, words, width, height), encoding="utf-8")
        written.append(path)
        rows += words.summary
    path = out_dir / "summary.figure.txt"
    path.write_text(summary(recorded, rows), encoding="utf-8")
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
