"""Exercise: an echo child that stops when the parent closes its end."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection


def echo(child_end: Connection, parent_end: Connection) -> None:
    # Under fork this process inherited the parent's end too. While any copy
    # of it is open, recv() below never raises EOFError, so close ours first.
    parent_end.close()
    while True:
        try:
            word = child_end.recv()
        except EOFError:
            break
        child_end.send(word.upper())
    child_end.close()


def main() -> None:
    parent_end, child_end = Pipe()
    proc = Process(target=echo, args=(child_end, parent_end))
    proc.start()
    child_end.close()

    replies = []
    for word in ("pipe", "end", "closed"):
        parent_end.send(word)
        replies.append(parent_end.recv())
    parent_end.close()  # the child's recv() now raises EOFError

    proc.join()
    print(f"replies: {replies}")
    print(f"child's exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
