"""put() does not pickle: the feeder thread does, and drops what fails."""

import multiprocessing as mp
import queue


def main() -> None:
    results = mp.Queue()
    results.put(lambda number: number * number)  # cannot be pickled
    print("put() returned without raising")
    try:
        print("got:", results.get(timeout=0.5))
    except queue.Empty:
        print("get(timeout=0.5) raised queue.Empty: the item was dropped")


if __name__ == "__main__":
    main()
