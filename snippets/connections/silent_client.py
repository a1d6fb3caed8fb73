"""A client that connects and sends nothing holds accept() up: no timeout."""

import os
import socket
import threading
from multiprocessing.connection import Listener


def accept_one(listener: Listener, outcome: list[str]) -> None:
    try:
        listener.accept()  # the handshake waits for the client's answer
    except EOFError:
        outcome.append("EOFError: the client left during the handshake")


def main() -> None:
    authkey = os.urandom(32)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        silent = socket.create_connection(listener.address)  # says nothing
        outcome: list[str] = []
        # In a thread of its own, so that the main thread is not stuck too.
        server = threading.Thread(target=accept_one, args=(listener, outcome))
        server.start()
        server.join(timeout=0.2)
        print(f"accept() still waiting after 0.2 s: {server.is_alive()}")
        silent.shutdown(socket.SHUT_WR)  # the client hangs up
        server.join()
        silent.close()
    print(f"then accept() ended with {outcome[0]}")


if __name__ == "__main__":
    main()
