"""The server goes before accept(): under fork, Client() still connects."""

import os
import queue
from multiprocessing import get_context
from multiprocessing.connection import Client, Listener


def client(address: tuple[str, int], authkey: bytes, go, outcome) -> None:
    go.get(timeout=10)  # wait until the server's listener is closed
    outcome.put("connecting")
    try:
        Client(address, authkey=authkey)  # fork: connects, then waits
    except ConnectionRefusedError as error:
        outcome.put(type(error).__name__)


def attempt(method: str) -> str:
    context = get_context(method)
    authkey = os.urandom(32)
    go, outcome = context.Queue(), context.Queue()
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        proc = context.Process(
            target=client, args=(listener.address, authkey, go, outcome)
        )
        proc.start()  # under fork, with a copy of the listening socket
    # Closed, and no accept(): as if the server had died here.
    go.put("connect now")
    outcome.get(timeout=10)  # "connecting": the client is in Client() now
    try:
        result = outcome.get(timeout=1)
    except queue.Empty:  # no answer: the client still waits
        proc.kill()
        result = "still waiting in Client() after 1 s, so killed"
    proc.join()
    return result


def main() -> None:
    for method in ("fork", "forkserver", "spawn"):
        print(f"{method:>10}: {attempt(method)}")


if __name__ == "__main__":
    main()
