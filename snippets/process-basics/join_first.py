"""The same program, joined: the parent learns how its child ended."""

import sys
from multiprocessing import Process


def convert(filename: str) -> None:
    raise ValueError(f"cannot convert {filename}")  # stands in for any bug


def main() -> None:
    worker = Process(target=convert, args=("report.txt",))
    worker.start()
    worker.join()  # wait until the child has ended ...
    if worker.exitcode != 0:  # ... then ask how it ended
        print(f"{worker.name} failed with exit code {worker.exitcode}")
        sys.exit(1)  # so that whoever runs this program sees the failure


if __name__ == "__main__":
    main()
