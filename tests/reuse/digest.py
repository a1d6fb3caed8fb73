"""Digests of the inputs of a check: files, folders, text.

A file is read once per process (its digest is remembered by path, size and modification time),
so keying thousands of checks on a few hundred shared files costs a few hundred reads.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

_MISSING = "-"
_memo: dict[tuple[str, int, int], str] = {}


def text(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def file(path: Path) -> str:
    """The digest of a file's bytes; ``-`` for a file that does not exist (its absence is an
    input too: creating it changes the digest)."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return _MISSING
    memo_key = (str(path), stat.st_size, stat.st_mtime_ns)
    found = _memo.get(memo_key)
    if found is None:
        found = _memo[memo_key] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return found


def files(paths: Iterable[Path], root: Path) -> str:
    """One digest for several files, each named by its path below ``root``."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        digest.update(f"{name}\0{file(path)}\0".encode())
    return digest.hexdigest()


def tree(top: Path, *, exclude: tuple[str, ...] = ()) -> str:
    """One digest for every file below ``top`` (names and contents), except the files whose
    path below ``top`` starts with one of ``exclude``; caches and dotfiles are not inputs."""
    return files(tree_files(top, exclude=exclude), top)


def tree_files(top: Path, *, exclude: tuple[str, ...] = ()) -> list[Path]:
    found = []
    for dirpath, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in names:
            if name.startswith(".") or name.endswith(".pyc"):
                continue
            path = Path(dirpath, name)
            if not path.relative_to(top).as_posix().startswith(exclude or ("\0",)):
                found.append(path)
    return found
