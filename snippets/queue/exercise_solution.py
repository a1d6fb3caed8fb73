"""Exercise solution: producers, one consumer process, a total sent back."""

import multiprocessing as mp
import queue
import sys

STOP = None


def producer(numbers, start: int, stop: int) -> None:
    for number in range(start, stop):
        numbers.put(number)
    numbers.put(STOP)


def consumer(numbers, totals, producer_count: int) -> None:
    total = 0
    stopped = 0
    while stopped < producer_count:  # not `while not numbers.empty()`
        number = numbers.get(timeout=10)
        if number is STOP:
            stopped += 1
        else:
            total += number
    totals.put(total)


def main() -> None:
    numbers, totals = mp.Queue(), mp.Queue()
    ranges = [(1, 5), (5, 8), (8, 11)]  # 1..10 split unevenly
    producers = [
        mp.Process(target=producer, args=(numbers, *span)) for span in ranges
    ]
    summer = mp.Process(
        target=consumer, args=(numbers, totals, len(producers))
    )
    processes = [*producers, summer]
    for process in processes:
        process.start()
    try:
        # 30 s, more than the consumer's 10: if it gave up, it has ended.
        total = totals.get(timeout=30)  # drain before joining
    except queue.Empty:  # only if a child died first
        # Say which process failed, rather than a bare queue.Empty.
        codes = ", ".join(
            f"{process.name}={process.exitcode}" for process in processes
        )
        sys.exit(f"no total within 30 s; exit codes: {codes}")
    for process in processes:
        process.join()
    print("total of 1..10:", total)


if __name__ == "__main__":
    main()
