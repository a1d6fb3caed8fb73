"""MkDocs hooks of the site (``hooks:`` in mkdocs.yml): small changes to each page's HTML.

- An output block (``{ .text .output title="$ python demo.py" }``) or a standard-error block
  (``{ .text .stderr title="stderr" }``) gets Material's ``no-copy`` class: what a reader
  copies is a program, never what it printed.
- On a Chinese page, a line break between two Chinese characters is removed (outside code):
  it is no space in Chinese, though a browser shows it as one.
- Every code block is left out of the search index (``data-search-exclude``): a search for a
  name finds the prose that teaches it, not every sample that mentions it.
- ``<!-- verification-table -->`` in a page (the home page) becomes the table of what
  ``make matrix`` recorded in ``docs/data/verification/``: the site says it verified exactly
  what the verification recorded.
- Each language searches its own pages: the i18n plugin writes one index for all languages;
  this splits it into ``search/`` and ``zh/search/``, and gives each Chinese page ``zh/`` as the
  base where Material looks for it.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

_CODE_BLOCK = re.compile(r'<div class="(?P<classes>[^"]*\bhighlight\b[^"]*)"')
_PRINTED = {"output", "stderr"}


def _mark(match: re.Match) -> str:
    classes = match["classes"].split()
    if _PRINTED.intersection(classes) and "no-copy" not in classes:
        classes.append("no-copy")
    # Material's search plugin drops this attribute from the page once it has read it.
    return f'<div class="{" ".join(classes)}" data-search-exclude="code"'


# A line break between two Chinese characters in the Markdown is not a space in Chinese text, but
# browsers (Chromium) show it as one. Outside code, such breaks are removed.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n[ \t]*(?=[{_CJK}])")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)


def join_chinese_lines(html: str) -> str:
    parts = _PRE.split(html)
    return "".join(p if i % 2 else _CJK_BREAK.sub("", p) for i, p in enumerate(parts))


def on_page_content(html: str, config, **_) -> str:
    html = _CODE_BLOCK.sub(_mark, html)
    if config.theme["language"].startswith("zh"):
        html = join_chinese_lines(html)
    return html


# --- The verification table on the home page ---------------------------------------------------

VERIFICATION_MARKER = "<!-- verification-table -->"
VERIFICATION_DATA = Path(__file__).resolve().parents[1] / "docs" / "data" / "verification"
METHODS = ("fork", "spawn", "forkserver", "own")


VERIFICATION_WORDS = {
    "en": {
        "recorded": "**{platform}** ({os}), recorded on {date} by `make matrix` ([data]({link})):",
        "python": "Python",
        "not run": "not run",
        "none": "No results recorded.",
        "own": "own",
    },
    "zh": {
        "recorded": "**{platform}**（{os}），由 `make matrix` 于 {date} 记录（[数据]({link})）：",
        "python": "Python",
        "not run": "未运行",
        "none": "尚无记录。",
        "own": "自选",
    },
}


def verification_table(data: dict, link: str, language: str = "en") -> str:
    """A Markdown table of ``make matrix``'s recorded results for one platform."""
    words = VERIFICATION_WORDS.get(language, VERIFICATION_WORDS["en"])
    runs = data.get("runs", {})
    recorded = words["recorded"].format(
        platform=data.get("platform", "?"),
        os=data.get("os", "?"),
        date=data.get("recorded", "?"),
        link=link,
    )
    lines = [
        recorded,
        "",
        f"| {words['python']} | "
        + " | ".join(words["own"] if m == "own" else m for m in METHODS)
        + f" | {words['not run']} |",
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
        lines += ["", f"{words['not run']}:", "", *notes]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page, config, **_) -> str:
    if VERIFICATION_MARKER not in markdown:
        return markdown
    language = config.theme["language"]
    # A link relative to the page's source file: docs/data/verification/, published with the site.
    depth = page.file.src_uri.count("/")
    tables = [
        verification_table(
            json.loads(path.read_text(encoding="utf-8")),
            "../" * depth + f"data/verification/{path.name}",
            language,
        )
        for path in sorted(VERIFICATION_DATA.glob("*.json"))
    ]
    none = VERIFICATION_WORDS.get(language, VERIFICATION_WORDS["en"])["none"]
    return markdown.replace(VERIFICATION_MARKER, "\n\n".join(tables) or none)


# --- One search index per language ---------------------------------------------------------------

DEFAULT_LANGUAGE = "en"


def on_page_context(context, page, config, **_):
    """A page in another language has that language's folder as its base: Material looks for
    the search index at ``<base>/search/``, so each language searches its own pages."""
    language = config.theme["language"]
    if language != DEFAULT_LANGUAGE:
        context["base_url"] = posixpath.join(context["base_url"], language, "")
    return context


_NOT_FOUND: dict[str, bytes] = {}


def on_post_template(output: str, template_name: str, config, **_) -> str:
    """Every language's build writes ``404.html`` at the site's root, the last one winning: keep
    the default language's (``on_post_build`` puts it back), which GitHub Pages serves for any
    missing address; it points Chinese readers to their home page."""
    if template_name == "404.html" and config.theme["language"] == DEFAULT_LANGUAGE:
        _NOT_FOUND["page"] = output.encode("utf-8")
    return output


@event_priority(-200)  # after the i18n plugin has built every language and merged their indexes
def on_post_build(config, **_):
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:  # a language's own build, inside the i18n plugin's
        return
    site = Path(config.site_dir)
    if "page" in _NOT_FOUND:
        (site / "404.html").write_bytes(_NOT_FOUND.pop("page"))
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    others = {lang.locale for lang in i18n.config.languages} - {DEFAULT_LANGUAGE}
    by_language: dict[str, list] = {}
    for entry in merged["docs"]:
        first, _, rest = entry["location"].partition("/")
        if first in others:  # the location becomes relative to the language's own folder
            by_language.setdefault(first, []).append({**entry, "location": rest})
        else:
            by_language.setdefault(DEFAULT_LANGUAGE, []).append(entry)
    for language, docs in by_language.items():
        folder = site / "search" if language == DEFAULT_LANGUAGE else site / language / "search"
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"config": merged["config"], "docs": docs}, ensure_ascii=False)
        (folder / "search_index.json").write_text(text, encoding="utf-8")
        # What Material's offline plugin writes, for the copy opened from file://.
        (folder / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
