from __future__ import annotations

from multiprocessing import Pool

# Each worker process has its own copy of this counter.
worker_state = {"tasks_run": 0}


def count_task(_: int) -> int:
    worker_state["tasks_run"] += 1
    return worker_state["tasks_run"]


def main() -> None:
    with Pool(processes=2, maxtasksperchild=1) as pool:
        fresh = pool.map(count_task, range(6), chunksize=1)
    print("maxtasksperchild=1, tasks run by the worker so far:", fresh)

    with Pool(processes=2) as pool:
        reused = pool.map(count_task, range(6), chunksize=1)
    # Six tasks, two workers that live as long as the pool: one ran at least 3.
    print("default, some worker ran 3 or more tasks:", max(reused) >= 3)


if __name__ == "__main__":
    main()
