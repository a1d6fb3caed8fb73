"""Main modules for the spawn benchmark: a spawned child runs the parent's main module
again (as ``__mp_main__``) before its target, so whatever that module imports, every child
imports too. The benchmark makes each of these the main module in turn (``spawn-main``)."""
