"""MkDocs hook: above a sample that does not run everywhere, a note saying where it runs.

A sample declares in ``<name>.toml`` the platforms where it does not run or prints something
else (``not_on = { win32 = "<why, for the maintainers>" }``), and what the reader is told about
them (``platform_note``, ``platform_note_zh``). The reader must learn it before copying the
program, so the build puts the note above the code block that includes the sample: no page can
show such a sample and forget to say so.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

SNIPPETS = Path(__file__).resolve().parents[1] / "snippets"
PLATFORMS = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?:`{3,}|~{3,})")
_INCLUDE = re.compile(r"""^[ \t]*--8<--\s+["'](?P<target>[^"']+\.py)["']\s*$""")

WORDS = {
    "en": {"on": "On {platforms}", "and": " and "},
    "zh": {"on": "在 {platforms} 上", "and": " 和 "},
}


def declared(target: str) -> dict:
    path = (SNIPPETS / target).with_suffix(".toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def note(declarations: dict, indent: str, language: str) -> list[str]:
    """The admonition above the code: the platforms in its title, what happens there below."""
    words = WORDS.get(language, WORDS["en"])
    names = [PLATFORMS[p] for p in PLATFORMS if p in declarations["not_on"]]
    title = words["on"].format(platforms=words["and"].join(names))
    key = "platform_note" if language == "en" else f"platform_note_{language}"
    text = declarations.get(key) or declarations["platform_note"]
    return [f'{indent}!!! warning platform-note "{title}"', "", f"{indent}    {text}", ""]


def with_notes(markdown: str, language: str) -> str:
    lines = markdown.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        opened = _FENCE_OPEN.match(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        included = _INCLUDE.match(following) if opened else None
        declarations = declared(included["target"]) if included else {}
        if declarations.get("not_on"):
            out += note(declarations, opened["indent"], language)
        out.append(line)
    return "\n".join(out)


def on_page_markdown(markdown: str, config, **_) -> str:
    return with_notes(markdown, config.theme["language"].split("_")[0])
