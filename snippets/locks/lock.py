"""The same four processes, now taking a Lock around each read and write."""

from multiprocessing import Lock, Process, RawValue

WORKERS = 4
ADDS = 10_000


def add_many(counter, lock) -> None:
    for _ in range(ADDS):
        with lock:  # acquire() here, release() at the end, even on an error
            counter.value += 1


def main() -> None:
    counter = RawValue("i", 0)  # shared memory with no lock of its own
    lock = Lock()
    workers = [
        Process(target=add_many, args=(counter, lock)) for _ in range(WORKERS)
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
