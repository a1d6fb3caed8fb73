"""A main module that imports NumPy, as a data-processing script does."""

import numpy  # noqa: F401
