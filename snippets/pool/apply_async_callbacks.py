from __future__ import annotations

from multiprocessing import Pool


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age


def main() -> None:
    results: list[int] = []
    errors: list[BaseException] = []
    with Pool(processes=2) as pool:
        pending = [
            # The callbacks run in the parent, in a thread of the pool.
            pool.apply_async(
                check_age,
                (age,),
                callback=results.append,
                error_callback=errors.append,
            )
            for age in [30, -1, 45, -7, 12]
        ]
        pool.close()  # no more tasks
        pool.join()  # wait until the workers finished them all and exited

    # Callbacks ran in the order the tasks finished: sort before printing.
    print("results:", sorted(results))
    print("errors:", sorted(f"{type(exc).__name__}: {exc}" for exc in errors))
    print("successful():", [task.successful() for task in pending])


if __name__ == "__main__":
    main()
