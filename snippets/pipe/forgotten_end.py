"""EOF arrives only when every copy of the sending end is closed."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection, wait


def producer(send_end: Connection) -> None:
    send_end.send("the only message")
    send_end.close()


def main() -> None:
    receive_end, send_end = Pipe(duplex=False)
    proc = Process(target=producer, args=(send_end,))
    proc.start()
    print(f"received: {receive_end.recv()!r}")
    proc.join()
    print(f"producer exit code: {proc.exitcode}")

    # wait() reports an end as ready when it has data or when the other side
    # is closed. The parent still holds a copy of send_end: nothing is ready,
    # and a recv() here would block forever.
    print(f"ready while the parent holds send_end: {bool(wait([receive_end], 0.1))}")

    send_end.close()
    print(f"ready after the parent closes it: {bool(wait([receive_end], 0.1))}")
    try:
        receive_end.recv()
    except EOFError:
        print("recv() raised EOFError")
    receive_end.close()


if __name__ == "__main__":
    main()
