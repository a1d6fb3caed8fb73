"""A pool pickles every task, under every start method, fork included."""

import multiprocessing
import pickle


def triple(number: int) -> int:
    return number * 3


def main() -> None:
    with multiprocessing.Pool(2) as pool:
        print("module-level function:", pool.map(triple, [1, 2, 3]))
        try:
            pool.map(lambda n: n * 3, [1, 2, 3])
        except (AttributeError, pickle.PicklingError):
            # The exception type depends on the Python version; see the text.
            print("lambda: refused, the task could not be pickled")
        pool.close()  # no more tasks: the workers exit once the queue is empty
        pool.join()


if __name__ == "__main__":
    main()
