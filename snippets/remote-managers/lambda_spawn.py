"""The tutorials' lambda, under spawn: the manager cannot start."""

import multiprocessing
import queue
from multiprocessing.managers import BaseManager

task_queue: queue.Queue = queue.Queue()


class QueueManager(BaseManager):
    pass


# As in the tutorials: the callable is a lambda.
QueueManager.register("get_task_queue", callable=lambda: task_queue)


def main() -> None:
    multiprocessing.set_start_method("spawn")  # Windows' and macOS' default
    manager = QueueManager(address=("127.0.0.1", 0), authkey=b"abc")
    manager.start()  # pickles the registry for the new process: fails


if __name__ == "__main__":
    main()
