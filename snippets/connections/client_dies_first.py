"""A client dies before it connects: accept() goes on waiting for it."""

import os
import threading
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def client(address: tuple[str, int], authkey: bytes) -> None:
    # Ends this process before it connects, as a crash would.
    os._exit(1)


def serve(listener: Listener, received: list[str]) -> None:
    with listener.accept() as conn:  # no timeout to give it
        received.append(conn.recv())


def main() -> None:
    authkey = os.urandom(32)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        proc = Process(target=client, args=(listener.address, authkey))
        proc.start()
        received: list[str] = []
        # In a thread of its own, so that the main thread can watch it.
        server = threading.Thread(target=serve, args=(listener, received))
        server.start()
        proc.join()
        print(f"client exit code: {proc.exitcode}")
        server.join(timeout=0.5)
        print(f"accept() still waiting after 0.5 s: {server.is_alive()}")
        # Only a client that connects ends accept(): here, the main thread.
        with Client(listener.address, authkey=authkey) as conn:
            conn.send("a late client")
        server.join()
    print(f"then accept() returned, and the server got {received[0]!r}")


if __name__ == "__main__":
    main()
