from __future__ import annotations

from multiprocessing import Pool, Value
from multiprocessing.sharedctypes import Synchronized

# Filled in once in every worker process by init_worker().
worker_state: dict[str, str] = {}


def init_worker(greeting: str, started: Synchronized) -> None:
    # Stands for a costly setup: loading a model, opening a database.
    worker_state["greeting"] = greeting
    with started.get_lock():
        started.value += 1


def greet(name: str) -> str:
    return f"{worker_state['greeting']}, {name}!"


def main() -> None:
    started = Value("i", 0)
    names = ["XeanYu", "Father", "Son", "Ada"]
    with Pool(3, initializer=init_worker, initargs=("Hello", started)) as pool:
        greetings = pool.map(greet, names)
        pool.close()
        pool.join()  # every worker has run init_worker() and exited
    print(greetings)
    print("initializer calls:", started.value)


if __name__ == "__main__":
    main()
