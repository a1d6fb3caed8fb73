from concurrent.futures import ProcessPoolExecutor


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as executor:
        good = executor.submit(check_age, 30)
        bad = executor.submit(check_age, -1)
        print("good.result():", good.result())
        # exception() waits for the call and returns what it raised.
        print("bad.exception():", repr(bad.exception()))
        try:
            bad.result()  # raises the worker's exception in the parent
        except ValueError as exc:
            print("bad.result() raised:", type(exc).__name__)
            # The worker's traceback travels along, as text, in __cause__.
            remote = str(exc.__cause__).splitlines()
            print("the worker's traceback ends with:")
            print(remote[-3])
            print(remote[-2])


if __name__ == "__main__":
    main()
