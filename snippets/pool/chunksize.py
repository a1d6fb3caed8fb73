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
    print("numbers:", [number for number, _ in tagged])
    pids = [pid for _, pid in tagged]
    chunks = [pids[start : start + 4] for start in range(0, 12, 4)]
    print("tasks sent to the pool:", len(chunks))
    print("workers that ran each chunk:", [len(set(c)) for c in chunks])


if __name__ == "__main__":
    main()
