from multiprocessing import Pool


def square(number: int) -> int:
    return number * number


def main() -> None:
    with Pool(processes=3) as pool:
        # map() blocks until every result is back, in the order of the input.
        squares = pool.map(square, range(10))
        pool.close()  # no more tasks: each worker exits when the queue is empty
        pool.join()  # wait for the workers to exit
    print(squares)


if __name__ == "__main__":
    main()
