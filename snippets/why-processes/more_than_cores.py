"""Run one more CPU-busy process than there are CPUs; none waits for another to end."""

import multiprocessing
import os
import time


def spinner(arrived, total: int, results) -> None:
    with arrived.get_lock():
        arrived.value += 1
    # Busy-wait: this process never sleeps and never ends on its own until
    # every other spinner has started. The deadline only guards against a hang.
    deadline = time.monotonic() + 10
    while arrived.value < total and time.monotonic() < deadline:
        pass
    results.put(arrived.value == total)


def main() -> None:
    cpus = os.cpu_count() or 1
    total = cpus + 1
    arrived = multiprocessing.Value("i", 0)
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=spinner, args=(arrived, total, results))
        for _ in range(total)
    ]
    for process in processes:
        process.start()
    saw_everyone = [results.get(timeout=30) for _ in processes]
    for process in processes:
        process.join()

    print("more busy processes than CPUs:", total > cpus)
    print("each one saw all the others start before it ended:", all(saw_everyone))
    print("exit codes all 0:", all(process.exitcode == 0 for process in processes))


if __name__ == "__main__":
    main()
