from concurrent.futures import ProcessPoolExecutor, as_completed


def collatz_steps(start: int) -> int:
    if start < 1:
        raise ValueError(f"start must be positive, got {start}")
    steps = 0
    number = start
    while number != 1:
        number = number // 2 if number % 2 == 0 else 3 * number + 1
        steps += 1
    return steps


def main() -> None:
    starts = [27, 97, 0, 871, 6171]
    outcomes = {}
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {
            executor.submit(collatz_steps, start): start for start in starts
        }
        for future in as_completed(futures):
            start = futures[future]
            try:
                outcomes[start] = f"{future.result()} steps"
            except ValueError as exc:
                outcomes[start] = f"failed with {type(exc).__name__}"
    for start in starts:
        print(f"{start}: {outcomes[start]}")


if __name__ == "__main__":
    main()
