"""The same program run from a file and typed in (as in the REPL)."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing

def work():
    print("work() ran in the child")

if __name__ == "__main__":
    child = multiprocessing.get_context("spawn").Process(target=work)
    child.start()
    child.join()
    print("exitcode:", child.exitcode)
"""


def report(how: str, command: list[str]) -> None:
    result = subprocess.run(
        command, check=True, capture_output=True, text=True, timeout=60
    )
    print(how)
    for line in result.stdout.splitlines():
        print("   ", line)
    errors = re.findall(r"^(\w+Error)", result.stderr, re.MULTILINE)
    print("    errors on stderr:", errors)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "program.py")
        script.write_text(PROGRAM)
        command = [sys.executable, str(script)]
        report("from a file (python program.py):", command)
    # With -c, as in the REPL, __main__ has no file that a child could import.
    report("typed in (python -c PROGRAM):", [sys.executable, "-c", PROGRAM])


if __name__ == "__main__":
    main()
