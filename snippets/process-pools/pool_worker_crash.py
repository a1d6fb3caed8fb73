import multiprocessing
import os


def main() -> None:
    # The pool starts the replacement worker from a background thread: use spawn.
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(processes=1) as pool:
        # os._exit(1) kills the worker on the spot, as the OOM killer would.
        crashed = pool.apply_async(os._exit, (1,))
        # The only worker takes that task first and dies; a replacement runs this.
        print("next task still works:", pool.apply(abs, (-3,)))
        try:
            crashed.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("crashed task: no result, no error, only a timeout")
    # The with block ends with terminate(): close() and join() would wait
    # forever for the crashed task.


if __name__ == "__main__":
    main()
