"""Memory with fork: how much of a forked child's memory becomes its own as it touches the
parent's objects, with and without ``gc.freeze()`` in the parent before the fork.

A forked child shares the parent's memory pages until one of the two writes to a page
(copy-on-write). In CPython, reading an object writes to it: its reference count changes. And
a garbage collection writes to the header of every container object it examines, unless
``gc.freeze()`` moved them out of its reach first. Here the parent builds ``rows`` small lists
``[i, float(i), str(i)]``, forks a child, and waits; the child does nothing, reads every
object, or runs ``gc.collect()``, and reports its USS (unique set size: the memory only it
uses) and PSS (proportional set size: shared pages split among their sharers), read from
``/proc/<pid>/smaps`` by psutil. Not timed, so not a pyperf benchmark: each case is repeated
``trials`` times, in a fresh interpreter, and every value is kept.

``python -m tools.bench.memory [--rows N] [--trials T]`` prints the results as JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import sys

import psutil

ACTIONS = ("nothing", "read", "collect")
_rows: list[list] = []


def build(rows: int) -> list[list]:
    return [[i, float(i), str(i)] for i in range(rows)]


def child(action: str, conn) -> None:
    before = psutil.Process().memory_full_info()
    if action == "read":
        count = 0
        for row in _rows:
            for _item in row:
                count += 1
    elif action == "collect":
        gc.collect()
    after = psutil.Process().memory_full_info()
    conn.send({"uss_before": before.uss, "uss": after.uss, "pss": after.pss})
    conn.close()


def one_child(action: str) -> dict:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(action, sender))
    process.start()
    sender.close()
    found = receiver.recv()  # the parent waits here, touching nothing, while the child works
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"the {action} child exited with {process.exitcode}")
    return found


def measure(rows: int, trials: int) -> dict:
    """Every value of every case, and the size of the data (the parent's USS growth)."""
    global _rows  # noqa: PLW0603 (what the forked child inherits)
    cases = {(freeze, action): [] for freeze in (False, True) for action in ACTIONS}
    data_bytes = []
    for trial in range(trials):
        before = psutil.Process().memory_full_info().uss
        _rows = build(rows)
        data_bytes.append(psutil.Process().memory_full_info().uss - before)
        for (freeze, action), values in cases.items():
            print(
                f"  memory: trial {trial + 1}/{trials}, "
                f"{'gc.freeze(), ' if freeze else ''}child {action}",
                file=sys.stderr,
                flush=True,
            )
            if freeze:
                gc.freeze()
            try:
                values.append(one_child(action))
            finally:
                gc.unfreeze()
        _rows = []
        gc.collect()
    return {
        "rows": rows,
        "row": "[i, float(i), str(i)]",
        "trials": trials,
        "data_bytes": data_bytes,
        "cases": [
            {
                "freeze": freeze,
                "action": action,
                **{key: [v[key] for v in values] for key in ("uss_before", "uss", "pss")},
            }
            for (freeze, action), values in cases.items()
        ],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=400_000)
    parser.add_argument("--trials", type=int, default=3)
    args = parser.parse_args(argv)
    if "fork" not in multiprocessing.get_all_start_methods():
        print(json.dumps({"skipped": "this platform has no fork"}))
        return
    print(json.dumps(measure(args.rows, args.trials)))


if __name__ == "__main__":
    main()
