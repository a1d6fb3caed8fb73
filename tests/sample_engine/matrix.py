"""``make matrix``: the samples under every Python 3.9+ on this machine.

Runs ``tests/test_samples.py`` once per interpreter found (``python3.X`` on
PATH, or under ``pyenv root``), with ``--sample-python``: pytest and the tools
stay on this interpreter, only the samples run on the other one. Prints a
version x start method table and exits non-zero if any run failed.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = [f"3.{minor}" for minor in range(9, 15)]
METHODS = ("fork", "spawn", "forkserver")
_ID = re.compile(r"\[(?P<sample>.+)\[(?P<method>\w+)\]\]$")


def find_interpreter(version: str) -> str | None:
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def run_version(python: str) -> tuple[Counter, Counter, list[str]]:
    passed, total, failures = Counter(), Counter(), []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "tests/test_samples.py",
                "-q",
                "-n",
                "auto",
                f"--sample-python={python}",
                f"--junitxml={report}",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        for case in ET.parse(report).iter("testcase"):
            found = _ID.search(case.get("name", ""))
            if not found:
                continue
            method = found["method"]
            total[method] += 1
            if case.find("failure") is None and case.find("error") is None:
                passed[method] += 1
            else:
                failures.append(f"{found['sample']}[{method}]")
    return passed, total, failures


def main() -> int:
    columns = [*METHODS, "own"]
    print(f"{'Python':<16}" + "".join(f"{m:>13}" for m in columns))
    failed = False
    for version in VERSIONS:
        python = find_interpreter(version)
        if python is None:
            print(f"{version:<16}" + "not installed".rjust(13))
            continue
        passed, total, failures = run_version(python)
        cells = [f"{passed[m]}/{total[m]}" if total[m] else "-" for m in columns]
        print(f"{version:<16}" + "".join(f"{c:>13}" for c in cells), flush=True)
        if failures or not sum(total.values()):
            failed = True
            print("    failed: " + (", ".join(failures) or "no test ran"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
