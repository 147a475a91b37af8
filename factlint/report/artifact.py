"""The ``factlint-report`` artifact of a flow run: a link to the HTML report where it is published
(``--report-url BASE``: BASE/index.html; else the file on the machine that ran it), the run's
summary and its failures, in Markdown that renders article text as text."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

MAX_ROWS = 200  # failures listed in the artifact; the HTML report has them all

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x9b]")


def md(text: object) -> str:
    """Article- or feed-derived text made inert in Markdown: control characters dropped, markup
    characters backslash-escaped, so a hostile title or URL renders as text in the Prefect UI."""
    return _MD_SPECIAL.sub(r"\\\1", _CONTROL.sub(" ", str(text)))


def check_report_url(base: str) -> str:
    """``base`` if it is an absolute http(s) URL; else a one-line error naming the flag and the fix."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or _CONTROL.search(base) or " " in base:
        raise ValueError(f"--report-url {base!r} is not an http(s) URL; give the address the report folder is "
                         "published at, e.g. --report-url https://reports.example.com/factlint")
    return base


def report_link(written: dict[str, str], report_url: str | None) -> str | None:
    """Where the HTML report is read: BASE/index.html when the report folder is published at
    ``report_url``, else the written file's file:// URL (this machine only); None when none was written."""
    if not written.get("html"):
        return None
    if report_url:
        return report_url.rstrip("/").replace("(", "%28").replace(")", "%29") + "/index.html"  # a Markdown link target
    return Path(written["html"]).resolve().as_uri()


def report_markdown(report: dict, written: dict[str, str], report_url: str | None) -> str:
    """The artifact: the link, the summary and one row per fail/warn finding (document, rule, message)."""
    s = report["summary"]
    f = s["findings"]
    link = report_link(written, report_url)
    lines = [f"[factlint HTML report]({link})" if link else "factlint HTML report: not written", "",
             "| documents | pass | fail | warn | skip | inputs not read |", "|---|---|---|---|---|---|",
             f"| {s['documents']} | {f['pass']} | {f['fail']} | {f['warn']} | {f['skip']} | {s['errors']} |", ""]
    rows = [(d["url"] or d["source"], fd["check"], fd["status"], fd["message"])
            for d in report["documents"] for fd in d["findings"] if fd["status"] in ("fail", "warn")]
    rows.sort(key=lambda r: r[2] != "fail")  # fails first, in report order
    if not rows:
        return "\n".join(lines + ["No failing finding."])
    lines += ["| document | rule | message |", "|---|---|---|"]
    lines += [f"| {md(doc)} | {md(rule)} ({status}) | {md(message)} |" for doc, rule, status, message in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        lines += ["", f"... and {len(rows) - MAX_ROWS} more in the HTML report."]
    return "\n".join(lines)
