"""A process's life as its parent sees it: is_alive() and exitcode."""

import time
from multiprocessing import Process


def show(stage: str, child: Process) -> None:
    alive = child.is_alive()
    print(f"{stage:<18} is_alive()={alive!s:<5} exitcode={child.exitcode}")


def main() -> None:
    # Half a second of sleep: long enough to see the child running.
    child = Process(target=time.sleep, args=(0.5,))
    show("created", child)
    child.start()
    show("started", child)
    child.join(timeout=0.1)  # gives up after 0.1 s: the child still sleeps
    show("join(timeout=0.1)", child)
    child.join()
    show("joined", child)


if __name__ == "__main__":
    main()
