"""What a child process has of its own, and what ties it to its parent."""

import multiprocessing
import os
import sys


def child(parent_pid: int, results, may_exit) -> None:
    parent = multiprocessing.parent_process()
    results.put(
        {
            "has its own PID": os.getpid() != parent_pid,
            "knows its parent": parent is not None and parent.pid == parent_pid,
        }
    )
    may_exit.wait(timeout=10)  # stay alive until the parent has looked
    sys.exit(3)  # this exit status goes to the parent


def show(moment: str, process: multiprocessing.Process) -> None:
    print(f"{moment:<14} alive={process.is_alive()!s:<5} exitcode={process.exitcode}")


def main() -> None:
    print("parent_process() in the main process:", multiprocessing.parent_process())
    results = multiprocessing.Queue()
    may_exit = multiprocessing.Event()
    process = multiprocessing.Process(
        target=child, args=(os.getpid(), results, may_exit)
    )
    show("created:", process)
    process.start()
    facts = results.get(timeout=10)
    show("running:", process)
    may_exit.set()
    process.join()
    show("joined:", process)
    for fact, value in facts.items():
        print(f"the child {fact}: {value}")


if __name__ == "__main__":
    main()
