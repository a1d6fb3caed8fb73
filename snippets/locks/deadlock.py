"""Two processes take two locks in opposite orders; timeouts report it."""

from multiprocessing import Lock, Pipe, Process, Queue


def transfer(name: str, locks, my_end, other_end, results) -> None:
    other_end.close()  # the other process's end: this one never uses it
    first, second = locks  # the order in which this process takes them
    with first:
        my_end.send("holding")  # tell the other: I hold my first lock
        my_end.recv()  # now each process holds one lock and wants the other
        got_second = second.acquire(timeout=0.2)  # gives up instead of hanging
        my_end.send("tried")
        my_end.recv()  # keep `first` until the other process has tried too
    my_end.close()
    results.put((name, got_second))  # False: there is nothing to release


def main() -> None:
    lock_a, lock_b = Lock(), Lock()
    end_a, end_b = Pipe()  # A and B tell each other how far they are
    results = Queue()
    workers = [
        Process(
            target=transfer,
            args=("A", (lock_a, lock_b), end_a, end_b, results),
        ),
        Process(
            target=transfer,
            args=("B", (lock_b, lock_a), end_b, end_a, results),
        ),
    ]
    for worker in workers:
        worker.start()
    end_a.close()  # the parent talks to neither process
    end_b.close()
    for name, got_second in sorted(results.get() for _ in workers):
        print(f"{name} got its second lock: {got_second}")
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
