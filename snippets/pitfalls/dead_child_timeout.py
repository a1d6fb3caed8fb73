"""A child dies before it reports: get(timeout=...) and exitcode notice."""

import os
import queue
from multiprocessing import Process, Queue


def square(number: int, results) -> None:
    if number == 3:
        # Ends this process on the spot, as the out-of-memory killer or a
        # segfault would: no exception, no report, no cleanup.
        os._exit(1)
    results.put((number, number * number))


def main() -> None:
    results = Queue()
    children = {
        number: Process(target=square, args=(number, results))
        for number in (1, 2, 3)
    }
    for child in children.values():
        child.start()
    squares = {}
    waiting = set(children)  # the numbers whose answer has not come yet
    while waiting:
        try:
            number, value = results.get(timeout=0.1)
        except queue.Empty:
            # Nothing came for a while: stop waiting for a child that died.
            for pending in sorted(waiting):
                code = children[pending].exitcode
                if code is not None and code != 0:
                    print(f"the child for {pending} died, exit code {code}")
                    waiting.remove(pending)
            continue
        squares[number] = value
        waiting.remove(number)
    for child in children.values():
        child.join()
    print("squares:", dict(sorted(squares.items())))


if __name__ == "__main__":
    main()
