"""``python -m tools.bench``: see :mod:`tools.bench.runner`."""

from .runner import main

main()
