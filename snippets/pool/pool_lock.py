"""A lock reaches pool workers through the initializer, not as an argument."""

from multiprocessing import Lock, Pool

lock = None  # each pool worker's own reference, set once by init_worker()


def init_worker(shared_lock) -> None:
    global lock  # noqa: PLW0603 - a pool worker's one-time set-up
    lock = shared_lock


def square(number: int) -> int:
    with lock:
        return number * number


def main() -> None:
    shared_lock = Lock()
    with Pool(2) as pool:
        try:
            # A task's arguments are pickled, and a Lock refuses to be.
            pool.apply(init_worker, (shared_lock,))
        except RuntimeError as error:
            print(f"lock as a task argument: {type(error).__name__}")
    with Pool(2, initializer=init_worker, initargs=(shared_lock,)) as pool:
        print(f"lock through initargs: {pool.map(square, range(5))}")
        pool.close()  # let the workers finish and exit, rather than terminate
        pool.join()


if __name__ == "__main__":
    main()
