"""os.register_at_fork(): functions that run around os.fork()."""

from __future__ import annotations

import multiprocessing
import os
from functools import partial
from multiprocessing.queues import Queue

EVENTS: list[str] = []  # what the fork hooks recorded in this process


def record(event: str) -> None:
    EVENTS.append(event)


def report(results: Queue) -> None:
    results.put(list(EVENTS))


def hooks_that_ran(method: str) -> tuple[list[str], list[str]]:
    EVENTS.clear()
    context = multiprocessing.get_context(method)
    results = context.Queue()
    child = context.Process(target=report, args=(results,))
    child.start()
    in_child = results.get(timeout=10)
    child.join()
    return list(EVENTS), in_child


def main() -> None:
    # POSIX only, Python 3.7+. Registered here, in the main process only.
    os.register_at_fork(
        before=partial(record, "before"),
        after_in_parent=partial(record, "after_in_parent"),
        after_in_child=partial(record, "after_in_child"),
    )
    for method in ("fork", "forkserver", "spawn"):
        in_parent, in_child = hooks_that_ran(method)
        print(f"{method}:")
        print("    parent:", in_parent)
        print("    child: ", in_child)


if __name__ == "__main__":
    main()
