"""One release too many: a Semaphore lets it pass, a BoundedSemaphore refuses."""

from multiprocessing import BoundedSemaphore, Semaphore


def release_too_often(semaphore) -> str:
    semaphore.acquire()
    semaphore.acquire()
    semaphore.release()
    semaphore.release()
    try:
        semaphore.release()  # a third release after two acquires: a bug
    except ValueError as error:
        return type(error).__name__
    return "no error"


def main() -> None:
    print(f"Semaphore(2): {release_too_often(Semaphore(2))}")
    print(f"BoundedSemaphore(2): {release_too_often(BoundedSemaphore(2))}")


if __name__ == "__main__":
    main()
