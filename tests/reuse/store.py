"""Where passes are recorded: one small file per passed check, named by its key.

    .verified/passed/<key>.json     the check's id, its inputs' digests, when and how long
    .verified/coverage/<key>/       a measured sample run's coverage data, kept with its pass

The folder is gitignored: a fresh clone (and so CI) has none and runs every check. Files are
written whole and renamed into place, so xdist workers and concurrent runs never see half a
record. A check whose key is not recorded is run. A pass older than ``MAX_AGE_DAYS`` is
dropped (with its coverage data), so that a checkout in use re-verifies everything at least that
often, and the folder does not grow with the keys of inputs long gone.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / ".verified"
PASSED = STORE / "passed"
COVERAGE = STORE / "coverage"
MAX_AGE_DAYS = 30


def has_passed(key: str) -> bool:
    return (PASSED / f"{key}.json").is_file()


def record_pass(key: str, nodeid: str, inputs: dict[str, str], seconds: float) -> None:
    PASSED.mkdir(parents=True, exist_ok=True)
    record = {"id": nodeid, "inputs": inputs, "seconds": round(seconds, 3), "at": time.time()}
    tmp = PASSED / f".{key}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    tmp.replace(PASSED / f"{key}.json")


def coverage_dir(key: str) -> Path:
    """An empty folder for the coverage data of the run keyed ``key`` (emptied if it held a
    previous attempt's data: only the data of the run that passed is kept)."""
    folder = COVERAGE / key
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def prune(now: float | None = None) -> int:
    """Drop the passes older than ``MAX_AGE_DAYS``; how many were dropped."""
    oldest = (time.time() if now is None else now) - MAX_AGE_DAYS * 86400
    dropped = 0
    for record in PASSED.glob("*.json") if PASSED.is_dir() else ():
        if record.stat().st_mtime < oldest:
            record.unlink(missing_ok=True)
            shutil.rmtree(COVERAGE / record.stem, ignore_errors=True)
            dropped += 1
    return dropped
