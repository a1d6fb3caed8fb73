"""The sample engine catches what it promises to catch.

Each case writes a small program into a temporary folder and runs it through
the same runner as the real samples, under ``fork`` (the fastest method: what
is tested here does not depend on the method).
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from sample_engine import process_tree, runner
from sample_engine.samples import Declarations, Sample

GUARD = '\n\nif __name__ == "__main__":\n    main()\n'


def make_sample(tmp_path: Path, body: str, out: str = "", **declared) -> Sample:
    path = tmp_path / "demo.py"
    path.write_text(textwrap.dedent(body) + GUARD)
    path.with_suffix(".out").write_text(out)
    if "err" in declared:
        path.with_suffix(".err").write_text(declared.pop("err"))
    return Sample(path, Declarations(**declared))


def problems_of(sample: Sample) -> list[str]:
    return runner.run(sample, "fork").problems(sample)


def test_a_sample_that_prints_its_recorded_output_passes(tmp_path):
    sample = make_sample(tmp_path, "def main():\n    print('hello')\n", out="hello\n")
    assert problems_of(sample) == []


def test_a_changed_expected_output_fails(tmp_path):
    sample = make_sample(tmp_path, "def main():\n    print('hello')\n", out="hallo\n")
    [problem] = problems_of(sample)
    assert problem.startswith("stdout differs") and "-hallo" in problem and "+hello" in problem


def test_output_printed_by_a_child_process_is_checked(tmp_path):
    body = """
        from multiprocessing import Process

        def child():
            print("from the child")

        def main():
            p = Process(target=child)
            p.start()
            p.join()
    """
    assert problems_of(make_sample(tmp_path, body, out="from the child\n")) == []
    assert problems_of(make_sample(tmp_path, body, out="wrong\n"))


def test_a_sample_that_never_ends_is_killed_and_fails(tmp_path):
    body = """
        import time
        from multiprocessing import Process

        def main():
            Process(target=time.sleep, args=(3600,)).start()
            time.sleep(3600)
    """
    sample = make_sample(tmp_path, body, timeout=1.0)
    run = runner.run(sample, "fork")
    assert run.timed_out and run.seconds < 5
    assert run.problems(sample)[0].startswith("did not finish within 1.0 s")


# What a run may leave behind: a process that sleeps for an hour, its output detached so that
# the run itself ends and only the survivor check can see it.
SLEEPER = """
    import subprocess
    import sys
    from multiprocessing import Process

    def sleep_for_an_hour(**popen_options):
        subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(3600)"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **popen_options,
        )
