"""The test suite is the specification of the site; see README "How verification works"."""

pytest_plugins = ["sample_engine.plugin", "reuse.plugin", "summary"]
