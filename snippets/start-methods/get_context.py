"""get_context(): a start method for one piece of code, not the program."""

from __future__ import annotations

import multiprocessing


def square(number: int) -> int:
    return number * number


def squares(numbers: list[int]) -> list[int]:
    """Library code: it uses spawn, whatever start method the program chose."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        result = pool.map(square, numbers)
        pool.close()
        pool.join()
    return result


def main() -> None:
    print("squares:", squares([1, 2, 3]))
    spawn = multiprocessing.get_context("spawn")
    print("the context's method:", spawn.get_start_method())
    print("its Process class:", spawn.Process.__name__)


if __name__ == "__main__":
    main()
