"""Exercise solution: the longest Collatz sequence below 10 000."""

import multiprocessing

WORKERS = 4
LIMIT = 10_000


def collatz_steps(number: int) -> int:
    """Steps to reach 1 by n -> n / 2 (even) or 3n + 1 (odd)."""
    steps = 0
    while number != 1:
        number = number // 2 if number % 2 == 0 else 3 * number + 1
        steps += 1
    return steps


def worker(index: int, results) -> None:
    start = max(1, index * LIMIT // WORKERS)
    stop = (index + 1) * LIMIT // WORKERS
    best = max((collatz_steps(n), n) for n in range(start, stop))
    # A global set here stays in this process: send the answer.
    results.put((index, start, stop, best))


def main() -> None:
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=worker, args=(index, results))
        for index in range(WORKERS)
    ]
    for process in processes:
        process.start()
    reports = sorted(results.get(timeout=30) for _ in processes)
    for process in processes:
        process.join()

    for _index, start, stop, (steps, number) in reports:
        print(f"[{start}, {stop}): {number} takes {steps} steps")
    steps, number = max(report[3] for report in reports)
    print(f"longest below {LIMIT}: {number} ({steps} steps)")


if __name__ == "__main__":
    main()
