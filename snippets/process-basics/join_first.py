"""The same program, joined: the child gets its queue and sends a result."""

import multiprocessing


def main() -> None:
    results = multiprocessing.Queue()
    # The child's whole job: put "done" on the queue.
    child = multiprocessing.Process(target=results.put, args=("done",))
    child.start()
    print("the child sent:", results.get(timeout=10))
    child.join()
    print("the child ended with exit code", child.exitcode)


if __name__ == "__main__":
    main()
