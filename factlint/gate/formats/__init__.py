"""Output formats of ``factlint check``: each renders the report (JSON contract v1 with the gate's
additions) as a string, so any format can go to stdout or to a file.

- ``text``: ``path:line:col: RULE status message`` per finding, then a summary line
- ``json``: the report itself
- ``sarif``: SARIF 2.1.0 for code scanning
- ``junit``: JUnit XML, one testcase per relation checked
- ``github``: GitHub Actions workflow commands (annotations)
"""

from __future__ import annotations

from factlint.gate.formats import github, junit, sarif, text
from factlint.gate.formats.common import clean, clean_line  # noqa: F401  (re-exported: terminal-safe text for callers)
from factlint.report.json_report import dumps

FORMATS = ("text", "json", "sarif", "junit", "github")
LINE_FORMATS = ("text", "github")  # may share stdout with each other; the structured ones may not
_RENDERERS = {"sarif": sarif.render, "junit": junit.render, "github": github.render}


def render(fmt: str, report: dict, written: dict[str, str] | None = None) -> str:
    if fmt == "text":
        return text.render(report, written or {})
    if fmt == "json":
        return dumps(report)
    if fmt in _RENDERERS:
        return _RENDERERS[fmt](report)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
