"""MkDocs hooks of the site (``hooks:`` in mkdocs.yml): small changes to each page's HTML.

- An output block (``{ .text .output title="$ python demo.py" }``) or a standard-error block
  (``{ .text .stderr title="stderr" }``) gets Material's ``no-copy`` class: what a reader
  copies is a program, never what it printed.
- Every code block is left out of the search index (``data-search-exclude``): a search for a
  name finds the prose that teaches it, not every sample that mentions it.
"""

from __future__ import annotations

import re

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
