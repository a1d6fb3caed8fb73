"""A child changes a global list; the parent's list does not change."""

import multiprocessing

names = ["parent"]


def child(results) -> None:
    names.append("child")  # changes the child's own copy of the list
    results.put(names)  # a pickled copy of it travels back to the parent


def main() -> None:
    results = multiprocessing.Queue()
    process = multiprocessing.Process(target=child, args=(results,))
    process.start()
    names_in_child = results.get(timeout=10)
    process.join()

    print("names in the child: ", names_in_child)
    print("names in the parent:", names)


if __name__ == "__main__":
    main()
