from __future__ import annotations

from multiprocessing import Pool

LINES = ["3", "1", "x", "4", "1", "5", "y", "9"]


def parse(line: str) -> int | str:
    # Raised, the error would come out of get() in place of every result:
    # return it as a value, and the other lines keep their integers.
    try:
        return int(line)
    except ValueError as error:
        return type(error).__name__


def main() -> None:
    with Pool(processes=2) as pool:
        pending = pool.map_async(parse, LINES, chunksize=4)
        # Wait inside the block, whose end calls terminate(). If a worker
        # dies, its chunk never ends: the timeout raises
        # multiprocessing.TimeoutError instead of waiting forever.
        parsed = pending.get(timeout=10)
        pool.close()
        pool.join()
    for line, value in zip(LINES, parsed):
        print(f"{line!r}: {value}")


if __name__ == "__main__":
    main()
