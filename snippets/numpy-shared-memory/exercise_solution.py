import math
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from functools import partial
from multiprocessing.shared_memory import SharedMemory
from typing import NamedTuple

import numpy as np


class ArraySpec(NamedTuple):
    name: str
    shape: tuple[int, ...]
    dtype: str


def normalize_row(source: ArraySpec, target: ArraySpec, row: int) -> None:
    source_block = SharedMemory(name=source.name)
    target_block = SharedMemory(name=target.name)
    values = np.ndarray(source.shape, source.dtype, buffer=source_block.buf)
    shares = np.ndarray(target.shape, target.dtype, buffer=target_block.buf)
    try:
        shares[row] = values[row] / values[row].sum()
    finally:
        del values, shares
        source_block.close()
        target_block.close()


def main() -> None:
    shape, dtype = (3, 4), np.dtype("float64")
    size = math.prod(shape) * dtype.itemsize
    with ExitStack() as cleanup:  # runs its callbacks last-in, first-out
        source_block = SharedMemory(create=True, size=size)
        cleanup.callback(source_block.unlink)
        cleanup.callback(source_block.close)
        target_block = SharedMemory(create=True, size=size)
        cleanup.callback(target_block.unlink)
        cleanup.callback(target_block.close)

        values = np.ndarray(shape, dtype, buffer=source_block.buf)
        values[:] = [[1, 1, 2, 4], [3, 3, 3, 3], [0, 5, 0, 15]]
        source = ArraySpec(source_block.name, shape, dtype.str)
        target = ArraySpec(target_block.name, shape, dtype.str)
        task = partial(normalize_row, source, target)  # task(row)
        with ProcessPoolExecutor(max_workers=2) as executor:
            # list() waits for every task and re-raises a task's error.
            list(executor.map(task, range(shape[0])))
        shares = np.ndarray(shape, dtype, buffer=target_block.buf)
        print(shares)
        print("row sums:", shares.sum(axis=1))
        del values, shares  # before the callbacks close the blocks
    try:
        SharedMemory(name=source.name)
    except FileNotFoundError:
        print("after unlink(): the source block is gone")


if __name__ == "__main__":
    main()
