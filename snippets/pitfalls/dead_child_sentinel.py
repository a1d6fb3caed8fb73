"""Wait for a child's answer or for its end, whichever comes first."""

import os
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection, wait


def square(number: int, sender: Connection) -> None:
    if number == 3:
        os._exit(1)  # dies before it answers, as a killed process would
    sender.send(number * number)
    sender.close()


def answer_or_death(child: Process, receiver: Connection) -> str:
    # wait() returns when either is ready: the receiver, because a message
    # (or the end of the pipe) arrived, or the sentinel, because the child
    # ended.
    ready = wait([receiver, child.sentinel])
    if receiver in ready:
        try:
            return f"square {receiver.recv()}"
        except EOFError:  # the pipe closed with nothing in it
            pass
    child.join()
    return f"died before it answered, exit code {child.exitcode}"


def main() -> None:
    jobs = []
    for number in (1, 2, 3):
        receiver, sender = Pipe(duplex=False)
        child = Process(target=square, args=(number, sender))
        child.start()
        sender.close()  # only the child writes: drop the parent's copy
        jobs.append((number, child, receiver))
    for number, child, receiver in jobs:
        print(f"{number}: {answer_or_death(child, receiver)}")
        child.join()
        receiver.close()


if __name__ == "__main__":
    main()
