"""``make serve`` installs only what serving needs, at the versions ``make test`` checks with.

``requirements-serve.lock`` is a subset of ``requirements.lock``: the same pin for every package
it names, and every plugin and extension the site's ``mkdocs.yml`` uses among them.
"""

from __future__ import annotations

import re

from sample_engine.samples import ROOT

SERVING = ("mkdocs", "mkdocs-material", "mkdocstrings-python", "pymdown-extensions")
SERVING += ("mkdocs-static-i18n", "jieba")


def pins(name: str) -> dict[str, str]:
    found = {}
    for raw in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            package, version = line.split("==")
            found[re.sub(r"[-_.]+", "-", package).lower()] = version
    return found


def test_serving_pins_are_the_tested_ones():
    serve, full = pins("requirements-serve.lock"), pins("requirements.lock")
    differ = {p: (v, full.get(p)) for p, v in serve.items() if full.get(p) != v}
    assert not differ, f"requirements-serve.lock pins what requirements.lock does not: {differ}"


def test_serving_installs_the_site_generator_and_its_plugins():
    missing = [p for p in SERVING if p not in pins("requirements-serve.lock")]
    assert not missing, f"requirements-serve.lock lacks {missing}"


def test_serving_installs_no_test_tool():
    tools = {"pytest", "playwright", "coverage", "ruff", "numpy", "matplotlib", "dask"}
    assert not tools & set(pins("requirements-serve.lock"))
