from multiprocessing import Pool


def count_primes(start: int, stop: int) -> int:
    """How many primes n there are with start <= n < stop."""
    count = 0
    for number in range(max(start, 2), stop):
        if all(number % d for d in range(2, int(number**0.5) + 1)):
            count += 1
    return count


def main() -> None:
    ranges = [(start, start + 5_000) for start in range(0, 20_000, 5_000)]
    with Pool(processes=2) as pool:
        counts = pool.starmap(count_primes, ranges)
        pool.close()
        pool.join()
    for (start, stop), count in zip(ranges, counts):
        print(f"primes in [{start}, {stop}): {count}")
    print("total below 20000:", sum(counts))


if __name__ == "__main__":
    main()
