"""The one exit-code table of the CLI and the one function that maps a run to it."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # no finding at or above the fail level
    FINDINGS = 1  # at least one finding at or above the fail level
    ERROR = 2  # usage, configuration or input error (an input could not be read)


def exit_code(summary: dict, fail_level: str = "fail", exit_zero: bool = False) -> ExitCode:
    """Input errors win: a gate cannot vouch for articles it could not read."""
    if summary.get("errors", 0):
        return ExitCode.ERROR
    if exit_zero:
        return ExitCode.OK
    statuses = summary.get("findings", {})
    failing = statuses.get("fail", 0) + (statuses.get("warn", 0) if fail_level == "warn" else 0)
    return ExitCode.FINDINGS if failing else ExitCode.OK
