"""The parent and one child talk over the two ends of a pipe."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def son(conn: Connection) -> None:
    conn.send("Hello Father")
    reply = conn.recv()  # waits until the parent sends
    conn.send(f"Son got {reply!r}")
    conn.close()


def main() -> None:
    father_end, son_end = Pipe()  # one pipe, two ends
    child = Process(target=son, args=(son_end,))
    child.start()
    son_end.close()  # the child has its own copy; the parent uses father_end
    print("Father got", repr(father_end.recv()))
    father_end.send("Hi my son!")
    print(father_end.recv())
    father_end.close()
    child.join()
    print("Son's exit code:", child.exitcode)


if __name__ == "__main__":
    main()
