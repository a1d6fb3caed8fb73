from multiprocessing import Pool


def power(base: int, exponent: int) -> int:
    return base**exponent


def main() -> None:
    bases = [2, 3, 10]
    exponents = [10, 4, 3]
    pairs = list(zip(bases, exponents))
    with Pool(processes=2) as pool:
        # starmap unpacks each tuple: power(2, 10), power(3, 4), power(10, 3).
        print("starmap:", pool.starmap(power, pairs))
        try:
            # map passes each tuple as ONE argument: power((2, 10)).
            pool.map(power, pairs)
        except TypeError as exc:
            print("map:", type(exc).__name__)
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
