from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    wait,
)
from multiprocessing import Manager


def download(mirror: str, gate=None) -> str:  # gate: a Manager Event
    if gate is not None:
        gate.wait()
    if mirror.endswith("down"):
        raise ConnectionError(f"{mirror} does not answer")
    return f"data from {mirror}"


def first_success(futures: Iterable[Future[str]]) -> str:
    """The result of the first call that succeeds, skipping failures."""
    pending = set(futures)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            if future.exception() is None:
                return future.result()
    raise RuntimeError("every call failed")


def main() -> None:
    # One worker runs the calls in the order they were submitted.
    with Manager() as manager, ProcessPoolExecutor(max_workers=1) as pool:
        gate = manager.Event()
        mirrors = ["a-down", "b-down", "c", "d"]
        futures = [pool.submit(download, m) for m in mirrors[:3]]
        futures.append(pool.submit(download, mirrors[3], gate))
        print("first success:", first_success(futures))
        gate.set()
        failing = [pool.submit(download, m) for m in mirrors[:2]]
        try:
            first_success(failing)
        except RuntimeError as exc:
            print("with every mirror down:", exc)


if __name__ == "__main__":
    main()
