import sys
import time
from multiprocessing import Process


def finish(code: int) -> None:
    sys.exit(code)


def fail() -> None:
    raise ValueError("bad input")


def main() -> None:
    children = [
        Process(target=finish, args=(0,), name="ok"),
        Process(target=finish, args=(3,), name="gave-up"),
        Process(target=fail, name="raised"),
        Process(target=time.sleep, args=(60,), name="stuck"),
    ]
    for child in children:
        child.start()
    stuck = children[-1]
    print(f"stuck is running, its exit code is {stuck.exitcode}")
    stuck.terminate()
    for child in children:
        child.join()
        print(f"{child.name}: exit code {child.exitcode}")


if __name__ == "__main__":
    main()
