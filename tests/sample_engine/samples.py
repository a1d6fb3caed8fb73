"""Discovery of the samples in ``snippets/`` and of what each declares about itself.

A sample is ``snippets/<page>/<name>.py``. Beside it:

- ``<name>.out``: the stdout of a real run, included on the page under the code;
- ``<name>.err`` (optional): the stable end of its stderr (else stderr must be empty);
- ``<name>.toml`` (optional): declarations, see :class:`Declarations`.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"

START_METHODS = ("fork", "spawn", "forkserver")
PLATFORMS = ("linux", "darwin", "win32")
OWN_METHOD = "own"


@dataclass(frozen=True)
class Declarations:
    """What a sample's ``<name>.toml`` may declare; everything else is refused."""

    why: str = ""
    broken: bool = False
    exit_code: int = 0
    # The shape of a stdout that is not the same on every run (a full-match regex) ...
    stdout_regex: str | None = None
    # ... allowed for our own samples only with the reason it varies, and with bounds on
    # the numbers the regex captures in named groups: {"lost": [0, 20000]}.
    varies: str = ""
    bounds: dict = field(default_factory=dict)
    # Modules beyond the standard library that the sample imports, e.g. ["numpy"].
    requires: tuple = ()
    own_start_method: bool = False
    timeout: float = 10.0
    # Platforms (``sys.platform``: linux, darwin, win32) where the sample does not run, or
    # prints something else (in ``<name>.<platform>.out``), each with the reason.
    not_on: dict = field(default_factory=dict)
    differs: dict = field(default_factory=dict)
    # What the reader is told, above the code, about those platforms (tools/platform_notes.py).
    platform_note: str = ""
    platform_note_zh: str = ""
    # What the program prints when every child it starts dies at its first line (under fork):
    # {report = "<regex searched in stdout and stderr>", within = <seconds it may take>}, and
    # fork_only = "<why>" to check it under fork alone.
    # Required of an exercise solution that starts processes (test_samples.py).
    children_die: dict = field(default_factory=dict)
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
        if "requires" in data:
            data["requires"] = tuple(data["requires"])
        declared = cls(**data)
        declared.check(path)
        return declared

    def check(self, path: Path) -> None:
        """Refuse declarations that would let a sample pass without doing what it shows."""
        if self.broken and not self.why:
            raise ValueError(f"{path}: a broken sample must say `why`")
        for allowance in ("may_hang", "stderr_unchecked"):
            # A program we wrote must end, and say nothing on stderr we did not declare.
            if getattr(self, allowance) and not self.broken:
                raise ValueError(f"{path}: {allowance} is only for broken originals")
        if self.stdout_regex is not None and not (self.broken or self.varies):
            # A program we wrote prints the same every run, unless it says why it cannot.
            raise ValueError(
                f"{path}: stdout_regex is only for broken originals or samples that "
                "declare why their output `varies`"
            )
        if self.varies and self.stdout_regex is None:
            raise ValueError(f"{path}: `varies` needs the stdout_regex that every run matches")
        self._check_platforms(path)
        self._check_children_die(path)
        if self.bounds:
            groups = set(re.compile(self.stdout_regex or "").groupindex)
            for name, bound in self.bounds.items():
                if name not in groups:
                    raise ValueError(f"{path}: bounds name {name!r}, not a group of stdout_regex")
                if len(bound) != 2 or not bound[0] <= bound[1]:
                    raise ValueError(f"{path}: bounds.{name} must be [low, high]")

    def _check_platforms(self, path: Path) -> None:
        for key in ("not_on", "differs"):
            unknown = set(getattr(self, key)) - set(PLATFORMS)
            if unknown:
                raise ValueError(f"{path}: {key} names {sorted(unknown)}, not one of {PLATFORMS}")
        for platform, why in {**self.not_on, **self.differs}.items():
            if not why.strip():
                raise ValueError(f"{path}: say why the sample differs on {platform}")
        if self.not_on and not (self.platform_note and self.platform_note_zh):
            raise ValueError(f"{path}: not_on needs platform_note and platform_note_zh")
        for platform in self.differs:
            if not path.with_suffix(f".{platform}.out").is_file():
                raise ValueError(f"{path}: differs on {platform}, but no .{platform}.out")

    def _check_children_die(self, path: Path) -> None:
        if not self.children_die:
            return
        keys = set(self.children_die)
        if not {"report", "within"} <= keys <= {"report", "within", "fork_only"}:
            raise ValueError(f"{path}: children_die needs `report` and `within` (and `fork_only`)")
        if "fork_only" in keys and not str(self.children_die["fork_only"]).strip():
            raise ValueError(f"{path}: children_die.fork_only must say why")
        re.compile(self.children_die["report"])
        if not 0 < self.children_die["within"] <= 60:
            raise ValueError(f"{path}: children_die.within must be 1 to 60 seconds")
        if self.broken:
            raise ValueError(f"{path}: children_die is for our own programs")

    def shape_problems(self, stdout: str) -> list[str]:
        """How ``stdout`` breaks the declared regex and bounds; empty if it fits."""
        found = re.fullmatch(self.stdout_regex or "", stdout)
        if found is None:
            return [f"does not match the declared stdout_regex:\n{self.stdout_regex}"]
        problems = []
        for name, (low, high) in self.bounds.items():
            value = float(found[name])
            if not low <= value <= high:
                problems.append(f"{name} = {found[name]} is outside the declared [{low}, {high}]")
        return problems


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

    def out_path_for(self, platform: str) -> Path:
        """The recorded stdout that a run on ``platform`` (``sys.platform``) must print."""
        if platform in self.declared.differs:
            return self.path.with_suffix(f".{platform}.out")
        return self.out_path

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

    @property
    def varies(self) -> bool:
        """Its stdout differs between runs: checked against a shape, not a recorded text."""
        return self.declared.stdout_regex is not None

    def stdout_matches(self, stdout: str, platform: str = sys.platform) -> bool:
        if self.varies:
            return not self.declared.shape_problems(stdout)
        expected = self.out_path_for(platform)
        return expected.exists() and stdout == expected.read_text(encoding="utf-8")

    def methods(self, available: list[str]) -> list[str]:
        if self.declared.own_start_method:
            return [OWN_METHOD]
        return [m for m in START_METHODS if m in available]


def sidecar_suffixes() -> tuple[str, ...]:
    return (".out", ".err", ".toml")


def sample_of_sidecar(path: Path) -> Path | None:
    """The sample a sidecar file belongs to (``x.darwin.out`` belongs to ``x.py``)."""
    if path.suffix not in sidecar_suffixes():
        return None
    stem = path.with_suffix("")
    if path.suffix == ".out" and stem.suffix.lstrip(".") in PLATFORMS:
        stem = stem.with_suffix("")
    return stem.with_suffix(".py")


def discover(root: Path = SNIPPETS) -> list[Sample]:
    """Every ``*.py`` under ``root``, sorted, with its declarations."""
    return [
        Sample(path, Declarations.load(path.with_suffix(".toml")))
        for path in sorted(root.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]
