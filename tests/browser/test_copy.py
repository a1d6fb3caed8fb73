"""Copy and paste, as a reader does: click a sample's copy button, run what the clipboard holds.

For each lesson, the sample is the first block of the page whose whole body includes a ``.py``
sample that has a ``.out`` file (broken originals and races excepted: they have no fixed output).
The test clicks that block's copy button, asserts the clipboard holds the sample file, runs it
as ``python demo.py`` in an empty folder, and asserts its stdout is the ``.out`` file, which is
also the text of the output block the page shows under the sample.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import env_without_coverage
from .project import BlockRef, CopyCase, copy_cases

CASES = copy_cases()
COPY_BUTTON = "button.md-code__button[data-md-type=copy]"


def rendered_block(tab, ref: BlockRef):
    """The rendered code block ``ref`` names: the n-th one titled so, or the n-th one."""
    index = tab.evaluate(
        """([title, nth]) => {
            const blocks = [...document.querySelectorAll("article div.highlight")];
            const named = title === "" ? blocks : blocks.filter(
                b => (b.querySelector(":scope > .filename")?.textContent ?? "").trim() === title);
            return named[nth] ? blocks.indexOf(named[nth]) : -1;
        }""",
        [ref.title, ref.nth],
    )
    what = (
        f"block titled {ref.title!r} no. {ref.nth + 1}" if ref.title else f"block no. {ref.nth + 1}"
    )
    assert index >= 0, f"the page has no rendered code {what}"
    return tab.locator("article div.highlight").nth(index)


def test_some_page_has_a_copy_test():
    """Guards the discovery: a change of include syntax must not leave nothing to test."""
    assert CASES, "no page includes a .py sample with a .out file: nothing for the copy test"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.target)
def test_copy_button_gives_the_sample_and_it_prints_the_output_shown(
    open_page, tmp_path, case: CopyCase
):
    tab, watch, _ = open_page(case.page.url)
    sample_text = case.sample.read_text(encoding="utf-8")
    out_text = case.out.read_text(encoding="utf-8")

    block = rendered_block(tab, case.sample_block)
    tab.evaluate("navigator.clipboard.writeText('')")
    block.locator(COPY_BUTTON).click()
    tab.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    copied = tab.evaluate("navigator.clipboard.readText()")
    # Material copies the code without the block's final newline; nothing else may differ.
    assert copied == sample_text.removesuffix("\n"), (
        f"the copy button of {case.target} on /{case.page.url} copies text that is not the sample"
    )

    assert case.out_block is not None, (
        f"{case.page.src} does not show {case.out.name} in a block after {case.target}"
    )
    shown = rendered_block(tab, case.out_block).locator("code").text_content()
    assert shown == out_text, f"the output block under {case.target} is not {case.out.name}"

    (tmp_path / "demo.py").write_text(copied + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "demo.py"],
        cwd=tmp_path,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env_without_coverage(),
    )
    assert run.returncode == case.exit_code, (
        f"python demo.py exited {run.returncode}:\n{run.stderr}"
    )
    assert run.stdout == out_text, "python demo.py printed something other than the output shown"
    assert not watch.problems(), watch.problems()
