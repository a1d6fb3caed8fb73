"""The figures of ``make figures`` render, in the light and the dark scheme, from this site alone.

A page shows a figure as two images of ``assets/figures/``: ``<name>.light.svg#only-light`` and
``<name>.dark.svg#only-dark`` (Material hides the one that does not match the scheme).
``test_pages.test_page`` checks, in its one load of a page that has figures, in each scheme: every
image of the scheme is displayed, loads (it is lazy: it is scrolled into view first) and fits the
content column, and every image of the other scheme is hidden. Its request check covers them:
nothing is fetched from another host.
"""

from __future__ import annotations

from .project import Page

FIGURE_IMAGES = 'article img[src*="assets/figures/"]'
SHOWN = f"""() => [...document.querySelectorAll('{FIGURE_IMAGES}')].map((img, index) => ({{
    index, src: img.getAttribute("src"), shown: getComputedStyle(img).display !== "none"}}))"""
LOAD = f"""async index => {{
    const img = document.querySelectorAll('{FIGURE_IMAGES}')[index];
    img.scrollIntoView();
    if (!img.complete) await new Promise(done => {{ img.onload = img.onerror = done; }});
    scrollTo(0, 0);
    return {{loaded: img.naturalWidth > 0, width: img.getBoundingClientRect().width,
             column: img.closest("article").getBoundingClientRect().width}};
}}"""


def has_figures(page: Page | None) -> bool:
    return page is not None and '"figures/' in page.source.read_text(encoding="utf-8")


def figure_problems(tab, scheme: str) -> list[str]:
    images = tab.evaluate(SHOWN)
    if not images:
        return ["the page includes a figure, but none is rendered"]
    found = []
    for image in images:
        wanted = image["src"].endswith(f"#only-{scheme}")
        if image["shown"] != wanted:
            state = "shown" if image["shown"] else "hidden"
            found.append(f"{scheme}: {image['src']} is {state}")
        if image["shown"]:
            state = tab.evaluate(LOAD, image["index"])
            if not state["loaded"]:
                found.append(f"{scheme}: {image['src']} did not load")
            elif not 0 < state["width"] <= state["column"] + 1:
                found.append(f"{scheme}: {image['src']} is {state['width']:.0f} px wide")
    return found
