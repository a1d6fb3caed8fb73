"""Workers log through a queue; one listener in the parent handles every record."""

from __future__ import annotations

import logging
import logging.handlers
import multiprocessing
from multiprocessing.queues import Queue


class ListHandler(logging.Handler):
    """Keeps formatted records in a list (a real program would write a file)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def worker(log_queue: Queue, job: int) -> None:
    logger = logging.getLogger("app")
    logger.handlers = [logging.handlers.QueueHandler(log_queue)]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.info("job %d started", job)
    logger.warning("job %d is slow", job)


def main() -> None:
    log_queue = multiprocessing.Queue()
    collector = ListHandler()
    collector.setFormatter(
        logging.Formatter("%(processName)s %(levelname)s %(message)s")
    )
    listener = logging.handlers.QueueListener(log_queue, collector)
    listener.start()
    workers = [
        multiprocessing.Process(target=worker, args=(log_queue, job), name=f"worker-{job}")
        for job in range(3)
    ]
    for child in workers:
        child.start()
    for child in workers:
        child.join()
    listener.stop()  # handles every record still queued, then returns
    for line in sorted(collector.lines):
        print(line)


if __name__ == "__main__":
    main()
