"""``make timing``: what the writing loop costs, measured in a fresh clone (median of 3).

    python -m tools.timing [--repeat N] [--skip-serve]

Clones this checkout's HEAD (commit first: the working tree's changes are not in a clone) into
a temporary folder and measures, as a writer meets them:

- ``fresh clone``: ``make test`` in a new clone, the environment installed by it (CI's case);
- ``nothing changed``: ``make test`` again;
- ``one paragraph``: a sentence added to a lesson, then ``make test``;
- ``one sample``: a comment added to a sample, then ``make matrix`` and ``make test``;
- ``full``: ``make test FULL=1``, everything re-verified;
- ``serve``: ``make serve`` in a new clone until the site answers, then a paragraph and a sample
  edited, each until the served page shows the edit.

Each figure is the median of ``--repeat`` runs, in wall seconds, with the CPU seconds of the
command's processes and of the whole machine (``/proc/stat``, which also counts whatever else ran
meanwhile). On Linux this script is a child subreaper, so the command's processes include those
whose parent ended first, such as a sample's fork server: they are reaped, and counted, here.
A benchmark, not a test: nothing here passes or fails but the commands it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = "docs/pipe.md"  # the paragraph edited
SAMPLE = "snippets/pipe/one_way.py"  # the sample edited (a comment: lint and output unchanged)
SERVED = "pipe.html"  # where both edits show
TARGETS = {  # wall seconds, from the issue that asked for them
    "fresh clone": 200,
    "nothing changed": 30,
    "one paragraph": 60,
    "one sample": 180,
    "full": 150,
    "serve: first page": 30,
    "serve: paragraph shown": 5,
    "serve: sample shown": 5,
}
CPU_TARGETS = {"full": 180}


def machine_cpu() -> float:
    """CPU seconds the whole machine has been busy (Linux), else this process's children's."""
    with contextlib.suppress(OSError):
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        busy = sum(int(f) for i, f in enumerate(fields[:8]) if i not in (3, 4))  # not idle
        return busy / os.sysconf("SC_CLK_TCK")
    return children_cpu()


def become_subreaper() -> None:
    """Descendants orphaned by their parent end here, not at init (Linux; elsewhere a no-op)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def reap_orphans(grace: float = 5.0) -> None:
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                time.sleep(0.05)
        except ChildProcessError:
            return


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Measure:
    def __init__(self) -> None:
        self.figures: dict[str, list[tuple[float, float, float]]] = {}

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        wall, waited, machine = time.monotonic(), children_cpu(), machine_cpu()
        yield
        reap_orphans()
        self.figures.setdefault(name, []).append(
            (time.monotonic() - wall, children_cpu() - waited, machine_cpu() - machine)
        )
        print(f"  {name}: {self.figures[name][-1][0]:.1f} s", flush=True)

    def add(self, name: str, seconds: float) -> None:
        self.figures.setdefault(name, []).append((seconds, float("nan"), float("nan")))
        print(f"  {name}: {seconds:.1f} s", flush=True)

    def report(self, repeat: int) -> str:
        lines = [
            f"make timing: {describe_machine()}",
            f"HEAD {git('rev-parse', '--short', 'HEAD')}, median of {repeat} runs",
            "",
            f"{'what':<24}{'wall s':>8}{'target':>8}{'CPU s own':>14}{'CPU s machine':>15}",
        ]
        for name, runs in self.figures.items():
            wall, waited, machine = (statistics.median(r[i] for r in runs) for i in range(3))
            target = TARGETS.get(name)
            mark = "" if target is None else ("  ok" if wall <= target else "  OVER")
            cpu = CPU_TARGETS.get(name)
            cpu_mark = "" if cpu is None else f" (<= {cpu}: {'ok' if waited <= cpu else 'OVER'})"
            lines.append(
                f"{name:<24}{wall:>8.1f}{target or '':>8}"
                + ("" if math.isnan(waited) else f"{waited:>14.1f}{machine:>15.1f}")
                + mark
                + cpu_mark
            )
        return "\n".join(lines)


def describe_machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = found[1].strip() if found else model
    return f"{model}, {os.cpu_count()} logical cores, {platform.system()} {platform.release()}"


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.strip()


