"""A client with the wrong key is refused; the server carries on."""

import os
import queue
from multiprocessing import AuthenticationError
from multiprocessing.managers import BaseManager

task_queue: queue.Queue = queue.Queue()


def get_task_queue() -> queue.Queue:
    return task_queue


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue", callable=get_task_queue)


def main() -> None:
    authkey = os.urandom(32)
    with QueueManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        manager.get_task_queue().put("job 1")

        intruder = QueueManager(address=manager.address, authkey=b"abc")
        try:
            intruder.connect()
        except AuthenticationError as error:
            print(f"wrong key: AuthenticationError: {error}")

        client = QueueManager(address=manager.address, authkey=authkey)
        client.connect()
        print(f"right key: got {client.get_task_queue().get()!r}")


if __name__ == "__main__":
    main()
