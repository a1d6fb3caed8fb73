import logging
import os

from dask.distributed import Client, LocalCluster


def collatz_steps(start: int) -> int:
    steps = 0
    number = start
    while number != 1:
        number = number // 2 if number % 2 == 0 else 3 * number + 1
        steps += 1
    return steps


def main() -> None:
    starts = [27, 97, 871, 6171]
    with (
        LocalCluster(
            n_workers=2,  # two worker processes
            threads_per_worker=1,  # each runs one task at a time
            processes=True,
            host="127.0.0.1",  # listen on this machine only
            dashboard_address="127.0.0.1:0",  # any free port
            silence_logs=logging.CRITICAL,  # see "Dask's log messages"
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(collatz_steps, starts)  # one task per start
        results = client.gather(futures)  # wait, and fetch the results
        worker_pids = client.run(os.getpid)  # {worker address: its PID}
    others = len(set(worker_pids.values()) - {os.getpid()})
    print(f"worker processes other than this one: {others}")
    for start, steps in zip(starts, results):
        print(f"{start}: {steps} steps")
    local = list(map(collatz_steps, starts))  # the same calls, here
    print("same as the built-in map() here:", results == local)


if __name__ == "__main__":
    main()
