"""The names of the multiprocessing API a program uses, read from its syntax tree.

A name is what a learner must have been taught to read the program: a name imported from
``multiprocessing``, ``concurrent.futures`` or one of their modules, an attribute taken from
such a module (``mp.Queue``), or a capitalized attribute of the API taken from any object
(``manager.Lock()``, ``ctx.Queue()``). Names of ``multiprocessing``'s own modules are written
with the module (``connection.wait``, ``shared_memory.SharedMemory``); names of the top-level
``multiprocessing`` and of ``concurrent.futures`` are written alone (``Queue``, ``wait``).
Methods (``queue.get()``) are not API names: the lesson that teaches the object teaches them.
"""

from __future__ import annotations

import ast
import concurrent.futures
import multiprocessing
from pathlib import Path

_ROOTS = ("multiprocessing", "concurrent.futures", "concurrent")
_CAPITALIZED_API = frozenset(
    name
    for module in (multiprocessing, concurrent.futures)
    for name in dir(module)
    if name[:1].isupper()
) | {"SharedMemory", "ShareableList", "SharedMemoryManager", "SyncManager", "BaseManager"}


# Where a type is written in an annotation under its defining module, the name the learner
# was taught: ``queues.Queue`` is what ``multiprocessing.Queue()`` returns.
_TAUGHT_AS = {
    "queues.Queue": "Queue",
    "queues.SimpleQueue": "SimpleQueue",
    "queues.JoinableQueue": "JoinableQueue",
    "context.SpawnContext": "get_context",
    "context.ForkContext": "get_context",
    "context.ForkServerContext": "get_context",
    "context.BaseContext": "get_context",
}


def _key(module: str, name: str) -> str:
    """``("multiprocessing.connection", "wait")`` -> ``"connection.wait"``."""
    key = _plain_key(module, name)
    if key.startswith("synchronize."):
        return key.removeprefix("synchronize.")
    return _TAUGHT_AS.get(key, key)


def _plain_key(module: str, name: str) -> str:
    if module in ("multiprocessing", "concurrent.futures"):
        return name
    if module.startswith("multiprocessing."):
        return f"{module.removeprefix('multiprocessing.')}.{name}"
    if module.startswith("concurrent.futures."):  # concurrent.futures.process: same API
        return name
    return name


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def _imports(tree: ast.AST) -> tuple[dict[str, str], set[str]]:
    """The local names bound to API modules, and the API names imported directly."""
    modules: dict[str, str] = {}  # local name -> the module it is bound to
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(_ROOTS):
                    local = alias.asname or alias.name.split(".")[0]
                    modules[local] = alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(_ROOTS):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if _is_module(submodule):
                    modules[alias.asname or alias.name] = submodule
                else:
                    names.add(_key(node.module, alias.name))
    return modules, names


def api_names(source: str) -> set[str]:
    tree = ast.parse(source)
    modules, found = _imports(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        dotted = _dotted(node)
        head = dotted.split(".")[0] if dotted else None
        if head in modules:
            module = ".".join([modules[head], *dotted.split(".")[1:-1]])
            if module.startswith(_ROOTS) and not _is_module(f"{module}.{node.attr}"):
                found.add(_key(module, node.attr))
        elif node.attr in _CAPITALIZED_API and head not in {"threading", "queue", "asyncio"}:
            found.add(node.attr)
    return found


def _is_module(dotted: str) -> bool:
    return dotted in {
        "multiprocessing.connection",
        "multiprocessing.context",
        "multiprocessing.queues",
        "multiprocessing.synchronize",
        "multiprocessing.shared_memory",
        "multiprocessing.managers",
        "multiprocessing.pool",
        "multiprocessing.sharedctypes",
        "multiprocessing.dummy",
        "concurrent.futures",
        "concurrent.futures.process",
    }


def api_names_of(path: Path) -> set[str]:
    return api_names(path.read_text(encoding="utf-8"))
