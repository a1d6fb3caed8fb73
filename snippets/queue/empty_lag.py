"""put() returns before the item is in the pipe: empty() lags, qsize() not."""

import multiprocessing as mp
import sys
import threading

may_pickle = threading.Event()


class SlowToPickle:
    """Stands in for a big object: pickling it waits until we allow it."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __reduce__(self):
        may_pickle.wait(timeout=30)  # the feeder thread waits here
        return (SlowToPickle, (self.label,))


def main() -> None:
    items = mp.Queue()
    items.put(SlowToPickle("big"))
    print("put() returned")
    if sys.platform != "darwin":  # macOS: qsize() raises NotImplementedError
        print("qsize():", items.qsize())
    print("empty():", items.empty())
    may_pickle.set()  # let the feeder thread pickle and write the item
    print("get():", items.get(timeout=30).label)


if __name__ == "__main__":
    main()
