"""A client with the wrong key: both ends raise AuthenticationError."""

import os
from multiprocessing import AuthenticationError, Process
from multiprocessing.connection import Client, Listener


def client(address: tuple[str, int], authkey: bytes) -> None:
    try:
        with Client(address, authkey=authkey) as conn:  # the handshake
            conn.send("hello")
    except AuthenticationError as error:  # no connection was made
        print(f"client: AuthenticationError: {error}")


def main() -> None:
    authkey = os.urandom(32)
    outcomes = []
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        # One client at a time: first a wrong key, then the right one.
        for label, key in (("wrong key", b"a guess"), ("right key", authkey)):
            proc = Process(target=client, args=(listener.address, key))
            proc.start()
            try:
                with listener.accept() as conn:  # the handshake happens here
                    outcome = f"accepted, received {conn.recv()!r}"
            except AuthenticationError as error:
                outcome = f"AuthenticationError: {error}"
            proc.join()
            outcomes.append(f"{label}: {outcome}")
            outcomes.append(f"{label}: client exit code {proc.exitcode}")

    # The child printed its line before exiting; ours come after.
    for outcome in outcomes:
        print(f"server, {outcome}")


if __name__ == "__main__":
    main()
