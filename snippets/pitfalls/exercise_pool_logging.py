"""Exercise solution: pool workers log through a queue to the parent."""

from __future__ import annotations

import io
import logging
import logging.handlers
import multiprocessing
from multiprocessing.queues import Queue


def install_queue_handler(log_queue: Queue) -> None:
    """Pool initializer: runs once in every worker."""
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.DEBUG)  # send everything; the parent filters


def check(number: int) -> int:
    logging.info("checking %d", number)
    if number % 2:
        logging.warning("%d is odd", number)
    return number


def main() -> None:
    log_queue = multiprocessing.Queue()
    log_file = io.StringIO()
    handler = logging.StreamHandler(log_file)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    with multiprocessing.Pool(
        2, initializer=install_queue_handler, initargs=(log_queue,)
    ) as pool:
        # The listener's thread starts after the pool's workers.
        listener = logging.handlers.QueueListener(
            log_queue, handler, respect_handler_level=True
        )
        listener.start()
        # map() would wait forever if a worker died; get() with a timeout
        # raises multiprocessing.TimeoutError instead.
        pending = pool.map_async(check, [1, 2, 3, 4])
        print("results:", pending.get(timeout=10))
        pool.close()
        pool.join()  # the workers have exited: no record is on its way
    listener.stop()
    for line in sorted(log_file.getvalue().splitlines()):
        print(line)


if __name__ == "__main__":
    main()
