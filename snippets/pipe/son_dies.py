"""siblings.py when Son fails before it sends a word: Father is not stuck."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def son(conn: Connection, fathers_end: Connection) -> None:
    fathers_end.close()  # a copy it may hold (fork): only Father keeps one
    raise RuntimeError("Son fails before it sends a word")


def father(conn: Connection, sons_end: Connection) -> None:
    sons_end.close()  # so that recv() ends with EOFError if Son dies first
    print(f"Father got {conn.recv()!r}")  # EOFError: Son's end is closed


def main() -> None:
    father_end, son_end = Pipe()
    father_proc = Process(
        target=father, args=(father_end, son_end), name="Father"
    )
    son_proc = Process(target=son, args=(son_end, father_end), name="Son")
    father_proc.start()
    son_proc.start()
    father_end.close()  # the main process talks on neither end
    son_end.close()
    father_proc.join()  # returns: Father's recv() raised EOFError
    son_proc.join()
    for proc in (father_proc, son_proc):
        print(f"{proc.name}'s exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
