"""The data file: ``docs/data/bench/<machine>-py<X.Y>.json``, one per machine and Python,
published with the site. It holds everything the figures need, so re-recording it
(``make bench``) and redrawing (``make figures``) is all an update takes.

Shape (``FORMAT``)::

    {
      "format": 1,
      "machine": {cpu_model, logical_cores, physical_cores, os, python: {...}, ...},
      "groups": {
        "<group>": {
          "recorded": "YYYY-MM-DD", "command": "...", "quick": false,
          "settings": {pyperf: processes, values, warmups, min_time, version},
          "benchmarks": [
            {"name", "series", "params", "per", "unit": "second",
             "loops", "inner_loops", "values": [seconds per operation, ...]}
          ]
        },
        "memory": {"recorded", "command", "quick", "settings", "result": {...}}
      }
    }

``values`` are pyperf's values (warm-ups left out): each is the time of one operation, the
mean over ``loops`` x ``inner_loops`` of them, in seconds.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "docs" / "data" / "bench"
FORMAT = 1


def load(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: format {data.get('format')!r}, expected {FORMAT}")
    return data


def save(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def merge(old: dict | None, new: dict) -> dict:
    """``new`` with the groups of ``old`` that it did not re-record, when both come from the
    same CPU and Python (the file's name says so; the OS may have been updated in between,
    and each group keeps its own date)."""

    def key(recorded: dict) -> tuple:
        machine = recorded["machine"]
        return machine["cpu_model"], machine["logical_cores"], machine["python"]["build"]

    if not old or key(old) != key(new):
        return new
    groups = {**old["groups"], **new["groups"]}
    return {**new, "groups": groups}


def recorded(path: Path) -> str:
    dates = [group["recorded"] for group in load(path)["groups"].values()]
    return max(dates, default="")


def figure_source() -> Path:
    """The data file the committed figures are drawn from: the only one, or else the most
    recently recorded (ties: the first by name). Same files, same choice."""
    found = sorted(DATA_DIR.glob("*.json"))
    if not found:
        raise FileNotFoundError(f"no data in {DATA_DIR}: run `make bench` first")
    return max(found, key=lambda path: (recorded(path), [-ord(c) for c in path.name]))


def round_value(value: float) -> float:
    """Six significant digits: more than the measurement carries, and a readable file."""
    return float(f"{value:.6g}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def quartiles(values: list[float]) -> tuple[float, float]:
    """The first and third quartiles (the middle half of the values lies between)."""
    if len(values) < 2:
        return values[0], values[0]
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3
