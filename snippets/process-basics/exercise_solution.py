"""Exercise solution: start all, join all, and fail loudly if one failed."""

import sys
from multiprocessing import Process


def convert(filename: str) -> None:
    if filename == "broken.txt":
        raise ValueError(f"cannot convert {filename}")
    # the real conversion would go here


def main() -> None:
    workers = [
        # (filename,) with the comma: args must be a tuple
        Process(target=convert, args=(filename,), name=f"convert {filename}")
        for filename in ["a.txt", "broken.txt", "c.txt"]
    ]
    for worker in workers:
        worker.start()  # all three run at the same time ...
    for worker in workers:
        worker.join()  # ... and the parent waits for each in turn
        print(f"{worker.name}: exit code {worker.exitcode}")
    failed = [worker.name for worker in workers if worker.exitcode != 0]
    if failed:
        print("failed:", ", ".join(failed))
        sys.exit(1)  # a failed child fails the program too


if __name__ == "__main__":
    main()
