"""The CI gate: configuration, suppressions, baselines, source locations, exit codes and output formats."""
