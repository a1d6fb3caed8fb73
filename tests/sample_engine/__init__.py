"""The sample engine: runs every program in ``snippets/`` as a reader would run it.

- :mod:`.samples` finds the samples and reads what each declares about itself.
- :mod:`.runner` runs one sample in a fresh interpreter under one start method.
- :mod:`.process_tree` finds and kills what a run left alive.
- :mod:`.plugin` wires them into pytest (options, parametrization, coverage).
"""