def clone(into: Path) -> Path:
    subprocess.run(["git", "clone", "-q", str(ROOT), str(into)], check=True)
    return into


def make(checkout: Path, *args: str, log: Path) -> None:
    with log.open("a") as output:
        done = subprocess.run(
            ["make", *args], cwd=checkout, stdout=output, stderr=output, check=False
        )
    if done.returncode:
        raise SystemExit(f"make {' '.join(args)} failed in {checkout}: see {log}")


def append(path: Path, text: str, *, first: bool = False) -> None:
    old = path.read_text(encoding="utf-8")
    path.write_text(text + old if first else old + text, encoding="utf-8")


def wait_until(check: Callable[[], bool], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with contextlib.suppress(OSError):
            if check():
                return time.monotonic() - started
        time.sleep(0.05)
    raise SystemExit(f"gave up after {timeout} s")


def served(port: int, marker: str = "") -> Callable[[], bool]:
    def check() -> bool:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{SERVED}", timeout=2) as page:
            return marker in page.read().decode("utf-8")

    return check


def measure_serve(measure: Measure, work: Path, run: int, log: Path) -> None:
    checkout = clone(work / f"serve-{run}")
    port = 8100 + run
    started = time.monotonic()
    with log.open("a") as output:
        server = subprocess.Popen(
            ["make", "serve", f"SERVE_ADDRESS=127.0.0.1:{port}"],
            cwd=checkout,
            stdout=output,
            stderr=output,
            start_new_session=True,
        )
    try:
        wait_until(served(port), timeout=300)
        measure.add("serve: first page", time.monotonic() - started)
        time.sleep(2)  # let the watcher settle
        marker = f"Timing paragraph {run}"
        append(checkout / PAGE, f"\n{marker}.\n")
        measure.add("serve: paragraph shown", wait_until(served(port, marker), timeout=120))
        marker = f"timing edit {run}"
        append(checkout / SAMPLE, f"# {marker}\n", first=True)
        measure.add("serve: sample shown", wait_until(served(port, marker), timeout=120))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def measure_clones(measure: Measure, work: Path, repeat: int, log: Path) -> Path:
    """``make test`` in ``repeat`` fresh clones; the first is kept for the other figures."""
    kept = None
    for run in range(repeat):
        checkout = clone(work / f"clone-{run}")
        with measure.timed("fresh clone"):
            make(checkout, "test", log=log)
        if kept is None:
            kept = checkout
        else:
            shutil.rmtree(checkout)
    assert kept is not None
    return kept


def measure_edits(measure: Measure, checkout: Path, repeat: int, log: Path) -> None:
    for _ in range(repeat):
        with measure.timed("nothing changed"):
            make(checkout, "test", log=log)
    for run in range(repeat):
        append(checkout / PAGE, f"\nTiming paragraph {run}.\n")
        with measure.timed("one paragraph"):
            make(checkout, "test", log=log)
    # `make matrix`'s interpreters are this checkout's (installing them is not measured), and
    # the clone records every version once before the sample is edited.
    source_venvs = ROOT / ".venv-samples"
    if source_venvs.is_dir():
        (checkout / ".venv-samples").symlink_to(source_venvs)
    make(checkout, "matrix", log=log)
    make(checkout, "test", log=log)
    for run in range(repeat):
        append(checkout / SAMPLE, f"# timing edit {run}\n", first=True)
        with measure.timed("one sample"):
            make(checkout, "matrix", log=log)
            make(checkout, "test", log=log)
    for _ in range(repeat):
        with measure.timed("full"):
            make(checkout, "test", "FULL=1", log=log)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-serve", action="store_true", help="measure make test only")
    args = parser.parse_args(argv)
    become_subreaper()
    measure = Measure()
    work = Path(tempfile.mkdtemp(prefix="timing-"))
    log = work / "make.log"
    print(f"measuring in {work} (make's output: {log})", flush=True)
    try:
        checkout = measure_clones(measure, work, args.repeat, log)
        measure_edits(measure, checkout, args.repeat, log)
        if not args.skip_serve:
            for run in range(args.repeat):
                measure_serve(measure, work, run, log)
    finally:
        print()
        print(measure.report(args.repeat))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
