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

    # wait() returns the ends that have data or whose other side is closed.
    # The parent still holds a copy of send_end: none is ready, and a
    # recv() here would block forever.
    ready = wait([receive_end], timeout=0.1)
    print(f"ends ready while the parent holds send_end: {len(ready)}")

    send_end.close()
    ready = wait([receive_end], timeout=0.1)
    print(f"ends ready after the parent closes it: {len(ready)}")
    try:
        receive_end.recv()
    except EOFError:
        print("recv() raised EOFError")
    receive_end.close()


if __name__ == "__main__":
    main()
