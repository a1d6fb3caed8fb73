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

    with spawn.Pool(processes=1, maxtasksperchild=1) as pool:
        fresh = pool.map(count_task, range(3), chunksize=1)
        pool.close()
        pool.join()
    print("maxtasksperchild=1, tasks run by the worker so far:", fresh)

    with spawn.Pool(processes=1) as pool:
        reused = pool.map(count_task, range(3), chunksize=1)
        pool.close()
        pool.join()
    print("default, tasks run by the worker so far:", reused)


if __name__ == "__main__":
    main()
