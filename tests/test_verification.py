"""What the site says is verified comes from the verification itself.

``make matrix`` runs every sample under every Python 3.9+ on the machine and each start method,
and records the results in ``docs/data/verification/<platform>.json``; the home page shows that
table (``tools/site_hooks.py``). These tests fail when the recorded results miss a sample that
exists, describe a sample (its program, output or declarations) as it no longer is, or record a
failure: the fix is to run ``make matrix`` (or fix the sample), never to edit the data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sample_engine.matrix import DATA, fingerprint, platform_tag
from sample_engine.samples import discover

RECORDED = sorted(DATA.glob("*.json"))


def test_this_platform_has_recorded_results():
    """``make test`` runs here: what the home page says of this platform must be on record."""
    assert (DATA / f"{platform_tag()}.json") in RECORDED, f"run `make matrix` on {platform_tag()}"


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_recorded_results_describe_every_sample_as_it_is(path: Path):
    recorded = json.loads(path.read_text(encoding="utf-8"))["samples"]
    now = {s.id: fingerprint(s) for s in discover()}
    missing = sorted(set(now) - set(recorded))
    changed = sorted(s for s in set(now) & set(recorded) if recorded[s] != now[s])
    gone = sorted(set(recorded) - set(now))
    assert not (missing or changed or gone), (
        f"{path.name} is out of date; run `make matrix`. Never recorded: {missing}; "
        f"changed since: {changed}; no longer exist: {gone}"
    )


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_every_recorded_run_passed_or_says_why_it_did_not_run(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["runs"], f"{path.name} records no Python version"
    problems = []
    for version, run in data["runs"].items():
        for sample in data["samples"]:
            outcomes = run["results"].get(sample, {})
            if sample in run["not_run"]:
                if not run["not_run"][sample].strip():
                    problems.append(f"{version} {sample}: not run, with no reason")
            elif not outcomes:
                problems.append(f"{version} {sample}: no result")
            problems += [
                f"{version} {sample}[{method}]: {outcome}"
                for method, outcome in outcomes.items()
                if outcome != "passed"
            ]
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)
