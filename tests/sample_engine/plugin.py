"""pytest wiring of the sample engine: options, parametrization, coverage.

Options:
  --sample-python PATH   interpreter that runs the samples (default: this one)
  --start-methods LIST   comma-separated subset of fork,spawn,forkserver
  --sample-coverage      measure the sample runs with coverage.py (children too)
  --repeat N             stress: run each sample N times per method (``-m stress``)
  --missing-requires     fail (default) or skip a sample whose declared ``requires``
                         the sample interpreter cannot import (``make matrix`` skips,
                         and reports each skip with its reason)
  --update-examples      (pytest-examples' option) rewrite ``.out`` files from real runs
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from . import runner
from .samples import OWN_METHOD, ROOT, SNIPPETS, START_METHODS, Sample, discover

COVERAGE_DIR = ROOT / ".coverage-samples"
SIGNALLED_LINE = "# the signal interrupts this"
# A line that ends its process with os._exit(): the line runs (the output shows the exit code), but
# the process ends before coverage saves what it measured, so coverage never sees it.
EXITING_LINE = r"os\._exit\("
# The branch that reports a child that died first, in a program that shows the working case: the
# comment tells the reader what it is for; pitfalls' dead_child_*.py samples produce that fault.
FAULT_BRANCH = "# only if a child died first"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("samples", "the sample engine")
    group.addoption(
        "--sample-python",
        default=sys.executable,
        help="interpreter that runs the samples",
    )
    group.addoption(
        "--start-methods",
        default=",".join(START_METHODS),
        help="start methods to run under",
    )
    group.addoption(
        "--sample-coverage",
        action="store_true",
        help="measure sample runs with coverage.py",
    )
    group.addoption(
        "--missing-requires",
        choices=("fail", "skip"),
        default="fail",
        help="what a sample whose requirements the interpreter lacks does",
    )
    group.addoption(
        "--repeat",
        type=int,
        default=20,
        help="runs per sample and method in the stress test",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "stress: repeated runs that must all print the same (make stress)"
    )
    methods, modules, platform, version, full_version = _probe_sample_python(config)
    config.sample_methods = methods  # type: ignore[attr-defined]
    config.sample_modules = modules  # type: ignore[attr-defined]
    config.sample_platform = platform  # type: ignore[attr-defined]
    # (major, minor), and sys.version in full: a key of every sample run (``reuse.inputs``).
    config.sample_version = version  # type: ignore[attr-defined]
    config.sample_version_text = full_version  # type: ignore[attr-defined]
    if config.getoption("sample_coverage"):
        _write_coverage_rc(discover(), monitoring=version >= (3, 12))


_PROBE = """
import importlib.util, json, multiprocessing, sys
print(json.dumps({
    "version": sys.version_info[:2],
    "full_version": sys.version,
    "platform": sys.platform,
    "methods": multiprocessing.get_all_start_methods(),
    "modules": [m for m in sys.argv[1:] if importlib.util.find_spec(m) is not None],
}))
"""


def _probe_sample_python(
    config: pytest.Config,
) -> tuple[list[str], set[str], str, tuple, str]:
    """The asked-for start methods that the *sample* interpreter's platform has, and
    which of the modules that samples require it can import."""
    asked = [m for m in config.getoption("start_methods").split(",") if m]
    unknown = set(asked) - set(START_METHODS)
    if unknown:
        raise pytest.UsageError(f"--start-methods: unknown {sorted(unknown)}")
    required = sorted({m for s in discover() for m in s.declared.requires})
    has = json.loads(
        subprocess.run(
            [config.getoption("sample_python"), "-c", _PROBE, *required],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    methods = [m for m in asked if m in has["methods"]]
    return (
        methods,
        set(has["modules"]),
        has["platform"],
        tuple(has["version"]),
        has["full_version"],
    )


def coverage_rc(method: str) -> Path:
    """The coverage config for runs under ``method``.

    ``sigterm = True`` makes a child killed by ``Process.terminate()`` (or a
    daemon terminated at exit) save what it ran. Under fork that handler is
    the parent's, inherited, and crashes the child (coverage 7.17), so fork
    runs go without it; the spawn and forkserver runs measure those lines.
    """
    return COVERAGE_DIR / ("coveragerc-fork" if method == "fork" else "coveragerc")


def coverage_run_settings(config: pytest.Config) -> str:
    """The ``[run]`` sections of the coverage configs: what a measured run's data depends on
    (and so part of its key, see ``reuse.inputs``)."""
    monitoring = config.sample_version >= (3, 12)  # type: ignore[attr-defined]
    return "\n".join(_run_section(method, monitoring=monitoring) for method in ("fork", "spawn"))


def _run_section(method: str, *, monitoring: bool) -> str:
    """With ``monitoring`` (a sample interpreter of 3.12 or newer) coverage uses
    ``sys.monitoring``, which stops reporting a line once it has run: a sample's loops then
    cost almost nothing to measure (its ``ctrace`` core traces every line every time).

    Each measured run writes its data where ``COVERAGE_FILE`` says (``runner.run``): beside
    its recorded pass, so that a run that is reused keeps its part of the coverage.
    """
    return (
        "[run]\n"
        "parallel = True\n"
        "concurrency = multiprocessing,thread\n"
        f"core = {'sysmon' if monitoring else 'ctrace'}\n"
        f"sigterm = {method != 'fork'}\n"
        f"source = {SNIPPETS}\n"
        # A pool worker that got no task has nothing to save; not a failure.
        "disable_warnings = no-data-collected\n"
    )


def _write_coverage_rc(samples: list[Sample], *, monitoring: bool) -> None:
    """Coverage configs with absolute paths: samples run in temporary folders."""
    omit = "".join(f"\n    {s.path}" for s in samples if s.declared.broken)
    COVERAGE_DIR.mkdir(exist_ok=True)
    for method in ("fork", "spawn"):
        text = (
            _run_section(method, monitoring=monitoring)
            # Where `coverage combine` writes what the runs measured, and `report` reads it.
            + f"data_file = {COVERAGE_DIR / '.coverage'}\n"
            "\n[report]\n"
            # Broken originals are not measured (``measured``); not reported as unrun either.
            f"omit ={omit}\n"
            # A line that a child runs just before its parent signals it: a signal that
            # arrives before the line starts is still the lesson's behaviour, but coverage
            # never sees the line (the sample's comment names it for the reader too).
            f"exclude_also =\n    {re.escape(SIGNALLED_LINE)}\n    {EXITING_LINE}\n"
            f"    {re.escape(FAULT_BRANCH)}\n"
            # Lesson folders have no __init__.py; report never-run samples too.
            "include_namespace_packages = True\n"
            "fail_under = 100\n"
            "show_missing = True\n"
        )
        path = coverage_rc(method)
        # xdist workers configure too: replace atomically with the same content.
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text)
        tmp.replace(path)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sample_method" in metafunc.fixturenames:
        methods = metafunc.config.sample_methods  # type: ignore[attr-defined]
        cases = [(s, m) for s in discover() for m in s.methods(methods)]
        metafunc.parametrize(
            ("sample", "sample_method"),
            cases,
            ids=[f"{s.id}[{m}]" for s, m in cases],
        )
    elif "dying_method" in metafunc.fixturenames:
        methods = metafunc.config.sample_methods  # type: ignore[attr-defined]
        cases = [
            (s, m)
            for s in discover()
            if s.declared.children_die
            for m in s.methods(methods)
            if m == "fork" or "fork_only" not in s.declared.children_die
        ]
        metafunc.parametrize(
            ("dying", "dying_method"), cases, ids=[f"{s.id}[{m}]" for s, m in cases]
        )
    elif "sample" in metafunc.fixturenames:
        samples = discover()
        metafunc.parametrize("sample", samples, ids=[s.id for s in samples])


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Stress tests run only when asked for with ``-m stress``. The runs that mostly wait (a
    program whose children die waits out its timeouts; Dask starts a cluster) are spread over
    the first half of the session, longest first: early, so that none ends the session alone,
    and spread, so that the workers do not all wait at once while the cores idle."""
    if "stress" not in (config.getoption("markexpr") or ""):
        kept = [item for item in items if item.get_closest_marker("stress") is None]
        if len(kept) != len(items):
            config.hook.pytest_deselected(items=[i for i in items if i not in kept])
            items[:] = kept
    # First: the browser's scope is the longest unit of work.
    browser = [i for i in items if xdist_scope(i.nodeid) == "browser"]
    rest = [i for i in items if i not in browser]
    waits = sorted((i for i in rest if _mostly_waits(i)), key=_wait_seconds, reverse=True)
    if not waits:
        return
    busy = [i for i in rest if not _mostly_waits(i)]
    # After each wait, busy work in proportion to its length: spread by count, the waits fell
    # together among the thousand static checks of a millisecond each, and for a minute every
    # worker waited (cores 25 % busy, measured).
    per_second = sum(map(_busy_cost, busy)) / (2 * sum(map(_wait_seconds, waits)))
    merged: list[pytest.Item] = []
    pending = iter(waits)
    work = due = 0.0
    for item in busy:
        if work >= due and (wait := next(pending, None)) is not None:
            merged.append(wait)
            due += per_second * _wait_seconds(wait)
        merged.append(item)
        work += _busy_cost(item)
    items[:] = browser + merged + list(pending)


