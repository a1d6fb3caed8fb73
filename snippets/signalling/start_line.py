"""Exercise solution: the parent is one more party of the Barrier."""

from multiprocessing import Array, Barrier, Process

WORKERS = 3


def load(index: int, data, loaded) -> None:
    data[index] = 10 * (index + 1)  # "load" this worker's part of the data
    loaded.wait(timeout=5)  # the parent waits at this same barrier
    # ... the worker could go on with more work here


def main() -> None:
    data = Array("i", WORKERS)  # all 0: a slot still at 0 is not loaded
    loaded = Barrier(WORKERS + 1)  # every worker, and the parent
    workers = [
        Process(target=load, args=(i, data, loaded)) for i in range(WORKERS)
    ]
    for process in workers:
        process.start()
    loaded.wait(timeout=5)  # passes once every worker has filled its slot
    filled = sum(1 for value in data[:] if value != 0)
    print(f"slots filled when the parent read: {filled} of {WORKERS}")
    print(f"data: {data[:]}")
    for process in workers:
        process.join()


if __name__ == "__main__":
    main()
