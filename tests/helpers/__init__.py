"""Helpers shared by the tests and the benchmarks (child processes, harnesses)."""
