import math
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.shared_memory import SharedMemory
from typing import NamedTuple

import numpy as np


class ArraySpec(NamedTuple):
    """What a worker needs to see the array: plain, picklable data."""

    name: str
    shape: tuple[int, ...]
    dtype: str


def scale_rows(spec: ArraySpec, start: int, stop: int) -> float:
    block = SharedMemory(name=spec.name)
    matrix = np.ndarray(spec.shape, dtype=spec.dtype, buffer=block.buf)
    try:
        matrix[start:stop] *= 10  # changes the shared rows in place
        return float(matrix[start:stop].sum())  # a small result
    finally:
        del matrix
        block.close()


def main() -> None:
    shape, dtype = (6, 4), np.dtype("float64")
    block = SharedMemory(create=True, size=math.prod(shape) * dtype.itemsize)
    matrix = np.ndarray(shape, dtype=dtype, buffer=block.buf)
    try:
        matrix[:] = np.arange(24).reshape(shape)
        spec = ArraySpec(block.name, shape, dtype.str)
        # The block exists before the pool starts: see "The resource tracker".
        with ProcessPoolExecutor(max_workers=2) as executor:
            sums = list(
                executor.map(scale_rows, [spec] * 3, [0, 2, 4], [2, 4, 6])
            )
        print(matrix)
        print("sums returned by the tasks:", sums)
    finally:
        del matrix
        block.close()
        block.unlink()


if __name__ == "__main__":
    main()
