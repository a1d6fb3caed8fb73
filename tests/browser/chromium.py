"""Find the Chromium that the browser suite drives (or get one), and the flags it needs.

    python tests/browser/chromium.py            # prints the browser's path, or what to do
    python tests/browser/chromium.py --install  # the same, downloading Playwright's if none

Looked for, in this order: the ``CHROMIUM`` environment variable (a path), Chromium's headless
shell on ``PATH`` (Debian's ``chromium-headless-shell`` package), a system Chromium or Chrome on
``PATH`` (Debian's ``chromium`` package is ``/usr/bin/chromium``), then the browser that
``python -m playwright install chromium`` downloads into the user's cache. With ``--install``
(what ``make test`` runs), when none is found, that download is tried, and used if it works. There
is no fallback to skipping: the suite fails when no browser is found, and so does ``make test``,
saying what it tried.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# The headless shell first: the same Blink without the browser's UI and GPU process, and what
# Playwright itself runs for headless tests. Loading and checking eight pages cost 18.6 CPU-s
# with Debian's full Chromium 156 and 11.0 with its headless shell (2 cores, 2026-12-07).
SYSTEM_NAMES = (
    "chromium-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)

# Headless, and quiet on the network: without the background-networking flags Chromium asks
# Google's hosts for updates, safe-browsing lists and the like, which is noise in a suite that
# fails on any request to a host other than the local server (and is refused on a closed network).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

HOW_TO_GET_ONE = """\
No Chromium for the browser suite. Either
  - install the system one:        apt-get install -y chromium-headless-shell  (Debian, Ubuntu)
                                   apt-get install -y chromium     (or the full browser)
                                   brew install --cask chromium    (macOS)
  - or Playwright's own download:  .venv/bin/python -m playwright install chromium
  - or point at one:               CHROMIUM=/path/to/chrome make test
A missing browser fails `make test`: the browser suite is part of the specification."""


def _playwright_chromium() -> str | None:
    """The path where ``playwright install chromium`` puts its browser, if it is there."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as p:
        path = p.chromium.executable_path
    return path if path and Path(path).is_file() else None


def find_chromium() -> tuple[str | None, str]:
    """``(executable, where it came from)``; ``None`` when there is no browser.

    A ``None`` executable with ``"playwright"`` means: launch Playwright's own browser.
    """
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        if Path(explicit).is_file() and os.access(explicit, os.X_OK):
            return explicit, "CHROMIUM"
        return None, f"CHROMIUM={explicit} is not an executable file"
    for name in SYSTEM_NAMES:
        found = shutil.which(name)
        if found:
            return found, "PATH"
    if _playwright_chromium():
        return None, "playwright"
    return None, "none"


def install_playwright_chromium() -> str:
    """Run ``playwright install chromium``; what happened, in one line."""
    command = [sys.executable, "-m", "playwright", "install", "chromium"]
    print("no Chromium found: trying python -m playwright install chromium ...", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode == 0 and _playwright_chromium():
        return "installed"
    lines = (done.stdout + done.stderr).splitlines()
    why = next((line.strip() for line in lines if line.lstrip().startswith("Error")), "")
    return f"failed (exit {done.returncode}){': ' + why if why else ''}"


def main(argv: list[str]) -> int:
    path, source = find_chromium()
    tried = []
    if path is None and source == "none" and "--install" in argv:
        tried.append(f"Playwright's download: {install_playwright_chromium()}")
        path, source = find_chromium()
    if path:
        print(f"browser: {path} (from {source})")
        return 0
    if source == "playwright":
        print(f"browser: Playwright's Chromium, {_playwright_chromium()}")
        return 0
    if source != "none":
        print(f"error: {source}", file=sys.stderr)
    print(
        "Tried: CHROMIUM (unset), " + ", ".join(SYSTEM_NAMES) + " on PATH, Playwright's "
        "browser in the user's cache" + "".join(f"; {t}" for t in tried),
        file=sys.stderr,
    )
    print(HOW_TO_GET_ONE, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
