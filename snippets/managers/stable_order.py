from multiprocessing import Manager, Process


def worker(results, index: int) -> None:
    # Each worker writes only its own slot, so the order of the finished list
    # does not depend on which worker the scheduler runs first.
    results[index] = index * index


def main() -> None:
    with Manager() as manager:
        # One slot per worker, made before any worker starts.
        results = manager.list([None] * 5)
        workers = [Process(target=worker, args=(results, i)) for i in range(5)]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        print("squares by index:", list(results))


if __name__ == "__main__":
    main()
