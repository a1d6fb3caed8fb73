"""Exercise: the server runs in a child and tells the parent its address."""

import os
import queue
import sys
from multiprocessing import Process, Queue
from multiprocessing.connection import Client, Listener


def server(authkey: bytes, addresses) -> None:
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        addresses.put(listener.address)  # now the parent can connect
        with listener.accept() as conn:
            while True:
                try:
                    number = conn.recv()
                except EOFError:  # the client closed its end
                    break
                conn.send(number * number)


def main() -> None:
    authkey = os.urandom(32)
    addresses = Queue()
    proc = Process(target=server, args=(authkey, addresses))
    proc.start()
    try:
        # Waits until the server is listening, but not for a dead server.
        address = addresses.get(timeout=10)
    except queue.Empty:  # only if a child died first
        sys.exit(f"no address within 10 s; server exit code: {proc.exitcode}")

    answers = []
    with Client(address, authkey=authkey) as conn:
        for number in range(1, 5):
            conn.send(number)
            answers.append(conn.recv())
    proc.join()

    print(f"squares from the server: {answers}")
    print(f"server exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
