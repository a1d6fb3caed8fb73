from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from multiprocessing import Manager


def square(number: int) -> int:
    return number * number


def wait_for(gate) -> str:  # gate: an Event from the Manager
    gate.wait()  # blocks until the parent opens the gate
    return "released"


def main() -> None:
    with Manager() as manager, ProcessPoolExecutor(max_workers=2) as executor:
        gate = manager.Event()
        names = {
            executor.submit(square, 7): "square",
            executor.submit(wait_for, gate): "gated",
        }
        done, not_done = wait(names, return_when=FIRST_COMPLETED)
        print("done:", sorted(names[future] for future in done))
        print("not done:", sorted(names[future] for future in not_done))
        gate.set()
        done, not_done = wait(names)  # ALL_COMPLETED, the default
        print("after gate.set(), done:", sorted(names[f] for f in done))


if __name__ == "__main__":
    main()
