"""pytest wiring of result reuse: keys at collection, passes recorded, reuse reported.

Options:
  --full           run every check, reusing no recorded pass (``make test FULL=1``); passes
                   are still recorded
  --reuse-report   write the ids of the reused checks to this file (``make matrix``)

Under pytest-xdist every worker collects the same items and computes the same keys, so each
deselects the same reused checks; the controller learns which from the first worker that ends.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from . import digest, store
from .inputs import inputs_of, measures_coverage

_KEYS = pytest.StashKey[dict]()  # nodeid -> (key, inputs), this process's collection
_REUSED = pytest.StashKey[list]()  # nodeids reused in this session
_COVERAGE = pytest.StashKey[list]()  # coverage folders of every measured run of the session


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reuse", "results keyed on their inputs")
    group.addoption("--full", action="store_true", help="run every check; reuse no recorded pass")
    group.addoption("--reuse-report", help="write the ids of the reused checks to this file")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_KEYS] = {}
    config.stash[_REUSED] = []
    config.stash[_COVERAGE] = []
    config.pluginmanager.register(_Recorder(config), "reuse-recorder")


def reuse_allowed(config: pytest.Config) -> bool:
    """Not with ``--full``, not while rewriting recorded outputs, not in a stress run (which
    exists to run things again)."""
    if config.getoption("full") or config.getoption("update_examples", default=False):
        return False
    return "stress" not in (config.getoption("markexpr") or "")


def key(nodeid: str, inputs: dict[str, str]) -> str:
    return digest.text(json.dumps({"id": nodeid, "inputs": inputs}, sort_keys=True))[:32]


def key_of(item: pytest.Item) -> str | None:
    found = item.config.stash[_KEYS].get(item.nodeid)
    return found[0] if found else None


def _reusable(recorded_key: str, inputs: dict[str, str]) -> bool:
    if not store.has_passed(recorded_key):
        return False
    # A measured run is reused only with the coverage data of its pass.
    data = store.COVERAGE / recorded_key
    return not measures_coverage(inputs) or any(data.glob(".coverage*"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keys = config.stash[_KEYS]
    for item in items:
        inputs = inputs_of(item)
        if inputs is not None:
            keys[item.nodeid] = (key(item.nodeid, inputs), inputs)
            if measures_coverage(inputs):
                config.stash[_COVERAGE].append(str(store.COVERAGE / keys[item.nodeid][0]))
    if not reuse_allowed(config):
        return
    reused = [i for i in items if i.nodeid in keys and _reusable(*keys[i.nodeid])]
    if reused:
        config.stash[_REUSED] = [i.nodeid for i in reused]
        config.hook.pytest_deselected(items=reused)
        chosen = set(map(id, reused))
        items[:] = [i for i in items if id(i) not in chosen]


class _Recorder:
    """Records the pass of a check once its teardown has passed too. A phase that failed or
    skipped (a check that was skipped did not pass) means no record."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.not_passed: set[str] = set()
        self.seconds: dict[str, float] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[report.nodeid] = self.seconds.get(report.nodeid, 0.0) + report.duration
        if not report.passed:
            self.not_passed.add(report.nodeid)
        if report.when != "teardown" or report.nodeid in self.not_passed:
            return
        found = self.config.stash[_KEYS].get(report.nodeid)
        if found is not None:
            store.record_pass(found[0], report.nodeid, found[1], self.seconds[report.nodeid])


# --- Reporting ------------------------------------------------------------------------------------


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workeroutput"):  # an xdist worker: hand the controller what it saw
        config.workeroutput["reused"] = config.stash[_REUSED]
        config.workeroutput["coverage"] = config.stash[_COVERAGE]
        return
    _write_reports(config)
    store.prune()
    if session.exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and reused_ids(config):
        # Every check was reused: nothing needed to run, and nothing failed.
        session.exitstatus = pytest.ExitCode.OK


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    output = getattr(node, "workeroutput", {})
    config = node.config
    if "reused" in output and not config.stash.get(_SEEN_WORKER, False):
        config.stash[_SEEN_WORKER] = True
        config.stash[_REUSED] = output["reused"]
        config.stash[_COVERAGE] = output["coverage"]


_SEEN_WORKER = pytest.StashKey[bool]()


def reused_ids(config: pytest.Config) -> list[str]:
    """The checks of this session that were reused, not run (read by ``summary``)."""
    return list(config.stash.get(_REUSED, []))


def _write_reports(config: pytest.Config) -> None:
    report = config.getoption("reuse_report")
    if report:
        Path(report).write_text(json.dumps(reused_ids(config)), encoding="utf-8")
    if config.getoption("sample_coverage", default=False):
        from sample_engine.plugin import COVERAGE_DIR

        COVERAGE_DIR.mkdir(exist_ok=True)
        # What `coverage combine` reads: the data of every measured run, run now or reused.
        (COVERAGE_DIR / "runs.txt").write_text(
            "".join(f"{folder}\n" for folder in config.stash[_COVERAGE]), encoding="utf-8"
        )


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    reused = reused_ids(config)
    if reused:
        terminalreporter.write_line(
            f"{len(reused)} checks reused: their inputs are those of a recorded pass "
            "(make test FULL=1 runs them all)"
        )
