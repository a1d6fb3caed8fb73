"""The exercise's program when a producer dies before it sends its STOP."""

import multiprocessing as mp
import os
import queue
import sys

STOP = None


def producer(numbers, start: int, stop: int) -> None:
    if start == 5:
        os._exit(3)  # a crash: no numbers and no STOP from this producer
    for number in range(start, stop):
        numbers.put(number)
    numbers.put(STOP)


def received(numbers, producer_count: int):
    """Each number, until every producer has sent its STOP."""
    stopped = 0
    while stopped < producer_count:
        number = numbers.get(timeout=1)  # the missing STOP: queue.Empty
        if number is STOP:
            stopped += 1
        else:
            yield number


def consumer(numbers, totals, producer_count: int) -> None:
    totals.put(sum(received(numbers, producer_count)))


def main() -> None:
    numbers, totals = mp.Queue(), mp.Queue()
    ranges = [(1, 5), (5, 8), (8, 11)]
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
        # 3 s, more than the consumer's 1: by then it has given up and ended.
        print("total of 1..10:", totals.get(timeout=3))
    except queue.Empty:
        codes = ", ".join(
            f"{process.name}={process.exitcode}" for process in processes
        )
        sys.exit(f"no total within 3 s\nexit codes: {codes}")


if __name__ == "__main__":
    main()
