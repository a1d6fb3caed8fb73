"""active_children(): the children of this process that are still running."""

import multiprocessing
import time
from multiprocessing import Process


def wait_for(go) -> None:
    go.wait(timeout=10)


def running() -> list:
    return sorted(child.name for child in multiprocessing.active_children())


def main() -> None:
    go = multiprocessing.Event()
    quick = [Process(target=wait_for, args=(go,)) for _ in range(2)]
    stuck = Process(target=time.sleep, args=(60,), name="stuck")
    for child in [*quick, stuck]:
        child.start()
    print("started:", running())
    go.set()
    for child in quick:
        child.join()
    print("after two ended:", running())
    # Shutting down: stop whatever is still running.
    for child in multiprocessing.active_children():
        child.terminate()
        child.join()
    print("after the clean-up:", running())


if __name__ == "__main__":
    main()
