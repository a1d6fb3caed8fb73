import threading
from multiprocessing.pool import ThreadPool


def main() -> None:
    lock = threading.Lock()  # a lock cannot be pickled: no process can get it
    in_flight = 0
    most_in_flight = 0
    all_four = threading.Barrier(4)

    def fetch(page: int) -> str:  # a nested function cannot be pickled either
        nonlocal in_flight, most_in_flight
        with lock:
            in_flight += 1
            most_in_flight = max(most_in_flight, in_flight)
        all_four.wait(timeout=5)  # stands for waiting on the network
        with lock:
            in_flight -= 1
        return f"page {page}"

    with ThreadPool(processes=4) as pool:
        pages = pool.map(fetch, range(1, 5))
        pool.close()
        pool.join()
    print(pages)
    print("calls waiting at the same time, at most:", most_in_flight)


if __name__ == "__main__":
    main()
