"""Two workers send a name each; the parent takes exactly two, then joins."""

from __future__ import annotations

import multiprocessing as mp


def run(results, name: str) -> None:
    results.put(name)  # a pickled copy of `name` travels to the reader


def get_all(results, count: int, timeout: float = 30.0) -> list[str]:
    """Take exactly `count` items; a late one raises queue.Empty."""
    return [results.get(timeout=timeout) for _ in range(count)]


def main() -> None:
    results = mp.Queue()
    workers = [
        mp.Process(target=run, args=(results, name))
        for name in ("XeanYu", "XY")
    ]
    for worker in workers:
        worker.start()
    names = get_all(results, count=len(workers))  # drain first ...
    for worker in workers:
        worker.join()  # ... then join
    print(sorted(names))  # the arrival order changes from run to run


if __name__ == "__main__":
    main()
