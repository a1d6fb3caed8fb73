"""set_start_method() chooses the method for the whole program, once."""

import multiprocessing


def greet(name: str) -> None:
    print(f"hello from {name}")


def main() -> None:
    multiprocessing.set_start_method("spawn")  # first thing, inside the guard
    print("start method:", multiprocessing.get_start_method())
    child = multiprocessing.Process(target=greet, args=("a spawned child",))
    child.start()
    child.join()
    try:
        multiprocessing.set_start_method("spawn")  # a second call fails...
    except RuntimeError as exc:
        print("second set_start_method():", type(exc).__name__)
    multiprocessing.set_start_method("spawn", force=True)  # ...unless forced
    print("after force=True:", multiprocessing.get_start_method())


if __name__ == "__main__":
    main()
