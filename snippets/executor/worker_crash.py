import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as executor:
        # os._exit(1) ends the worker on the spot, as the OOM killer would.
        future = executor.submit(os._exit, 1)
        try:
            future.result()
        except BrokenProcessPool as exc:
            print("result() raised:", type(exc).__name__)
        try:
            executor.submit(abs, -3)
        except BrokenProcessPool as exc:
            print("submit() afterwards raised:", type(exc).__name__)


if __name__ == "__main__":
    main()
