"""close() releases a Process object once its process has ended."""

import time
from multiprocessing import Process


def main() -> None:
    child = Process(target=time.sleep, args=(60,), name="sleeper")
    child.start()
    try:
        child.close()
    except ValueError:
        print("close() while it runs: ValueError")
    child.terminate()
    child.join()
    child.close()  # frees its sentinel and the rest; the object is done
    print("close() after join(): no error")
    try:
        child.is_alive()
    except ValueError as error:
        print(f"is_alive() after close(): ValueError: {error}")
    print("its name is still there:", child.name)


if __name__ == "__main__":
    main()
