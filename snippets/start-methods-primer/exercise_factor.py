"""Exercise solution: the factor travels with each call, as an argument."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def scale(number: int, factor: int) -> int:
    return number * factor


def main() -> None:
    factor = 10  # decided at run time, in the parent
    numbers = [1, 2, 3]
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(mp_context=context) as executor:
            # map() takes one item from each list per call, like the
            # built-in map(): scale(1, 10), scale(2, 10), scale(3, 10).
            results = executor.map(scale, numbers, [factor] * len(numbers))
            print(f"{method:<10}", list(results))


if __name__ == "__main__":
    main()
