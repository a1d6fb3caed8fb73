"""terminate() sends a signal the child can handle; kill() does not."""

import multiprocessing
import signal
import sys
import time
from multiprocessing import Process


def stop(signum: int, frame: object) -> None:
    sys.exit(0)  # raises SystemExit here, so `finally` blocks still run


def careful(ready, cleanups) -> None:
    signal.signal(signal.SIGTERM, stop)
    try:
        ready.set()
        time.sleep(60)  # the signal interrupts this
    finally:  # the clean-up: close files, remove temporary ones, ...
        with cleanups.get_lock():
            cleanups.value += 1


def start_careful(cleanups) -> Process:
    ready = multiprocessing.Event()
    child = Process(target=careful, args=(ready, cleanups))
    child.start()
    ready.wait(timeout=10)  # its SIGTERM handler is in place
    return child


def main() -> None:
    cleanups = multiprocessing.Value("i", 0)
    child = start_careful(cleanups)
    child.terminate()
    child.join()
    print(
        f"terminate(): exit code {child.exitcode}, clean-ups {cleanups.value}"
    )
    child = start_careful(cleanups)
    child.kill()
    child.join()
    print(
        f"kill():      exit code {child.exitcode}, clean-ups {cleanups.value}"
    )


if __name__ == "__main__":
    main()
