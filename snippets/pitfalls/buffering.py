"""Output sits in a child's buffer until it is flushed."""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.synchronize import Event


def child(flush: bool, printed: Event, finish: Event) -> None:
    # Buffer stdout as Python does when it goes to a file or a pipe,
    # so the program behaves the same in a terminal.
    sys.stdout.reconfigure(line_buffering=False, write_through=False)
    print(f"child: hello (flush={flush})", flush=flush)
    printed.set()
    finish.wait()


def run(flush: bool) -> None:
    printed = multiprocessing.Event()
    finish = multiprocessing.Event()
    worker = multiprocessing.Process(target=child, args=(flush, printed, finish))
    worker.start()
    printed.wait()  # the child has called print() by now
    print("parent: the child has printed", flush=True)
    finish.set()
    worker.join()


def main() -> None:
    run(flush=False)
    run(flush=True)


if __name__ == "__main__":
    main()
