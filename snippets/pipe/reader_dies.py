"""A reader that fails before it reads: the writer's send() fails too."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

MESSAGE = bytes(1_000_000)  # more than a pipe's buffer holds: send() waits


def reader(receive_end: Connection, send_end: Connection) -> None:
    send_end.close()  # a copy it may hold (fork): only the writer keeps one
    raise RuntimeError("the reader fails before it reads")


def writer(send_end: Connection, receive_end: Connection) -> None:
    receive_end.close()  # with a copy here, send() would wait forever
    try:
        send_end.send(MESSAGE)
    except BrokenPipeError:
        print("writer: BrokenPipeError, nobody holds the receiving end")


def main() -> None:
    receive_end, send_end = Pipe(duplex=False)
    reader_proc = Process(
        target=reader, args=(receive_end, send_end), name="reader"
    )
    writer_proc = Process(
        target=writer, args=(send_end, receive_end), name="writer"
    )
    reader_proc.start()
    writer_proc.start()
    receive_end.close()  # the main process uses neither end
    send_end.close()
    reader_proc.join()
    writer_proc.join()
    for proc in (reader_proc, writer_proc):
        print(f"{proc.name}'s exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
