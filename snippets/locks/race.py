"""Four processes add 1 to one shared counter, with no lock around it."""

from multiprocessing import Process, Value

WORKERS = 4
ADDS = 10_000


def add_many(counter) -> None:
    for _ in range(ADDS):
        counter.value += 1  # a read, then a write: room for another process


def main() -> None:
    counter = Value("i", 0)
    workers = [
        Process(target=add_many, args=(counter,)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    additions = WORKERS * ADDS
    print(f"additions made: {additions}")
    print(f"counter:        {counter.value}")
    print(f"updates lost:   {additions - counter.value}")


if __name__ == "__main__":
    main()
