from __future__ import annotations

import time
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from multiprocessing import Manager


def square(number: int) -> int:
    return number * number


def hold(started, gate) -> str:  # two Events from the Manager
    started.set()
    gate.wait()
    return "held"


def wait_until_running(future: Future[int]) -> None:
    # The executor marks a task running when it hands it to the workers'
    # queue, a moment after submit(); wait for that moment.
    while True:
        time.sleep(0.01)
        if future.running():
            return


def main() -> None:
    with Manager() as manager, ProcessPoolExecutor(max_workers=1) as executor:
        started, gate = manager.Event(), manager.Event()
        finished = executor.submit(square, 2)
        finished.result()
        running = executor.submit(hold, started, gate)
        started.wait()  # the only worker is inside hold() now
        waiting = [executor.submit(square, n) for n in range(3, 7)]
        wait_until_running(waiting[1])
        print("finished task, cancel():", finished.cancel())
        print("running task, cancel():", running.cancel())
        print("4 waiting tasks, cancel():", [f.cancel() for f in waiting])
        gate.set()
        print("results:", [f.result() for f in waiting if not f.cancelled()])
        try:
            waiting[-1].result()
        except CancelledError as exc:
            print("a cancelled task's result() raised", type(exc).__name__)


if __name__ == "__main__":
    main()
