"""The exercise's solution, with a server that dies right after accept()."""

import os
import queue
import sys
from multiprocessing import Process, Queue
from multiprocessing.connection import Client, Listener


def server(authkey: bytes, addresses) -> None:
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        addresses.put(listener.address)
        listener.accept()
        sys.exit(1)  # ends the server before it answers, as a crash would


def main() -> None:
    authkey = os.urandom(32)
    addresses = Queue()
    proc = Process(target=server, args=(authkey, addresses))
    proc.start()
    try:
        address = addresses.get(timeout=10)
    except queue.Empty:  # only if a child died first
        sys.exit(f"no address within 10 s; server exit code: {proc.exitcode}")

    with Client(address, authkey=authkey) as conn:
        proc.join()  # so that the server is gone before the client sends
        print(f"server exit code: {proc.exitcode}")
        conn.send(1)
        print("send(1) returned")
        try:
            conn.recv()
        except EOFError:  # the server's end closed when the server died
            print("recv() raised EOFError instead of waiting")


if __name__ == "__main__":
    main()
