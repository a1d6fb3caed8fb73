from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def worker(name: str, index: int) -> None:
    cubes = ShareableList(name=name)  # attach to the parent's list by name
    cubes[index] = index**3
    cubes.shm.close()  # close this process's mapping; the parent unlinks


def main() -> None:
    # Length and per-item storage are fixed when the list is created.
    cubes = ShareableList([0, 0, 0, 0, "ready"])
    try:
        workers = [
            Process(target=worker, args=(cubes.shm.name, i)) for i in range(4)
        ]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        print("cubes:", list(cubes))

        try:
            cubes[4] = "a label longer than the slot"
        except ValueError as exc:
            print("a longer string raises", type(exc).__name__)
        print("last item is still:", cubes[4])
    finally:
        cubes.shm.close()
        cubes.shm.unlink()


if __name__ == "__main__":
    main()
