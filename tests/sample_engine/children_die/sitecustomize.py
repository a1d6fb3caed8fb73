"""Every child process ends before its first line: the fault of a worker killed as it starts.

``runner.run(..., children_die=True)`` puts this folder on ``PYTHONPATH``, so every interpreter
of the run imports this module at startup: the sample's main process, and under spawn and
forkserver each child (and the fork server, whose forked children inherit the change). A pool's
workers and a manager's server process are ``Process`` objects too. The main process is not
one: it runs the sample as usual, and ``test_samples.py`` checks that it still ends, with a
report.
"""

import multiprocessing.process
import os
import time

DEAD_CHILD_EXIT_CODE = 3
# Before its first line. A Pool replaces a dead worker at once and waits for the new one's end:
# workers that die without this pause keep a core busy for as long as the program waits (16
# CPU-seconds in a 10 s wait, measured under fork).
SECONDS_BEFORE_DYING = 0.2


def _die_before_the_first_line(process: multiprocessing.process.BaseProcess) -> None:
    time.sleep(SECONDS_BEFORE_DYING)
    os._exit(DEAD_CHILD_EXIT_CODE)


multiprocessing.process.BaseProcess.run = _die_before_the_first_line
