"""Every sample in ``snippets/`` is a real program that does what its page shows.

Each sample runs once per start method in a fresh interpreter (see
``sample_engine``); the ids read ``<page>/<name>.py[<method>]``.
"""

from __future__ import annotations

import re

import pytest

from sample_engine.plugin import record, recording_method
from sample_engine.samples import Sample, discover

VARYING = [s for s in discover() if s.varies and not s.declared.broken]
# An exercise's solution is the course's way to do it, so it must survive its children's death
# (the `_start` files are the flawed programs an exercise starts from).
STARTS_PROCESSES = re.compile(r"^(from|import) (multiprocessing|concurrent|dask)", re.MULTILINE)
SOLUTIONS = [
    s
    for s in discover()
    if s.path.stem.startswith("exercise_")
    and not s.path.stem.endswith("_start")
    and not s.declared.broken
    and STARTS_PROCESSES.search(s.source)
]


def test_runs_as_declared(sample: Sample, sample_method: str, run_sample, updating, request):
    """Exit status, stdout, stderr, timeout and leftovers are all as declared."""
    run = run_sample(sample, sample_method)
    if updating and sample_method == recording_method(sample, request.config.sample_methods):
        record(sample, run.stdout, run.platform)
    problems = run.problems(sample)
    assert not problems, f"{sample.id} under {sample_method}:\n" + "\n\n".join(problems)


@pytest.mark.stress
def test_prints_the_same_every_time(sample: Sample, sample_method: str, run_sample, repeat):
    """Run after run, the output does not change (``make stress``)."""
    outputs: dict[str, int] = {}
    for _ in range(repeat):
        run = run_sample(sample, sample_method)
        problems = run.problems(sample)
        assert not problems, f"{sample.id} under {sample_method}:\n" + "\n\n".join(problems)
        outputs[run.stdout] = outputs.get(run.stdout, 0) + 1
    if sample.declared.stdout_regex is None:  # declared races vary; the regex held each run
        assert len(outputs) == 1, f"{len(outputs)} different outputs in {repeat} runs: {outputs}"


@pytest.mark.parametrize("varying", VARYING, ids=[s.id for s in VARYING])
def test_a_varying_sample_shows_a_real_run_of_its_declared_shape(varying: Sample):
    """A sample whose output varies (it says why) shows one recorded run, and that run
    has the shape and bounds every run is checked against."""
    recorded = varying.out_path.read_text(encoding="utf-8")
    assert not varying.declared.shape_problems(recorded), f"{varying.out_path.name}: " + "; ".join(
        varying.declared.shape_problems(recorded)
    )


def test_ends_with_a_report_when_every_child_dies_first(
    dying: Sample, dying_method: str, dying_run
):
    """Every child the program starts (workers, servers, a pool's processes) ends at its first
    line with exit code 3, as a worker killed at its start does, under each start method: the
    program ends in the time it declares, and what it prints says so."""
    declared = dying.declared.children_die
    run = dying_run
    output = run.stdout + run.stderr
    where = f"{dying.id} under {dying_method}"
    assert not run.timed_out, (
        f"{where}: still waiting {declared['within']} s after its children died:\n{output}"
    )
    assert not run.survivors, f"{where}: left processes alive: {run.survivors}"
    assert re.search(declared["report"], output), (
        f"{where}: no {declared['report']!r} in what it printed:\n{output}"
    )


@pytest.mark.parametrize("solution", SOLUTIONS, ids=[s.id for s in SOLUTIONS])
def test_an_exercise_solution_declares_its_report_when_its_children_die(solution: Sample):
    assert solution.declared.children_die, (
        f"{solution.id}: declare children_die = {{report = ..., within = ...}} in "
        f"{solution.path.with_suffix('.toml').name}: what it prints when every child dies first"
    )
