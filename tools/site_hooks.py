"""MkDocs hooks of the site (``hooks:`` in mkdocs.yml): small changes to each page's HTML.

- An output block (``{ .text .output title="$ python demo.py" }``) or a standard-error block
  (``{ .text .stderr title="stderr" }``) gets Material's ``no-copy`` class: what a reader
  copies is a program, never what it printed.
- Every code block is left out of the search index (``data-search-exclude``): a search for a
  name finds the prose that teaches it, not every sample that mentions it.
- ``<!-- verification-table -->`` in a page (the home page) becomes the table of what
  ``make matrix`` recorded in ``docs/data/verification/``: the site says it verified exactly
  what the verification recorded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_CODE_BLOCK = re.compile(r'<div class="(?P<classes>[^"]*\bhighlight\b[^"]*)"')
_PRINTED = {"output", "stderr"}


def _mark(match: re.Match) -> str:
    classes = match["classes"].split()
    if _PRINTED.intersection(classes) and "no-copy" not in classes:
        classes.append("no-copy")
    # Material's search plugin drops this attribute from the page once it has read it.
    return f'<div class="{" ".join(classes)}" data-search-exclude="code"'


def on_page_content(html: str, **_) -> str:
    return _CODE_BLOCK.sub(_mark, html)


# --- The verification table on the home page ---------------------------------------------------

VERIFICATION_MARKER = "<!-- verification-table -->"
VERIFICATION_DATA = Path(__file__).resolve().parents[1] / "docs" / "data" / "verification"
METHODS = ("fork", "spawn", "forkserver", "own")


def verification_table(data: dict, link: str) -> str:
    """A Markdown table of ``make matrix``'s recorded results for one platform."""
    runs = data.get("runs", {})
    lines = [
        f"**{data.get('platform', '?')}** ({data.get('os', '?')}), recorded on "
        f"{data.get('recorded', '?')} by `make matrix` ([data]({link})):",
        "",
        "| Python | " + " | ".join(METHODS) + " | not run |",
        "| --- | " + " | ".join("---:" for _ in METHODS) + " | --- |",
    ]
    notes = []
    for version, run in runs.items():
        cells = []
        for method in METHODS:
            outcomes = [r[method] for r in run["results"].values() if method in r]
            passed = outcomes.count("passed")
            cells.append(f"{passed}/{len(outcomes)}" if outcomes else "–")
        not_run = run.get("not_run", {})
        lines.append(f"| {version} | " + " | ".join(cells) + f" | {len(not_run) or '–'} |")
        notes += [f"- {version}, `{sample}`: {why}" for sample, why in sorted(not_run.items())]
    if notes:
        lines += ["", "Not run:", "", *notes]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page, **_) -> str:
    if VERIFICATION_MARKER not in markdown:
        return markdown
    depth = page.file.src_uri.count("/")
    tables = [
        verification_table(
            json.loads(path.read_text(encoding="utf-8")),
            "../" * depth + f"data/verification/{path.name}",
        )
        for path in sorted(VERIFICATION_DATA.glob("*.json"))
    ]
    return markdown.replace(VERIFICATION_MARKER, "\n\n".join(tables) or "No results recorded.")
