from concurrent.futures import ProcessPoolExecutor, as_completed


def cube(number: int) -> int:
    return number**3


def main() -> None:
    results = {}
    with ProcessPoolExecutor(max_workers=3) as executor:
        # Remember which input each Future belongs to.
        futures = {executor.submit(cube, n): n for n in range(1, 7)}
        # as_completed yields each Future as it finishes: arbitrary order.
        for future in as_completed(futures):
            results[futures[future]] = future.result()
    # Print in input order, not in finishing order.
    for number in sorted(results):
        print(f"{number} cubed is {results[number]}")


if __name__ == "__main__":
    main()
