import multiprocessing
import time


def square(number: int) -> int:
    return number * number


def main() -> None:
    with multiprocessing.Pool(processes=1) as pool:
        lost = pool.apply_async(time.sleep, (10,))  # a ten-second job
    # Leaving the block called terminate(): the job was killed unfinished.
    print("ready after the block:", lost.ready())
    try:
        lost.get(timeout=0.1)
    except multiprocessing.TimeoutError:
        print("get(timeout=0.1): TimeoutError, the result never comes")

    with multiprocessing.Pool(processes=1) as pool:
        kept = pool.apply_async(square, (3,))
        pool.close()
        pool.join()  # waits for the job before the block ends
    print("after close() and join():", kept.get())


if __name__ == "__main__":
    main()
