"""How a page reads, measured in the browser on the page as a reader sees it.

- Every page: at most ``MAX_TOC_ENTRIES`` entries in its table of contents; at 1280 px no code
  block scrolls sideways; code inside an admonition or a collapsible block is the body's code
  size; at 390 px (a phone) the page is no wider than the screen.
- Every lesson (a numbered page of the course): at most ``MAX_PROSE_WORDS`` words of prose (code
  blocks and their captions, the generated captions of measured figures, the lesson frame, the
  platform notes, and the collapsed quotes of the post and "How this was checked" notes excluded:
  the teaching reads without them) and a first program within ``MAX_WORDS_BEFORE_PROGRAM`` words.
  The first program is the first block that includes a sample: it must be a working one, never a
  broken original quoted from the post. A lesson with no runnable program (it shows only code that
  needs a newer Python, or figures) says so and why in its front matter (``no_program:
  "<reason>"``). Word limits are for the English pages; a translation follows its English page.
"""

from __future__ import annotations

import re

from sample_engine.pages import blocks, resolve
from sample_engine.samples import Declarations

from .project import DEFAULT_LANGUAGE, Page

MAX_TOC_ENTRIES = 25
MAX_PROSE_WORDS = 2500
MAX_WORDS_BEFORE_PROGRAM = 200
_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)

MEASURE = """title => {
    const article = document.querySelector("article");
    const pattern = /[A-Za-z0-9_'’.-]+|[\\u4e00-\\u9fff]/g;
    const words = node => (node.textContent.match(pattern) || []).length;
    let prose = 0, before = null;
    const walk = node => {
        if (node.nodeType === 3) { prose += words(node); return; }
        if (node.nodeType !== 1) return;
        if (node.matches("div.highlight")) {
            const caption = node.querySelector(":scope > .filename");
            const named = caption && caption.textContent.trim() === title;
            if (before === null && title !== null && named) before = prose;
            return;
        }
        if (node.matches(".headerlink, script, style, svg, .md-source-file, figure.measured,"
                         + " .lesson-frame, .platform-note, details.quote:not([open]),"
                         + " details.info:not([open])"))
            return;
        node.childNodes.forEach(walk);
    };
    walk(article);
    return {prose, before};
}"""
LAYOUT = """() => {
    const typeset = document.querySelector("article.md-typeset");
    const bodyCode = parseFloat(getComputedStyle(typeset).fontSize) * 0.85;
    const scrolling = [...document.querySelectorAll("article pre > code")]
        .filter(code => code.scrollWidth > code.clientWidth + 1)
        .map(code => {
            const box = code.closest("div.highlight");
            const caption = box && box.querySelector(".filename");
            return caption ? caption.textContent.trim() : code.textContent.slice(0, 40);
        });
    const small = [...document.querySelectorAll(
            "article :is(.admonition, details) :is(pre > code, .highlight > .filename)")]
        .filter(el => Math.abs(parseFloat(getComputedStyle(el).fontSize) - bodyCode) > 0.2)
        .map(el => `${getComputedStyle(el).fontSize} (body code ${bodyCode.toFixed(1)}px)`);
    const toc = document.querySelectorAll(
        ".md-sidebar--secondary nav.md-nav--secondary a.md-nav__link").length;
    return {scrolling, small, toc};
}"""


def front_matter(page: Page) -> str:
    found = _FRONT_MATTER.match(page.source.read_text(encoding="utf-8"))
    return found["yaml"] if found else ""


def first_program(page: Page) -> tuple[str | None, bool]:
    """The title of the page's first block that includes a sample, and whether it is broken."""
    for block in blocks(page.source):
        target = block.include
        if target and target.endswith(".py"):
            sample = resolve(target)
            return block.title, Declarations.load(sample.with_suffix(".toml")).broken
    return None, False


def layout_problems(tab) -> list[str]:
    measured = tab.evaluate(LAYOUT)
    found = [f"code block scrolls sideways at 1280 px: {t!r}" for t in measured["scrolling"]]
    found += [f"code in an admonition is smaller than in the body: {s}" for s in measured["small"]]
    if measured["toc"] > MAX_TOC_ENTRIES:
        found.append(f"{measured['toc']} table-of-contents entries, more than {MAX_TOC_ENTRIES}")
    return found


def phone_problems(tab) -> list[str]:
    width = tab.evaluate("document.documentElement.scrollWidth")
    viewport = tab.viewport_size["width"]
    return [f"the page is {width} px wide on a {viewport} px phone"] if width > viewport else []


def lesson_shape_problems(tab, page: Page) -> list[str]:
    title, broken = first_program(page)
    measured = tab.evaluate(MEASURE, title)
    found = []
    if page.lang == DEFAULT_LANGUAGE and measured["prose"] > MAX_PROSE_WORDS:
        found.append(f"{measured['prose']} words of prose, more than {MAX_PROSE_WORDS}")
    if title is None:
        if "no_program:" not in front_matter(page):
            found.append("no program on the page, and no `no_program:` reason in front matter")
        return found
    if broken:
        found.append(f"the first program, {title!r}, is a broken original")
    before = measured["before"]
    if before is None:
        found.append(f"the first program, {title!r}, is not rendered with its title")
    elif page.lang == DEFAULT_LANGUAGE and before > MAX_WORDS_BEFORE_PROGRAM:
        found.append(f"{before} words before the first program, more than 200")
    return found
