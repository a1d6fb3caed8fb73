"""Automatic names: one counter for every Process class, and a child's
children are numbered below it."""

import multiprocessing
from multiprocessing import Process


class Worker(Process):
    """A subclass that adds nothing: only the class name in its name."""


def report() -> None:
    print("  inside:", multiprocessing.current_process().name)


def start_one_and_report() -> None:
    grandchild = Process(target=report)
    grandchild.start()
    grandchild.join()
    report()


def main() -> None:
    children = [
        Process(target=start_one_and_report),
        Worker(target=report),
        Process(target=report, name="downloader"),
        Process(target=report),
    ]
    print("created:", [child.name for child in children])
    for child in children:
        child.start()
        child.join()  # one at a time, so their lines come out in this order


if __name__ == "__main__":
    main()
