"""with_lock.py when one sender fails before sending: no process is stuck."""

from multiprocessing import Lock, Manager, Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30]  # fixed inputs: the right total is known


def sender(send_end: Connection, receive_end: Connection, number: int) -> None:
    receive_end.close()  # the adder's end: only the adder keeps one
    if number == 20:
        raise RuntimeError(f"the sender of {number} fails before sending")
    send_end.send(number)
    send_end.close()


def adder(receive_end: Connection, send_end: Connection, total, lock) -> None:
    send_end.close()  # else recv() would wait forever if the sender died
    number = receive_end.recv()  # wait for the number before taking the lock
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
            # Each child gets both ends and closes the one it does not use:
            # under fork it starts with a copy of both anyway.
            pair = [
                Process(target=sender, args=(send_end, receive_end, number)),
                Process(
                    target=adder, args=(receive_end, send_end, total, lock)
                ),
            ]
            for child in pair:
                child.start()
            send_end.close()  # the parent uses neither end, and closes both
            receive_end.close()  # before the next pair can inherit them
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
