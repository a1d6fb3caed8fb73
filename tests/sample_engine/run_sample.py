"""Run one sample as ``__main__`` under a start method chosen from outside.

    python run_sample.py METHOD PATH

METHOD is ``fork``, ``spawn``, ``forkserver`` or ``own`` (the sample sets its
own). The sample file is executed unchanged, exactly as a reader's
``python demo.py`` would run it: ``runpy.run_path`` gives the module a
``__file__`` and no ``__spec__``, so spawn and forkserver children re-import
the sample from its path as ``__mp_main__``.
"""

import multiprocessing
import os
import runpy
import sys


def main() -> None:
    method, path = sys.argv[1], os.path.abspath(sys.argv[2])
    if method != "own":
        multiprocessing.set_start_method(method)
    # What ``python PATH`` would have: the script's folder first on sys.path
    # and argv naming the script.
    sys.path[0] = os.path.dirname(path)
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")


if __name__ == "__main__":
    main()
