"""A pytest plugin for ``test_reuse.py``: which keys each change to a project changes.

    python -m pytest --collect-only -p reuse.what_changes --changes CHANGES.json [files]

Run in a copy of the project (it edits it). After collection it computes every check's key,
then applies the changes of ``CHANGES.json`` one after the other, each a dict:

    {"name": ..., "append": [path, text]}   add text to a file (created if missing)
    {"name": ..., "rebuild": true}          ... and rebuild site/ (``mkdocs build --strict``)
    {"name": ..., "sample_python": path}    run the samples with another interpreter path

and after each computes the keys again. It writes ``{name: [ids whose key changed]}`` to the
file named by ``--changes-report``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from . import inputs
from .plugin import key


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--changes", help="the changes to apply, in order (JSON)")
    parser.addoption("--changes-report", help="where to write which keys each changed")


def _keys(items: list[pytest.Item]) -> dict[str, str]:
    for cached in (inputs.shared_assets, inputs.whole_site, inputs._page_sources):
        cached.cache_clear()
    return {
        item.nodeid: key(item.nodeid, found)
        for item in items
        if (found := inputs.inputs_of(item)) is not None
    }


def _apply(change: dict, config: pytest.Config) -> None:
    root = inputs.ROOT
    if "append" in change:
        path, text = change["append"]
        with (root / path).open("a", encoding="utf-8") as file:
            file.write(text)
    if change.get("rebuild"):
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", "site"],
            cwd=root,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            check=True,
        )
    if "sample_python" in change:
        config.option.sample_python = change["sample_python"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    changes = json.loads(Path(config.getoption("changes")).read_text(encoding="utf-8"))
    before = _keys(items)
    report = {}
    for change in changes:
        _apply(change, config)
        after = _keys(items)
        report[change["name"]] = sorted(i for i in after if after[i] != before.get(i))
        before = after
    report["(keyed)"] = sorted(before)
    Path(config.getoption("changes_report")).write_text(json.dumps(report), encoding="utf-8")
