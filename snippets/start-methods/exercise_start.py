"""Exercise starting point: fine under fork, a KeyError under spawn."""

from __future__ import annotations

import multiprocessing

SETTINGS: dict[str, int] = {}


def scale(number: int) -> int:
    return number * SETTINGS["factor"]


def main() -> None:
    SETTINGS["factor"] = 10  # decided at run time, in the parent only
    pool = multiprocessing.Pool(2)
    try:
        print(pool.map(scale, [1, 2, 3]))
    finally:
        pool.close()
        pool.join()


if __name__ == "__main__":
    # spawn is the default on macOS and Windows.
    multiprocessing.set_start_method("spawn")
    main()
