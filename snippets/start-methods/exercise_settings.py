"""Exercise solution: a pool initializer hands settings to each worker."""

from __future__ import annotations

import multiprocessing

SETTINGS: dict[str, int] = {}  # filled in each worker by configure()


def configure(settings: dict[str, int]) -> None:
    SETTINGS.update(settings)  # runs once in every worker, before any task


def scale(number: int) -> int:
    return number * SETTINGS["factor"]


def main() -> None:
    settings = {"factor": 10}  # decided at run time, e.g. from argv
    with multiprocessing.Pool(
        2, initializer=configure, initargs=(settings,)
    ) as pool:
        # map() would wait forever if a worker died; get() with a timeout
        # raises multiprocessing.TimeoutError instead.
        print(pool.map_async(scale, [1, 2, 3]).get(timeout=10))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
