from __future__ import annotations

import threading
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import Manager

reports: dict[int, str] = {}  # result -> where its callback ran


def square_when_open(gate, number: int) -> int:  # gate: a Manager Event
    gate.wait()
    return number * number


def report(future: Future[int]) -> None:
    # A done callback receives the finished Future itself.
    if threading.current_thread() is threading.main_thread():
        where = "the main thread"
    else:
        where = "a thread of the executor"
    reports[future.result()] = where


def main() -> None:
    with Manager() as manager, ProcessPoolExecutor(max_workers=2) as executor:
        gate = manager.Event()
        pending = executor.submit(square_when_open, gate, 3)
        pending.add_done_callback(report)  # not done yet: called later
        gate.set()
        finished = executor.submit(square_when_open, gate, 4)
        finished.result()
        finished.add_done_callback(report)  # already done: called now
    # The with block waited for the executor's thread: both callbacks ran.
    for result in sorted(reports):
        print(f"result {result}, reported from {reports[result]}")


if __name__ == "__main__":
    main()
