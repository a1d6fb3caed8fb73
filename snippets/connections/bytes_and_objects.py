"""send()/recv() carry objects; send_bytes()/recv_bytes() carry bytes."""

import os
import pickle
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def client(address: tuple[str, int], authkey: bytes) -> None:
    with Client(address, authkey=authkey) as conn:
        conn.send_bytes(b"raw bytes, no pickle")
        conn.send_bytes(b"0123456789")
        conn.send({"user": "ada", "scores": [3, 5]})


def main() -> None:
    authkey = os.urandom(32)
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        proc = Process(target=client, args=(listener.address, authkey))
        proc.start()
        with listener.accept() as conn:
            first = conn.recv_bytes()
            buffer = bytearray(16)  # a buffer you made in advance
            size = conn.recv_bytes_into(buffer)
            pickled = conn.recv_bytes()  # a message sent with send()
        proc.join()

    print(f"recv_bytes():      {first!r}")
    print(f"recv_bytes_into(): {size} bytes, buffer now {bytes(buffer)!r}")
    print(f"send() sent {len(pickled)} bytes of pickle")
    print(f"pickle.loads():    {pickle.loads(pickled)}")


if __name__ == "__main__":
    main()
