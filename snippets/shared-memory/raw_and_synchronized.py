from multiprocessing import Process
from multiprocessing.sharedctypes import RawArray, RawValue, synchronized


def fill(squares, index: int) -> None:
    # Each worker writes only its own slot: nothing to race on, no lock.
    squares[index] = index * index


def count(counter, times: int) -> None:
    for _ in range(times):
        with counter.get_lock():  # `+=` reads, adds and writes: lock it
            counter.value += 1


def run_all(workers: list) -> None:
    for process in workers:
        process.start()
    for process in workers:
        process.join()


def main() -> None:
    squares = RawArray("d", 3)  # three C doubles in shared memory, no lock
    run_all([Process(target=fill, args=(squares, i)) for i in range(3)])
    print("RawArray gives a", type(squares).__name__, list(squares))

    counter = synchronized(RawValue("i", 0))  # wrap a raw int with a lock
    run_all([Process(target=count, args=(counter, 500)) for _ in range(2)])
    print("synchronized() gives a", type(counter).__name__, counter.value)


if __name__ == "__main__":
    main()
