"""Count the primes below 40 000 in four processes, one range each."""

import multiprocessing
import os

WORKERS = 4
LIMIT = 40_000


def count_primes(start: int, stop: int) -> int:
    """Count the primes in [start, stop) by trial division: pure CPU work."""
    count = 0
    for number in range(max(start, 2), stop):
        if all(number % d for d in range(2, int(number**0.5) + 1)):
            count += 1
    return count


def worker(index: int, results) -> None:
    start, stop = index * LIMIT // WORKERS, (index + 1) * LIMIT // WORKERS
    results.put((index, start, stop, count_primes(start, stop), os.getpid()))


def main() -> None:
    results = multiprocessing.Queue()  # carries the answers back
    processes = [
        multiprocessing.Process(target=worker, args=(index, results))
        for index in range(WORKERS)
    ]
    for process in processes:
        process.start()  # from here on, all four count at the same time
    reports = sorted(results.get(timeout=30) for _ in processes)
    for process in processes:
        process.join()

    for index, start, stop, count, _pid in reports:
        print(f"worker {index}: {count} primes in [{start}, {stop})")
    print("primes below", LIMIT, "=", sum(report[3] for report in reports))
    pids = {report[4] for report in reports}
    print("processes that counted:", len(pids))
    print("of them, the main process:", len(pids & {os.getpid()}))


if __name__ == "__main__":
    main()
