"""Three busy processes on one CPU: the OS runs them by turns."""

import multiprocessing
import os
import time

BUSY = 3


def spinner(cpu: int, arrived, results) -> None:
    os.sched_setaffinity(0, {cpu})  # Linux: run on this one CPU only
    with arrived.get_lock():
        arrived.value += 1
    # Busy-wait, never sleeping, until every spinner has arrived. If a
    # process had to end before the next one could run on the CPU, this
    # loop would spin until the deadline.
    deadline = time.monotonic() + 5
    while arrived.value < BUSY and time.monotonic() < deadline:
        pass
    results.put((arrived.value, len(os.sched_getaffinity(0))))


def main() -> None:
    cpu = min(os.sched_getaffinity(0))  # one of the CPUs we may use
    arrived = multiprocessing.Value("i", 0)
    results = multiprocessing.Queue()
    spinners = [
        multiprocessing.Process(target=spinner, args=(cpu, arrived, results))
        for _ in range(BUSY)
    ]
    for process in spinners:
        process.start()
    reports = [results.get(timeout=30) for _ in spinners]
    for process in spinners:
        process.join()

    print("busy processes:", BUSY)
    print("CPUs each one may run on:", sorted({cpus for _, cpus in reports}))
    print("arrivals each spinner saw:", [seen for seen, _ in reports])


if __name__ == "__main__":
    main()
