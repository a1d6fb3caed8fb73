from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory

WORKERS = 4
NUMBERS_PER_WORKER = 100
SLOT_SIZE = 8  # one signed 64-bit integer ("q") per worker
BLOCK_SIZE = WORKERS * SLOT_SIZE


def worker(name: str, index: int) -> None:
    first = index * NUMBERS_PER_WORKER + 1
    total = sum(n * n for n in range(first, first + NUMBERS_PER_WORKER))
    block = SharedMemory(name=name)
    # Slice first: on some systems the block is larger than requested.
    with block.buf[:BLOCK_SIZE].cast("q") as totals:  # released on exit
        totals[index] = total
    block.close()


def main() -> None:
    block = SharedMemory(create=True, size=BLOCK_SIZE)
    try:
        workers = [
            Process(target=worker, args=(block.name, i))
            for i in range(WORKERS)
        ]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        with block.buf[:BLOCK_SIZE].cast("q") as totals:
            per_worker = totals.tolist()
    finally:
        block.close()
        block.unlink()

    expected = sum(n * n for n in range(1, WORKERS * NUMBERS_PER_WORKER + 1))
    # A worker that died wrote nothing: its slot stays 0; its exit code
    # says so.
    print("exit codes:", [process.exitcode for process in workers])
    print("per worker:", per_worker)
    print("total:", sum(per_worker))
    print("expected:", expected)
    try:
        SharedMemory(name=block.name)
    except FileNotFoundError as exc:
        print("attaching after unlink raises", type(exc).__name__)


if __name__ == "__main__":
    main()
