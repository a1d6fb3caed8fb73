"""main() returns right after start(): the child never gets its queue."""

import multiprocessing


def main() -> None:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    # The child's whole job: put "done" on the queue.
    child = context.Process(target=results.put, args=("done",))
    child.start()
    print("main() returns without joining its child")


if __name__ == "__main__":
    main()
