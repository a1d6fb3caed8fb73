"""empty() says "nothing is here right now", not "nothing more is coming"."""

from __future__ import annotations

import multiprocessing as mp


def run(results, name: str) -> None:
    results.put(name)


def run_later(results, name: str, go) -> None:
    go.get(timeout=30)  # still working: wait until the parent says go
    results.put(name)


def get_all(results) -> list[str]:
    """The original helper's loop: stop as soon as the queue looks empty."""
    items = []
    while not results.empty():
        items.append(results.get())
    return items


def main() -> None:
    results = mp.Queue()
    go = mp.Queue()  # a second queue, to tell the slow producer to finish
    fast = mp.Process(target=run, args=(results, "XeanYu"))
    slow = mp.Process(target=run_later, args=(results, "XY", go))
    fast.start()
    slow.start()
    fast.join()  # as in the original (one small item fits in the pipe)
    print("get_all() while one producer still runs:", get_all(results))
    go.put("go")
    print("the result get_all() missed:", results.get(timeout=30))
    slow.join()


if __name__ == "__main__":
    main()
