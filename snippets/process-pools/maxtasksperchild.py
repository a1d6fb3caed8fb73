import multiprocessing

# Each worker process has its own copy of this counter.
worker_state = {"tasks_run": 0}


def count_task(_: int) -> int:
    worker_state["tasks_run"] += 1
    return worker_state["tasks_run"]


def main() -> None:
    # Replacement workers are started from a background thread of the pool:
    # use spawn (or forkserver) for them, not fork.
    spawn = multiprocessing.get_context("spawn")

    with spawn.Pool(processes=2, maxtasksperchild=1) as pool:
        fresh = pool.map(count_task, range(4), chunksize=1)
        pool.close()
        pool.join()
    print("maxtasksperchild=1, tasks run by the worker so far:", fresh)

    with spawn.Pool(processes=2) as pool:
        reused = pool.map(count_task, range(4), chunksize=1)
        pool.close()
        pool.join()
    # Four tasks, two workers that live as long as the pool: one ran at least 2.
    print("default, some worker ran 2 or more tasks:", max(reused) >= 2)


if __name__ == "__main__":
    main()
