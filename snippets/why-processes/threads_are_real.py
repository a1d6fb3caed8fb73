"""Python threads are operating-system threads that share their process's memory."""

import threading

THREADS = 4
names = ["main"]
native_ids = set()
lock = threading.Lock()
barrier = threading.Barrier(THREADS)


def worker(index: int) -> None:
    barrier.wait(timeout=10)  # returns once all THREADS threads exist at once
    with lock:
        native_ids.add(threading.get_native_id())  # the kernel's id for this thread
        names.append(f"thread {index}")  # the same list the main thread sees


def main() -> None:
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    print("distinct OS thread ids:", len(native_ids))
    print("main thread's id among them:", threading.get_native_id() in native_ids)
    print("names seen by the main thread:", sorted(names))


if __name__ == "__main__":
    main()
