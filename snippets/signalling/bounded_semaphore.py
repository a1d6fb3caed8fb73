"""One release too many: a Semaphore takes it, a BoundedSemaphore refuses."""

from multiprocessing import BoundedSemaphore, Semaphore


def one_release_too_many(semaphore, value: int) -> str:
    for _ in range(value):
        semaphore.acquire()
    for _ in range(value):
        semaphore.release()
    try:
        semaphore.release()  # one release more than acquires: a bug
    except ValueError as error:
        return f"ValueError: {error}"
    return "no error"


def main() -> None:
    cases = {
        "Semaphore(2)": (Semaphore(2), 2),
        "BoundedSemaphore(2)": (BoundedSemaphore(2), 2),
        "BoundedSemaphore(1)": (BoundedSemaphore(1), 1),
    }
    for name, (semaphore, value) in cases.items():
        print(f"{name + ':':<20} {one_release_too_many(semaphore, value)}")


if __name__ == "__main__":
    main()
