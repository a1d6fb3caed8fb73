from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from multiprocessing import Manager


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


def wait_for(gate) -> str:  # gate: an Event from the Manager
    gate.wait()
    return "released"


def main() -> None:
    # One worker runs the tasks one at a time, in the order submitted.
    with Manager() as manager, ProcessPoolExecutor(max_workers=1) as executor:
        gate = manager.Event()
        names = {
            executor.submit(check_age, 30): "ok",
            executor.submit(check_age, -1): "bad",
            executor.submit(wait_for, gate): "gated",
        }
        done, not_done = wait(names, return_when=FIRST_EXCEPTION)
        print("done:", sorted(names[future] for future in done))
        print("not done:", sorted(names[future] for future in not_done))
        for future in done:
            if future.exception() is not None:
                print(names[future], "raised", repr(future.exception()))
        gate.set()  # let the gated task finish, or the pool never closes


if __name__ == "__main__":
    main()
