"""The description of the machine and the Python that the data was recorded on.

Nothing that identifies the machine or its owner is recorded: no host name, user or path.
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import re
import subprocess
import sys

import psutil


def cpu_model() -> str:
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
                for line in cpuinfo:
                    key, _, value = line.partition(":")
                    if key.strip() in ("model name", "Model", "cpu model"):
                        return " ".join(value.split())
        except OSError:
            pass
    elif sys.platform == "darwin":
        try:
            return subprocess.run(
                ["sysctl", "-n", "machdep.cpu.brand_string"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            pass
    return platform.processor() or platform.machine() or "unknown CPU"


def virtualized() -> bool | None:
    """Whether the CPU says it runs under a hypervisor (Linux only; None: unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            return any(line.startswith("flags") and " hypervisor" in line for line in cpuinfo)
    except OSError:
        return None


def os_name() -> str:
    system = platform.system()
    if system == "Linux":
        try:
            release = platform.freedesktop_os_release()
            return f"{release.get('PRETTY_NAME', 'Linux')}, kernel {platform.release()}"
        except OSError:
            return f"Linux {platform.release()}"
    if system == "Darwin":
        return f"macOS {platform.mac_ver()[0]}"
    return f"{system} {platform.release()}"


def gil_enabled() -> bool:
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else bool(is_enabled())


def describe() -> dict:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_model": cpu_model(),
        "logical_cores": psutil.cpu_count(logical=True),
        "physical_cores": psutil.cpu_count(logical=False),
        "usable_cores": usable,
        "virtual_machine": virtualized(),
        "memory_bytes": psutil.virtual_memory().total,
        "os": os_name(),
        "architecture": platform.machine(),
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "build": " ".join(sys.version.split()),
            "compiler": platform.python_compiler(),
            "gil_enabled": gil_enabled(),
            "start_methods": multiprocessing.get_all_start_methods(),
            "default_start_method": multiprocessing.get_context().get_start_method(),
        },
    }


def slug(description: dict) -> str:
    """The data file's name, without ``.json``: ``linux-x86_64-<cpu>-<n>cpu-py3.11``."""
    cpu = re.sub(r"\((r|tm)\)|\bcpu\b|@", " ", description["cpu_model"].lower())
    cpu = "-".join(re.findall(r"[a-z0-9]+(?:\.[0-9]+[a-z]*)?", cpu))
    python = description["python"]
    version = ".".join(python["version"].split(".")[:2])
    free_threaded = "" if python["gil_enabled"] else "t"
    implementation = "" if python["implementation"] == "CPython" else python["implementation"]
    system = platform.system().lower()
    return (
        f"{system}-{description['architecture'].lower()}-{cpu}-"
        f"{description['logical_cores']}cpu-{implementation.lower()}py{version}{free_threaded}"
    )
