"""Every sample in ``snippets/`` is a real program that does what its page shows.

Each sample runs once per start method in a fresh interpreter (see
``sample_engine``); the ids read ``<page>/<name>.py[<method>]``.
"""

from __future__ import annotations

import pytest

from sample_engine.plugin import record, recording_method
from sample_engine.samples import Sample, discover

VARYING = [s for s in discover() if s.varies and not s.declared.broken]


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
