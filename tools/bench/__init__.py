"""The benchmarks behind the "Measured" lesson, and the figures drawn from them.

- ``python -m tools.bench`` (``make bench``): runs every benchmark with pyperf and writes
  ``docs/data/bench/<machine>-py<X.Y>.json``; ``--quick`` (``make bench QUICK=1``) is a smoke
  run with tiny sizes into a temporary file; ``--only GROUP[,GROUP]`` re-runs some groups
  and keeps the others' recorded data.
- ``python -m tools.bench.figures`` (``make figures``): draws ``docs/assets/figures/*.svg``
  (a light and a dark file per figure) and the Markdown blocks that show them, from the
  recorded data. The same data gives byte-identical files.

Modules: :mod:`.workloads` (what the child processes run: kept free of heavy imports, since
every spawned child imports it), :mod:`.benchmarks` (what is timed, and the sizes),
:mod:`.memory` (the fork copy-on-write experiment, measured with psutil, not timed),
:mod:`.machine` (the description of the machine and the Python), :mod:`.data` (the data
file), :mod:`.runner` (drives pyperf), :mod:`.figures` (matplotlib).
"""
