"""Prefect Markdown artifacts carry feed- and article-derived strings: they must render as text."""

import re

from factlint.monitor.runs import md


def test_markdown_markup_and_control_characters_are_inert():
    raw = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) \x1b[31m`code`| # *bold*"
    out = md(raw)
    assert re.search(r"(?<!\\)[<>\[\]()`*#|_]", out) is None  # every markup character is escaped
    assert "\x1b" not in out
    assert re.sub(r"\\(.)", r"\1", out) == raw.replace("\x1b", " ")  # nothing else changes


def _report(message: str, source: str = "desk/a|b.txt") -> dict:
    return {"summary": {"documents": 1, "errors": 0, "findings": {"pass": 2, "fail": 1, "warn": 0, "skip": 0}},
            "documents": [{"id": "d1", "url": None, "source": source, "findings": [
                {"check": "arithmetic.change-decomposition", "status": "fail", "message": message},
                {"check": "dates.order", "status": "pass", "message": "fine"}]}]}


def test_report_artifact_links_the_published_report_and_lists_failures_escaped(tmp_path):
    """``factlint-report`` (issue 17): BASE/index.html with --report-url (a file:// URL only
    without), the run's counts, and one table row per failure whose text cannot break the table."""
    from factlint.report.artifact import check_report_url, report_markdown

    written = {"html": str(tmp_path / "index.html"), "json": str(tmp_path / "report.json")}
    hostile = "20 - 8 - 2 = 10, not 11 | injected cell\n| new row | [x](javascript:alert(1))"
    out = report_markdown(_report(hostile), written, "https://reports.example.test/factlint/")
    lines = out.splitlines()
    assert lines[0] == "[factlint HTML report](https://reports.example.test/factlint/index.html)"
    assert "| 1 | 2 | 1 | 0 | 0 | 0 |" in lines
    table = lines[lines.index("| document | rule | message |"):]
    assert len(table) == 3  # header, rule, one failure: the newline and pipes in the message stay in its cell
    assert table[2].startswith(r"| desk/a\|b.txt | arithmetic.change-decomposition (fail) | 20 - 8 - 2 = 10, not 11 \| injected")
    assert len(re.findall(r"(?<!\\)\|", table[2])) == 4  # four cell borders, every other pipe escaped
    assert "fine" not in out  # passing findings are not listed

    local = report_markdown(_report("x"), written, None)
    assert local.startswith(f"[factlint HTML report]({(tmp_path / 'index.html').as_uri()})")
    assert report_markdown(_report("x"), {}, None).startswith("factlint HTML report: not written")
    for bad in ("ftp://host/x", "reports/", "https://", "https://host/a b"):
        try:
            check_report_url(bad)
        except ValueError as exc:
            assert str(exc).startswith(f"--report-url {bad!r} is not an http(s) URL")
        else:
            raise AssertionError(f"{bad!r} accepted")
