"""Exercise solution: a party that never arrives breaks the barrier."""

import queue
import sys
from contextlib import suppress
from multiprocessing import Array, Barrier, Process, Queue
from threading import BrokenBarrierError

WORKERS = 3
FAILING = 2  # this worker dies before it reaches the barrier


def barrier_outcome(barrier) -> str:
    return "barrier broken" if barrier.broken else "passed"


def load(index: int, data, loaded, reports) -> None:
    if index == FAILING:
        sys.exit(1)  # a crash: the barrier waits for a party that never comes
    data[index] = 10 * (index + 1)
    with suppress(BrokenBarrierError):  # raised once the barrier breaks
        loaded.wait()
    reports.put((f"worker {index}", barrier_outcome(loaded)))


def main() -> None:
    data = Array("i", WORKERS)
    # Every worker and the parent; without a timeout all of them would
    # wait forever for worker 2.
    loaded = Barrier(WORKERS + 1, timeout=0.2)
    reports = Queue()
    workers = [
        Process(target=load, args=(i, data, loaded, reports))
        for i in range(WORKERS)
    ]
    for process in workers:
        process.start()
    with suppress(BrokenBarrierError):
        loaded.wait()
    print("parent:", barrier_outcome(loaded))
    try:
        # Worker 2 never reports: expect one report fewer than workers. A
        # timeout here too: another worker may die before it reports.
        arrived = [reports.get(timeout=5) for _ in range(WORKERS - 1)]
    except queue.Empty:  # only if a child died first
        codes = [process.exitcode for process in workers]
        sys.exit(f"a report is missing after 5 s; exit codes: {codes}")
    for who, outcome in sorted(arrived):
        print(f"{who}: {outcome}")
    for process in workers:
        process.join()
    print("exit codes:", [process.exitcode for process in workers])
    print("data:", data[:])


if __name__ == "__main__":
    main()
