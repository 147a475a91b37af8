"""What every output format shares: terminal-safe text, the gate block, the findings that are
reported, their locations and display paths, the rule catalogue."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterator

GATED = ("fail", "warn")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]|\x1b\[[0-?]*[ -/]*[@-~]|\x1b")


def clean(text: str) -> str:
    """Terminal-safe: no ANSI escapes or control characters from article text or file names."""
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """``clean`` for one output line: line breaks (from file names or article text) become spaces,
    so nothing hostile starts a line of its own, such as a GitHub workflow command ``::error::``."""
    return clean(_BREAKS.sub(" ", text))


_BREAKS = re.compile(r"[\r\n\x85\u2028\u2029]+")


def gate(report: dict) -> dict:
    """The report's gate block, or a neutral one for reports built without the CLI's gate."""
    return report.get("gate") or {"fail_level": "fail", "findings": {}, "suppressed": 0, "baselined": 0,
                                  "unused_suppressions": [], "stale_baseline": []}


def fails_gate(finding: dict, fail_level: str) -> bool:
    levels = GATED[: GATED.index(fail_level) + 1] if fail_level in GATED else ("fail",)
    return finding["status"] in levels and not finding.get("suppressed")


def reported(report: dict, include_suppressed: bool = False) -> Iterator[tuple[dict, dict]]:
    """(document, finding) for every fail or warn finding, in file order within each document."""
    for doc in report["documents"]:
        found = [f for f in doc["findings"] if f["status"] in GATED and (include_suppressed or not f.get("suppressed"))]
        for f in sorted(found, key=lambda f: (location(doc, f)["line"], location(doc, f)["column"])):
            yield doc, f


def location(doc: dict, finding: dict) -> dict:
    loc = finding.get("location")
    if loc:
        return loc
    line = doc.get("line") or 1
    return {"path": doc["source"], "line": line, "column": 1, "end_line": line, "end_column": 1, "exact": False}


def primary_location(doc: dict, finding: dict) -> dict:
    """Where a finding is shown: its primary claim (the figure the message says is wrong) when it
    has one, else its first span (``location``)."""
    return finding.get("primary_location") or location(doc, finding)


def related_claims(finding: dict) -> list[dict]:
    """The finding's other claims (``claim_locations`` without the primary one), in report order."""
    return [c for c in finding.get("claim_locations", []) if c["claim"] != finding.get("primary")]


def base_dir() -> Path:
    """What paths are relative to: the workspace in GitHub Actions, else the git repository the
    working directory is in (a run from a subfolder still names files from the repository root),
    else the working directory."""
    if os.environ.get("GITHUB_WORKSPACE"):
        return Path(os.environ["GITHUB_WORKSPACE"]).resolve()
    cwd = Path.cwd().resolve()
    return next((d for d in (cwd, *cwd.parents) if (d / ".git").exists()), cwd)


def display_path(source: str) -> str:
    """Posix path relative to ``base_dir()`` when under it (annotations and SARIF want
    repository-relative paths), else as given."""
    if "://" in source:
        return source
    p = Path(source)
    try:
        return p.resolve().relative_to(base_dir()).as_posix()
    except (ValueError, OSError):
        return Path(os.path.normpath(p)).as_posix()


def rules() -> dict[str, str]:
    """Rule id -> description: the checks' rules, then factlint's own housekeeping rules."""
    import checks
    from factlint.gate.review import HOUSEKEEPING

    return {**checks.RULES, **HOUSEKEEPING}


def examples() -> dict[str, str]:
    """Rule id -> a worked example, where the checks give one."""
    import checks

    return dict(getattr(checks, "EXAMPLES", {}))
