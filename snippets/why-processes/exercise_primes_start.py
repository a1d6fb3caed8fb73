"""Exercise starting point: the workers collect primes in a global list."""

from concurrent.futures import ProcessPoolExecutor

primes = []


def collect_if_prime(n: int) -> None:
    if n > 1 and all(n % d for d in range(2, int(n**0.5) + 1)):
        primes.append(n)


def main() -> None:
    numbers = range(100_000)
    with ProcessPoolExecutor() as executor:
        # list() waits until every number has been tested.
        list(executor.map(collect_if_prime, numbers, chunksize=10_000))
    print("primes below 100 000:", len(primes))
    print("the largest:", max(primes, default=None))


if __name__ == "__main__":
    main()
