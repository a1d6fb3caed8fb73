import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash(code: int) -> None:
    os._exit(code)  # the worker dies at once, as if killed


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(crash, 1)
        try:
            future.result()
        except BrokenProcessPool as exc:
            print("result() raised:", type(exc).__name__)
        try:
            executor.submit(crash, 1)
        except BrokenProcessPool as exc:
            print("submit() afterwards raised:", type(exc).__name__)


if __name__ == "__main__":
    main()
