"""A Value carries its own lock: take it with get_lock() around the update."""

from multiprocessing import Process, RawValue, Value

WORKERS = 4
ADDS = 10_000


def add_many(counter) -> None:
    for _ in range(ADDS):
        with counter.get_lock():  # the lock that guards this very Value
            counter.value += 1


def main() -> None:
    counter = Value("i", 0)
    print(f"counter.get_lock() is a: {type(counter.get_lock()).__name__}")
    workers = [
        Process(target=add_many, args=(counter,)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"updates lost: {WORKERS * ADDS - counter.value}")

    # Without a lock you get the bare ctypes number, with no get_lock().
    print(f'Value("i", 0) is a: {type(counter).__name__}')
    unlocked = Value("i", 0, lock=False)
    print(f'Value("i", 0, lock=False) is a: {type(unlocked).__name__}')
    print(f'RawValue("i", 0) is a: {type(RawValue("i", 0)).__name__}')


if __name__ == "__main__":
    main()
