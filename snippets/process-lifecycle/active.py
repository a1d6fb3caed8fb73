"""active_children(): the children of this process that are still running."""

import multiprocessing
import time
from multiprocessing import Process


def running() -> list:
    return sorted(child.name for child in multiprocessing.active_children())


def main() -> None:
    # The quick ones sleep half a second: long enough to be listed running.
    quick = [Process(target=time.sleep, args=(0.5,)) for _ in range(2)]
    stuck = Process(target=time.sleep, args=(60,), name="stuck")
    for child in [*quick, stuck]:
        child.start()
    print("started:", running())
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
