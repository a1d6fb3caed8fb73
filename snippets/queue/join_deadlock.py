"""Join before drain: a child cannot exit while its queued data is unread."""

import multiprocessing as mp


def producer(results, finished) -> None:
    results.put(b"x" * 1_000_000)  # far more than an OS pipe holds
    finished.set()  # put() has returned; the function is about to return


def main() -> None:
    results = mp.Queue()
    finished = mp.Event()
    worker = mp.Process(target=producer, args=(results, finished))
    worker.start()
    finished.wait(timeout=30)
    print("the producer's function has returned")
    worker.join(timeout=0.2)  # the mistake: join() before get() hangs
    print("exit code after join(timeout=0.2):", worker.exitcode)
    data = results.get(timeout=30)  # the fix: drain first ...
    worker.join()  # ... then join
    print("received", len(data), "bytes")
    print("exit code after get() and join():", worker.exitcode)


if __name__ == "__main__":
    main()
