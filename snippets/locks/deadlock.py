"""Two processes take two locks in opposite orders; timeouts report it."""

from multiprocessing import Barrier, Lock, Process, Queue


def transfer(name: str, first, second, meeting, results) -> None:
    with first:
        meeting.wait()  # now each process holds one lock and wants the other
        got_second = second.acquire(timeout=0.2)  # gives up instead of hanging
        meeting.wait()  # keep `first` until the other process has tried too
        results.put((name, got_second))  # False: there is nothing to release


def main() -> None:
    lock_a, lock_b = Lock(), Lock()
    meeting = Barrier(2)  # a Barrier can be used again once it has opened
    results = Queue()
    workers = [
        Process(target=transfer, args=("A", lock_a, lock_b, meeting, results)),
        Process(target=transfer, args=("B", lock_b, lock_a, meeting, results)),
    ]
    for worker in workers:
        worker.start()
    for name, got_second in sorted(results.get() for _ in workers):
        print(f"{name} got its second lock: {got_second}")
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
