from multiprocessing.managers import ListProxy, SyncManager

import numpy as np


class CountingListProxy(ListProxy):
    """A list proxy that counts its messages to the manager's process."""

    round_trips = 0

    def _callmethod(self, methodname, args=(), kwds=None):
        CountingListProxy.round_trips += 1
        return super()._callmethod(methodname, args, kwds or {})


class CountingManager(SyncManager):
    pass


CountingManager.register("list", list, CountingListProxy)


def count(label: str, total: float) -> None:
    print(f"{label:<28} {total:>9.1f} {CountingListProxy.round_trips:>5}")
    CountingListProxy.round_trips = 0


def main() -> None:
    values = [i / 2 for i in range(1000)]
    with CountingManager() as manager:
        numbers = manager.list(values)
        CountingListProxy.round_trips = 0
        print(f"{'summing 1000 floats':<28} {'total':>9} {'trips':>5}")
        count("index loop, numbers[i]", sum(numbers[i] for i in range(1000)))
        count("sum(numbers)", sum(numbers))
        count("one copy, numbers[:]", sum(numbers[:]))
        for i in range(1000):
            numbers[i] = values[i] * 2
        count("write loop, numbers[i] = x", sum(values) * 2)
    array = np.array(values)  # a NumPy array: no process in between
    count("NumPy array, array.sum()", float(array.sum()))


if __name__ == "__main__":
    main()
