import multiprocessing
import os
import time


def main() -> None:
    # The pool starts replacement workers from a background thread:
    # use spawn, not fork.
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(processes=1) as pool:
        # os._exit(1) ends the worker on the spot, as the OOM killer would.
        crashed = pool.apply_async(os._exit, (1,))
        # The only worker takes that task first and dies; a replacement
        # worker runs this one.
        print("next task still works:", pool.apply(abs, (-3,)))
        # A long task, still running when the block ends.
        pool.apply_async(time.sleep, (10,))
        try:
            crashed.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("crashed task: no result, no error, only a timeout")
    # close() and join() would wait forever for the crashed task: only
    # terminate(), called at the end of the with block, ends this pool.


if __name__ == "__main__":
    main()
