"""The benchmark: page queries, served pages and the pandas way, timed (python -m dashboard bench)."""
