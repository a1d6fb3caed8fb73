"""Father and Son talk over one duplex pipe; both are children of the main process."""

from multiprocessing import Pipe, Process, current_process, parent_process
from multiprocessing.connection import Connection


def son(conn: Connection) -> None:
    conn.send("Hello Father")
    reply = conn.recv()
    # flush=True: the line is written before this process goes on.
    print(f"{current_process().name} got {reply!r}", flush=True)
    print(f"{current_process().name}'s parent: {parent_process().name}", flush=True)
    conn.close()


def father(conn: Connection) -> None:
    greeting = conn.recv()
    print(f"{current_process().name} got {greeting!r}", flush=True)
    print(f"{current_process().name}'s parent: {parent_process().name}", flush=True)
    conn.send("Hi my son!")
    conn.close()


def main() -> None:
    father_end, son_end = Pipe()  # two ends of one pipe, not two processes
    father_proc = Process(target=father, args=(father_end,), name="Father")
    son_proc = Process(target=son, args=(son_end,), name="Son")
    father_proc.start()
    son_proc.start()
    father_end.close()  # the main process talks on neither end
    son_end.close()
    father_proc.join()
    son_proc.join()
    print(f"exit codes: Father {father_proc.exitcode}, Son {son_proc.exitcode}")


if __name__ == "__main__":
    main()
