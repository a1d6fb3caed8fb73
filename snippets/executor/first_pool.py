from concurrent.futures import ProcessPoolExecutor


def square(number: int) -> int:
    return number * number


def main() -> None:
    with ProcessPoolExecutor(max_workers=3) as executor:
        # Runs square() in 3 worker processes; results come in input order.
        squares = list(executor.map(square, range(10)))
    print(squares)


if __name__ == "__main__":
    main()
