"""A master serves two queues; workers connect, take tasks, send results."""

import os
import queue
from multiprocessing import Process
from multiprocessing.managers import BaseManager

# The queues live in the manager's server process, reached by name.
task_queue: queue.Queue = queue.Queue()
result_queue: queue.Queue = queue.Queue()


def get_task_queue() -> queue.Queue:  # module level: picklable by name
    return task_queue


def get_result_queue() -> queue.Queue:
    return result_queue


class MasterManager(BaseManager):
    pass


MasterManager.register("get_task_queue", callable=get_task_queue)
MasterManager.register("get_result_queue", callable=get_result_queue)


class WorkerManager(BaseManager):  # what a worker script on its own needs
    pass


WorkerManager.register("get_task_queue")  # names only: no callable
WorkerManager.register("get_result_queue")


def worker(address: tuple[str, int], authkey: bytes) -> None:
    manager = WorkerManager(address=address, authkey=authkey)
    manager.connect()
    tasks = manager.get_task_queue()
    results = manager.get_result_queue()
    while (number := tasks.get()) is not None:  # None: no more work
        results.put((number, number * number))


def main() -> None:
    authkey = os.urandom(32)
    with MasterManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        # Only through proxies: this process's task_queue is another queue.
        tasks = manager.get_task_queue()
        results = manager.get_result_queue()
        for number in range(1, 9):
            tasks.put(number)
        for _ in range(2):
            tasks.put(None)  # one stop signal per worker
        workers = [
            Process(target=worker, args=(manager.address, authkey))
            for _ in range(2)
        ]
        for proc in workers:
            proc.start()
        squares = dict(results.get() for _ in range(8))
        for proc in workers:
            proc.join()

    print(f"results: {sorted(squares.items())}")
    print(f"task_queue of the main process: {task_queue.qsize()} items")
    print(f"workers' exit codes: {[proc.exitcode for proc in workers]}")


if __name__ == "__main__":
    main()
