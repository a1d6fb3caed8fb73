"""Join before drain: a child cannot exit while its queued data is unread."""

import multiprocessing as mp


def producer(results, progress) -> None:
    results.put(b"x" * 1_000_000)  # far more than an OS pipe holds
    progress.put("returned")  # put() has returned; so does this function


def main() -> None:
    results = mp.Queue()
    progress = mp.Queue()  # small messages: they fit in its own pipe
    worker = mp.Process(target=producer, args=(results, progress))
    worker.start()
    print("the producer's function has", progress.get(timeout=30))
    worker.join(timeout=0.2)  # the mistake: join() before get() hangs
    print("exit code after join(timeout=0.2):", worker.exitcode)
    data = results.get(timeout=30)  # the fix: drain first ...
    worker.join()  # ... then join
    print("received", len(data), "bytes")
    print("exit code after get() and join():", worker.exitcode)


if __name__ == "__main__":
    main()
