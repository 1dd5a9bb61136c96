"""Benchmarks (run by hand, never by the test suite): ``python benchmarks/layout_bench.py``.

``trees`` makes the deterministic element trees; ``yoga_tree`` and ``taffy_tree`` lay them out in the
peers (pyyoga, stretchable); ``layout_bench`` times everything and prints the table.
"""
