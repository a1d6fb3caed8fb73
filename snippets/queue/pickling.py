"""A queue carries what pickle can serialize; functions travel by name."""

import multiprocessing as mp
import pickle


def square(number: int) -> int:
    return number * number


def apply(tasks, results) -> None:
    function, argument = tasks.get()  # unpickling imports `square` by name
    results.put(function(argument))


def can_pickle(obj: object) -> str:
    try:
        pickle.dumps(obj)  # what the feeder thread does with each item
    except Exception as exc:  # the type depends on the object and on Python
        return f"no, {type(exc).__name__}"
    return "yes"


def main() -> None:
    candidates = {
        "a dict of str and int": {"name": "XeanYu", "age": 18},
        "a module-level function": square,
        "a lambda": lambda number: number * number,
        "a generator": (number for number in range(3)),
    }
    for label, obj in candidates.items():
        print(f"can pickle {label}? {can_pickle(obj)}")
    tasks, results = mp.Queue(), mp.Queue()
    child = mp.Process(target=apply, args=(tasks, results))
    child.start()
    tasks.put((square, 7))
    print("square(7) computed in the child:", results.get(timeout=30))
    child.join()


if __name__ == "__main__":
    main()
