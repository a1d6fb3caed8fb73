"""An exception in a child: a traceback on stderr and exit code 1."""

import multiprocessing


def worker(job: int) -> None:
    raise ValueError(f"no data for job {job}")


def main() -> None:
    child = multiprocessing.Process(target=worker, args=(3,))
    child.start()
    child.join()
    print("the parent carries on")
    print("child exitcode:", child.exitcode)


if __name__ == "__main__":
    main()
