"""The one exit-code table of the CLI and the one function that maps a run to it."""

from __future__ import annotations

from enum import IntEnum
from typing import Mapping

FAIL_LEVELS = ("fail", "warn")  # --fail-level: the lowest status that fails the gate


class ExitCode(IntEnum):
    OK = 0  # no finding at or above the fail level (or --exit-zero)
    FINDINGS = 1  # at least one finding at or above the fail level
    ERROR = 2  # usage, configuration or input error (an input could not be read)
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


def gating(statuses: Mapping[str, int], fail_level: str = "fail") -> int:
    """How many of these counted statuses are at or above ``fail_level``."""
    levels = FAIL_LEVELS[: FAIL_LEVELS.index(fail_level) + 1]
    return sum(statuses.get(level, 0) for level in levels)


def exit_code(summary: Mapping, fail_level: str = "fail", exit_zero: bool = False) -> ExitCode:
    """``summary`` holds ``errors`` (inputs not read) and ``findings`` (status -> count of the
    findings that count for the gate: not suppressed, not in the baseline).

    Input errors win, even over --exit-zero: a gate cannot vouch for articles it could not read.
    """
    if summary.get("errors", 0):
        return ExitCode.ERROR
    if exit_zero:
        return ExitCode.OK
    return ExitCode.FINDINGS if gating(summary.get("findings", {}), fail_level) else ExitCode.OK


def report_exit_code(report: Mapping) -> ExitCode:
    """A written report's exit code: its gate's (the CLI's review: fail level, suppressions,
    baseline) when it has one, else the default gate's over its summary."""
    g = report.get("gate")
    return ExitCode(g["exit_code"]) if g else exit_code(report["summary"])
