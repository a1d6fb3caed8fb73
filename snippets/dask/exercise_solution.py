import logging
import pickle
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import partial

from dask.distributed import Client, LocalCluster


def scale(factor: int, number: int) -> int:
    return factor * number


def run_all(executor: Executor, task, numbers: list[int]) -> str:
    futures = [executor.submit(task, number) for number in numbers]
    try:
        return str([future.result() for future in futures])
    except (AttributeError, pickle.PicklingError):
        # ProcessPoolExecutor pickles the task by name: a lambda has none.
        return "the task could not be pickled"


def main() -> None:
    numbers = [1, 2, 3]
    factor = 10
    tasks = {
        "partial(scale, 10)": partial(scale, factor),  # module-level scale
        "lambda in main()": lambda number: factor * number,
    }
    with ProcessPoolExecutor(max_workers=2) as executor:
        on_pool = {
            name: run_all(executor, task, numbers)
            for name, task in tasks.items()
        }
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
        client.get_executor() as executor,
    ):
        # cloudpickle sends the lambda's code: both tasks run here.
        on_dask = {
            name: run_all(executor, task, numbers)
            for name, task in tasks.items()
        }
    for name in tasks:
        print(f"{name}:")
        print(f"  ProcessPoolExecutor:   {on_pool[name]}")
        print(f"  client.get_executor(): {on_dask[name]}")


if __name__ == "__main__":
    main()
