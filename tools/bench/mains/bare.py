"""A main module that imports nothing."""
