"""Finding and killing the processes a sample run leaves behind, with psutil.

Every process a run starts carries the run's *mark*: an environment variable with a value unique
to the run, which children inherit however they are started (fork, spawn, the fork server, a
``subprocess`` of their own), and which psutil can read on Linux, macOS and Windows. On POSIX the
run is also the leader of a new session, so a process that cleared its environment is still
found by its session id. After the sample exits, no process may carry its mark or its session.

Under spawn and forkserver the resource tracker and the fork server exit a moment *after* the
main process, so the check waits for a bounded grace period before calling anything a survivor.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from dataclasses import dataclass, field

import psutil

GRACE_SECONDS = 3.0
_POLL_SECONDS = 0.01
MARK_VARIABLE = "SAMPLE_ENGINE_RUN"
_GONE = (psutil.NoSuchProcess, psutil.ZombieProcess)


@dataclass
class RunMark:
    """What identifies the processes of one run."""

    value: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: float = field(default_factory=time.time)
    leader: int | None = None  # the sample's own process, once started

    def environment(self, env: dict[str, str]) -> dict[str, str]:
        return {**env, MARK_VARIABLE: self.value}


def _session_of(pid: int) -> int | None:
    if not hasattr(os, "getsid"):  # Windows has no sessions
        return None
    try:
        return os.getsid(pid)
    except OSError:
        return None


def _carries(process: psutil.Process, mark: RunMark) -> bool:
    if mark.leader is not None and _session_of(process.pid) == mark.leader:
        return True
    with contextlib.suppress(psutil.AccessDenied, *_GONE):
        return process.environ().get(MARK_VARIABLE) == mark.value
    return False


def members(mark: RunMark) -> list[psutil.Process]:
    """The live processes of the run (zombies, which only wait to be reaped, excepted)."""
    found = []
    me = os.getpid()
    # Only processes created since the run started can be its own: reading the environment
    # of every other process would cost more than the whole check.
    for process in psutil.process_iter(["create_time", "status"]):
        info = process.info
        if process.pid == me or info["create_time"] is None:
            continue
        if info["create_time"] < mark.started - 1 or info["status"] == psutil.STATUS_ZOMBIE:
            continue
        if _carries(process, mark):
            found.append(process)
    return found


def is_running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except _GONE:
        return False


def wait_until_gone(mark: RunMark, grace: float = GRACE_SECONDS) -> list[int]:
    """PIDs of the run still alive after waiting up to ``grace`` seconds for them to end."""
    deadline = time.monotonic() + grace
    while True:
        alive = [p.pid for p in members(mark)]
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(_POLL_SECONDS)


def kill_all(mark: RunMark) -> None:
    """Kill every process of the run (SIGKILL on POSIX, TerminateProcess on Windows)."""
    for _ in range(3):  # a process may start another while we kill: look again
        alive = members(mark)
        if not alive:
            return
        for process in alive:
            with contextlib.suppress(psutil.AccessDenied, *_GONE):
                process.kill()
        psutil.wait_procs(alive, timeout=1)
