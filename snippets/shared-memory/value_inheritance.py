from multiprocessing import Pool, Value

counter = None  # set in each pool worker by init_worker()


def init_worker(shared_counter) -> None:
    # initargs travel with the worker process when it is created: inheritance.
    global counter  # noqa: PLW0603 - a pool worker's one-time set-up
    counter = shared_counter


def count(_item) -> None:
    with counter.get_lock():
        counter.value += 1


def main() -> None:
    shared_counter = Value("i", 0)
    with Pool(2, initializer=init_worker, initargs=(shared_counter,)) as pool:
        pool.map(count, range(10))
        print("counted through the initializer:", shared_counter.value)
        try:
            # The same Value as a task's argument: tasks are pickled, and a
            # shared ctypes object refuses to be pickled outside process start.
            pool.map(count, [shared_counter])
        except RuntimeError as exc:
            print("as a task argument:", type(exc).__name__)
        pool.close()  # let the workers finish and exit normally
        pool.join()


if __name__ == "__main__":
    main()
