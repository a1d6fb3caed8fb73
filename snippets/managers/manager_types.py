import multiprocessing
from multiprocessing import Manager


def main() -> None:
    with Manager() as manager:
        # A manager's Value is a plain object held by the server process:
        # the type code "i" is stored but not enforced; no shared memory.
        number = manager.Value("i", 0)
        number.value = "not a number"
        print("manager Value:", type(number).__name__, repr(number.value))

        # Compare with multiprocessing.Value, a real C int in shared memory.
        shared = multiprocessing.Value("i", 0)
        try:
            shared.value = "not a number"
        except TypeError as exc:
            print("multiprocessing.Value refuses it:", type(exc).__name__)

        # A manager's Queue is a queue.Queue in the server, reached by a proxy.
        jobs = manager.Queue()
        jobs.put("job")
        print("manager Queue:", type(jobs).__name__, jobs.get())


if __name__ == "__main__":
    main()
