"""Results keyed on their inputs: a check that passed is not run again until an input changes.

The expensive checks (a sample run, a sample's lint, a page in the browser, the figures redrawn,
...) each name, in :mod:`.inputs`, everything their outcome depends on. Before a session runs,
every such check gets a *key*: a digest of its test id and of each of its inputs. A check whose
key is recorded as passed is not run (pytest deselects it, and the summary counts it as
*reused*); any other check runs, and its pass is recorded under its key. A failure is never
recorded, so it is never reused.

- :mod:`.digest` digests files, folders and text (each file read once per process);
- :mod:`.inputs` says what each kind of check depends on;
- :mod:`.store` keeps the passes, in ``.verified/`` (gitignored: a fresh clone runs all);
- :mod:`.plugin` wires them into pytest (``--full`` ignores the record: ``make test FULL=1``).
"""
