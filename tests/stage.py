"""Run one stage of ``make test`` and record its wall and CPU seconds for the summary table.

    python tests/stage.py NAME -- COMMAND [ARG ...]

CPU seconds are the user and system time of the command and all its descendants
(``RUSAGE_CHILDREN``): the sample runs, the browser, the build. On Linux this process is a child
subreaper, so that descendants whose parent ended first (a sample's fork server and resource
tracker, the browser's helpers) are reaped here and counted too, not by init. Exits with the
command's status.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

STAGES = Path(__file__).resolve().parents[1] / ".test-stages.tsv"


PR_SET_CHILD_SUBREAPER = 36  # <linux/prctl.h>
# How long orphans may take to end once the command has: a fork server notices at once.
ORPHANS_GRACE_SECONDS = 5.0


def become_subreaper() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def reap_orphans() -> None:
    """Wait for the descendants that were reparented here, until none is left or the grace ends."""
    deadline = time.monotonic() + ORPHANS_GRACE_SECONDS
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # none left
        if pid == 0:
            time.sleep(0.05)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    name, separator, *command = argv
    if separator != "--" or not command:
        raise SystemExit(__doc__)
    print(" ".join(command), flush=True)
    subreaper = become_subreaper()
    started, cpu = time.monotonic(), cpu_seconds()
    status = subprocess.call(command)
    if subreaper:
        with contextlib.suppress(OSError):
            reap_orphans()
    wall, cpu = time.monotonic() - started, cpu_seconds() - cpu
    if status == 0:
        with STAGES.open("a", encoding="utf-8") as stages:
            stages.write(f"{name}\t{wall:.2f}\t{cpu:.2f}\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