DYING_CHECK = "test_ends_with_a_report_when_every_child_dies_first"


def xdist_scope(nodeid: str) -> str:
    """The unit of work of an xdist worker: the checks of one scope run in one worker, in turn.

    - every browser check but the searches: one browser for the session (each worker that runs
      one starts its own, about 3 CPU-s, and compiles the site's scripts and axe again); a
      search, which mostly waits (a quarter of a second of quiet after each of some 80 answers),
      alone, so that an edit that re-runs it and a page's checks runs them side by side;
    - the fault checks of one sample: ``dying_run`` runs its start methods together;
    - ``test_reuse.py``: one copy of the project for the session;
    - any other check alone.
    """
    path, _, name = nodeid.partition("::")
    if path.endswith("browser/test_search.py"):
        return nodeid  # mostly waiting: beside the page checks, not after them
    if "/browser/" in f"/{path}":
        return "browser"
    if path.endswith("test_reuse.py"):
        return "reuse"
    if name.startswith(f"{DYING_CHECK}["):
        return "dying:" + name.rsplit("[", 1)[0]
    return nodeid


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadgroup`` by ``xdist_scope``. (xdist 3.8 groups by the ``xdist_group`` mark
    by rewriting ``item._nodeid``, which pytest 9 no longer reads: its groups were never
    formed.)"""
    if config.getoption("dist", None) != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByScope(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    return ByScope(config, log)


def _busy_cost(item: pytest.Item) -> float:
    """Roughly what a check that does not wait costs, relative to a sample run: most other
    checks a fiftieth (they read files)."""
    if item.name.startswith("test_runs_as_declared"):
        return 1.0
    return 0.02


def _wait_seconds(item: pytest.Item) -> float:
    params = item.callspec.params
    if "dying" in params:
        return float(params["dying"].declared.children_die["within"])
    return params["sample"].declared.timeout


def _mostly_waits(item: pytest.Item) -> bool:
    if item.name.startswith(DYING_CHECK):
        return True
    if not item.name.startswith("test_runs_as_declared"):
        return False
    sample = item.callspec.params["sample"]
    return "dask" in sample.declared.requires


@pytest.fixture
def run_sample(request: pytest.FixtureRequest):
    """``run_sample(sample, method)`` runs it as configured (interpreter, coverage)."""

    def _run(
        sample: Sample, method: str, timeout: float | None = None, children_die: bool = False
    ) -> runner.Run:
        return _run_for(request.node, sample, method, timeout=timeout, children_die=children_die)

    return _run


def _run_for(
    item: pytest.Item,
    sample: Sample,
    method: str,
    *,
    timeout: float | None = None,
    children_die: bool = False,
) -> runner.Run:
    """Run ``sample`` under ``method`` for the check ``item``, as configured."""
    config = item.config
    platform = config.sample_platform  # type: ignore[attr-defined]
    if platform in sample.declared.not_on:
        # Declared, with the reason, next to the sample; never the case on Linux, where
        # `make test` runs. `make matrix` records it as not run, with the reason.
        pytest.skip(f"cannot run: not on {platform}: {sample.declared.not_on[platform]}")
    missing = [m for m in sample.declared.requires if m not in config.sample_modules]  # type: ignore[attr-defined]
    if missing:
        reason = f"needs {', '.join(missing)}, which {config.getoption('sample_python')} lacks"
        if config.getoption("missing_requires") == "skip":
            pytest.skip(f"cannot run: {reason}")
        pytest.fail(f"{sample.id}: {reason} (pip install -r snippets/requirements.txt)")
    measuring = config.getoption("sample_coverage") and measured(sample, method)
    return runner.run(
        sample,
        method,
        python=config.getoption("sample_python"),
        # Broken originals are exempt from coverage, so not measured at all.
        coverage_rc=coverage_rc(method) if measuring else None,
        # Kept with the run's recorded pass (``reuse``), and combined from there.
        coverage_data=coverage_data(item) if measuring else None,
        platform=platform,
        timeout=timeout,
        children_die=children_die,
    )


# The runs of the fault checks started in this process and not yet taken by their check.
_DYING_RUNS: dict[str, Future[runner.Run]] = {}
_DYING_POOL = ThreadPoolExecutor(max_workers=len(START_METHODS), thread_name_prefix="dying")


@pytest.fixture
def dying_run(request: pytest.FixtureRequest, dying: Sample, dying_method: str) -> runner.Run:
    """The run of ``dying`` under ``dying_method`` with every child dying first.

    Such a run mostly waits (for the program's own timeouts: up to 30 s), so the first check of
    a sample starts, at once, the runs of every check of the same sample that this process is
    to run (one xdist scope per sample, ``xdist_scope``): a sample's three start methods
    wait together, not one after the other.
    """
    item = request.node
    config = request.config
    # Under xdist without our scopes (``-n`` with another ``--dist``), a sibling may go to
    # another worker: then each check runs its own.
    together = not hasattr(config, "workerinput") or config.getvalue("loadgroup")
    if item.nodeid not in _DYING_RUNS:
        for sibling in request.session.items if together else [item]:
            params = getattr(sibling, "callspec", None)
            if (
                sibling.originalname == item.originalname
                and params is not None
                and params.params.get("dying") is dying
                and sibling.nodeid not in _DYING_RUNS
            ):
                method = params.params["dying_method"]
                _DYING_RUNS[sibling.nodeid] = _DYING_POOL.submit(
                    _run_for,
                    sibling,
                    dying,
                    method,
                    timeout=dying.declared.children_die["within"],
                    children_die=True,
                )
    return _DYING_RUNS.pop(item.nodeid).result()


def coverage_data(item: pytest.Item) -> Path:
    """Where the measured run of ``item`` writes its coverage data: with its result when it
    has a key (``reuse``), else in the common folder."""
    from reuse.plugin import key_of

    key = key_of(item)
    if key is None:
        return COVERAGE_DIR / ".coverage"
    from reuse.store import coverage_dir

    return coverage_dir(key) / ".coverage"


def measured(sample: Sample, method: str) -> bool:
    """Whether this run is measured for coverage.

    Coverage costs each process 5-7 times its run time, so it is measured
    once per sample: in the fork run (the cheapest), or the sample's only run.
    Broken originals are exempt from coverage, so they are not measured.
    """
    if sample.declared.broken:
        return False
    return method in ("fork", OWN_METHOD)


@pytest.fixture
def updating(request: pytest.FixtureRequest) -> bool:
    """True under ``--update-examples``: recorded outputs are rewritten from runs."""
    return bool(request.config.getoption("update_examples", default=False))


@pytest.fixture
def repeat(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("repeat"))


def recording_method(sample: Sample, methods: list[str]) -> str:
    """The one run per sample whose stdout ``--update-examples`` records."""
    return sample.methods(methods)[0]


def record(sample: Sample, stdout: str, platform: str = sys.platform) -> None:
    Path(sample.out_path_for(platform)).write_text(stdout, encoding="utf-8", newline="\n")
