"""A child's output waits in a buffer until it is flushed, or is lost."""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.synchronize import Event


def child(flush: bool, printed: Event, finish: Event) -> None:
    # Buffer stdout as Python does when it goes to a file or a pipe,
    # so that the program prints the same in a terminal.
    sys.stdout.reconfigure(line_buffering=False, write_through=False)
    print(f"child: hello (flush={flush})", flush=flush)
    printed.set()
    finish.wait()


def run(flush: bool, terminate: bool) -> None:
    ending = "terminated" if terminate else "exits normally"
    print(f"-- flush={flush}, {ending}")
    printed = multiprocessing.Event()
    finish = multiprocessing.Event()
    worker = multiprocessing.Process(
        target=child, args=(flush, printed, finish)
    )
    worker.start()
    printed.wait()  # the child's print() has returned by now
    print("parent: the child has printed", flush=True)
    if terminate:
        worker.terminate()  # killed by a signal: no chance to flush
    else:
        finish.set()
    worker.join()


def main() -> None:
    run(flush=False, terminate=False)
    run(flush=True, terminate=False)
    run(flush=False, terminate=True)


if __name__ == "__main__":
    main()
