"""Workers log through a queue; a listener in the parent handles records."""

from __future__ import annotations

import io
import logging
import logging.handlers
import multiprocessing
from multiprocessing.queues import Queue


def worker(log_queue: Queue, job: int) -> None:
    logger = logging.getLogger("app")
    logger.handlers = [logging.handlers.QueueHandler(log_queue)]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.info("job %d started", job)
    logger.warning("job %d is slow", job)


def main() -> None:
    log_queue = multiprocessing.Queue()
    log_file = io.StringIO()  # stands in for a real file such as app.log
    handler = logging.StreamHandler(log_file)
    handler.setFormatter(
        logging.Formatter("%(processName)s %(levelname)s %(message)s")
    )
    workers = [
        multiprocessing.Process(
            target=worker, args=(log_queue, job), name=f"worker-{job}"
        )
        for job in range(3)
    ]
    for child in workers:
        child.start()
    # Start the listener's thread after the children: forking a process that
    # runs threads is unsafe (Python 3.12+ warns about it).
    listener = logging.handlers.QueueListener(log_queue, handler)
    listener.start()
    for child in workers:
        child.join()
    listener.stop()  # handles every record still queued, then returns
    # One writer kept the lines whole; sorting makes the order repeatable.
    for line in sorted(log_file.getvalue().splitlines()):
        print(line)


if __name__ == "__main__":
    main()
