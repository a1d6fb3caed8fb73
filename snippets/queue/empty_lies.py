"""empty() says "nothing is here right now", not "nothing more is coming"."""

from __future__ import annotations

import multiprocessing as mp


def run(results, name: str) -> None:
    results.put(name)


def run_later(results, name: str, go) -> None:
    go.wait()  # still working: hold the result back until the parent allows it
    results.put(name)


def get_all(results) -> list[str]:
    """The original helper's loop: stop as soon as the queue looks empty."""
    items = []
    while not results.empty():
        items.append(results.get())
    return items


def main() -> None:
    results = mp.Queue()
    go = mp.Event()
    fast = mp.Process(target=run, args=(results, "XeanYu"))
    slow = mp.Process(target=run_later, args=(results, "XY", go))
    fast.start()
    slow.start()
    fast.join()  # as in the original (one small item fits in the pipe)
    print("get_all() while one producer still runs:", get_all(results))
    go.set()
    print("the result get_all() missed:", results.get(timeout=30))
    slow.join()


if __name__ == "__main__":
    main()
