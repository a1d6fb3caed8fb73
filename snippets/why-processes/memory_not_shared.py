"""A worker changes a global list; the parent's list does not change."""

from concurrent.futures import ProcessPoolExecutor

names = ["parent"]


def add_name(name: str) -> list[str]:
    names.append(name)  # changes the worker's own copy of the list
    return names  # a copy of that list travels back to the parent


def main() -> None:
    with ProcessPoolExecutor() as executor:
        for names_in_worker in executor.map(add_name, ["worker"]):
            print("names in the worker:", names_in_worker)
    print("names in the parent:", names)


if __name__ == "__main__":
    main()
