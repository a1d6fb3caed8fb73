"""What the benchmarks' child processes and threads run.

Every child that ``spawn`` or ``forkserver`` starts imports this module to find its target,
so it imports only the few standard-library modules it needs: what a child imports is part
of what the start-cost benchmark measures.
"""

from __future__ import annotations

import hashlib
from multiprocessing import shared_memory

# hashlib releases the GIL while it hashes a buffer larger than 2 KiB.
HASH_BLOCK = 1 << 20
_block: bytes | None = None


def noop() -> None:
    """The target of a process (or thread) whose start and join is what is timed."""


def spin(iterations: int) -> int:
    """Pure-Python CPU work: it holds the GIL from start to end."""
    total = 0
    for i in range(iterations):
        total += i * i % 7
    return total


def hash_blocks(count: int) -> int:
    """Work that releases the GIL: SHA-256 of ``count`` blocks of 1 MiB."""
    global _block  # noqa: PLW0603 (one block per process, made on first use)
    if _block is None:
        _block = bytes(HASH_BLOCK)
    size = 0
    for _ in range(count):
        size += len(hashlib.sha256(_block).digest())
    return size


def small_task(argument: bytes, work: int) -> int:
    """A task that does a fixed amount of work, whatever the size of its argument."""
    return spin(work) + len(argument)


def square(x: int) -> int:
    """A task so small that handing it to another process costs more than doing it."""
    return x * x


# --- The other ends of the data-transfer benchmarks: receive, then reply with a length. ---
# Each loops until it receives None.


def echo_queue(inbox, outbox) -> None:
    while (data := inbox.get()) is not None:
        outbox.put(len(data))


def echo_pipe(conn) -> None:
    while (data := conn.recv()) is not None:
        conn.send(len(data))


def echo_shared_memory(name: str, conn) -> None:
    block = shared_memory.SharedMemory(name)
    try:
        while (size := conn.recv()) is not None:
            data = bytes(block.buf[:size])
            conn.send(len(data))
    finally:
        block.close()


def echo_manager(box, conn) -> None:
    while conn.recv() is not None:
        data = box["data"]
        conn.send(len(data))


def echo_array(array, conn) -> None:
    while conn.recv() is not None:
        data = array.raw
        conn.send(len(data))
