"""``make test`` runs again exactly the checks whose inputs changed, and never reuses a failure.

A copy of the project is changed one input at a time, as a writer changes it; after each change,
the checks whose key changed are those that depend on that input, and only those
(``reuse.what_changes`` reports them). A check whose key changed is run again: that the run
then really happens, and that a wrong ``.out`` fails with a warm cache, is shown end to end on
one sample.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from browser.project import SITE, build, is_fresh
from reuse import store
from reuse.inputs import ROOT

SAMPLE = "pipe/one_way.py"  # shown on pipe.md and pipe.zh.md
PAGE = "pipe"
BENCH_DATA = next((ROOT / "docs" / "data" / "bench").glob("*.json")).relative_to(ROOT)


def _is(*parts: str) -> Callable[[str], bool]:
    return lambda nodeid: any(part in nodeid for part in parts)


RUNS = "test_samples.py::test_runs_as_declared["
FAULT_RUNS = "test_samples.py::test_ends_with_a_report_when_every_child_dies_first["
RUNS_OF_SAMPLE = _is(f"{RUNS}{SAMPLE}[")
PAGES_OF_SAMPLE = _is(f"test_page[{PAGE}]", f"test_page[zh/{PAGE}]")
BROWSER = _is("tests/browser/")
PAGE_CHECKS = _is("tests/browser/test_pages.py::test_page[")
SITE_WIDE = lambda nodeid: BROWSER(nodeid) and not PAGE_CHECKS(nodeid)  # noqa: E731
# This module's own checks depend on all the test code (what is keyed, and how).
MECHANISM = _is("tests/test_reuse.py::")

# (what changes, how, which keyed checks then run again), applied in this order to one copy.
CHANGES = [
    (
        "a paragraph of a page",
        {"append": [f"docs/{PAGE}.md", "\nOne more sentence.\n"], "rebuild": True},
        lambda n: _is(f"test_page[{PAGE}]", f"[docs/{PAGE}.md:")(n) or SITE_WIDE(n),
    ),
    (
        "the site's CSS",
        # As the build copies it into the site (a second build would show no more).
        {"append": ["site/assets/stylesheets/extra.css", "\n.x { color: red; }\n"]},
        BROWSER,
    ),
    (
        "a sample",
        {"append": [f"snippets/{SAMPLE}", "\n# one more line\n"]},
        lambda n: RUNS_OF_SAMPLE(n) or PAGES_OF_SAMPLE(n) or _is(f"formatted[{SAMPLE}]")(n),
    ),
    (
        "its recorded output",
        {"append": [f"snippets/{SAMPLE.replace('.py', '.out')}", "one more line\n"]},
        lambda n: RUNS_OF_SAMPLE(n) or PAGES_OF_SAMPLE(n),
    ),
    (
        "its declarations",
        {"append": [f"snippets/{SAMPLE.replace('.py', '.toml')}", "timeout = 11\n"]},
        lambda n: RUNS_OF_SAMPLE(n) or PAGES_OF_SAMPLE(n),
    ),
    (
        "a file of the sample engine",
        {"append": ["tests/sample_engine/runner.py", "\n# one more line\n"]},
        _is(RUNS, FAULT_RUNS, "tests/test_engine.py::", "tests/test_reuse.py::"),
    ),
    (
        "a test file of the browser suite",
        {"append": ["tests/browser/lesson_shape.py", "\n# one more line\n"]},
        lambda n: BROWSER(n) or MECHANISM(n),
    ),
    (
        "the lint settings",
        {"append": ["tests/test_lint.py", "\n# one more line\n"]},
        _is("tests/test_lint.py::", "tests/test_reuse.py::"),
    ),
    (
        "the benchmark data",
        {"append": [str(BENCH_DATA), "\n"]},
        _is("test_make_figures_redraws", "test_every_benchmark_runs_in_quick_mode"),
    ),
    (
        "the interpreter that runs the samples",
        {"sample_python": "SAMPLE_PYTHON_LINK"},
        _is(RUNS, FAULT_RUNS),
    ),
    (
        "the pinned tools (requirements.lock)",
        {"append": ["requirements.lock", "\n"]},
        lambda n: True,
    ),
]


def _copy_project(to: Path) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, tracked.split("\0")):
        source = ROOT / name
        if source.is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)
    if is_fresh(SITE):
        shutil.copytree(SITE, to / "site")
    else:
        build(SITE)
        shutil.copytree(SITE, to / "site")


def _pytest(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(project / "tests"),  # `-p reuse.what_changes` before conftest
        },
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    _copy_project(copy)
    return copy


@pytest.fixture(scope="module")
def changed(project: Path, tmp_path_factory) -> dict[str, list[str]]:
    """Which checks' keys each change of ``CHANGES`` changed, and every keyed check."""
    folder = tmp_path_factory.mktemp("changes")
    link = folder / "python"  # the same interpreter at another path: another interpreter
    link.symlink_to(sys.executable)
    changes = [{"name": name, **how} for name, how, _ in CHANGES]
    for change in changes:
        if change.get("sample_python") == "SAMPLE_PYTHON_LINK":
            change["sample_python"] = str(link)
    (folder / "changes.json").write_text(json.dumps(changes), encoding="utf-8")
    report = folder / "report.json"
    done = _pytest(
        project,
        "--collect-only",
        "--sample-coverage",
        "-p",
        "reuse.what_changes",
        f"--changes={folder / 'changes.json'}",
        f"--changes-report={report}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "depends"), [(c, d) for c, _, d in CHANGES], ids=[c for c, _, _ in CHANGES]
)
def test_a_change_runs_again_exactly_the_checks_that_depend_on_it(changed, change, depends):
    expected = sorted(n for n in changed["(keyed)"] if depends(n))
    assert expected, f"{change}: no keyed check depends on it (the test selects nothing)"
    missing = sorted(set(expected) - set(changed[change]))
    extra = sorted(set(changed[change]) - set(expected))
    assert not (missing or extra), (
        f"after a change of {change}: not run again although they depend on it: {missing[:10]}"
        f" ({len(missing)}); run again although they do not: {extra[:10]} ({len(extra)})"
    )


