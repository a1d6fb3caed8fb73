"""``make matrix``: the samples under every Python 3.9+ on this machine, recorded as data.

    python tests/sample_engine/matrix.py                  # every Python found: run, record, print
    python tests/sample_engine/matrix.py --python PATH    # one interpreter (what CI runs per job)
    python tests/sample_engine/matrix.py --print          # the recorded table only

For each interpreter (``python3.X`` on PATH, or under ``pyenv root``), a virtual environment
``.venv-samples/<version>/`` gets what the samples need beyond the standard library
(``snippets/requirements.txt``); then ``tests/test_samples.py`` runs with ``--sample-python``
pointing at it: pytest and the tools stay on this interpreter, only the samples run on the other
one. A sample that a version cannot run (its ``requires`` do not install there) is recorded as
not run, with the reason; a sample not meant for this platform (``not_on``) likewise.

The results are written to ``docs/data/verification/<platform>.json`` (one file per platform:
``linux-x86_64``, ``darwin-arm64``, ``win32-amd64``...), merged with the versions recorded there
before. The home page shows them (``tools/site_hooks.py``), and ``tests/test_verification.py``
fails when they miss a sample that exists, record one whose file has changed since, or record a
failure. Exits non-zero if any run failed.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from sample_engine.samples import SNIPPETS, START_METHODS, Sample, discover  # noqa: E402

VERSIONS = [f"3.{minor}" for minor in range(9, 15)]
METHODS = (*START_METHODS, "own")
DATA = ROOT / "docs" / "data" / "verification"
SAMPLE_VENVS = ROOT / ".venv-samples"
REQUIREMENTS = SNIPPETS / "requirements.txt"
_ID = re.compile(r"\[(?P<sample>.+)\[(?P<method>\w+)\]\]$")


def platform_tag() -> str:
    return f"{sys.platform}-{platform.machine().lower()}"


def fingerprint(sample: Sample) -> str:
    """What a recorded result is a result of: the program and everything it declares."""
    digest = hashlib.sha256()
    for path in (sample.path, sample.out_path, sample.err_path, sample.path.with_suffix(".toml")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:16]


def find_interpreter(version: str) -> str | None:
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        if version_of(candidate) == version:
            return candidate
    return None


def version_of(python: str, full: bool = False) -> str | None:
    probe = subprocess.run(
        [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode:
        return None
    found = probe.stdout.strip()
    return found if full else found.rsplit(".", 1)[0]


def sample_venv(python: str, version: str) -> tuple[str, str]:
    """An interpreter of ``version`` with the samples' requirements, and how that went."""
    venv = SAMPLE_VENVS / version
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    venv_python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    stamp = venv / ".installed"
    if stamp.is_file() and stamp.read_text() == REQUIREMENTS.read_text():
        return str(venv_python), "installed"
    if not venv_python.exists():
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
    done = subprocess.run(
        [str(venv_python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        why = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
        return str(venv_python), f"pip install -r snippets/requirements.txt failed: {why}"
    stamp.write_text(REQUIREMENTS.read_text())
    return str(venv_python), "installed"


def run_version(python: str, *, full: bool = False) -> dict:
    """Run every sample under ``python``; its results by sample and method.

    A run whose inputs (the sample and its sidecars, the method, this interpreter, the engine)
    are those of a recorded pass is not run again (``reuse``): it is recorded as passed, and
    counted in ``"reused"``. ``full`` runs them all.
    """
    results: dict[str, dict[str, str]] = {}
    not_run: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        reused_report = Path(tmp) / "reused.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "tests/test_samples.py::test_runs_as_declared",
                "-q",
                "-n",
                "auto",
                "-p",
                "no:randomly",
                f"--sample-python={python}",
                "--missing-requires=skip",
                f"--junitxml={report}",
                f"--reuse-report={reused_report}",
                *(["--full"] if full else []),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        for case in ET.parse(report).iter("testcase"):
            found = _ID.search(case.get("name", ""))
            if not found:
                continue
            skipped = case.find("skipped")
            if skipped is not None:
                not_run[found["sample"]] = skipped.get("message", "").removeprefix("cannot run: ")
                continue
            failed = case.find("failure") is not None or case.find("error") is not None
            results.setdefault(found["sample"], {})[found["method"]] = (
                "failed" if failed else "passed"
            )
        ran = sum(len(r) for r in results.values())
        reused = json.loads(reused_report.read_text()) if reused_report.is_file() else []
        for nodeid in reused:
            found = _ID.search(nodeid)
            if found:
                results.setdefault(found["sample"], {})[found["method"]] = "passed"
    # In a fixed order (not the order the runs ended in): a re-recording changes only what changed.
    results = {
        sample: {m: results[sample][m] for m in METHODS if m in results[sample]}
        for sample in sorted(results)
    }
    not_run = dict(sorted(not_run.items()))
    return {"results": results, "not_run": not_run, "ran": ran, "reused": len(reused)}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def record(path: Path, runs: dict[str, dict]) -> dict:
    """Merge ``runs`` (full version -> results) into the platform's data file."""
    data = load(path)
    data.update(
        {
            "platform": platform_tag(),
            "os": f"{platform.system()} {platform.release()}",
            "recorded": datetime.date.today().isoformat(),
            "samples": {s.id: fingerprint(s) for s in discover()},
        }
    )
    recorded = data.setdefault("runs", {})
    for version, run in runs.items():
        # A newer patch release of the same minor version replaces the older one.
        minor = version.rsplit(".", 1)[0]
        for old in [v for v in recorded if v.rsplit(".", 1)[0] == minor]:
            del recorded[old]
        recorded[version] = run
    data["runs"] = dict(sorted(recorded.items(), key=lambda kv: tuple(map(int, kv[0].split(".")))))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return data


def summary(run: dict) -> dict[str, str]:
    """``{"fork": "87/87", ...}`` for one version."""
    cells = {}
    for method in METHODS:
        outcomes = [r[method] for r in run["results"].values() if method in r]
        if outcomes:
            cells[method] = f"{outcomes.count('passed')}/{len(outcomes)}"
    return cells


def table(data: dict) -> str:
    lines = [f"{data.get('platform', '?')}, recorded {data.get('recorded', '?')}"]
    lines.append(f"{'Python':<10}" + "".join(f"{m:>12}" for m in METHODS) + "   not run")
    for version, run in data.get("runs", {}).items():
        cells = summary(run)
        lines.append(
            f"{version:<10}"
            + "".join(f"{cells.get(m, '-'):>12}" for m in METHODS)
            + f"   {len(run['not_run'])}"
        )
        lines += [f"    not run: {s}: {why}" for s, why in sorted(run["not_run"].items())]
        failed = [
            f"{s}[{m}]" for s, r in run["results"].items() for m, o in r.items() if o != "passed"
        ]
        lines += [f"    FAILED: {', '.join(failed)}"] if failed else []
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", help="one interpreter to run the samples under")
    parser.add_argument("--out", type=Path, help="the data file (default: per platform)")
    parser.add_argument("--print", action="store_true", help="print the recorded table only")
    parser.add_argument("--full", action="store_true", help="run every sample; reuse no pass")
    args = parser.parse_args(argv)
    path = args.out or DATA / f"{platform_tag()}.json"
    if args.print:
        print(table(load(path)))
        return 0
    interpreters = (
        [args.python] if args.python else list(filter(None, map(find_interpreter, VERSIONS)))
    )
    runs, failed = {}, False
    for python in interpreters:
        version = version_of(python, full=True)
        if version is None:
            print(f"{python}: does not run", file=sys.stderr)
            failed = True
            continue
        runner, install = sample_venv(python, version.rsplit(".", 1)[0])
        print(f"Python {version}: {install}; running the samples ...", flush=True)
        run = run_version(runner, full=args.full)
        print(f"  ran {run.pop('ran')} sample runs, reused {run.pop('reused')} recorded passes")
        runs[version] = run
        results = run["results"]
        failed |= not results or any(o != "passed" for r in results.values() for o in r.values())
    data = record(path, runs)
    print(table(data))
    print(f"recorded in {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
