"""Run one stage of ``make test`` and record its wall and CPU seconds for the summary table.

    python tests/stage.py NAME -- COMMAND [ARG ...]

CPU seconds are the user and system time of the command and every descendant it waited for
(``RUSAGE_CHILDREN``): the sample runs, the browser, the build. Exits with the command's status.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

STAGES = Path(__file__).resolve().parents[1] / ".test-stages.tsv"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    name, separator, *command = argv
    if separator != "--" or not command:
        raise SystemExit(__doc__)
    print(" ".join(command), flush=True)
    started, cpu = time.monotonic(), cpu_seconds()
    status = subprocess.call(command)
    wall, cpu = time.monotonic() - started, cpu_seconds() - cpu
    if status == 0:
        with STAGES.open("a", encoding="utf-8") as stages:
            stages.write(f"{name}\t{wall:.2f}\t{cpu:.2f}\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
