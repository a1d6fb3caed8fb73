"""Wait for whichever children end first: wait() on their sentinels."""

import sys
import time
from multiprocessing import Process
from multiprocessing.connection import wait


def finish(code: int) -> None:
    sys.exit(code)


def main() -> None:
    children = [
        Process(target=finish, args=(0,), name="quick"),
        Process(target=finish, args=(2,), name="failing"),
        Process(target=time.sleep, args=(60,), name="stuck"),
    ]
    for child in children:
        child.start()
    running = {child.sentinel: child for child in children}
    ended = []
    while len(ended) < 2:  # two of them will end on their own
        for sentinel in wait(list(running), timeout=10):
            child = running.pop(sentinel)
            child.join()  # the child has exited: collect its status
            ended.append(f"{child.name} ({child.exitcode})")
    print("ended:", sorted(ended))
    for child in running.values():
        print("still running:", child.name)
        child.terminate()
        child.join()


if __name__ == "__main__":
    main()
