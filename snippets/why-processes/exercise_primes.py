"""Exercise solution: the workers return answers; the parent collects."""

from concurrent.futures import ProcessPoolExecutor


def is_prime(n: int) -> bool:
    # Return the answer: a list appended to here would be the worker's own.
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def main() -> None:
    numbers = range(100_000)
    with ProcessPoolExecutor() as executor:
        flags = executor.map(is_prime, numbers, chunksize=10_000)
        # map() returns the answers in the order of numbers: pair them up.
        primes = [n for n, prime in zip(numbers, flags) if prime]
    print("primes below 100 000:", len(primes))
    print("the largest:", max(primes, default=None))


if __name__ == "__main__":
    main()
