"""A child that raises does not stop the parent: check exitcode."""

from multiprocessing import Process

TEXTS = ["10", "forty", "30"]


def parse(text: str) -> None:
    print(f"parsed {int(text)}", flush=True)  # int("forty") raises ValueError


def main() -> None:
    workers = [Process(target=parse, args=(text,)) for text in TEXTS]
    for worker in workers:
        worker.start()
        worker.join()  # one at a time, so the output order is fixed

    # The traceback went to the child's stderr; the parent carries on.
    print(f"exit codes: {[worker.exitcode for worker in workers]}")
    failed = [
        text for text, worker in zip(TEXTS, workers) if worker.exitcode != 0
    ]
    print(f"failed inputs: {failed}")


if __name__ == "__main__":
    main()
