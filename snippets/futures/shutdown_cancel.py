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
    outcomes: list[int | str] = []
    with Manager() as manager, ProcessPoolExecutor(max_workers=1) as executor:
        started, gate = manager.Event(), manager.Event()
        executor.submit(hold, started, gate)
        started.wait()  # the only worker is inside hold() now
        waiting = [executor.submit(square, n) for n in range(2, 8)]
        wait_until_running(waiting[1])
        # Python 3.9+: cancel every task not running yet; do not wait.
        executor.shutdown(wait=False, cancel_futures=True)
        gate.set()
        for future in waiting:
            try:
                outcomes.append(future.result())
            except CancelledError:
                outcomes.append("cancelled")
    print("outcomes:", outcomes)
    print("cancelled:", outcomes.count("cancelled"), "of", len(waiting))


if __name__ == "__main__":
    main()
