"""Inline suppression comments in Markdown and HTML: next-line and block forms, rules and families,
suppressed findings kept in the report, suppressions that suppress nothing reported."""

from __future__ import annotations

import json

from factlint.gate import suppress
from factlint.gate.exitcodes import ExitCode
from factlint.gate.locate import Lines
from tests.gate_articles import FAIL, FRONT, OTHER_FAIL, PASS, run_cli, write

RULE = "arithmetic.change-decomposition"
KNOWN = {RULE, "counts.agreement"}


def directives(text: str) -> list[suppress.Directive]:
    return suppress.parse(text, Lines(text).position, KNOWN)


def test_parse_and_scopes():
    text = ("a\n<!-- factlint-disable-next-line arithmetic.change-decomposition, counts -->\nb\n"
            "<!--factlint-disable-->\nc\n<!-- factlint-enable -->\nd\n<!-- factlint-enable counts -->\n"
            "<!-- factlint-disable-next-line nope.rule -->\n")
    ds = directives(text)
    assert [(d.kind, d.rules, d.start) for d in ds] == [
        ("disable-next-line", (RULE, "counts"), (2, 1)), ("disable", (), (4, 1)), ("enable", (), (6, 1)),
        ("enable", ("counts",), (8, 1)), ("disable-next-line", ("nope.rule",), (9, 1))]
    scopes = suppress.scopes(ds)
    assert suppress.match(scopes, RULE, (3, 5)) is ds[0]  # the line after the comment
    assert suppress.match(scopes, RULE, (5, 1)) is ds[1]  # inside disable ... enable, any rule
    assert suppress.match(scopes, "counts.agreement", (7, 1)) is None  # after the enable
    assert suppress.match(scopes, "lists.count", (3, 1)) is None  # not named
    problems = {d.start[0]: message for d, message in suppress.unused(ds)}
    assert set(problems) == {8, 9}
    assert "closes no factlint-disable" in problems[8] and "names unknown rule nope.rule" in problems[9]


def test_markdown_and_html_suppressions_end_to_end(capsys, tmp_path):
    md = write(tmp_path / "a.md", FRONT + "# NATO\n\n"
               f"<!-- factlint-disable-next-line {RULE} -->\n{FAIL}\n\n"
               "<!-- factlint-disable arithmetic -->\n" + OTHER_FAIL + "\n<!-- factlint-enable arithmetic -->\n\n"
               "<!-- factlint-disable-next-line arithmetic -->\n" + PASS + "\n")
    html = write(tmp_path / "p.html", "<html><head><meta name='date' content='2021-10-18'></head><body>\n"
                 "<!-- factlint-disable-next-line arithmetic -->\n<p>" + FAIL + "</p>\n</body></html>\n")
    code, out, _ = run_cli(capsys, "check", md, html, "--no-report", "--format", "json")
    report = json.loads(out)
    gated = [(d["source"], f) for d in report["documents"] for f in d["findings"] if f["status"] in ("fail", "warn")]
    assert len(gated) == 3 and all(f["suppressed"]["kind"] == "inline" for _, f in gated)  # kept, marked
    lines = sorted((src.rsplit("/", 1)[-1], f["suppressed"]["line"]) for src, f in gated)
    assert lines == [("a.md", 7), ("a.md", 10), ("p.html", 2)]  # the lines of the comments that suppressed them
    (unused,) = report["gate"]["unused_suppressions"]
    assert (unused["source"], unused["line"]) == (str(md), 14)
    assert "suppresses nothing" in unused["message"]
    assert report["gate"]["suppressed"] == 3 and report["gate"]["findings"] == {"fail": 0, "warn": 1}
    assert code == ExitCode.OK  # an unused suppression is a warning
    code, out, _ = run_cli(capsys, "check", md, html, "--no-report", "--fail-level", "warn")
    assert code == ExitCode.FINDINGS
    assert f"{md}:14:1: factlint.unused-suppression warn <!-- factlint-disable-next-line arithmetic --> suppresses nothing" in out
    assert "3 suppressed; 1 unused suppression(s)" in out
    assert "fail 20 - 8 - 2" not in out  # suppressed findings are not listed as lines
