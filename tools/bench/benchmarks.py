"""What is timed, at which sizes. Each benchmark is a pyperf *time function*:
``time(loops) -> seconds`` for ``loops`` repetitions of one operation (``inner_loops``
operations each, when a repetition does several, so that pyperf's values are per operation).

Set-up (starting the process at the other end of a pipe, creating a pool) happens before the
clock starts and tear-down after it stops, except where starting processes *is* the subject:
``start``, ``spawn-main``, and the ``processes`` series of ``cpu`` and ``gil-free``, which
time a whole ``with ProcessPoolExecutor(...)`` block, as a program pays for it.

Groups (``--only``), and the figure each one feeds:

- ``start``: start and join one process per start method, and one thread (start-cost);
- ``spawn-main``: the same under spawn, with main modules that import more and more;
- ``cpu``: pure-Python work split over 1..N threads or processes (cpu-speedup);
- ``gil-free``: SHA-256 hashing, which releases the GIL, split the same way (gil-free-speedup);
- ``transfer``: one message to a child and its short reply, by mechanism and size (transfer);
- ``break-even``: ``Pool.map`` of a small task over big arguments, against a loop (break-even);
- ``chunksize``: ``Pool.map`` and ``ProcessPoolExecutor.map`` of a tiny task (chunksize).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import multiprocessing
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from multiprocessing import shared_memory
from time import perf_counter

from . import workloads

KiB, MiB = 1 << 10, 1 << 20


@dataclass(frozen=True)
class Sizes:
    """How much work each benchmark does. ``FULL`` for ``make bench``, ``QUICK`` for a smoke
    run; both run every benchmark, QUICK on tiny inputs and fewer message sizes."""

    spin_iterations: int  # the CPU-bound job, in total, split among the workers
    hash_blocks: int  # the GIL-releasing job: blocks of 1 MiB, in total
    message_sizes: tuple[int, ...]  # bytes per message (transfer)
    argument_sizes: tuple[int, ...]  # bytes per task argument (break-even)
    task_iterations: int  # the fixed work of one small task (break-even)
    tasks_per_worker: int  # tasks in one Pool.map (break-even)
    map_tasks: int  # tiny tasks in one map (chunksize)
    chunksizes: tuple[int, ...]
    memory_rows: int  # objects the parent builds before forking (memory)
    memory_trials: int


FULL = Sizes(
    spin_iterations=1_000_000,
    hash_blocks=48,
    message_sizes=(64, KiB, 16 * KiB, 256 * KiB, 4 * MiB),
    argument_sizes=(16 * KiB, 64 * KiB, 256 * KiB, MiB, 4 * MiB, 16 * MiB),
    task_iterations=100_000,  # about 1 ms a task here: a pool of 2 wins while arguments are small
    tasks_per_worker=4,
    map_tasks=2048,
    chunksizes=(1, 8, 64, 512),
    memory_rows=400_000,
    memory_trials=3,
)
QUICK = Sizes(
    spin_iterations=2_000,
    hash_blocks=1,
    message_sizes=(64, 16 * KiB),
    argument_sizes=(KiB, 64 * KiB),
    task_iterations=100,
    tasks_per_worker=1,
    map_tasks=64,
    chunksizes=(1, 16),
    memory_rows=2_000,
    memory_trials=1,
)


@dataclass(frozen=True)
class Benchmark:
    group: str
    name: str  # unique, e.g. "transfer/pipe/1024"
    series: str  # the line or bar it belongs to in its figure, e.g. "pipe"
    params: dict
    per: str  # what one value is the time of, e.g. "one message and its reply"
    time: Callable[[int], float]
    inner_loops: int | None = None


def workers_grid(cores: int) -> tuple[int, ...]:
    """Worker counts for the speed-up curves: up to twice the cores, at least up to 6."""
    top = max(6, 2 * cores)
    grid = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, cores}
    return tuple(sorted(n for n in grid if n <= top))


def pool_default_chunksize(tasks: int, workers: int) -> int:
    """What ``Pool.map`` uses when given no chunksize (its own formula)."""
    chunksize, extra = divmod(tasks, workers * 4)
    return chunksize + 1 if extra else chunksize


# --- start and spawn-main ------------------------------------------------------------------


def _start_thread(loops: int) -> float:
    t0 = perf_counter()
    for _ in range(loops):
        thread = threading.Thread(target=workloads.noop)
        thread.start()
        thread.join()
    return perf_counter() - t0


def _start_process(loops: int, *, method: str) -> float:
    context = multiprocessing.get_context(method)
    t0 = perf_counter()
    for _ in range(loops):
        process = context.Process(target=workloads.noop)
        process.start()
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"a {method} child exited with {process.exitcode}")
    return perf_counter() - t0


@contextlib.contextmanager
def _main_module(name: str) -> Iterator[None]:
    """Make module ``name`` the main module: what a spawned child runs again first."""
    module = importlib.import_module(name)
    saved = sys.modules["__main__"]
    sys.modules["__main__"] = module
    try:
        yield
    finally:
        sys.modules["__main__"] = saved


def _spawn_with_main(loops: int, *, main: str) -> float:
    with _main_module(main):
        return _start_process(loops, method="spawn")


# --- cpu and gil-free ----------------------------------------------------------------------


def _split(total: int, parts: int) -> list[int]:
    share, extra = divmod(total, parts)
    return [share + (i < extra) for i in range(parts)]


def _run_split(loops: int, *, job: str, kind: str, workers: int, total: int) -> float:
    function = getattr(workloads, job)
    shares = _split(total, workers)
    t0 = perf_counter()
    for _ in range(loops):
        if kind == "serial":
            function(total)
        elif kind == "threads":
            with ThreadPoolExecutor(workers) as executor:
                list(executor.map(function, shares))
        else:
            context = multiprocessing.get_context()
            with ProcessPoolExecutor(workers, mp_context=context) as executor:
                list(executor.map(function, shares))
    return perf_counter() - t0


# --- transfer -------------------------------------------------------------------------------


class _Channel:
    """A child process at the other end of a mechanism; ``round_trip(payload)`` hands it
    the payload and waits for its reply (the payload's length)."""

    def __init__(self, size: int):
        self.context = multiprocessing.get_context()
        self.size = size

    def _start(self, target, *args) -> None:
        self.child = self.context.Process(target=target, args=args)
        self.child.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._stop()
        self.child.join()

    def _stop(self) -> None:
        raise NotImplementedError


class _PipeSignalled(_Channel):
    """Mechanisms that carry data but no notification: a Pipe says "it is there"."""

    def _connect(self, target, *args) -> None:
        self.conn, child_conn = self.context.Pipe()
        self._start(target, *args, child_conn)
        child_conn.close()

    def _signal(self) -> int:
        self.conn.send(self.size)
        return self.conn.recv()

    def _stop(self) -> None:
        self.conn.send(None)


class QueueChannel(_Channel):
    def __init__(self, size: int):
        super().__init__(size)
        self.inbox, self.outbox = self.context.Queue(), self.context.Queue()
        self._start(workloads.echo_queue, self.inbox, self.outbox)

    def round_trip(self, payload: bytes) -> int:
        self.inbox.put(payload)
        return self.outbox.get()

    def _stop(self) -> None:
        self.inbox.put(None)
        for queue in (self.inbox, self.outbox):
            queue.close()
            queue.join_thread()


class PipeChannel(_Channel):
    def __init__(self, size: int):
        super().__init__(size)
        self.conn, child_conn = self.context.Pipe()
        self._start(workloads.echo_pipe, child_conn)
        child_conn.close()

    def round_trip(self, payload: bytes) -> int:
        self.conn.send(payload)
        return self.conn.recv()

    def _stop(self) -> None:
        self.conn.send(None)


class SharedMemoryChannel(_PipeSignalled):
    def __init__(self, size: int):
        super().__init__(size)
        self.block = shared_memory.SharedMemory(create=True, size=size)
        self._connect(workloads.echo_shared_memory, self.block.name)

    def round_trip(self, payload: bytes) -> int:
        self.block.buf[: len(payload)] = payload
        return self._signal()

    def __exit__(self, *exc) -> None:
        super().__exit__(*exc)
        self.block.close()
        self.block.unlink()


class ManagerChannel(_PipeSignalled):
    def __init__(self, size: int):
        super().__init__(size)
        self.manager = self.context.Manager()
        self.box = self.manager.dict()
        self._connect(workloads.echo_manager, self.box)

    def round_trip(self, payload: bytes) -> int:
        self.box["data"] = payload
        return self._signal()

    def __exit__(self, *exc) -> None:
        super().__exit__(*exc)
        self.manager.shutdown()


class ArrayChannel(_PipeSignalled):
    def __init__(self, size: int):
        super().__init__(size)
        self.array = self.context.Array("c", size)  # with its lock, the default
        self._connect(workloads.echo_array, self.array)

    def round_trip(self, payload: bytes) -> int:
        self.array.raw = payload
        return self._signal()


# name: (how it moves the bytes, its label in the figure)
CHANNELS = {
    "queue": (QueueChannel, "Queue"),
    "pipe": (PipeChannel, "Pipe"),
    "shared-memory": (SharedMemoryChannel, "SharedMemory"),
    "manager": (ManagerChannel, "Manager().dict()"),
    "array": (ArrayChannel, "Array('c')"),
}


def _transfer(loops: int, *, mechanism: str, size: int) -> float:
    payload = bytes(size)
    with CHANNELS[mechanism][0](size) as channel:
        channel.round_trip(payload)  # the child is up and has answered once
        t0 = perf_counter()
        for _ in range(loops):
            channel.round_trip(payload)
        elapsed = perf_counter() - t0
        if channel.round_trip(payload) != size:
            raise RuntimeError(f"{mechanism}: the child got the wrong number of bytes")
    return elapsed


# --- break-even and chunksize ---------------------------------------------------------------


def _break_even(loops: int, *, kind: str, size: int, tasks: int, work: int, workers: int) -> float:
    arguments = [bytes(size)] * tasks
    task = functools.partial(workloads.small_task, work=work)
    if kind == "serial":
        t0 = perf_counter()
        for _ in range(loops):
            [task(argument) for argument in arguments]
        return perf_counter() - t0
    with multiprocessing.get_context().Pool(workers) as pool:
        pool.map(task, arguments[:1])  # the workers are up
        t0 = perf_counter()
        for _ in range(loops):
            pool.map(task, arguments, chunksize=1)
        return perf_counter() - t0


def _map(loops: int, *, api: str, chunksize: int, tasks: int, workers: int) -> float:
    items = range(tasks)
    if api == "serial":
        t0 = perf_counter()
        for _ in range(loops):
            list(map(workloads.square, items))
        return perf_counter() - t0
    context = multiprocessing.get_context()
    if api == "Pool.map":
        pool_or_executor = context.Pool(workers)
        run = functools.partial(pool_or_executor.map, chunksize=chunksize)
    else:
        pool_or_executor = ProcessPoolExecutor(workers, mp_context=context)
        run = functools.partial(_list_map, pool_or_executor, chunksize=chunksize)
    with pool_or_executor:
        run(workloads.square, range(workers))  # the workers are up
        t0 = perf_counter()
        for _ in range(loops):
            run(workloads.square, items)
        return perf_counter() - t0


def _list_map(executor: ProcessPoolExecutor, function, items, chunksize: int) -> list:
    return list(executor.map(function, items, chunksize=chunksize))


# --- the plan -------------------------------------------------------------------------------


def _bind(time: Callable[..., float], arguments: dict) -> Callable[[int], float]:
    """``time(loops, **arguments)`` as pyperf calls it: ``bound(loops)``."""

    def bound(loops: int) -> float:
        return time(loops, **arguments)

    return bound


def plan(sizes: Sizes, cores: int) -> list[Benchmark]:
    """Every benchmark, in the order they run. A benchmark's ``params`` are the arguments of
    its time function, and facts that explain it (the start method in use, a default)."""
    found: list[Benchmark] = []
    method = multiprocessing.get_context().get_start_method()

    def add(group, series, name, per, time, *, facts=None, inner_loops=None, **arguments):
        found.append(
            Benchmark(
                group=group,
                name=f"{group}/{name}",
                series=series,
                params={**arguments, **(facts or {})},
                per=per,
                time=_bind(time, arguments),
                inner_loops=inner_loops,
            )
        )

    per = "one start and join"
    add("start", "thread", "thread", per, _start_thread)
    for name in multiprocessing.get_all_start_methods():
        add("start", name, name, per, _start_process, method=name)
    if "spawn" in multiprocessing.get_all_start_methods():
        for main in ("bare", "with_stdlib", "with_numpy"):
            add("spawn-main", main, main, per, _spawn_with_main, main=f"{__package__}.mains.{main}")

    for group, job, total in (
        ("cpu", "spin", sizes.spin_iterations),
        ("gil-free", "hash_blocks", sizes.hash_blocks),
    ):
        per = f"the whole job, {job}({total}), split among the workers"
        job_args = {"job": job, "total": total}
        add(group, "serial", "serial", per, _run_split, kind="serial", workers=1, **job_args)
        for kind, facts in (("threads", {}), ("processes", {"start_method": method})):
            for n in workers_grid(cores):
                add(
                    group,
                    kind,
                    f"{kind}/{n}",
                    per,
                    _run_split,
                    facts=facts,
                    kind=kind,
                    workers=n,
                    **job_args,
                )

    per = "one message to a child and its reply"
    for mechanism, (_, label) in CHANNELS.items():
        for size in sizes.message_sizes:
            facts = {"start_method": method}
            add(
                "transfer",
                label,
                f"{mechanism}/{size}",
                per,
                _transfer,
                facts=facts,
                mechanism=mechanism,
                size=size,
            )

    per = "one task, the mean over one map"
    tasks = sizes.tasks_per_worker * cores
    job_args = {"tasks": tasks, "work": sizes.task_iterations, "workers": cores}
    add(
        "break-even",
        "serial",
        "serial",
        per,
        _break_even,
        inner_loops=tasks,
        kind="serial",
        size=0,
        **job_args,
    )
    for size in sizes.argument_sizes:
        facts = {"start_method": method}
        add(
            "break-even",
            "Pool.map",
            f"pool/{size}",
            per,
            _break_even,
            facts=facts,
            inner_loops=tasks,
            kind="pool",
            size=size,
            **job_args,
        )

    per = "one tiny task, the mean over one map"
    tasks = sizes.map_tasks
    job_args = {"tasks": tasks, "workers": cores}
    add(
        "chunksize",
        "serial",
        "serial",
        per,
        _map,
        inner_loops=tasks,
        api="serial",
        chunksize=0,
        **job_args,
    )
    defaults = {"Pool.map": pool_default_chunksize(tasks, cores), "Executor.map": 1}
    for api, default in defaults.items():
        for chunksize in sorted({*sizes.chunksizes, default}):
            facts = {"default": chunksize == default, "start_method": method}
            name = f"{api.split('.')[0].lower()}/{chunksize}"
            add(
                "chunksize",
                api,
                name,
                per,
                _map,
                facts=facts,
                inner_loops=tasks,
                api=api,
                chunksize=chunksize,
                **job_args,
            )
    return found


GROUPS = (
    "start",
    "spawn-main",
    "cpu",
    "gil-free",
    "transfer",
    "break-even",
    "chunksize",
    "memory",
)


def sizes_as_dict(sizes: Sizes) -> dict:
    return asdict(sizes)
