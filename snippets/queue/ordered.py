"""Results in input order: tag each with its index, sort in the parent."""

import multiprocessing as mp


def square(results, index: int, number: int) -> None:
    results.put((index, number * number))


def main() -> None:
    numbers = [3, 1, 4, 1, 5]
    results = mp.Queue()
    workers = [
        mp.Process(target=square, args=(results, index, number))
        for index, number in enumerate(numbers)
    ]
    for worker in workers:
        worker.start()
    pairs = [results.get(timeout=30) for _ in workers]  # in arrival order
    for worker in workers:
        worker.join()
    pairs.sort()  # (index, value) tuples sort by index
    print("numbers:", numbers)
    print("squares:", [value for _, value in pairs])


if __name__ == "__main__":
    main()
