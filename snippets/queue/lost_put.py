"""put() does not pickle: the feeder thread does, and drops what fails."""

import multiprocessing as mp


def main() -> None:
    results = mp.Queue()
    squares = (number * number for number in range(3))  # meant: a list
    results.put(squares)  # a generator cannot be pickled, yet no error here
    results.put("the item put after the generator")
    print("both put() calls returned without raising")
    # Items put by one process arrive in the order it put them.
    print("first item received:", results.get(timeout=30))


if __name__ == "__main__":
    main()