def _ran_and_reused(done: subprocess.CompletedProcess) -> tuple[str, str]:
    return done.stdout.strip().splitlines()[-1], done.stdout


def test_a_wrong_output_fails_with_a_warm_cache_and_its_failure_is_never_reused(project: Path):
    select = ["tests/test_samples.py", "-k", "process-basics/join_first.py"]
    out = project / "snippets" / "process-basics" / "join_first.out"
    recorded = out.read_text(encoding="utf-8")

    first = _pytest(project, *select)
    assert first.returncode == 0 and "3 passed" in first.stdout, first.stdout
    warm = _pytest(project, *select)
    assert warm.returncode == 0 and "3 checks reused" in warm.stdout, warm.stdout

    out.write_text(recorded + "a line the program does not print\n", encoding="utf-8")
    for _ in range(2):  # the failure is not recorded: it runs, and fails, every time
        wrong = _pytest(project, *select)
        assert wrong.returncode == 1 and "3 failed" in wrong.stdout, wrong.stdout
        assert "stdout differs from the recorded output" in wrong.stdout

    out.write_text(recorded, encoding="utf-8")  # the inputs of the recorded pass, again
    again = _pytest(project, *select)
    assert again.returncode == 0 and "3 checks reused" in again.stdout, again.stdout


def test_a_pass_older_than_the_limit_is_dropped_with_its_coverage(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "PASSED", tmp_path / "passed")
    monkeypatch.setattr(store, "COVERAGE", tmp_path / "coverage")
    for key in ("old", "new"):
        store.record_pass(key, f"tests/x.py::{key}", {}, 0.1)
        store.coverage_dir(key)
    stale = time.time() - (store.MAX_AGE_DAYS + 1) * 86400
    os.utime(store.PASSED / "old.json", (stale, stale))

    assert store.prune() == 1
    assert not store.has_passed("old") and not (store.COVERAGE / "old").exists()
    assert store.has_passed("new") and (store.COVERAGE / "new").is_dir()
