"""Copy and paste, as a reader does: click a sample's copy button, get the program that was run.

For each lesson, the sample is the first block of the page whose whole body includes a ``.py``
sample that has a ``.out`` file (broken originals and races excepted: they have no fixed output).
The check clicks that block's copy button and asserts that the clipboard holds the sample file,
byte for byte, and that the output block the page shows under it is the ``.out`` file. The
sample engine runs that very file as a program in an empty folder, under every start method a
reader's ``python demo.py`` may use (``fork``, ``spawn``, ``forkserver``), and compares its stdout
with that ``.out`` file (``test_samples.py``): so what a reader pastes prints what the page
shows, without running the program a second time here.

``test_pages.test_page`` runs it on the page it has loaded (one load per page for every check).
"""

from __future__ import annotations

from .project import BlockRef, CopyCase, copy_cases, pages

COPY_BUTTON = "button.md-code__button[data-md-type=copy]"


def rendered_block(tab, ref: BlockRef):
    """The rendered code block ``ref`` names (the n-th one titled so, or the n-th one), or None."""
    index = tab.evaluate(
        """([title, nth]) => {
            const blocks = [...document.querySelectorAll("article div.highlight")];
            const named = title === "" ? blocks : blocks.filter(
                b => (b.querySelector(":scope > .filename")?.textContent ?? "").trim() === title);
            return named[nth] ? blocks.indexOf(named[nth]) : -1;
        }""",
        [ref.title, ref.nth],
    )
    return tab.locator("article div.highlight").nth(index) if index >= 0 else None


def describe(ref: BlockRef) -> str:
    return (
        f"code block titled {ref.title!r} no. {ref.nth + 1}"
        if ref.title
        else f"code block no. {ref.nth + 1}"
    )


def copy_paste_problems(tab, case: CopyCase) -> list[str]:
    """Click the sample's copy button on the loaded page ``tab``; compare what was copied."""
    where = f"copy-paste of {case.target}"
    sample_text = case.sample.read_text(encoding="utf-8")
    out_text = case.out.read_text(encoding="utf-8")
    block = rendered_block(tab, case.sample_block)
    if block is None:
        return [f"{where}: the page has no rendered {describe(case.sample_block)}"]
    tab.evaluate("navigator.clipboard.writeText('')")
    block.locator(COPY_BUTTON).click()
    tab.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    copied = tab.evaluate("navigator.clipboard.readText()")
    problems = []
    # Material copies the code without the block's final newline; nothing else may differ.
    if copied != sample_text.removesuffix("\n"):
        problems.append(f"{where}: the copy button copies text that is not {case.sample.name}")
    if case.out_block is None:
        problems.append(f"{where}: the page shows no block including {case.out.name} after it")
    else:
        shown = rendered_block(tab, case.out_block)
        if shown is None:
            problems.append(f"{where}: no rendered {describe(case.out_block)} for {case.out.name}")
        elif shown.locator("code").text_content() != out_text:
            problems.append(f"{where}: the output block shown is not {case.out.name}")
    return problems


def test_discovery_finds_a_sample_on_every_page_that_has_one():
    """Guards the discovery: a change of include syntax must not leave nothing to copy.

    Every page that includes a ``.py`` sample with a ``.out`` file that runs plainly gets a
    copy-paste check; this lists them, and fails if there is none at all.
    """
    cases = copy_cases()
    assert cases, "no page includes a .py sample with a .out file: nothing to copy and run"
    assert len({c.page for c in cases}) == len(cases)
    assert {c.page for c in cases} <= set(pages())
