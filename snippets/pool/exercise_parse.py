from __future__ import annotations

from multiprocessing import Pool

LINES = ["3", "1", "x", "4", "1", "5", "y", "9"]


def parse(line: str) -> int | str:
    # Raised, the error would fail the whole chunk of 4 lines: return it
    # as a value, and the other lines of the chunk keep their integers.
    try:
        return int(line)
    except ValueError as error:
        return type(error).__name__


def main() -> None:
    with Pool(processes=2) as pool:
        # imap returns at once: read it to the end inside the block, whose
        # end calls terminate().
        parsed = list(pool.imap(parse, LINES, chunksize=4))
        pool.close()
        pool.join()
    for line, value in zip(LINES, parsed):
        print(f"{line!r}: {value}")


if __name__ == "__main__":
    main()
