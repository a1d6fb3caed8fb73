"""Exercise solution: a deadline for a child, then terminate(), then kill()."""

import signal
import time
from multiprocessing import Process


def deaf() -> None:  # the signal interrupts this
    """A child that ignores SIGTERM, as some programs do, then hangs."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(60)


def run_with_deadline(child: Process, seconds: float) -> str:
    child.start()
    child.join(timeout=seconds)  # returns None whether or not it ended
    if not child.is_alive():
        return f"finished, exit code {child.exitcode}"
    child.terminate()  # ask first: a child can handle SIGTERM
    child.join(timeout=0.5)  # the grace period
    if child.is_alive():  # it ignored SIGTERM: no one can ignore kill()
        child.kill()
        child.join()
    return f"stopped after {seconds} s, exit code {child.exitcode}"


def main() -> None:
    children = [
        Process(target=time.sleep, args=(0,), name="quick"),
        Process(target=time.sleep, args=(60,), name="stuck"),
        Process(target=deaf, name="deaf"),
    ]
    for child in children:
        print(f"{child.name}: {run_with_deadline(child, 1)}")


if __name__ == "__main__":
    main()
