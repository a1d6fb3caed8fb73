"""What Process.exitcode says about how a child ended."""

import multiprocessing
import signal
import sys
import time


def succeed() -> None:
    print("succeed: done")


def give_up() -> None:
    sys.exit(3)  # a chosen exit status, and no traceback


def main() -> None:
    finished = multiprocessing.Process(target=succeed)
    exited = multiprocessing.Process(target=give_up)
    # Sleeps long enough to be still running when terminate() is called.
    stopped = multiprocessing.Process(target=time.sleep, args=(10,))
    for child in (finished, exited, stopped):
        child.start()
    stopped.terminate()  # SIGTERM on POSIX, TerminateProcess() on Windows
    for child in (finished, exited, stopped):
        child.join()
    print("returned normally:", finished.exitcode)
    print("called sys.exit(3):", exited.exitcode)
    signal_name = signal.Signals(-stopped.exitcode).name
    print("terminated:", stopped.exitcode, "= -" + signal_name)


if __name__ == "__main__":
    main()
