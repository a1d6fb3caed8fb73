"""The short table ``make test`` ends with: what ran, what passed, and where the time went.

As a pytest plugin (``tests/conftest.py``) it records, in the controller process, every test's
outcome by kind (sample runs by start method, browser pages, the other checks), the browser
pages' axe violations and requests to other hosts (``record_property`` in
``browser/test_pages.py``), and each kind's wall time, into ``.test-summary.json``. Run as a
program after coverage, it prints the table, adding the stages the Makefile timed
(``.test-stages.tsv``) and the coverage total:

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


def _count(outcomes: dict[str, int]) -> str:
    passed, total = outcomes.get("passed", 0), sum(outcomes.values())
    other = {k: v for k, v in outcomes.items() if k != "passed" and v}
    return f"{passed}/{total} passed" + "".join(f", {v} {k}" for k, v in other.items())


def table(coverage: str) -> str:
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    rows = [("what", "result", "wall s")]
    for method, outcomes in sorted(results.get("methods", {}).items()):
        rows.append((f"  samples under {method}", _count(outcomes), ""))
    spans = results.get("spans", {})
    for kind, outcomes in results.get("outcomes", {}).items():
        rows.append((kind, _count(outcomes), f"{spans.get(kind, 0):.0f}"))
    rows.append(("sample coverage", f"{coverage}%", ""))
    rows.append(("pages checked in the browser", str(results.get("pages", 0)), ""))
    rows.append(("axe violations (serious+)", str(results.get("axe_violations", 0)), ""))
    rows.append(("requests to other hosts", str(results.get("external_requests", 0)), ""))
    if STAGES.is_file():
        total = 0.0
        for line in STAGES.read_text().splitlines():
            stage, ms = line.rsplit("\t", 1)
            total += int(ms) / 1000
            rows.append((f"stage: {stage}", "", f"{int(ms) / 1000:.1f}"))
        rows.append(("make test, all stages", "", f"{total:.1f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}" for a, b, c in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(sys.argv[1] if len(sys.argv) > 1 else "?"))
