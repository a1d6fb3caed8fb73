import math
from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory

import numpy as np


def fill(
    name: str, shape: tuple[int, ...], dtype: str, start: int, stop: int
) -> None:
    block = SharedMemory(name=name)  # attach to the parent's block
    squares = np.ndarray(shape, dtype=dtype, buffer=block.buf)
    try:
        squares[start:stop] = np.arange(start, stop) ** 2  # in place
    finally:
        del squares  # the array must go before the block is closed
        block.close()


def main() -> None:
    shape, dtype = (8,), np.dtype("int64")
    size = math.prod(shape) * dtype.itemsize  # 8 numbers of 8 bytes
    block = SharedMemory(create=True, size=size)
    squares = np.ndarray(shape, dtype=dtype, buffer=block.buf)
    try:
        squares[:] = -1  # until a worker writes its half
        workers = [
            Process(target=fill, args=(block.name, shape, dtype.str, 0, 4)),
            Process(target=fill, args=(block.name, shape, dtype.str, 4, 8)),
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(squares)  # what the workers wrote, read in place
        print("sum:", squares.sum())
    finally:
        del squares
        block.close()
        block.unlink()  # once, by the process that created the block


if __name__ == "__main__":
    main()