"""
LEFT_BEHIND = {
    "a grandchild": """
    def main():
        p = Process(target=sleep_for_an_hour)
        p.start()
        p.join()
    """,
    # A daemon-like escape from the session: found by the run mark in its environment.
    "a process that left the session": """
    def main():
        sleep_for_an_hour(start_new_session=True)
    """,
}


@pytest.mark.parametrize("main", LEFT_BEHIND.values(), ids=LEFT_BEHIND.keys())
def test_a_process_left_running_fails_the_sample_and_is_killed(tmp_path, main):
    sample = make_sample(tmp_path, SLEEPER + main)
    run = runner.run(sample, "fork")
    [survivor] = run.survivors
    assert run.problems(sample)[0].startswith("left processes alive")
    assert _wait_until_ended(survivor)


def _wait_until_ended(pid: int) -> bool:
    deadline = time.monotonic() + 5  # the kill is sent; the kernel ends it a moment later
    while process_tree.is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    return not process_tree.is_running(pid)


def test_an_orphan_left_by_a_main_process_that_did_not_join_fails_and_is_killed(tmp_path):
    body = """
        import os
        import time
        from multiprocessing import Process

        def linger():
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)  # let go of the run's output pipes: only the check can see it
            os.dup2(devnull, 2)
            time.sleep(3600)

        def main():
            Process(target=linger).start()
            time.sleep(0.2)
            os._exit(0)  # no exit-time join: the child is orphaned
    """
    sample = make_sample(tmp_path, body)
    run = runner.run(sample, "fork")
    [orphan] = run.survivors
    assert run.problems(sample)[0].startswith("left processes alive")
    assert _wait_until_ended(orphan)


def test_a_leaked_shared_memory_block_fails_the_sample(tmp_path):
    body = """
        from multiprocessing import shared_memory

        def main():
            block = shared_memory.SharedMemory(create=True, size=16)
            block.close()  # never unlinked: the resource tracker cleans up and says so
    """
    problems = problems_of(make_sample(tmp_path, body))
    assert "the resource tracker reported leaked resources" in problems


def test_a_warning_fails_the_sample(tmp_path):
    body = """
        import warnings

        def main():
            warnings.warn("old API", DeprecationWarning)
    """
    [problem] = problems_of(make_sample(tmp_path, body))
    assert problem.startswith("stderr is not empty") and "DeprecationWarning" in problem


def test_a_declared_failure_passes_only_when_it_fails_as_declared(tmp_path):
    body = "def main():\n    raise SystemExit('gave up')\n"
    assert problems_of(make_sample(tmp_path, body, exit_code=1, err="gave up\n")) == []
    assert problems_of(make_sample(tmp_path, body, exit_code=1, err="other\n"))
    assert problems_of(make_sample(tmp_path, body, err="gave up\n"))  # exit 0 declared


def test_a_broken_original_may_hang_only_if_declared_and_printing_what_is_certain(tmp_path):
    body = """
        import time

        def main():
            print(1, flush=True)
            time.sleep(3600)
    """
    declared = {"why": "a race", "broken": True, "stdout_regex": r"(?:\d+\n)*", "timeout": 1.0}
    assert problems_of(make_sample(tmp_path, body, **declared, may_hang=True)) == []
    assert problems_of(make_sample(tmp_path, body, **declared))[0].startswith("did not finish")
    declared["stdout_regex"] = "2\n"
    assert problems_of(make_sample(tmp_path, body, **declared, may_hang=True))


def test_an_empty_err_file_is_refused(tmp_path):
    (tmp_path / "demo.err").write_text("\n")
    with pytest.raises(ValueError, match="declare stderr_unchecked"):
        Declarations.load(tmp_path / "demo.toml")


@pytest.mark.parametrize(
    "toml, message",
    [
        ("colour = 1\n", "unknown keys"),
        ("broken = true\n", "must say `why`"),
        ("stdout_regex = '.*'\n", "declare why their output `varies`"),
        ("varies = 'a race'\n", "needs the stdout_regex"),
        ("not_on = {amiga = 'no fork'}\n", "not one of"),
        ("not_on = {win32 = ' '}\n", "say why"),
        ("differs = {darwin = 'sem_getvalue'}\n", "no .darwin.out"),
        ("varies = 'a race'\nstdout_regex = '.*'\nbounds = {n = [0, 1]}\n", "not a group"),
        ("varies = 'a race'\nstdout_regex = '(?P<n>.*)'\nbounds = {n = [2, 1]}\n", "low, high"),
        ("may_hang = true\n", "only for broken originals"),
        ("stderr_unchecked = true\n", "only for broken originals"),
    ],
)
def test_declarations_are_refused_when_they_make_no_sense(tmp_path, toml, message):
    path = tmp_path / "demo.toml"
    path.write_text(toml)
    with pytest.raises(ValueError, match=message):
        Declarations.load(path)


def test_a_varying_sample_is_checked_against_its_shape_and_bounds(tmp_path):
    body = """
        import random

        def main():
            print(f"lost {random.randint(0, 9)} of 10")
    """
    declared = {"varies": "scheduling", "stdout_regex": r"lost (?P<lost>\d+) of 10\n"}
    assert problems_of(make_sample(tmp_path, body, **declared, bounds={"lost": [0, 9]})) == []
    [problem] = problems_of(make_sample(tmp_path, body, **declared, bounds={"lost": [10, 20]}))
    assert "outside the declared [10, 20]" in problem
    declared["stdout_regex"] = r"kept (?P<lost>\d+)\n"
    assert "does not match" in problems_of(make_sample(tmp_path, body, **declared))[0]


def test_a_platform_that_prints_otherwise_is_checked_against_its_own_output(tmp_path):
    """``differs = {linux = "why"}`` and ``demo.linux.out``: a run on Linux must print that file
    (run here, on Linux, to see the rule at work; on macOS it would be darwin)."""
    body = "import sys\n\ndef main():\n    print(sys.platform)\n"
    (tmp_path / "demo.linux.out").write_text("linux\n")
    sample = make_sample(tmp_path, body, out="elsewhere\n", differs={"linux": "its name"})
    assert runner.run(sample, "fork", platform="linux").problems(sample) == []
    assert (
        "demo.out (expected)" in runner.run(sample, "fork", platform="darwin").problems(sample)[0]
    )
