"""main() returns without joining: nobody learns that the child failed."""

from multiprocessing import Process


def convert(filename: str) -> None:
    raise ValueError(f"cannot convert {filename}")  # stands in for any bug


def main() -> None:
    worker = Process(target=convert, args=("report.txt",))
    worker.start()
    print("all done")  # the parent believes it: nothing told it otherwise


if __name__ == "__main__":
    main()
