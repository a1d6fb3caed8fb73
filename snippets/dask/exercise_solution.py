import logging
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed

from dask.distributed import Client, LocalCluster


def collatz_steps(start: int) -> int:
    if start < 1:
        raise ValueError(f"start must be positive, got {start}")
    steps = 0
    number = start
    while number != 1:
        number = number // 2 if number % 2 == 0 else 3 * number + 1
        steps += 1
    return steps


def run_all(executor: Executor, starts: list[int]) -> dict[int, str]:
    futures = {
        executor.submit(collatz_steps, start): start for start in starts
    }
    outcomes = {}
    for future in as_completed(futures):
        start = futures[future]
        try:
            outcomes[start] = f"{future.result()} steps"
        except ValueError as exc:
            outcomes[start] = f"failed with {type(exc).__name__}"
    return outcomes


def main() -> None:
    starts = [27, 97, 0, 871, 6171]
    with ProcessPoolExecutor(max_workers=2) as executor:
        on_pool = run_all(executor, starts)
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
        on_dask = run_all(executor, starts)
    print(f"start {'ProcessPoolExecutor':<22} | client.get_executor()")
    for start in starts:
        print(f"{start:>5} {on_pool[start]:<22} | {on_dask[start]}")
    print("the same outcomes:", on_pool == on_dask)


if __name__ == "__main__":
    main()
