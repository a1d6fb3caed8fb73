import concurrent.futures
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def wait_for(gate) -> str:  # gate: an Event from the Manager
    gate.wait()
    return "released"


def main() -> None:
    with Manager() as manager, ProcessPoolExecutor(max_workers=1) as executor:
        gate = manager.Event()
        future = executor.submit(wait_for, gate)
        try:
            future.result(timeout=0.1)
        except concurrent.futures.TimeoutError as exc:
            print("result(timeout=0.1) raised", type(exc).__name__)
        # The timeout ended the wait, not the task.
        print("done() after the timeout:", future.done())
        gate.set()
        print("result() after gate.set():", future.result())


if __name__ == "__main__":
    main()
