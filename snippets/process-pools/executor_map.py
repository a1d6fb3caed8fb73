from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor


def reciprocal(number: int) -> float:
    return 1 / number


def main() -> None:
    received: list[float] = []
    with ProcessPoolExecutor(max_workers=2) as executor:
        # The whole input is submitted now, in chunks of 2; results keep input order.
        results = executor.map(reciprocal, [4, 2, 1, 0, 5, 10], chunksize=2)
        try:
            for value in results:
                received.append(value)
        except ZeroDivisionError as exc:
            print("map raised:", type(exc).__name__)
    print("received before the error:", received)


if __name__ == "__main__":
    main()
