import multiprocessing
from multiprocessing import Manager, Process


def worker(numbers, number: int) -> None:
    # `numbers` is a proxy: append() sends a message to the manager process,
    # which runs list.append on the one real list it holds.
    numbers.append(number)


def main() -> None:
    with Manager() as manager:
        numbers = manager.list()
        print("numbers is a", type(numbers).__name__)
        running = [child.name for child in multiprocessing.active_children()]
        print("children before the workers start:", running)

        workers = [Process(target=worker, args=(numbers, i)) for i in range(5)]
        for process in workers:
            process.start()
        for process in workers:
            process.join()

        snapshot = list(numbers)  # one request: a plain copy of the real list
        print("snapshot is a", type(snapshot).__name__)
        print("values, sorted:", sorted(snapshot))
    # Leaving the block called manager.shutdown(): the server process is gone.
    print("children after the with block:", multiprocessing.active_children())


if __name__ == "__main__":
    main()
