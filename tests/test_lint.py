"""Every sample and every inline Python block reads like good modern Python.

ruff lint runs through pytest-examples; the format check is ``ruff format``.
Broken originals quoted from the post are exempt, and only from this.
"""

from __future__ import annotations

import subprocess

import pytest
from pytest_examples import CodeExample
from ruff.__main__ import find_ruff_bin

from sample_engine.pages import inline_examples, kind_of
from sample_engine.samples import ROOT, Sample, discover

# Fragments shown to explain a larger sample name things defined elsewhere.
FRAGMENT_IGNORES = ["F821", "F401", "F811", "E402"]


@pytest.fixture
def lint(eval_example):
    eval_example.set_config(target_version="py39", line_length=79, ruff_line_length=79)

    def _lint(example: CodeExample, ignore: list[str] | None = None) -> None:
        if ignore:
            eval_example.config.ruff_ignore = ignore
        eval_example.lint_ruff(example)
        _check_format(example)

    return _lint


def _check_format(example: CodeExample) -> None:
    result = subprocess.run(
        [
            find_ruff_bin(),
            "format",
            "--diff",
            "--stdin-filename",
            str(example.path),
            "-",
        ],
        input=example.source,
        capture_output=True,
        text=True,
        cwd=ROOT,  # pyproject.toml's [tool.ruff]
        check=False,
    )
    assert result.returncode == 0, (
        f"{example} is not ruff-formatted:\n{result.stdout}{result.stderr}"
    )


# Broken originals are quoted from the post byte for byte; their `why` says so.
LINTED = [s for s in discover() if not s.declared.broken]


@pytest.mark.parametrize("linted", LINTED, ids=[s.id for s in LINTED])
def test_sample_is_lint_clean_and_formatted(linted: Sample, lint):
    lint(CodeExample.create(linted.source, path=linted.path))


@pytest.mark.parametrize(
    "example", [e for e in inline_examples() if kind_of(e) != "include"], ids=str
)
def test_inline_block_is_lint_clean_and_formatted(example: CodeExample, lint):
    lint(example, ignore=FRAGMENT_IGNORES if kind_of(example) == "not run" else None)
