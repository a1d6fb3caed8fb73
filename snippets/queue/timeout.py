"""A worker dies without sending: get(timeout=...) raises queue.Empty."""

import multiprocessing as mp
import queue
import sys


def fragile_worker(results) -> None:
    sys.exit(3)  # stands in for a crash: the worker never calls results.put()


def main() -> None:
    results = mp.Queue()
    worker = mp.Process(target=fragile_worker, args=(results,))
    worker.start()
    try:
        print("result:", results.get(timeout=0.2))
    except queue.Empty:  # not mp.Empty: it lives in the queue module
        print("no result within 0.2 s: queue.Empty")
    worker.join()
    print("worker exit code:", worker.exitcode)


if __name__ == "__main__":
    main()
