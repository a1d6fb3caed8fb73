"""A listener in the main process, and a client that connects to it."""

import os
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def client(address: tuple[str, int], authkey: bytes) -> None:
    with Client(address, authkey=authkey) as conn:
        numbers = conn.recv()  # a task from the server
        conn.send(sum(numbers))  # the answer


def main() -> None:
    authkey = os.urandom(32)  # a fresh random key for this run
    # Port 0: the operating system picks a free port.
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        proc = Process(target=client, args=(listener.address, authkey))
        proc.start()
        with listener.accept() as conn:  # waits for the client
            conn.send([1, 2, 3, 4])
            answer = conn.recv()
        proc.join()

    print(f"sent [1, 2, 3, 4], the client answered {answer}")
    print(f"client exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
