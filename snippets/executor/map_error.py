from concurrent.futures import ProcessPoolExecutor


def reciprocal(number: int) -> float:
    return 1 / number


def main() -> None:
    numbers = [4, 2, 1, 0, 5, 10]
    with ProcessPoolExecutor(max_workers=2) as executor:
        for size in (1, 2):
            received = []
            results = executor.map(reciprocal, numbers, chunksize=size)
            try:
                for value in results:
                    received.append(value)
            except ZeroDivisionError as exc:
                error = type(exc).__name__
                print(f"chunksize={size}: received {received}, then {error}")


if __name__ == "__main__":
    main()
