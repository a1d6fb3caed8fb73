"""A global changed in main() before start(): which children see the change?"""

from __future__ import annotations

import multiprocessing
from multiprocessing.queues import Queue

CONFIG = {"mode": "set at import"}


def report(results: Queue) -> None:
    results.put(CONFIG["mode"])


def seen_by_child(method: str) -> str:
    context = multiprocessing.get_context(method)
    results = context.Queue()
    child = context.Process(target=report, args=(results,))
    child.start()
    seen = results.get(timeout=10)
    child.join()
    return seen


def main() -> None:
    CONFIG["mode"] = "changed in main()"
    # fork and forkserver exist only on POSIX; Windows has spawn alone.
    available = multiprocessing.get_all_start_methods()
    for method in ("fork", "forkserver", "spawn"):
        if method in available:
            print(f"{method:>10} child sees: {seen_by_child(method)}")


if __name__ == "__main__":
    main()
