"""set_forkserver_preload(): the fork server imports modules once."""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.queues import Queue

MODULES = ("decimal", "fractions")  # this file imports neither


def report(results: Queue) -> None:
    # What has this child imported before its task imports anything?
    results.put({name: name in sys.modules for name in MODULES})


def main() -> None:
    context = multiprocessing.get_context("forkserver")  # POSIX only
    # Before the fork server starts, that is, before the first child:
    context.set_forkserver_preload(["__main__", "decimal"])
    results = context.Queue()
    child = context.Process(target=report, args=(results,))
    child.start()
    imported = results.get(timeout=10)
    child.join()
    for name, done in imported.items():
        print(f"{name}: {'already imported' if done else 'not imported'}")


if __name__ == "__main__":
    main()
