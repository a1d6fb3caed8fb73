import logging
import sys
from multiprocessing import Manager, Process, get_logger


def worker(numbers, number: int) -> None:
    numbers.append(number)


def print_multiprocessing_log() -> None:
    # multiprocessing logs what it does; print its messages from this process.
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("log: %(message)s"))
    handler.addFilter(lambda record: record.processName == "MainProcess")
    get_logger().addHandler(handler)
    get_logger().setLevel(logging.INFO)


def main() -> None:
    manager = Manager()  # as in the post: no `with`, no shutdown()
    numbers = manager.list()
    workers = [Process(target=worker, args=(numbers, i)) for i in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print("values, sorted:", sorted(numbers[:]))  # [:] copies in one request
    print_multiprocessing_log()
    print("main() returns without calling shutdown()")


if __name__ == "__main__":
    main()
