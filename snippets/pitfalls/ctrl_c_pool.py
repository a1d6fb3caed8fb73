"""Ctrl-C with a pool: the workers ignore SIGINT, the parent decides."""

from __future__ import annotations

import multiprocessing
import signal
from multiprocessing.context import SpawnContext


def ignore_sigint() -> None:
    # Ctrl-C reaches every process of the terminal's foreground group.
    # Workers ignore it, so only the parent gets a KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def square(number: int) -> int:
    return number * number


def run_batch(
    context: SpawnContext, numbers: list[int], simulate_ctrl_c: bool
) -> None:
    pool = context.Pool(2, initializer=ignore_sigint)
    try:
        pending = pool.map_async(square, numbers)
        if simulate_ctrl_c:
            raise KeyboardInterrupt  # what Ctrl-C now raises in the parent
        print("results:", pending.get(timeout=10))
        pool.close()  # no more tasks: the workers finish and exit
    except KeyboardInterrupt:
        print("KeyboardInterrupt: terminating the workers")
        pool.terminate()  # stop now; unfinished tasks are dropped
    finally:
        pool.join()  # either way, wait until every worker has exited


def main() -> None:
    # spawn: under fork, Python 3.12+ may warn when a busy pool is terminated.
    context = multiprocessing.get_context("spawn")
    run_batch(context, [1, 2, 3, 4], simulate_ctrl_c=False)
    run_batch(context, [5, 6, 7, 8], simulate_ctrl_c=True)
    print("the parent carries on")


if __name__ == "__main__":
    main()
