"""Where the reader is on the path, checked on every lesson in both languages.

- Above the title, the frame: "Lesson N of M · about K minutes" (``第 N 课，共 M 课 · 约 K 分钟``),
  N being the lesson's number in the nav, M the number of lessons.
- The title carries the number, and reads exactly as the sidebar's label of the page.
- The teaching ends with a recap (``#recap``): three to five bullets, before the exercise.
- "From the original post" (``#from-the-original-post``), where a lesson has it, is one
  collapsed block under its heading: the teaching reads without it, and it is one click away.
- A sample that does not run on every platform has the note saying so right above its code
  (rendered from its ``not_on`` declaration by ``tools/platform_notes.py``).
"""

from __future__ import annotations

import re
import tomllib

from sample_engine.pages import blocks, resolve

from .project import Page, pages

FRAME = {
    "en": re.compile(r"^Lesson (?P<n>\d+) of (?P<m>\d+) · about (?P<k>\d+) minutes$"),
    "zh": re.compile(r"^第 (?P<n>\d+) 课，共 (?P<m>\d+) 课 · 约 (?P<k>\d+) 分钟$"),
}
RECAP_BULLETS = range(3, 6)

READ = """() => {
    const article = document.querySelector("article");
    const h1 = article.querySelector("h1");
    const frame = h1 && h1.previousElementSibling;
    const clean = el => el ? el.textContent.replace("¶", "").trim() : null;
    const active = document.querySelector(".md-sidebar--primary .md-nav__link--active");
    const recap = article.querySelector("h2#recap");
    let bullets = null;
    if (recap) {
        const list = recap.nextElementSibling;
        bullets = list && list.tagName === "UL" ? list.querySelectorAll(":scope > li").length : 0;
    }
    const exercise = article.querySelector("h2#exercise");
    const after = Node.DOCUMENT_POSITION_FOLLOWING;
    const recapFirst = !exercise || !recap
        || (recap.compareDocumentPosition(exercise) & after) !== 0;
    const post = article.querySelector("h2#from-the-original-post");
    let postShape = null;
    if (post) {
        const parts = [];
        let el = post.nextElementSibling;
        for (; el && el.tagName !== "H2"; el = el.nextElementSibling)
            parts.push(el.tagName === "DETAILS" && el.open ? "open DETAILS" : el.tagName);
        postShape = parts.join(",");
    }
    const notes = [...article.querySelectorAll("div.highlight > .filename")].map(caption => {
        const block = caption.parentElement;
        const before = block.previousElementSibling;
        const noted = !!(before && before.matches(".admonition.platform-note"));
        return [caption.textContent.trim(), noted];
    });
    return {frame: frame && frame.matches("p.lesson-frame") ? clean(frame) : null,
            title: clean(h1), label: clean(active), bullets, recapFirst, postShape, notes};
}"""


def lesson_count() -> int:
    return sum(1 for page in pages() if page.is_lesson and page.lang == "en")


def platform_restricted_titles(page: Page) -> set[str]:
    """The titles of the page's code blocks that show a sample declaring ``not_on``."""
    found = set()
    for block in blocks(page.source):
        target = block.include
        if not (target and target.endswith(".py")):
            continue
        declarations = resolve(target).with_suffix(".toml")
        text = declarations.read_text(encoding="utf-8") if declarations.is_file() else ""
        if tomllib.loads(text).get("not_on"):
            found.add(block.title)
    return found


def frame_problems(tab, page: Page) -> list[str]:
    seen = tab.evaluate(READ)
    number = int(page.title.split(".")[0])
    found = []
    shape = FRAME[page.lang].match(seen["frame"] or "")
    if not shape:
        found.append(f"no lesson frame above the title (found {seen['frame']!r})")
    elif (int(shape["n"]), int(shape["m"])) != (number, lesson_count()):
        found.append(f"the frame says {seen['frame']!r}, lesson {number} of {lesson_count()}")
    if not (seen["title"] or "").startswith(f"{number}. "):
        found.append(f"the title {seen['title']!r} does not start with {number}.")
    if seen["label"] != seen["title"]:
        found.append(f"the sidebar says {seen['label']!r}, the title {seen['title']!r}")
    if seen["bullets"] is None:
        found.append("no recap (## Recap {#recap})")
    elif seen["bullets"] not in RECAP_BULLETS:
        found.append(f"a recap of {seen['bullets']} bullets, not 3 to 5")
    if not seen["recapFirst"]:
        found.append("the recap comes after the exercise")
    if seen["postShape"] not in (None, "DETAILS"):
        found.append(f"'From the original post' is not one collapsed block: {seen['postShape']}")
    noted = dict(seen["notes"])
    for title in sorted(platform_restricted_titles(page)):
        if not noted.get(title):
            found.append(f"{title}: no platform note right above the code")
    found += [
        f"{t}: a platform note, but the sample runs everywhere"
        for t, n in seen["notes"]
        if n and t not in platform_restricted_titles(page)
    ]
    return found
