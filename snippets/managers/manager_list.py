from multiprocessing import Manager, Process


def worker(numbers, number: int) -> None:
    numbers.append(number)  # a request to the manager's process


def main() -> None:
    # Manager() starts a server process; the `with` block shuts it down.
    with Manager() as manager:
        numbers = manager.list()  # the real list lives in that process
        workers = [Process(target=worker, args=(numbers, i)) for i in range(4)]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        # The appends arrive in any order: sort before you print.
        print("appended:", sorted(numbers))


if __name__ == "__main__":
    main()
