"""Workers wait for one Event; the parent sets it once and all of them go."""

from multiprocessing import Event, Process, Queue

WORKERS = 3


def wait_for_start(number: int, start, results) -> None:
    started = start.wait(timeout=5)  # True once set(); False if 5 s pass first
    results.put((number, started))


def main() -> None:
    start = Event()
    results = Queue()
    print(f"is_set() before set(): {start.is_set()}")
    print(f"wait(timeout=0.1) before set(): {start.wait(timeout=0.1)}")
    workers = [
        Process(target=wait_for_start, args=(n, start, results)) for n in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    start.set()  # wakes every waiter, and later waiters return at once
    for number, started in sorted(results.get() for _ in workers):
        print(f"worker {number} saw the event: {started}")
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
