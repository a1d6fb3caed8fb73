import multiprocessing
import time


def square(number: int) -> int:
    return number * number


def main() -> None:
    with multiprocessing.Pool(processes=1) as pool:
        lost = [pool.apply_async(time.sleep, (10,)) for _ in range(3)]
    # Leaving the block called terminate(): the jobs were killed unfinished.
    finished = sum(job.ready() for job in lost)
    print("jobs finished after the block:", finished)
    try:
        lost[0].get(timeout=0.1)
    except multiprocessing.TimeoutError:
        print("get(timeout=0.1): TimeoutError, the result never comes")

    with multiprocessing.Pool(processes=1) as pool:
        kept = [pool.apply_async(square, (n,)) for n in range(1, 4)]
        pool.close()
        pool.join()  # waits for the jobs before the block ends
    finished = sum(job.ready() for job in kept)
    print("jobs finished after close() and join():", finished)
    print("their results:", [job.get() for job in kept])


if __name__ == "__main__":
    main()
