from multiprocessing import Pool


def square(number: int) -> int:
    return number * number


def main() -> None:
    with Pool(processes=3) as pool:
        # map() blocks until every result is back, in input order.
        squares = pool.map(square, range(10))
        pool.close()  # no more tasks: workers exit once the queue is empty
        pool.join()  # wait for the workers to exit
    print(squares)


if __name__ == "__main__":
    main()
