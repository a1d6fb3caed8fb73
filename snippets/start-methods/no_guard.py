"""Runs a program that has no `if __name__ == "__main__":` guard."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

UNGUARDED = """\
import multiprocessing

def work():
    print("work() ran")

print("module code runs in", multiprocessing.current_process().name)
child = multiprocessing.get_context("spawn").Process(target=work)
child.start()
child.join()
print("exitcode:", child.exitcode)
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "unguarded.py")
        script.write_text(UNGUARDED)
        result = subprocess.run(
            [sys.executable, str(script)],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
    print("its output:")
    for line in result.stdout.splitlines():
        print("   ", line)
    errors = re.findall(r"^(\w+Error)", result.stderr, re.MULTILINE)
    print("errors on its stderr:", errors)


if __name__ == "__main__":
    main()
