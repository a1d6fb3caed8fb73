"""Count primes below 40 000 in four processes at once, one range each."""

import multiprocessing
import os

WORKERS = 4
LIMIT = 40_000


def count_primes(start: int, stop: int) -> int:
    """Count the primes in [start, stop) by trial division: pure CPU work."""
    count = 0
    for number in range(max(start, 2), stop):
        if all(number % divisor for divisor in range(2, int(number**0.5) + 1)):
            count += 1
    return count


def worker(index: int, barrier, results) -> None:
    start, stop = index * LIMIT // WORKERS, (index + 1) * LIMIT // WORKERS
    barrier.wait(timeout=30)  # returns only once all WORKERS processes are here
    results.put((index, start, stop, count_primes(start, stop), os.getpid()))


def main() -> None:
    barrier = multiprocessing.Barrier(WORKERS)
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=worker, args=(index, barrier, results))
        for index in range(WORKERS)
    ]
    for process in processes:
        process.start()
    reports = sorted(results.get(timeout=30) for _ in processes)
    for process in processes:
        process.join()

    for index, start, stop, count, _pid in reports:
        print(f"worker {index}: {count} primes in [{start}, {stop})")
    print("primes below", LIMIT, "=", sum(report[3] for report in reports))
    pids = {report[4] for report in reports}
    print("distinct worker processes:", len(pids))
    print("the parent did none of the counting:", os.getpid() not in pids)


if __name__ == "__main__":
    main()
