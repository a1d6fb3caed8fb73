"""A child has a PID of its own, and its exit status goes to its parent."""

import multiprocessing
import os
import sys


def child() -> None:
    sys.exit(3)  # the child ends with exit status 3


def main() -> None:
    process = multiprocessing.Process(target=child)
    process.start()  # from here on, the child runs beside the parent
    print("distinct PIDs, parent and child:", len({os.getpid(), process.pid}))
    process.join()  # wait for the child to end
    print("the child's exit code, seen by the parent:", process.exitcode)


if __name__ == "__main__":
    main()
