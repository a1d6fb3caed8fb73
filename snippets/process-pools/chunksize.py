from __future__ import annotations

import os
from multiprocessing import Pool


def tag_with_worker(number: int) -> tuple[int, int]:
    # The PID is only compared in the parent, never printed.
    return number, os.getpid()


def main() -> None:
    with Pool(processes=3) as pool:
        tagged = pool.map(tag_with_worker, range(12), chunksize=4)
        pool.close()
        pool.join()
    workers = [pid for _, pid in tagged]
    chunks = [workers[start : start + 4] for start in range(0, 12, 4)]
    print("numbers:", [number for number, _ in tagged])
    print("tasks sent to the pool:", len(chunks))
    print("each chunk ran in one worker:", all(len(set(c)) == 1 for c in chunks))


if __name__ == "__main__":
    main()
