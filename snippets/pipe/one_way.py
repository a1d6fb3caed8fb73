"""A one-way pipe: Pipe(duplex=False) returns (receiving end, sending end)."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def producer(send_end: Connection) -> None:
    for number in range(1, 6):
        send_end.send(number * number)
    send_end.close()  # after the last item, recv() raises EOFError


def main() -> None:
    receive_end, send_end = Pipe(duplex=False)
    for name, end in (("receive_end", receive_end), ("send_end", send_end)):
        print(f"{name}: readable={end.readable}, writable={end.writable}")
    proc = Process(target=producer, args=(send_end,))
    proc.start()
    send_end.close()  # the parent's copy: left open, EOFError never comes

    squares = []
    while True:
        try:
            squares.append(receive_end.recv())
        except EOFError:
            break
    receive_end.close()
    proc.join()
    print(f"received: {squares}")


if __name__ == "__main__":
    main()
