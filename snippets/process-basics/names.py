from multiprocessing import Process


def idle() -> None:
    """Does nothing: this sample is about what the parent sees."""


def main() -> None:
    workers = [
        Process(target=idle),
        Process(target=idle),
        Process(target=idle, name="downloader"),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for worker in workers:
        print(f"{worker.name}: exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
