"""A process's life as its parent sees it: is_alive() and exitcode."""

import multiprocessing
from multiprocessing import Process


def work(may_end) -> None:
    may_end.wait(timeout=10)  # stays alive until the parent says so


def show(stage: str, child: Process) -> None:
    alive = child.is_alive()
    print(f"{stage:<18} is_alive()={alive!s:<5} exitcode={child.exitcode}")


def main() -> None:
    may_end = multiprocessing.Event()
    child = Process(target=work, args=(may_end,))
    show("created", child)
    child.start()
    show("started", child)
    child.join(timeout=0.1)  # gives up after 0.1 s: the child still runs
    show("join(timeout=0.1)", child)
    may_end.set()
    child.join()
    show("joined", child)


if __name__ == "__main__":
    main()
