"""Python threads are operating-system threads that share their memory."""

import threading

THREADS = 3
names = ["main"]
native_ids = set()
lock = threading.Lock()
barrier = threading.Barrier(THREADS)


def worker(index: int) -> None:
    barrier.wait(timeout=10)  # returns once all THREADS threads exist at once
    with lock:
        native_ids.add(threading.get_native_id())  # the kernel's thread id
        names.append(f"thread {index}")  # the same list the main thread sees


def main() -> None:
    threads = [
        threading.Thread(target=worker, args=(i,)) for i in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    main_id = threading.get_native_id()
    print("distinct OS thread ids:", len(native_ids))
    print("of them, the main thread's:", len(native_ids & {main_id}))
    print("names seen by the main thread:", sorted(names))


if __name__ == "__main__":
    main()
