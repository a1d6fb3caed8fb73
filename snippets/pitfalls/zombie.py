"""A child that has exited stays in the process table until it is joined."""

import multiprocessing
import os
from multiprocessing.connection import wait


def work() -> None:
    print("child: finished")


def in_process_table(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 sends nothing: it only checks that pid exists
    except ProcessLookupError:
        return False
    return True


def main() -> None:
    # Zombies are a POSIX idea; fork, too, exists only on POSIX.
    child = multiprocessing.get_context("fork").Process(target=work)
    child.start()
    wait([child.sentinel])  # returns once the child has exited
    print("exited, still in the process table:", in_process_table(child.pid))
    child.join()  # reads the exit status: the entry is removed
    print("joined, still in the process table:", in_process_table(child.pid))
    print("exitcode:", child.exitcode)


if __name__ == "__main__":
    main()
