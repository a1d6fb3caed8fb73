"""Screenshots for a person to look at, and what a first visit costs, measured in the browser.

Written on every run to ``.screenshots/`` (ignored by git): the first screen of the home page
and of one lesson, and that lesson's first sample with its output, light and dark (taken by
``test_pages.test_page`` on the pages it loads); and ``metrics.json`` with the bytes
transferred and the load time of the home page and of the largest lesson page.
"""

from __future__ import annotations

import json

from .conftest import Watch, wait_until_ready
from .project import SCREENSHOTS, Page, copy_cases, pages

# What a first visit may transfer, everything included (search index too). A web font, an
# embedded video or an unoptimised image would break it; the course's text will not.
BYTE_BUDGET = 2_000_000


def lesson() -> Page:
    """The first lesson with a runnable sample (its page shows code and output)."""
    cases = copy_cases()
    return cases[0].page if cases else ([p for p in pages() if not p.is_home] or pages())[0]


def take_screenshots(tab, page: Page, scheme: str) -> None:
    """Called by ``test_pages.test_page`` on the page it has loaded, in each scheme."""
    if page.is_home:
        name = "home"
    elif page == lesson():
        name = f"lesson-{page.id}"
    else:
        return
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.evaluate("scrollTo(0, 0)")
    tab.screenshot(path=SCREENSHOTS / f"{name}-{scheme}.png", animations="disabled")
    case = next((c for c in copy_cases() if c.page == page), None)
    if case and case.sample_block.title:
        sample = tab.locator("article div.highlight").filter(
            has=tab.locator(".filename", has_text=case.sample_block.title)
        )
        sample.first.evaluate("e => scrollTo(0, e.getBoundingClientRect().top + scrollY - 100)")
        shot = SCREENSHOTS / f"{name}-sample-{scheme}.png"
        tab.screenshot(path=shot, animations="disabled")
        tab.evaluate("scrollTo(0, 0)")


def first_visit(context, url: str, local_prefix: str) -> dict:
    """Load ``url`` in a tab of ``context``: what it transferred and when it loaded."""
    tab = context.new_page()
    watch = Watch(tab, local_prefix)
    finished = []

    def on_finished(request) -> None:  # Playwright takes no builtin (list.append) as a handler
        finished.append(request)

    tab.on("requestfinished", on_finished)
    tab.goto(url, wait_until="load")
    wait_until_ready(tab)
    timing = tab.evaluate(
        """() => { const n = performance.getEntriesByType("navigation")[0];
                   return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd}; }"""
    )
    sizes = [r.sizes() for r in finished]
    tab.close()
    assert not watch.problems(), watch.problems()
    return {
        "requests": len(sizes),
        "bytes": sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes),
        "dom_content_loaded_ms": round(timing["dom"]),
        "load_ms": round(timing["load"]),
    }


def test_first_visit_weight_and_load_time(fresh_context, server: str, site_dir):
    largest = max(
        (p for p in pages() if not p.is_home),
        key=lambda p: (site_dir / p.url / "index.html").stat().st_size,
        default=pages()[0],
    )
    metrics = {}
    for label, page in (("home", pages()[0]), ("largest lesson", largest)):
        measured = first_visit(fresh_context(), f"{server}/{page.url}", server)
        metrics[label] = {"page": f"/{page.url}", **measured}
        assert measured["bytes"] < BYTE_BUDGET, f"/{page.url}: {measured}"
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
