"""Exercise solution: wait until a child is ready, or has died first."""

import os
from multiprocessing import Event, Process


def serve(settings_found: bool, ready) -> None:
    if not settings_found:
        # A crash while starting up: the child ends before it sets ready.
        os._exit(2)
    ready.set()
    # A real server would go on serving here; this one returns.


def wait_until_ready(child: Process, ready) -> bool:
    """True once the child is ready, False as soon as it has died."""
    while not ready.wait(timeout=0.1):
        if child.exitcode is not None:
            # It has ended: it counts as ready only if it set the event
            # on its way out, between the wait() and this check.
            return ready.is_set()
    return True


def main() -> None:
    for name, settings_found in (("good", True), ("broken", False)):
        ready = Event()
        child = Process(target=serve, args=(settings_found, ready))
        child.start()
        if wait_until_ready(child, ready):
            print(f"{name}: ready")
        else:
            code = child.exitcode
            print(f"{name}: died before it was ready, exit code {code}")
        child.join()


if __name__ == "__main__":
    main()
