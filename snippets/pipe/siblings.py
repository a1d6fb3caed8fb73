"""The post's program, corrected: Father and Son are sibling processes."""

from multiprocessing import Pipe, Process, current_process, parent_process
from multiprocessing.connection import Connection


def report(message: str) -> None:
    me, creator = current_process().name, parent_process().name
    # flush=True: the line is out before this process sends or exits
    print(f"{me} (started by {creator}) {message}", flush=True)


def son(conn: Connection, fathers_end: Connection) -> None:
    fathers_end.close()  # a copy it may hold (fork): only Father keeps one
    conn.send("Hello Father")
    report(f"got {conn.recv()!r}")
    conn.close()


def father(conn: Connection, sons_end: Connection) -> None:
    sons_end.close()  # so that recv() ends with EOFError if Son dies first
    report(f"got {conn.recv()!r}")
    conn.send("Hi my son!")
    conn.close()


def main() -> None:
    father_end, son_end = Pipe()  # two ends of one pipe, not two processes
    # Each child also gets the other's end, to close it: under fork it holds
    # a copy anyway, inherited with everything the parent had open.
    father_proc = Process(
        target=father, args=(father_end, son_end), name="Father"
    )
    son_proc = Process(target=son, args=(son_end, father_end), name="Son")
    father_proc.start()
    son_proc.start()
    father_end.close()  # the main process talks on neither end
    son_end.close()
    father_proc.join()
    son_proc.join()
    for proc in (father_proc, son_proc):
        print(f"{proc.name}'s exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
