"""A child that has exited stays in the process table until it is joined."""

import multiprocessing
import os
from multiprocessing.connection import wait


def work() -> None:
    pass


def in_process_table(pid: int) -> str:
    try:
        os.kill(pid, 0)  # POSIX: signal 0 only checks that the pid exists
    except ProcessLookupError:
        return "gone"
    return "still in the process table"


def main() -> None:
    # POSIX only: there is no "fork" or "forkserver" on Windows.
    for method in ("fork", "spawn", "forkserver"):
        child = multiprocessing.get_context(method).Process(target=work)
        child.start()
        wait([child.sentinel])  # returns once the child has exited
        print(f"{method}, exited:", in_process_table(child.pid))
        child.join()  # reads the exit status, if this process is the parent
        print(f"{method}, joined:", in_process_table(child.pid))


if __name__ == "__main__":
    main()
