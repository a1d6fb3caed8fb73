import time
from multiprocessing import Pool, TimeoutError


def long_job(number: int) -> int:
    time.sleep(10)  # a job far longer than the time the block stays open
    return number * number


def square(number: int) -> int:
    return number * number


def main() -> None:
    with Pool(processes=2) as pool:
        lost = pool.apply_async(long_job, (3,))
    # Leaving the block called terminate(): the worker was killed mid-job.
    print("ready after the block:", lost.ready())
    try:
        lost.get(timeout=0.1)
    except TimeoutError:
        print("get(timeout=0.1): TimeoutError, the result never comes")

    with Pool(processes=2) as pool:
        kept = pool.apply_async(square, (3,))
        pool.close()
        pool.join()  # waits for the job before the block ends
    print("after close() and join():", kept.get())


if __name__ == "__main__":
    main()
