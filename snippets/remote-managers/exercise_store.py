"""Exercise: a shared store that clients use with [] and len()."""

import os
import threading
from multiprocessing import Process
from multiprocessing.managers import BaseManager


class Store:
    def __init__(self) -> None:
        self._data: dict[str, int] = {}
        self._lock = threading.Lock()

    def __setitem__(self, key: str, value: int) -> None:
        with self._lock:
            self._data[key] = value

    def __getitem__(self, key: str) -> int:
        with self._lock:
            return self._data[key]

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def sorted_keys(self) -> list[str]:
        with self._lock:
            return sorted(self._data)


STORE = Store()


def get_store() -> Store:
    return STORE


class StoreManager(BaseManager):
    pass


# Names that start with an underscore are hidden unless you list them.
StoreManager.register(
    "get_store",
    callable=get_store,
    exposed=("__setitem__", "__getitem__", "__len__", "sorted_keys"),
)


def writer(address: tuple[str, int], authkey: bytes, prefix: str) -> None:
    manager = StoreManager(address=address, authkey=authkey)
    manager.connect()
    store = manager.get_store()
    for number in range(1, 4):
        store[f"{prefix}{number}"] = number * 10


def main() -> None:
    authkey = os.urandom(32)
    with StoreManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        writers = [
            Process(target=writer, args=(manager.address, authkey, prefix))
            for prefix in ("a", "b")
        ]
        for proc in writers:
            proc.start()
        for proc in writers:
            proc.join()
        store = manager.get_store()
        size = len(store)
        items = {key: store[key] for key in store.sorted_keys()}

    print(f"len(store) = {size}")
    print(f"items: {items}")
    print(f"writers' exit codes: {[proc.exitcode for proc in writers]}")


if __name__ == "__main__":
    main()
