"""Exercise starting point: the workers read a global that main() set."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

settings = {"factor": 1}


def scale(number: int) -> int:
    return number * settings["factor"]


def main() -> None:
    settings["factor"] = 10  # decided at run time, in the parent
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(mp_context=context) as executor:
            print(f"{method:<10}", list(executor.map(scale, [1, 2, 3])))


if __name__ == "__main__":
    main()
