"""Discovery of the samples in ``snippets/`` and of what each declares about itself.

A sample is ``snippets/<page>/<name>.py``. Beside it:

- ``<name>.out``: the stdout of a real run, included on the page under the code;
- ``<name>.err`` (optional): the stable end of its stderr (else stderr must be empty);
- ``<name>.toml`` (optional): declarations, see :class:`Declarations`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"

START_METHODS = ("fork", "spawn", "forkserver")
OWN_METHOD = "own"


@dataclass(frozen=True)
class Declarations:
    """What a sample's ``<name>.toml`` may declare; everything else is refused."""

    why: str = ""
    broken: bool = False
    exit_code: int = 0
    stdout_regex: str | None = None
    own_start_method: bool = False
    timeout: float = 10.0
    # Broken originals only: what cannot be asserted about a race.
    may_hang: bool = False
    stderr_unchecked: bool = False

    @classmethod
    def load(cls, path: Path) -> Declarations:
        err = path.with_suffix(".err")
        if err.exists() and not err.read_text(encoding="utf-8").strip():
            raise ValueError(f"{err}: empty; declare stderr_unchecked instead")
        if not path.exists():
            return cls()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
        declared = cls(**data)
        if declared.broken and not declared.why:
            raise ValueError(f"{path}: a broken sample must say `why`")
        for allowance in ("stdout_regex", "may_hang", "stderr_unchecked"):
            # A program we wrote must print the same thing, and end, every time.
            if getattr(declared, allowance) not in (None, False) and not declared.broken:
                raise ValueError(f"{path}: {allowance} is only for broken originals")
        return declared


@dataclass(frozen=True)
class Sample:
    path: Path
    declared: Declarations = field(compare=False)

    @property
    def id(self) -> str:
        """``<page>/<name>.py``, the name used in test ids and in includes."""
        if self.path.is_relative_to(SNIPPETS):
            return self.path.relative_to(SNIPPETS).as_posix()
        return self.path.name

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def err_path(self) -> Path:
        return self.path.with_suffix(".err")

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def expected_stderr_tail(self) -> str | None:
        if not self.err_path.exists():
            return None
        return self.err_path.read_text(encoding="utf-8").rstrip("\n")

    def stdout_matches(self, stdout: str) -> bool:
        if self.declared.stdout_regex is not None:
            return re.fullmatch(self.declared.stdout_regex, stdout) is not None
        return self.out_path.exists() and stdout == self.out_path.read_text(encoding="utf-8")

    def methods(self, available: list[str]) -> list[str]:
        if self.declared.own_start_method:
            return [OWN_METHOD]
        return [m for m in START_METHODS if m in available]


def sidecar_suffixes() -> tuple[str, ...]:
    return (".out", ".err", ".toml")


def discover(root: Path = SNIPPETS) -> list[Sample]:
    """Every ``*.py`` under ``root``, sorted, with its declarations."""
    return [
        Sample(path, Declarations.load(path.with_suffix(".toml")))
        for path in sorted(root.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]
