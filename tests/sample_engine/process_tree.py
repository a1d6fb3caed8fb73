"""Finding and killing the processes a sample leaves behind.

Each sample runs as the leader of a new session (``start_new_session=True``),
so everything it starts shares its session and process-group id unless it
goes out of its way to leave. After the sample exits, its session must empty.
Under spawn and forkserver the resource tracker and the fork server exit a
moment *after* the main process, so the check waits for a bounded grace
period before calling anything a survivor.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path

GRACE_SECONDS = 3.0
_POLL_SECONDS = 0.01


def _members_from_proc(session: int) -> list[int]:
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended while we looked
            continue
        # "pid (comm) state ppid pgrp session ...": comm may contain spaces.
        fields = text[text.rindex(")") + 2 :].split()
        state, pgrp, sid = fields[0], int(fields[2]), int(fields[3])
        if state != "Z" and session in (pgrp, sid):
            members.append(int(stat.parent.name))
    return members


def is_running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    stat = Path(f"/proc/{pid}/stat")
    if stat.parent.parent.exists() and Path("/proc/self/stat").exists():
        try:
            text = stat.read_text()
        except OSError:
            return False
        return text[text.rindex(")") + 2] != "Z"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def survivors(session: int) -> list[int]:
    """PIDs still alive in the session; ``[-1]`` where only "some" can be told."""
    if Path("/proc/self/stat").exists():
        return _members_from_proc(session)
    if sys.platform != "win32":  # macOS: no /proc, but the group can be probed
        return [-1] if _group_alive(session) else []
    return []  # Windows has no process groups to probe; the timeout still applies


def wait_until_gone(session: int, grace: float = GRACE_SECONDS) -> list[int]:
    """Survivors left after waiting up to ``grace`` seconds for the session to empty."""
    deadline = time.monotonic() + grace
    while True:
        alive = survivors(session)
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(_POLL_SECONDS)


def kill_session(session: int) -> None:
    """SIGKILL every process of the session, group leader or not."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(session, signal.SIGKILL)
    for pid in survivors(session):
        if pid > 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
