import logging
import pickle

from dask.distributed import Client, LocalCluster


def main() -> None:
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
    ):
        # Dask pickles functions with cloudpickle: a lambda travels.
        doubled = client.submit(lambda number: 2 * number, 21)
        print("doubled.result():", doubled.result())

        failed = client.submit(int, "twelve")  # int("twelve") fails
        try:
            failed.result()  # raises the worker's exception, here
        except ValueError as exc:
            print(f"result() raised {type(exc).__name__}: {exc}")
        print("failed.status:", failed.status)

        # The same workers, behind the concurrent.futures interface.
        with client.get_executor() as executor:
            squares = list(executor.map(lambda n: n * n, range(6)))
        print("executor.map():", squares)

    # multiprocessing uses the standard pickle, which refuses a lambda.
    try:
        pickle.dumps(lambda number: 2 * number)
    except (AttributeError, pickle.PicklingError) as exc:
        print("pickle.dumps(lambda) raised", type(exc).__name__)


if __name__ == "__main__":
    main()
