"""Use every CPU for a loop: count the primes below 100 000."""

from concurrent.futures import ProcessPoolExecutor


def is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def main() -> None:
    numbers = range(100_000)
    with ProcessPoolExecutor() as executor:  # one worker process per CPU
        # Like the built-in map(is_prime, numbers), sent out in chunks.
        flags = executor.map(is_prime, numbers, chunksize=10_000)
        print("primes below 100 000:", sum(flags))


if __name__ == "__main__":
    main()
