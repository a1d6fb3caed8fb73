from __future__ import annotations

import threading
from multiprocessing import Pool


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


def main() -> None:
    results: list[int] = []
    errors: list[str] = []
    in_main_thread: set[bool] = set()

    def on_result(age: int) -> None:
        # Runs in the parent, in the pool's result-handler thread: keep it short.
        in_main_thread.add(threading.current_thread() is threading.main_thread())
        results.append(age)

    def on_error(exc: BaseException) -> None:
        errors.append(f"{type(exc).__name__}: {exc}")

    with Pool(processes=2) as pool:
        pending = [
            pool.apply_async(
                check_age, (age,), callback=on_result, error_callback=on_error
            )
            for age in [30, -1, 45, -7, 12]
        ]
        pool.close()  # no more tasks
        pool.join()  # wait until the workers finished them all

    print("results:", sorted(results))
    print("errors:", sorted(errors))
    print("successful():", [task.successful() for task in pending])
    print("callback ran in the main thread:", in_main_thread)


if __name__ == "__main__":
    main()
