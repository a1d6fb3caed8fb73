"""``python -m tools.bench``: run the benchmarks with pyperf and write the data file.

pyperf runs each benchmark in fresh worker processes (this same program, re-run with
``--worker``): a first one calibrates the number of loops so that one value lasts at least
``--min-time``; then each of ``--processes`` workers computes ``--warmups`` values that are
thrown away and ``--values`` values that are kept. The settings are recorded in the data.

Options of our own (pyperf's are all there too: ``--help``):

- ``--quick``: every benchmark once, tiny sizes, in this process (pyperf's
  ``--debug-single-value --in-process``), into a temporary file unless ``--data`` is given;
- ``--only GROUP[,GROUP]``: run these groups; the data file keeps the others;
- ``--data FILE``: where to write (default ``docs/data/bench/<machine>-py<X.Y>.json``).
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyperf

from . import benchmarks, data, machine

# Enough for a median and quartiles (12 values), little enough for the whole suite to take
# about 5 minutes on 2 quiet cores: 3 workers x 4 values per benchmark, after 1 warm-up each,
# each value at least 50 ms long (pyperf calibrates the loops to reach it).
PROCESSES, VALUES, WARMUPS, MIN_TIME = 3, 4, 1, 0.05


def _groups(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = set(names) - set(benchmarks.GROUPS)
    if unknown:
        raise ValueError(f"unknown groups {sorted(unknown)}; known: {benchmarks.GROUPS}")
    return names


def clock(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}:{seconds:02}"


class _Progress:
    """Standard output without the advice pyperf prints after each unstable result (the same
    four lines every time): its warning and the reasons for it stay, and so do the dots that
    show each worker process finishing."""

    ADVICE = (
        "Try to rerun the benchmark",
        "Run 'python -m pyperf system tune'",
        "Use pyperf stats, pyperf dump",
        "Use --quiet option",
    )

    def __init__(self, stream):
        self.stream = stream
        self.pending = ""  # the start of a line, held back until it cannot be advice
        self.midline = False  # part of the current line is already out
        self.blank = False  # the last line out was blank

    def write(self, text: str) -> int:
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            if self.midline:
                self.stream.write(line + "\n")
                self.midline, self.blank = False, False
            elif not line.startswith(self.ADVICE) and not (self.blank and not line):
                self.stream.write(line + "\n")
                self.blank = not line
        held = any(a.startswith(self.pending) or self.pending.startswith(a) for a in self.ADVICE)
        if self.pending and not held:
            self.stream.write(self.pending)  # dots and our headers, as they come
            self.pending, self.midline = "", True
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


def _forward(cmd: list[str], args) -> None:
    """Our options, passed on to pyperf's workers: they must build the same plan."""
    if args.quick:
        cmd.append("--quick")
    if args.only:
        cmd.append("--only=" + ",".join(args.only))


def _make_runner(argv: list[str]) -> pyperf.Runner:
    runner = pyperf.Runner(
        processes=PROCESSES,
        values=VALUES,
        warmups=WARMUPS,
        min_time=MIN_TIME,
        program_args=("-m", __package__),
        add_cmdline_args=_forward,
    )
    parser = runner.argparser
    parser.description = __doc__.split("\n\n")[0]
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one value each")
    parser.add_argument("--only", type=_groups, default=(), help="comma-separated groups")
    parser.add_argument("--data", type=Path, help="data file to write")
    if "--quick" in argv and "--worker" not in argv:
        # One value, in this process: pyperf's warnings about unstable results would only
        # say that one value is not a measurement.
        argv = [*argv, "--debug-single-value", "--in-process", "--quiet"]
    args = runner.parse_args(argv)
    if not args.worker:
        if args.affinity is None and hasattr(os, "sched_getaffinity"):
            # All usable CPUs: pyperf would pin workers to isolated CPUs if the machine has
            # any, and benchmarks of parallel work need every core.
            args.affinity = ",".join(map(str, sorted(os.sched_getaffinity(0))))
        args.inherit_environ = [
            *(args.inherit_environ or ()),
            "PYTHONDONTWRITEBYTECODE",
        ]
    return runner


