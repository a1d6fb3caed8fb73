"""The pages and the samples agree: what a page shows is a sample the suite runs."""

from __future__ import annotations

import pytest

from sample_engine.pages import (
    NOT_RUN_PREFIX,
    blocks,
    included_files,
    inline_examples,
    is_marked_not_run,
    kind_of,
    pages,
)
from sample_engine.samples import SNIPPETS, Sample, discover, sample_of_sidecar

ALLOWED_IN_SNIPPETS = {"requirements.txt"}  # what the samples need beyond the standard library


def test_every_sample_is_shown_on_a_page(sample: Sample):
    assert sample.path in included_files(), f"no page includes {sample.id}"


def test_a_page_shows_the_output_it_checks_under_the_sample(sample: Sample):
    """The page that includes a sample also includes its recorded output."""
    shown = included_files()
    pages_with_sample = set(shown.get(sample.path, []))
    outputs = [sample.err_path] if sample.err_path.exists() else []
    if sample.out_path.read_text(encoding="utf-8") or not outputs:
        outputs.append(sample.out_path)
    for output in outputs:
        missing = pages_with_sample - set(shown.get(output, []))
        assert not missing, f"{[p.name for p in missing]} show {sample.id} without {output.name}"


def printed_blocks():
    """Every block of every page that includes what a sample printed (``.out`` or ``.err``)."""
    found = []
    for page in pages():
        page_blocks = blocks(page)
        for index, block in enumerate(page_blocks):
            if block.include and block.include.endswith((".out", ".err")):
                found.append(pytest.param(page_blocks, index, id=str(block)))
    return found


@pytest.mark.parametrize(("page_blocks", "index"), printed_blocks())
def test_printed_output_is_a_terminal_block_right_under_its_program(page_blocks, index):
    """``x.out`` is a block of class ``output`` right after the block that includes ``x.py``;
    ``x.err`` is a block of class ``stderr`` titled ``stderr``, right after ``x.out`` (or after
    ``x.py`` when the program prints nothing on stdout)."""
    block = page_blocks[index]
    stem, suffix = block.include.rsplit(".", 1)
    before = page_blocks[index - 1].include if index else None
    if suffix == "out":
        assert block.classes[:2] == ["text", "output"], f"{block}: {{ .text .output title=… }}"
        assert block.title.startswith("$ python "), f"{block}: title the command, $ python …"
        assert before == f"{stem}.py", f"{block}: not right under the block of {stem}.py"
    else:
        assert block.classes[:2] == ["text", "stderr"], f"{block}: {{ .text .stderr }}"
        assert block.title == "stderr", f'{block}: title="stderr", the same everywhere'
        assert before in (f"{stem}.out", f"{stem}.py"), f"{block}: not right under {stem}"


def test_every_file_in_snippets_belongs_to_a_sample():
    samples = {s.path for s in discover()}
    strays = [
        path.relative_to(SNIPPETS).as_posix()
        for path in SNIPPETS.rglob("*")
        if path.is_file()
        and not any(
            p.startswith(".") or p == "__pycache__" for p in path.relative_to(SNIPPETS).parts
        )
        and path.suffix != ".py"
        and path.relative_to(SNIPPETS).as_posix() not in ALLOWED_IN_SNIPPETS
        and sample_of_sidecar(path) not in samples
    ]
    assert not strays, f"files in snippets/ that are not a sample or its sidecar: {strays}"


def test_every_included_file_exists():
    missing = [str(path) for path in included_files() if not path.is_file()]
    assert not missing


@pytest.mark.parametrize("example", inline_examples(), ids=str)
def test_every_python_block_is_an_include_a_checked_example_or_marked(example, eval_example):
    """No program is pasted into a page. A Python block is one of: an include
    of a sample; an inline single-process example, run here, whose ``#>``
    comments are its printed output; a block titled ``Not run: <reason>``."""
    kind = kind_of(example)
    if kind == "include":
        targets = [line.split('"')[1] for line in example.source.splitlines() if line.strip()]
        assert all(t.endswith(".py") for t in targets), f"{example}: {targets}"
    elif kind == "not run":
        assert is_marked_not_run(example), f"{example}: 'Not run:' needs a reason"
    else:
        assert "#>" in example.source, (
            f"{example}: an inline example must show its output in `#>` comments "
            f'(or be a sample, or be titled "{NOT_RUN_PREFIX}<reason>")'
        )
        eval_example.run_print_check(example)
