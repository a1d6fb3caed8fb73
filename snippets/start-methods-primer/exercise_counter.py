"""Exercise solution: a shared counter, passed to the children."""

import multiprocessing


def add_one(counter) -> None:
    with counter.get_lock():
        counter.value += 1


def main() -> None:
    # Created in main() and passed as an argument: under every start
    # method, both children get this very counter.
    counter = multiprocessing.Value("i", 0)
    children = [
        multiprocessing.Process(target=add_one, args=(counter,))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join()
    print("counter after two children:", counter.value)


if __name__ == "__main__":
    main()
