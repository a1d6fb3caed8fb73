"""One listener, three clients, and wait() to serve whichever is ready."""

import os
from multiprocessing import Process
from multiprocessing.connection import Client, Connection, Listener, wait

JOBS = {"ada": [1, 2, 3], "bob": [10, 20], "cy": [100]}


def client(
    address: tuple[str, int], authkey: bytes, name: str, numbers: list[int]
) -> None:
    with Client(address, authkey=authkey) as conn:
        conn.send(name)
        for number in numbers:
            conn.send(number)
    # Leaving the block closes the connection: the server sees EOFError.


def main() -> None:
    authkey = os.urandom(32)
    # backlog: how many connections may wait to be accepted (default 1).
    with Listener(
        ("127.0.0.1", 0), backlog=len(JOBS), authkey=authkey
    ) as listener:
        address = listener.address
        procs = [
            Process(target=client, args=(address, authkey, name, numbers))
            for name, numbers in JOBS.items()
        ]
        for proc in procs:
            proc.start()
        # Accept them in whatever order they connect; each says its name.
        names: dict[Connection, str] = {}
        for _ in JOBS:
            conn = listener.accept()
            names[conn] = conn.recv()

    received: dict[str, list[int]] = {name: [] for name in JOBS}
    while names:
        for conn in wait(list(names)):  # the connections that are ready
            try:
                received[names[conn]].append(conn.recv())
            except EOFError:  # that client is done
                conn.close()
                del names[conn]
    for proc in procs:
        proc.join()

    for name, numbers in received.items():
        print(f"{name}: {numbers}, total {sum(numbers)}")
    print(f"exit codes: {[proc.exitcode for proc in procs]}")


if __name__ == "__main__":
    main()
