"""Every child process ends at its first line: the fault of a worker killed as it starts.

``runner.run(..., children_die=True)`` puts this folder on ``PYTHONPATH``, so every interpreter
of the run imports this module at startup: the sample's main process, and under spawn and
forkserver each child (and the fork server, whose forked children inherit the change). A pool's
workers and a manager's server process are ``Process`` objects too. The main process is not
one: it runs the sample as usual, and ``test_samples.py`` checks that it still ends, with a
report.
"""

import multiprocessing.process
import os

DEAD_CHILD_EXIT_CODE = 3


def _die_at_once(process: multiprocessing.process.BaseProcess) -> None:
    os._exit(DEAD_CHILD_EXIT_CODE)


multiprocessing.process.BaseProcess.run = _die_at_once
