"""Catch the exception in the child and send a report to the parent."""

from __future__ import annotations

import multiprocessing
from multiprocessing.queues import Queue


def parse(text: str) -> int:
    return int(text)


def worker(text: str, reports: Queue) -> None:
    try:
        reports.put((text, "ok", parse(text)))
    except Exception as exc:  # report anything, let the parent decide
        reports.put((text, "error", type(exc).__name__))


def main() -> None:
    inputs = ["10", "x", "30"]
    reports = multiprocessing.Queue()
    children = [
        multiprocessing.Process(target=worker, args=(text, reports))
        for text in inputs
    ]
    for child in children:
        child.start()
    results = [reports.get(timeout=10) for _ in inputs]  # drain before join
    for child in children:
        child.join()
    for text, status, value in sorted(results):
        print(f"{text!r}: {status} {value}")
    print("exit codes:", [child.exitcode for child in children])


if __name__ == "__main__":
    main()
