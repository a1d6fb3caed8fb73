"""Senders, adders and a shared total, done right: checked on every run."""

from multiprocessing import Lock, Manager, Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30]  # fixed inputs: the right total is known


def sender(send_end: Connection, number: int) -> None:
    send_end.send(number)
    send_end.close()


def adder(receive_end: Connection, total, lock) -> None:
    number = receive_end.recv()  # wait for the message before taking the lock
    receive_end.close()
    with lock:  # read, add and write back as one step
        total["sum"] = total["sum"] + number


def main() -> None:
    with Manager() as manager:  # shut down when the block ends
        total = manager.dict({"sum": 0})
        lock = Lock()
        children = []
        for number in NUMBERS:
            receive_end, send_end = Pipe(duplex=False)  # one pipe per pair
            pair = [Process(target=sender, args=(send_end, number))]
            pair[0].start()
            # Closed before the adder starts: under fork the adder would hold
            # a copy, and wait forever if its sender died before sending.
            send_end.close()
            pair.append(Process(target=adder, args=(receive_end, total, lock)))
            pair[1].start()
            receive_end.close()  # the parent uses neither end
            children += pair
        for child in children:
            child.join()
        actual = total["sum"]

    print(f"numbers sent: {NUMBERS}")
    print(f"expected total: {sum(NUMBERS)}")
    print(f"total:          {actual}")
    print(f"exit codes: {[child.exitcode for child in children]}")


if __name__ == "__main__":
    main()
