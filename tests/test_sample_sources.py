"""What the samples' source code may contain, read without running it.

A reader copies samples as they are. One that listens on a network interface must listen on the
loopback interface only (``127.0.0.1``, ``::1``, ``localhost``): a manager or a listener serves
pickle, which runs code when it is loaded, to whoever connects. So every address a sample
writes, as a string or as the host of a ``(host, port)`` pair, is a loopback one.

Coverage does not count a line marked as the one a signal interrupts (``SIGNALLED_LINE``): a
child may be signalled before that line starts, so whether coverage sees it is a race. The mark
may only sit on a blocking call in a sample that signals its child, or on the ``def`` of a function
a signal kills while it waits (a killed process saves no coverage). Nor does it count a branch
marked as reporting a child that died first (``FAULT_BRANCH``): it may only be an ``except`` of a
sample that reports the exit codes.
"""

from __future__ import annotations

import ast
import ipaddress

import pytest

from sample_engine.plugin import FAULT_BRANCH, SIGNALLED_LINE
from sample_engine.samples import Sample, discover

LOOPBACK_NAMES = {"localhost"}


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or (_is_address(host) and ipaddress.ip_address(host).is_loopback)


SERVES = ("Listener", "Client", "Manager")  # calls whose first argument is an address


def _host_of(node: ast.expr) -> str | None:
    """The host of a ``(host, port)`` literal, if the host is written as a string."""
    if isinstance(node, ast.Tuple) and len(node.elts) == 2:
        host = node.elts[0]
        if isinstance(host, ast.Constant) and isinstance(host.value, str):
            return host.value
    return None


def addresses(source: str) -> list[str]:
    """Every host a program names: address-like strings anywhere, and the host of the
    ``(host, port)`` given to a listener, a client or a manager (``""`` is every interface)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _is_address(node.value) or node.value in LOOPBACK_NAMES:
                found.append(node.value)
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            given = [k.value for k in node.keywords if k.arg == "address"]
            if name.endswith(SERVES) and node.args:
                given.append(node.args[0])
            found += [h for h in map(_host_of, given) if h is not None and not _is_address(h)]
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('Listener(("127.0.0.1", 0))', []),
        ('BaseManager(address=("0.0.0.0", 50000))', ["0.0.0.0"]),
        ('Listener(("", 6000))', [""]),
        ('Client(("example.org", 80))', ["example.org"]),
        ('HOST = "::"', ["::"]),
        ('Process(target=f, args=("XeanYu", 1))', []),
        ('SyncManager(address=("my-host", 5000))', ["my-host"]),
    ],
)
def test_the_check_finds_the_hosts_a_program_names(source, expected):
    assert [h for h in addresses(source) if not _is_loopback(h)] == expected


# The post's programs are quoted as they are (some do not even parse); none uses the network.
OURS = [s for s in discover() if not s.declared.broken]


@pytest.mark.parametrize("ours", OURS, ids=[s.id for s in OURS])
def test_every_sample_listens_on_loopback_only(ours: Sample):
    public = [host for host in addresses(ours.source) if not _is_loopback(host)]
    assert not public, f"{ours.id} names hosts that are not loopback: {public}"


def test_some_sample_does_use_the_network():
    """Guards the check: if no sample names a host, a change of style may have hidden them."""
    assert any(addresses(s.source) for s in OURS)


def _ends_waiting(source: str, line: str) -> bool:
    """A marked ``def``: the function a signal kills, whose last statement is a wait (a killed
    process saves no coverage at all, so its whole body goes unseen)."""
    name = line.split("def ", 1)[1].split("(", 1)[0]
    function = next(
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef) and node.name == name
    )
    last = ast.get_source_segment(source, function.body[-1]) or ""
    return "sleep(" in last or ".wait(" in last


def test_a_line_kept_out_of_coverage_is_a_wait_that_a_signal_interrupts():
    marked = [(s, line) for s in OURS for line in s.source.splitlines() if SIGNALLED_LINE in line]
    for sample, line in marked:
        assert ".terminate()" in sample.source, f"{sample.id} signals no child: {line.strip()}"
        waits = "sleep(" in line or ".wait(" in line
        if line.lstrip().startswith("def "):
            waits = _ends_waiting(sample.source, line)
        assert waits, f"{sample.id}: not a wait: {line.strip()}"


def test_a_branch_kept_out_of_coverage_reports_a_child_that_died():
    """``# only if a child died first`` marks an ``except`` that reports a dead child."""
    for sample in OURS:
        for line in sample.source.splitlines():
            if FAULT_BRANCH in line:
                assert line.lstrip().startswith("except "), f"{sample.id}: {line.strip()}"
                assert ".exitcode" in sample.source, f"{sample.id} reports no exit code"
