"""Which callables can travel to a spawn child? Those that pickle can name."""

from __future__ import annotations

import functools
import pickle
from typing import Callable


def triple(number: int) -> int:
    return number * 3


def scale(number: int, factor: int) -> int:
    return number * factor


def make_scaler(factor: int) -> Callable[[int], int]:
    def scaler(number: int) -> int:  # a nested function
        return number * factor

    return scaler


def pickles(obj: object) -> str:
    try:
        pickle.dumps(obj)
    except (AttributeError, pickle.PicklingError):
        # AttributeError up to 3.13, PicklingError from 3.14: see the text.
        return "NOT picklable"
    return "picklable"


def main() -> None:
    candidates = {
        "module-level function triple": triple,
        "partial(scale, factor=3)": functools.partial(scale, factor=3),
        "nested function from make_scaler(3)": make_scaler(3),
        "lambda n: n * 3": lambda n: n * 3,
    }
    for name, candidate in candidates.items():
        print(f"{name}: {pickles(candidate)}")
    # Pickling is the only problem: in this process, every one of them works.
    print("called here:", [candidate(2) for candidate in candidates.values()])


if __name__ == "__main__":
    main()
