"""Automatic names: one counter for every Process class, and a child's
children are numbered below it."""

import multiprocessing
from multiprocessing import Process


class Worker(Process):
    """A subclass that adds nothing: only the class name in its name."""


def report(names) -> None:
    names.put(multiprocessing.current_process().name)


def start_one_and_report(names) -> None:
    grandchild = Process(target=report, args=(names,))
    grandchild.start()
    grandchild.join()
    report(names)


def main() -> None:
    names = multiprocessing.Queue()
    children = [
        Process(target=start_one_and_report, args=(names,)),
        Worker(target=report, args=(names,)),
        Process(target=report, args=(names,), name="downloader"),
        Process(target=report, args=(names,)),
    ]
    print("created:", [child.name for child in children])
    for child in children:
        child.start()
    reported = sorted(names.get(timeout=10) for _ in range(5))
    for child in children:
        child.join()
    print("inside: ", reported)


if __name__ == "__main__":
    main()
