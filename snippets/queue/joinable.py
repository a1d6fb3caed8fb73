"""JoinableQueue: join() waits until every task got its task_done()."""

import multiprocessing as mp


def worker(tasks, results) -> None:
    while True:
        number = tasks.get()
        try:
            if number is None:  # the sentinel: stop
                return
            results.put((number, number * number))
        finally:
            tasks.task_done()  # one per get(), the sentinel included


def main() -> None:
    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [
        mp.Process(target=worker, args=(tasks, results)) for _ in range(3)
    ]
    for process in workers:
        process.start()
    for number in range(8):
        tasks.put(number)
    tasks.join()  # blocks until all 8 tasks are marked done
    print("tasks.join() returned: all 8 tasks are done")
    pairs = sorted(results.get(timeout=30) for _ in range(8))
    print("squares:", [square for _, square in pairs])
    for _ in workers:
        tasks.put(None)
    tasks.join()  # now every worker has taken its sentinel
    for process in workers:
        process.join()
    try:
        tasks.task_done()  # one more than there were items
    except ValueError as exc:
        print("extra task_done():", type(exc).__name__)


if __name__ == "__main__":
    main()
