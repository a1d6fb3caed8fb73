from __future__ import annotations

from collections.abc import Iterator
from multiprocessing import Pool


def reciprocal(number: int) -> float:
    return 1 / number


def read_all(results: Iterator[float]) -> list[float | str]:
    """Call next() until the iterator ends, noting each error it raises."""
    received: list[float | str] = []
    while True:
        try:
            received.append(next(results))
        except ZeroDivisionError as exc:
            received.append(type(exc).__name__)
        except StopIteration:
            return received


def main() -> None:
    numbers = [4, 2, 1, 0, 5, 10]
    with Pool(processes=2) as pool:
        for size in (1, 2):
            results = pool.imap(reciprocal, numbers, chunksize=size)
            print(f"chunksize={size}:", read_all(results))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
