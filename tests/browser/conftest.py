"""Fixtures of the browser suite: the built site, a local server, one Chromium per worker.

The Makefile builds ``site/`` (and the zip) before pytest runs; a site that is missing or older
than its sources is built here, once, under a file lock, so that ``pytest tests/browser`` works
alone and under pytest-xdist. Each xdist worker serves the site on a free port of 127.0.0.1 and
drives its own Chromium.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import json
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from . import chromium
from .project import ROOT, SITE, build, is_fresh

TIMEOUT_MS = 20_000
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# Playwright's colour scheme -> Material's
SCHEMES = {"light": "default", "dark": "slate"}


# --- The built site ------------------------------------------------------------------------------


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """One build at a time across xdist workers (and concurrent runs in this checkout)."""
    tag = hashlib.sha1(str(ROOT).encode()).hexdigest()[:12]  # the same in every worker
    path = Path(tempfile.gettempdir()) / f"browser-suite-build-{tag}.lock"
    with open(path, "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: no lock; the Makefile builds before pytest
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


_FAILED_BUILD: list[str] = []


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if _FAILED_BUILD:  # tried once in this worker: do not build for every test
        pytest.fail(_FAILED_BUILD[0], pytrace=False)
    if not is_fresh(SITE):
        with _build_lock():
            if not is_fresh(SITE):
                try:
                    build(SITE)
                except RuntimeError as error:
                    _FAILED_BUILD.append(f"could not build {SITE.name}/: {error}")
                    pytest.fail(_FAILED_BUILD[0], pytrace=False)
    return SITE


# --- Local server --------------------------------------------------------------------------------


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, and the site's own 404 page for a missing one, as GitHub Pages does."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or self.command != "GET" or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    """``http://127.0.0.1:PORT`` serving ``site/``; stopped at the end of the session."""
    handler = functools.partial(_Handler, directory=str(site_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# --- Browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable, source = chromium.find_chromium()
    if executable is None and source != "playwright":
        detail = "" if source == "none" else f"{source}\n"
        pytest.fail(detail + chromium.HOW_TO_GET_ONE, pytrace=False)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=chromium.ARGS)
        try:
            yield launched
        finally:
            launched.close()


def new_context(browser: Browser, scheme: str = "light", **options) -> BrowserContext:
    # Reduced motion: Material then switches off its transitions, so what axe sees (the
    # "Copied to clipboard" toast, the palette) is either shown in full or not at all.
    context = browser.new_context(
        color_scheme=scheme, reduced_motion="reduce", viewport=DESKTOP, **options
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture(scope="session")
def stub_search_index(site_dir: Path) -> str:
    """The site's search index with its configuration and no documents.

    Material's search worker builds its index from the whole site's text on every page load:
    that costs more than every other check of a page, and it is the same on every page. The
    page-by-page checks therefore get this stub (the worker still starts, fetches it and
    reports ready, so its requests and errors are seen); the searches of ``test_search.py``
    and ``test_offline.py`` use the real index.
    """
    real = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return json.dumps({"config": real["config"], "docs": []})


@pytest.fixture(scope="session")
def context(browser: Browser, server: str, stub_search_index: str) -> Iterator[BrowserContext]:
    """The context for the page-by-page checks, reused by every test of the worker; a reader
    who prefers the light scheme (tests switch to the dark one with the header's toggle). It may
    read and write the clipboard (the copy-button check). Its search index is the stub."""
    made = new_context(browser)
    made.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    made.route(
        "**/search/search_index.json",
        lambda route: route.fulfill(body=stub_search_index, content_type="application/json"),
    )
    yield made
    made.close()


@pytest.fixture(scope="session")
def search_context(browser: Browser, server: str) -> Iterator[BrowserContext]:
    """A context with the site's real search index, for the searches."""
    made = new_context(browser)
    yield made
    made.close()


@pytest.fixture
def fresh_context(browser: Browser):
    """``fresh_context()``: a new context, empty cache, for a first visit or file:// pages."""
    made: list[BrowserContext] = []

    def _new() -> BrowserContext:
        made.append(new_context(browser))
        return made[-1]

    yield _new
    for context in made:
        context.close()


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


# --- Watching a page -----------------------------------------------------------------------------


class Watch:
    """Everything a page did that a test may object to, recorded from before it loads."""

    def __init__(self, page: Page, local_prefix: str):
        self.page = page
        self.local_prefix = local_prefix
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.failed: list[str] = []
        self.bad_status: list[str] = []
        self._listeners = {
            "request": lambda r: self.requests.append(r.url),
            "console": self._console,
            "pageerror": lambda e: self.page_errors.append(f"{e.name}: {e.message}"),
            "requestfailed": lambda r: self.failed.append(f"{r.url}: {r.failure}"),
            "response": self._response,
        }
        for event, listener in self._listeners.items():
            page.on(event, listener)

    def stop(self) -> None:
        """Stop recording: the tab goes on to another page, watched by another ``Watch``."""
        for event, listener in self._listeners.items():
            self.page.remove_listener(event, listener)

    def _console(self, message) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            self.console_errors.append(f"{message.text} ({where})" if where else message.text)

    def _response(self, response) -> None:
        if response.status >= 400:
            self.bad_status.append(f"{response.status} {response.url}")

    def is_local(self, url: str) -> bool:
        return url.startswith(self.local_prefix) or url.split(":", 1)[0] in (
            "data",
            "blob",
            "about",
        )

    @property
    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not self.is_local(url)]

    def problems(self, *, allow_status: tuple[str, ...] = ()) -> list[str]:
        """Requests to other hosts, failed or >= 400 local requests, console and page errors.

        ``allow_status``: ``"404 URL"`` entries that are expected (the 404 page's own document).
        """
        found = [f"request to another host: {url}" for url in self.external_requests]
        found += [f"failed request: {f}" for f in self.failed if self.is_local(f.split(": ")[0])]
        expected = set(allow_status)
        found += [f"HTTP {s}" for s in self.bad_status if s not in expected]
        allowed_console = {
            f"Failed to load resource: the server responded with a status of {s.split()[0]} "
            for s in allow_status
        }
        found += [
            f"console error: {e}"
            for e in self.console_errors
            if not any(e.startswith(a) for a in allowed_console)
        ]
        found += [f"page error: {e}" for e in self.page_errors]
        return list(dict.fromkeys(found))  # each problem once, in order


def wait_until_ready(page: Page) -> None:
    """Wait until Material has started, search included (the worker has loaded the index).

    Material replaces "Initializing search" by a prompt once the index is in, so every request
    a page makes on its own has been made by then. (From file://, Material starts the search
    only when the search dialog opens: open it first.)
    """
    page.wait_for_function(
        """() => {
            const meta = document.querySelector(".md-search-result__meta");
            const text = meta ? meta.textContent.trim() : "";
            return text !== "" && !text.startsWith("Initializing");
        }"""
    )


def _opener(context: BrowserContext, server: str):
    """``open(path) -> (page, watch, response)`` in ``context``, and the pages it opened."""
    opened: list[Page] = []

    def _open(path: str, *, ready: bool = True):
        page = context.new_page()
        opened.append(page)
        watch = Watch(page, server)
        response = page.goto(f"{server}/{path.lstrip('/')}", wait_until="load")
        if ready:
            wait_until_ready(page)
        return page, watch, response

    return _open, opened


def _close_all(opened: list[Page]) -> None:
    for page in opened:
        # A test that switched the palette stored it: the next page must open light again.
        with contextlib.suppress(PlaywrightError):
            page.evaluate("localStorage.clear()")
        page.close()


@pytest.fixture
def open_page(context: BrowserContext, server: str):
    """``open_page(path) -> (page, watch, response)``; the page is closed after the test."""
    opener, opened = _opener(context, server)
    yield opener
    _close_all(opened)


@pytest.fixture(scope="session")
def _checking_tab(context: BrowserContext) -> Iterator[list[Page]]:
    """The worker's one tab for the page-by-page checks, made on first use (``[]`` until then)."""
    holder: list[Page] = []
    yield holder
    for tab in holder:
        with contextlib.suppress(PlaywrightError):
            tab.close()


@pytest.fixture
def open_checked_page(
    request: pytest.FixtureRequest, _checking_tab: list[Page], context: BrowserContext, server: str
):
    """``open_page`` for the page-by-page checks, in one tab that goes from page to page.

    A new tab starts a new renderer process, and with it compiles Material's scripts and axe
    again: going to the next page in the same tab instead costs a fifth less CPU a page (20
    lessons with every check: 1.98 -> 1.57 CPU-s a page, 2 cores, 2026-12-08). The tab leaves
    each test as the next one expects a new tab: nothing watched, nothing stored, at desktop
    size; after a failed test it is closed and the next test gets a new one.
    """
    watches: list[Watch] = []
    failed_before = request.session.testsfailed

    def _open(path: str):
        if not _checking_tab or _checking_tab[0].is_closed():
            _checking_tab[:] = [context.new_page()]
        tab = _checking_tab[0]
        watch = Watch(tab, server)
        watches.append(watch)
        response = tab.goto(f"{server}/{path.lstrip('/')}", wait_until="load")
        wait_until_ready(tab)
        return tab, watch, response

    yield _open
    for watch in watches:
        watch.stop()
    if not _checking_tab:
        return
    tab = _checking_tab[0]
    if request.session.testsfailed > failed_before:  # whatever state it failed in
        tab.close()
        _checking_tab.clear()
        return
    try:
        # A test that switched the palette stored it: the next page must open light again.
        tab.evaluate("localStorage.clear()")
        tab.set_viewport_size(DESKTOP)
    except PlaywrightError:
        tab.close()
        _checking_tab.clear()


@pytest.fixture
def open_searchable_page(search_context: BrowserContext, server: str):
    """``open_page``, with the site's real search index."""
    opener, opened = _opener(search_context, server)
    yield opener
    _close_all(opened)
