import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Manager


def square(number: int) -> int:
    return number * number


def wait_for(gate) -> str:  # gate: an Event from the Manager
    gate.wait()
    return "released"


def main() -> None:
    with Manager() as manager, ProcessPoolExecutor(max_workers=2) as executor:
        gate = manager.Event()
        names = {executor.submit(square, n): f"square({n})" for n in (2, 3)}
        names[executor.submit(wait_for, gate)] = "gated"
        for future in list(names)[:2]:
            future.result()  # both squares are done before the clock starts
        received = []
        try:
            for future in as_completed(names, timeout=0.2):
                received.append(names[future])
        except concurrent.futures.TimeoutError as exc:
            print("as_completed raised", type(exc).__name__, "-", exc)
        print("received before that:", sorted(received))
        gate.set()


if __name__ == "__main__":
    main()
