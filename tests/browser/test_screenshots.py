"""Screenshots for a person to look at, and what a first visit costs, measured in the browser.

``make screenshots`` (``SCREENSHOTS=1``) has ``test_pages.test_page`` write, in the load it makes
of each page, the first screen of every page at desktop (1280 px) and phone (390 px) size, in the
light and the dark scheme, to ``.screenshots/<page>-<size>-<scheme>.png`` (``zh/pipe`` is
``zh-pipe``); ``make test`` checks the same pages without them (four screenshots cost as much as
the rest of a page's checks). Every run writes ``metrics.json``: the bytes transferred and the
load time of the home page and of the largest lesson page.
"""

from __future__ import annotations

import json
import os

from .conftest import Watch, wait_until_ready
from .project import SCREENSHOTS, Page, pages

# What a first visit may transfer, everything included (search index too). A web font, an
# embedded video or an unoptimised image would break it; the course's text will not.
BYTE_BUDGET = 2_000_000
TAKING = bool(os.environ.get("SCREENSHOTS"))


def take_screenshots(tab, page: Page | None, size: str, scheme: str) -> None:
    """The first screen of ``page`` as ``tab`` shows it now (the 404 page when ``page`` is None)."""
    if not TAKING:
        return
    SCREENSHOTS.mkdir(exist_ok=True)
    name = "404" if page is None else page.id.replace("/", "-")
    tab.evaluate("scrollTo(0, 0)")
    tab.screenshot(path=SCREENSHOTS / f"{name}-{size}-{scheme}.png", animations="disabled")


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
        key=lambda p: (site_dir / p.url).stat().st_size,
        default=pages()[0],
    )
    metrics = {}
    for label, page in (("home", pages()[0]), ("largest lesson", largest)):
        measured = first_visit(fresh_context(), f"{server}/{page.url}", server)
        metrics[label] = {"page": f"/{page.url}", **measured}
        assert measured["bytes"] < BYTE_BUDGET, f"/{page.url}: {measured}"
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
