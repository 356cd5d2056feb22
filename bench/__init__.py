"""Benchmarks for Razem, each figure measured next to a baseline in the same run.

Run from the repository root: `python -m bench` (all) or `python -m bench NAME`.
Not part of the test run; see bench/README.md for what each figure means.
"""