def _settings(args) -> dict:
    return {
        "tool": f"pyperf {pyperf.__version__}",
        "processes": args.processes,
        "values": args.values,
        "warmups": args.warmups,
        "min_time": args.min_time,
        "loops": "calibrated" if not args.loops else args.loops,
    }


def _record(bench: benchmarks.Benchmark, result: pyperf.Benchmark) -> dict:
    return {
        "name": bench.name,
        "series": bench.series,
        "params": bench.params,
        "per": bench.per,
        "unit": result.get_unit(),
        "loops": result.get_loops(),
        "inner_loops": result.get_inner_loops(),
        "values": [data.round_value(v) for v in result.get_values()],
    }


def _memory(sizes: benchmarks.Sizes) -> dict:
    """The fork memory experiment, in a fresh interpreter: a parent holding only its data."""
    command = [
        sys.executable,
        "-m",
        f"{__package__}.memory",
        f"--rows={sizes.memory_rows}",
        f"--trials={sizes.memory_trials}",
    ]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, cwd=data.ROOT)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    os.chdir(data.ROOT)  # pyperf's workers run `python -m tools.bench` from here
    runner = _make_runner(sys.argv[1:] if argv is None else argv)
    args = runner.args
    sizes = benchmarks.QUICK if args.quick else benchmarks.FULL
    only = set(args.only or benchmarks.GROUPS)
    plan = [b for b in benchmarks.plan(sizes, os.cpu_count() or 1) if b.group in only]
    if args.worker:
        for bench in plan:
            runner.bench_time_func(bench.name, bench.time, inner_loops=bench.inner_loops)
        return

    sys.stdout = _Progress(sys.stdout)
    description = machine.describe()

    path = args.data or (
        Path(tempfile.gettempdir()) / "bench-quick.json"
        if args.quick
        else data.DATA_DIR / f"{machine.slug(description)}.json"
    )
    python = description["python"]
    print(
        f"{description['cpu_model']}, {description['logical_cores']} logical cores, "
        f"{description['os']}; {python['implementation']} {python['version']}"
        f"{'' if python['gil_enabled'] else ' (free-threaded)'}"
    )
    print(
        f"{len(plan)} benchmarks{' and the memory experiment' if 'memory' in only else ''}"
        f"{', quick run' if args.quick else ''}; writing {path}",
        flush=True,
    )
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    command = "python -m tools.bench " + " ".join(sys.argv[1:] if argv is None else argv)
    stamp = {
        "recorded": today,
        "command": command.strip(),
        "quick": args.quick,
    }
    groups: dict[str, dict] = {}
    start = time.monotonic()
    for index, bench in enumerate(plan, 1):
        print(
            f"[{index:{len(str(len(plan)))}}/{len(plan)} {clock(time.monotonic() - start)}] "
            f"{bench.name} ({bench.per}) ",
            end="",
            flush=True,
        )
        result = runner.bench_time_func(bench.name, bench.time, inner_loops=bench.inner_loops)
        group = groups.setdefault(
            bench.group,
            {**stamp, "settings": _settings(args), "benchmarks": []},
        )
        group["benchmarks"].append(_record(bench, result))
    if "memory" in only:
        print("memory with fork (psutil, not timed)", flush=True)
        settings = {
            "rows": sizes.memory_rows,
            "trials": sizes.memory_trials,
            "tool": "psutil",
        }
        groups["memory"] = {
            **stamp,
            "settings": settings,
            "result": _memory(sizes),
        }

    new = {"format": data.FORMAT, "machine": description, "groups": groups}
    old = data.load(path) if path.exists() and args.only else None
    data.save(path, data.merge(old, new))
    print(f"done in {clock(time.monotonic() - start)} (min:s); wrote {path}")
    if not args.quick:
        print("next: make figures")
