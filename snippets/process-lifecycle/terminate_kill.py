"""terminate() sends a signal the child can handle; kill() does not."""

import multiprocessing
import signal
import sys
import time
from multiprocessing import Process


def stop(signum: int, frame: object) -> None:
    sys.exit(0)  # raises SystemExit here, so `finally` blocks still run


def careful(ready) -> None:
    signal.signal(signal.SIGTERM, stop)
    try:
        ready.set()  # tell the parent: the handler is in place
        time.sleep(60)  # the signal interrupts this
    finally:  # the clean-up: close files, remove temporary ones, ...
        print(f"{multiprocessing.current_process().name}: cleaned up")


def start_careful(name: str) -> Process:
    ready = multiprocessing.Event()
    child = Process(target=careful, args=(ready,), name=name)
    child.start()
    ready.wait(timeout=10)  # until its SIGTERM handler is in place
    return child


def main() -> None:
    child = start_careful("terminated")
    child.terminate()
    child.join()
    print(f"terminate(): exit code {child.exitcode}")
    child = start_careful("killed")
    child.kill()
    child.join()
    print(f"kill():      exit code {child.exitcode}")


if __name__ == "__main__":
    main()
