"""Evaluation tooling: gold sets, the tune / held-out split, and the scorers (not part of the installed package)."""
