"""Reports of a run: the JSON contract (factlint/report/v1) and the HTML pages built from it."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; each file is still replaced atomically
    fcntl = None

from factlint.files import atomic_write
from factlint.report.html import render_document, render_index, page_name
from factlint.report.json_report import build_report, dumps


def write_reports(run, output: str | Path | None) -> tuple[dict, dict[str, str]]:
    """Build the report dict; when ``output`` is set write report.json, index.html and one page per document."""
    report = build_report(run)
    if output is None:
        return report, {}
    out = Path(output)
    written: dict[str, str] = {}
    with locked(out):
        for doc in report["documents"]:
            target = out / "documents" / page_name(doc["id"])
            atomic_write(target, render_document(doc, report))
        atomic_write(out / "report.json", dumps(report))
        written["json"] = str(out / "report.json")
        atomic_write(out / "index.html", render_index(report))
        written["html"] = str(out / "index.html")
    return report, written


LOCK_NAME = ".factlint.lock"


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """One run at a time writes a report folder, so its pages, report.json and index.html come from
    the same run when two runs share ``-o``. The lock is released when the process dies."""
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    with open(folder / LOCK_NAME, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


__all__ = ["atomic_write", "build_report", "dumps", "write_reports"]
