"""Workers wait for one Event; the parent sets it once and all of them go."""

from multiprocessing import Event, Process, Queue

WORKERS = 3


def worker(go, results) -> None:
    got_it = go.wait(timeout=5)  # True once set(); False if 5 s pass first
    results.put(got_it)


def main() -> None:
    go = Event()
    results = Queue()
    workers = [
        Process(target=worker, args=(go, results)) for _ in range(WORKERS)
    ]
    for process in workers:
        process.start()
    print(f"before set(): is_set() is {go.is_set()}")
    go.set()  # wakes every waiter; later wait() calls return at once
    print(f"after set():  is_set() is {go.is_set()}")
    got_it = sum(results.get() for _ in workers)  # True counts as 1
    for process in workers:
        process.join()
    print(f"workers that got the signal: {got_it} of {WORKERS}")


if __name__ == "__main__":
    main()
