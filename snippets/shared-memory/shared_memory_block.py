from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def worker(name: str, index: int) -> None:
    block = SharedMemory(name=name)  # attach to the existing block by its name
    block.buf[index] = index * 10  # one byte, written straight into the block
    block.close()  # this process is done with it; do NOT unlink here


def main() -> None:
    block = SharedMemory(create=True, size=4)
    try:
        workers = [
            Process(target=worker, args=(block.name, i)) for i in range(4)
        ]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        print("bytes written by the workers:", list(block.buf[:4]))
    finally:
        block.close()  # release this process's mapping
        block.unlink()  # destroy the block itself: once, by its owner

    try:
        SharedMemory(name=block.name)
    except FileNotFoundError as exc:
        print("attaching after unlink raises", type(exc).__name__)


if __name__ == "__main__":
    main()
