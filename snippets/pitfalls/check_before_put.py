"""Pickle an item yourself before put(), so a failure raises in your code."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from multiprocessing.queues import Queue


def send(results: Queue, item: object) -> None:
    try:
        pickle.dumps(item)  # what put() leaves to a background thread
    except Exception as exc:  # TypeError, PicklingError, AttributeError...
        problem = f"{type(item).__name__} ({type(exc).__name__})"
        results.put(("not sent", problem))
    else:
        results.put(("sent", item))


def producer(results: Queue) -> None:
    for item in ["first", threading.Lock(), "third"]:
        send(results, item)
    results.put(None)  # "no more items"


def main() -> None:
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=producer, args=(results,))
    child.start()
    while (report := results.get(timeout=10)) is not None:
        status, detail = report
        print(f"{status}: {detail}")
    child.join()


if __name__ == "__main__":
    main()
