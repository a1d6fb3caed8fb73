"""An object the queue cannot pickle is dropped by the feeder thread."""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.queues import Queue


def producer(results: Queue) -> None:
    results.put("first")
    results.put(threading.Lock())  # returns at once: pickling happens later
    results.put("third")
    results.put(None)  # "no more items"
    results.close()
    results.join_thread()  # wait until the feeder thread has handled all


def main() -> None:
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=producer, args=(results,))
    child.start()
    received = []
    while (item := results.get(timeout=10)) is not None:
        received.append(item)
    child.join()
    print("received:", received)
    print("producer exitcode:", child.exitcode)


if __name__ == "__main__":
    main()
