import multiprocessing
from multiprocessing import Process


def log(message: str) -> None:
    """Prefix a message with the name of the process that prints it."""
    me = multiprocessing.current_process()
    print(f"[{me.name}] {message}")


def convert(filename: str) -> None:
    log(f"converting {filename}")


def main() -> None:
    log("starting a worker")
    worker = Process(target=convert, args=("report.txt",), name="converter")
    worker.start()
    worker.join()
    log(f"the worker ended with exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
