"""The original design, repaired: fixed inputs, a pipe per pair, a lock."""

from multiprocessing import Lock, Manager, Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30]


def sender(send_end: Connection, number: int) -> None:
    send_end.send(number)
    send_end.close()


def adder(receive_end: Connection, total, lock) -> None:
    number = receive_end.recv()  # wait for the message before taking the lock
    receive_end.close()
    with lock:  # read, add and write back as one step
        total["int"] = total["int"] + number


def main() -> None:
    with Manager() as manager:
        total = manager.dict({"int": 0})
        lock = Lock()
        children = []
        for number in NUMBERS:
            receive_end, send_end = Pipe(duplex=False)  # one pipe per pair
            pair = [
                Process(target=sender, args=(send_end, number)),
                Process(target=adder, args=(receive_end, total, lock)),
            ]
            for child in pair:
                child.start()
            receive_end.close()
            send_end.close()
            children += pair
        for child in children:
            child.join()
        actual = total["int"]

    expected = sum(NUMBERS)
    print(f"expected: {expected}, actual: {actual}")
    print(f"correct: {actual == expected}")
    print(f"exit codes all 0: {all(child.exitcode == 0 for child in children)}")


if __name__ == "__main__":
    main()
