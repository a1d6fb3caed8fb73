"""What a child process has of its own, and what ties it to its parent."""

import multiprocessing
import os
import sys


def child(results, may_exit) -> None:
    parent = multiprocessing.parent_process()
    results.put((os.getpid(), parent.name))
    may_exit.wait(timeout=10)  # stay alive until the parent has looked
    sys.exit(3)  # this exit status goes to the parent


def main() -> None:
    main_parent = multiprocessing.parent_process()
    print("parent_process() in the main process:", main_parent)
    results = multiprocessing.Queue()
    may_exit = multiprocessing.Event()
    process = multiprocessing.Process(target=child, args=(results, may_exit))
    process.start()
    child_pid, parent_name = results.get(timeout=10)
    print("the child's parent_process():", parent_name)
    print("distinct PIDs, parent and child:", len({os.getpid(), child_pid}))
    may_exit.set()
    process.join()
    print("the child's exit code, seen by the parent:", process.exitcode)


if __name__ == "__main__":
    main()
