"""Join before drain: a child cannot exit while its queued data is unread."""

import multiprocessing as mp


def producer(results, finished) -> None:
    results.put(b"x" * 1_000_000)  # far more than an OS pipe buffer holds
    finished.set()  # put() has returned; the function is about to return


def main() -> None:
    results = mp.Queue()
    finished = mp.Event()
    worker = mp.Process(target=producer, args=(results, finished))
    worker.start()
    finished.wait(timeout=30)
    worker.join(timeout=0.2)  # the mistake: join before get (without a timeout: hang)
    print("producer function returned:", finished.is_set())
    print("process alive after join(timeout=0.2):", worker.is_alive())
    data = results.get(timeout=30)  # the fix: drain first ...
    worker.join()  # ... then join
    print("received", len(data), "bytes")
    print("process alive after get() and join():", worker.is_alive())
    print("exit code:", worker.exitcode)


if __name__ == "__main__":
    main()
