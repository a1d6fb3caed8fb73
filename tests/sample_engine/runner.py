"""Running one sample as a real program, the way a reader runs ``python demo.py``."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import process_tree
from .samples import Sample

RUN_SAMPLE = Path(__file__).with_name("run_sample.py")
# Its sitecustomize.py makes every child process end at its first line.
CHILDREN_DIE = Path(__file__).with_name("children_die")


@dataclass
class Run:
    """What one run of a sample did."""

    method: str
    platform: str  # the sample interpreter's sys.platform
    exit_code: int | None
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False
    survivors: list[int] = field(default_factory=list)

    def problems(self, sample: Sample) -> list[str]:
        """Every way this run differs from what the sample declares; empty if none."""
        found = []
        hung_as_declared = self.timed_out and sample.declared.may_hang
        if self.timed_out and not hung_as_declared:
            found.append(
                f"did not finish within {sample.declared.timeout} s; its process tree "
                f"was killed (main process exit code: {self.exit_code})"
            )
        if self.survivors:
            found.append(f"left processes alive after it exited: {self.survivors} (killed)")
        if "resource_tracker" in self.stderr and "leaked" in self.stderr:
            found.append("the resource tracker reported leaked resources")
        if self.exit_code != sample.declared.exit_code and not hung_as_declared:
            found.append(f"exit status {self.exit_code}, declared {sample.declared.exit_code}")
        if not sample.stdout_matches(self.stdout, self.platform):
            found.append(_stdout_difference(sample, self.stdout, self.platform))
        tail = sample.expected_stderr_tail
        if sample.declared.stderr_unchecked:
            pass
        elif tail is None and self.stderr:
            found.append(f"stderr is not empty:\n{self.stderr}")
        elif tail is not None and not self.stderr.rstrip("\n").endswith(tail):
            found.append(
                f"stderr does not end with the declared {sample.err_path.name}:\n"
                f"--- declared end\n{tail}\n--- actual stderr\n{self.stderr}"
            )
        return found


def _stdout_difference(sample: Sample, stdout: str, platform: str) -> str:
    import difflib

    if sample.varies:
        reasons = "\n".join(sample.declared.shape_problems(stdout))
        return f"stdout {reasons}\n--- actual stdout\n{stdout}"
    path = sample.out_path_for(platform)
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        stdout.splitlines(keepends=True),
        fromfile=f"{path.name} (expected)",
        tofile="stdout (this run)",
    )
    return "stdout differs from the recorded output:\n" + "".join(diff)


def sample_environment() -> dict[str, str]:
    env = dict(os.environ)
    # Show every warning: a sample that warns teaches a deprecated practice.
    env["PYTHONWARNINGS"] = "default"
    # The originals print Chinese; a reader's terminal decodes UTF-8.
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Not what a reader's `python demo.py` has (this machine sets PYTHONUNBUFFERED).
    for name in (
        "PYTHONPATH",
        "PYTHONSTARTUP",
        "PYTHONINSPECT",
        "PYTHONUNBUFFERED",
        "COVERAGE_PROCESS_START",
    ):
        env.pop(name, None)
    return env


def command(sample: Sample, method: str, python: str, coverage_rc: Path | None) -> list[str]:
    launcher = [python]
    if coverage_rc is not None:
        launcher += ["-m", "coverage", "run", f"--rcfile={coverage_rc}"]
    return [*launcher, str(RUN_SAMPLE), method, str(sample.path)]


def run(
    sample: Sample,
    method: str,
    *,
    python: str = sys.executable,
    coverage_rc: Path | None = None,
    coverage_data: Path | None = None,
    platform: str = sys.platform,
    timeout: float | None = None,
    children_die: bool = False,
) -> Run:
    """Run ``sample`` in a fresh interpreter and an empty working directory.

    With ``coverage_rc`` the run is measured, its data written to ``coverage_data`` (children
    inherit the variable; coverage adds a suffix per process). With ``children_die``, every
    child process it starts ends at its first line (``children_die/sitecustomize.py``).
    """
    mark = process_tree.RunMark()
    env = sample_environment()
    if coverage_rc is not None and coverage_data is not None:
        env["COVERAGE_FILE"] = str(coverage_data)
    if children_die:
        env["PYTHONPATH"] = str(CHILDREN_DIE)
    with tempfile.TemporaryDirectory(prefix="sample-") as workdir:
        started = time.monotonic()
        proc = subprocess.Popen(
            command(sample, method, python, coverage_rc),
            cwd=workdir,
            env=mark.environment(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=os.name == "posix",  # its own session: see process_tree
        )
        mark.leader = proc.pid
        timed_out = False
        try:
            # Returns when every holder of the pipes has closed them: the
            # sample, its children, the resource tracker, the fork server.
            out, err = proc.communicate(timeout=timeout or sample.declared.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            process_tree.kill_all(mark)
            out, err = proc.communicate()
        seconds = time.monotonic() - started
        left = process_tree.wait_until_gone(mark)
        if left:
            process_tree.kill_all(mark)
    return Run(
        method=method,
        platform=platform,
        exit_code=proc.returncode,
        stdout=out.decode("utf-8", "replace").replace("\r\n", "\n"),
        stderr=err.decode("utf-8", "replace").replace("\r\n", "\n"),
        seconds=seconds,
        timed_out=timed_out,
        survivors=[] if timed_out else left,
    )
