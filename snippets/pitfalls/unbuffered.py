"""-u does not reach spawn and forkserver children; PYTHONUNBUFFERED does."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing
import os

def work(method):
    print(f"printed under {method}")  # no flush=True
    os._exit(0)  # ends at once, as a crash would: nothing is flushed

if __name__ == "__main__":
    for method in ("fork", "forkserver", "spawn"):
        if method in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context(method)
            child = context.Process(target=work, args=(method,))
            child.start()
            child.join()
"""


def start(script: Path, option: str, variable: str) -> subprocess.Popen:
    """Run `python [option] script`, with PYTHONUNBUFFERED set or not."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if variable:
        env["PYTHONUNBUFFERED"] = variable
    command = [sys.executable, *option.split(), str(script)]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, text=True
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "program.py")
        script.write_text(PROGRAM)
        runs = [  # both at once: each one takes a moment
            start(script, "-u", variable=""),
            start(script, "", variable="1"),
        ]
        outputs = [run.communicate(timeout=60)[0] for run in runs]
    print(f"{'':12}{'python -u':12}PYTHONUNBUFFERED=1")
    available = multiprocessing.get_all_start_methods()  # Windows: spawn
    methods = [m for m in ("fork", "forkserver", "spawn") if m in available]
    for method in methods:
        line = f"printed under {method}"
        seen = ["printed" if line in output else "lost" for output in outputs]
        print(f"{method:12}{seen[0]:12}{seen[1]}")


if __name__ == "__main__":
    main()
