"""empty() says "nothing is here right now", not "nothing more is coming"."""

from __future__ import annotations

import multiprocessing as mp


def producer(results, go) -> None:
    go.wait()  # hold the result back until the parent has looked
    results.put("XeanYu")


def get_all(results) -> list[str]:
    """The original helper's loop: stop as soon as the queue looks empty."""
    items = []
    while not results.empty():
        items.append(results.get())
    return items


def main() -> None:
    results = mp.Queue()
    go = mp.Event()
    worker = mp.Process(target=producer, args=(results, go))
    worker.start()
    print("get_all() while the producer is still running:", get_all(results))
    go.set()
    print("get(timeout=30) after it has put its result:", results.get(timeout=30))
    worker.join()


if __name__ == "__main__":
    main()
