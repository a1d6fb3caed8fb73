"""A client with the wrong key: both ends raise AuthenticationError."""

import os
from multiprocessing import AuthenticationError, Process
from multiprocessing.connection import Client, Listener


def intruder(address: tuple[str, int]) -> None:
    try:
        Client(address, authkey=b"a guess")  # raises: no connection
    except AuthenticationError as error:
        print(f"client: AuthenticationError: {error}")


def main() -> None:
    authkey = os.urandom(32)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        proc = Process(target=intruder, args=(listener.address,))
        proc.start()
        try:
            listener.accept()  # the handshake happens here
        except AuthenticationError as error:
            refused = str(error)
        proc.join()

    # The child printed its line before exiting; ours come after join().
    print(f"server: AuthenticationError: {refused}")
    print(f"client exit code: {proc.exitcode}")


if __name__ == "__main__":
    main()
