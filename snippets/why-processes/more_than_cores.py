"""Twice as many busy processes as CPUs: the system runs them by turns."""

import multiprocessing
import os
import pathlib
import sys
import tempfile
import time


def spinner(folder: str, busy: int) -> None:
    pathlib.Path(folder, str(os.getpid())).touch()  # check in: one file each
    # Stay busy, never sleeping, until every spinner has checked in. If a
    # CPU ran one process until it ended, the first spinners would keep
    # every CPU, the others could never start, and this loop would run
    # until the deadline.
    deadline = time.monotonic() + 5
    while len(os.listdir(folder)) < busy and time.monotonic() < deadline:
        pass
    sys.exit(0 if len(os.listdir(folder)) == busy else 1)


def main() -> None:
    cpus = os.cpu_count()
    busy = 2 * cpus
    with tempfile.TemporaryDirectory() as folder:
        spinners = [
            multiprocessing.Process(target=spinner, args=(folder, busy))
            for _ in range(busy)
        ]
        for process in spinners:
            process.start()
        for process in spinners:
            process.join()

    saw_all = sum(process.exitcode == 0 for process in spinners)
    print(f"busy processes: {busy / cpus:g} per CPU")
    print(f"still busy when the last one started: {saw_all / cpus:g} per CPU")


if __name__ == "__main__":
    main()
