"""The short table ``make test`` ends with: what ran, what passed, and where the time went.

As a pytest plugin (``tests/conftest.py``) it records, in the controller process, every test's
outcome by kind (sample runs by start method, browser pages, the other checks), the browser
pages' axe violations and requests to other hosts (``record_property`` in
``browser/test_pages.py``), and each kind's wall time, into ``.test-summary.json``. A check
that was not run because its inputs are those of a recorded pass (``reuse``) counts as *reused*.
Run as a program after coverage, it prints the table, adding the stages the Makefile timed
(``.test-stages.tsv``: wall and CPU seconds, written by ``stage.py``) and the coverage total:

    python tests/summary.py COVERAGE_PERCENT
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / ".test-summary.json"
STAGES = ROOT / ".test-stages.tsv"
_SAMPLE_RUN = re.compile(r"test_runs_as_declared\[.+\[(?P<method>\w+)\]\]$")

KINDS = (  # (kind, what a node id starts with)
    ("sample runs", "tests/test_samples.py::test_runs_as_declared"),
    ("sample runs, every child dead", "tests/test_samples.py::test_ends_with_a_report"),
    ("browser: pages", "tests/browser/test_pages.py"),
    ("browser: other", "tests/browser/"),
    ("lint", "tests/test_lint.py"),
    ("pages and samples agree", "tests/test_pages.py"),
    ("engine self-tests", "tests/test_engine.py"),
)


def kind_of(nodeid: str) -> str:
    return next((kind for kind, prefix in KINDS if nodeid.startswith(prefix)), "other checks")


class Recorder:
    def __init__(self) -> None:
        self.outcomes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.methods: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.spans: dict[str, list[float]] = {}
        self.axe_violations = 0
        self.external_requests = 0
        self.pages = 0

    def pytest_runtest_logreport(self, report) -> None:
        if report.when != "call" and not (report.when == "setup" and not report.passed):
            return
        kind = kind_of(report.nodeid)
        self.outcomes[kind][report.outcome] += 1
        span = self.spans.setdefault(kind, [report.start, report.stop])
        span[0], span[1] = min(span[0], report.start), max(span[1], report.stop)
        found = _SAMPLE_RUN.search(report.nodeid)
        if found:
            self.methods[found["method"]][report.outcome] += 1
        properties = dict(report.user_properties)
        if "axe_violations" in properties:
            self.pages += 1
            self.axe_violations += properties["axe_violations"]
            self.external_requests += properties["external_requests"]

    def pytest_sessionfinish(self, session) -> None:
        if hasattr(session.config, "workerinput"):  # an xdist worker: the controller records
            return
        from reuse.plugin import reused_ids

        for nodeid in reused_ids(session.config):
            self.outcomes[kind_of(nodeid)]["reused"] += 1
            found = _SAMPLE_RUN.search(nodeid)
            if found:
                self.methods[found["method"]]["reused"] += 1
        RESULTS.write_text(
            json.dumps(
                {
                    "outcomes": self.outcomes,
                    "methods": self.methods,
                    "spans": {k: round(b - a, 1) for k, (a, b) in self.spans.items()},
                    "pages": self.pages,
                    "axe_violations": self.axe_violations,
                    "external_requests": self.external_requests,
                },
                indent=2,
            )
        )


def pytest_configure(config) -> None:
    config.pluginmanager.register(Recorder(), "summary-recorder")


def _cells(outcomes: dict[str, int]) -> tuple[str, str, str]:
    """``(ran, reused, result)``: how many checks ran, how many passes were reused (their
    inputs unchanged since a recorded pass), and how the ones that ran ended."""
    ran = {k: v for k, v in outcomes.items() if k != "reused" and v}
    passed = ran.get("passed", 0)
    other = ", ".join(f"{v} {k}" for k, v in ran.items() if k != "passed")
    result = (f"{passed} passed" + (f", {other}" if other else "")) if ran else "-"
    return str(sum(ran.values())), str(outcomes.get("reused", 0)), result


def table(coverage: str) -> str:
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    rows = [("what", "ran", "reused", "result", "wall s", "CPU s")]
    for method, outcomes in sorted(results.get("methods", {}).items()):
        rows.append((f"  samples under {method}", *_cells(outcomes), "", ""))
    spans = results.get("spans", {})
    for kind, outcomes in results.get("outcomes", {}).items():
        wall = f"{spans[kind]:.0f}" if kind in spans else ""
        rows.append((kind, *_cells(outcomes), wall, ""))
    rows.append(("sample coverage (all samples)", "", "", f"{coverage}%", "", ""))
    rows.append(("pages checked in the browser", "", "", str(results.get("pages", 0)), "", ""))
    rows.append(
        ("axe violations (serious+)", "", "", str(results.get("axe_violations", 0)), "", "")
    )
    rows.append(
        ("requests to other hosts", "", "", str(results.get("external_requests", 0)), "", "")
    )
    if STAGES.is_file():
        wall_total = cpu_total = 0.0
        for line in STAGES.read_text().splitlines():
            stage, wall, cpu = line.split("\t")
            wall_total += float(wall)
            cpu_total += float(cpu)
            rows.append((f"stage: {stage}", "", "", "", f"{float(wall):.1f}", f"{float(cpu):.1f}"))
        rows.append(("make test, all stages", "", "", "", f"{wall_total:.1f}", f"{cpu_total:.1f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(width) if i in (0, 3) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(sys.argv[1] if len(sys.argv) > 1 else "?"))
