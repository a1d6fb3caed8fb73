from ctypes import Structure, c_double, c_int
from multiprocessing import Process, Value


class Stats(Structure):
    # A C struct: three fields side by side in one block of shared memory.
    _fields_ = [("count", c_int), ("total", c_double), ("largest", c_double)]


def worker(stats, numbers: list[float]) -> None:
    for number in numbers:
        # One lock guards all three fields: no process sees a half update.
        with stats.get_lock():
            stats.count += 1
            stats.total += number
            stats.largest = max(stats.largest, number)


def main() -> None:
    stats = Value(Stats, 0, 0.0, 0.0)  # Stats(0, 0.0, 0.0), shared, locked
    batches = [[1.5, 4.0, 2.5], [8.0, 0.5], [3.0, 6.5, 1.0]]
    workers = [Process(target=worker, args=(stats, b)) for b in batches]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print("count:", stats.count)
    print("total:", stats.total)
    print("largest:", stats.largest)


if __name__ == "__main__":
    main()
