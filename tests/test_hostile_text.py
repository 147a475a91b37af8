"""Hostile article text and file names are inert in every output: escaped in HTML and XML, stripped of
ANSI escapes and control characters on the terminal, unable to start a GitHub workflow command."""

from __future__ import annotations

import contextlib
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from factlint.cli.main import main
from factlint.gate.formats import clean
from factlint.gate.formats.github import command

FAILING = ("NATO announced the reduction of the Russian mission from 20 to 11 people and revoked the "
           "accreditation of eight diplomats. Two more open vacancies were eliminated.")
HOSTILE = ("<script>alert('x')</script> <img src=x onerror=alert(1)> </textarea><textarea> "
           "\x1b[31mRED\x1b[0m \x07\x08\x0b\x0c\x7f\x9b2J end")
WORKFLOW = "::error::pwned"
# Things that must never appear raw where the output is markup or a terminal.
RAW_MARKUP = ("<script>alert", "<img src=x", "</textarea><textarea>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    src = root / "in"
    src.mkdir()
    (src / "article.txt").write_text(f"{HOSTILE} title\n\n{WORKFLOW}\n{HOSTILE}\n\n{FAILING}\n{WORKFLOW} again\n",
                                     encoding="utf-8")
    (src / "evil\x1b[31m\n::error::pwned.txt").write_text(FAILING, encoding="utf-8")  # names reach the terminal
    (src / "empty\n::warning::pwned.txt").write_text("", encoding="utf-8")  # and error lines
    (src / "corpus.jsonl").write_text(json.dumps({"id": "<script>x</script>", "title": HOSTILE, "url": "javascript:alert(1)",
                                                  "text": f"{WORKFLOW}\n{HOSTILE}\n\n{FAILING}"}) + "\n", encoding="utf-8")
    out_dir = root / "report"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["check", str(src), "-o", str(out_dir), "--format", "text", "--format", "github",
                     "--format", "sarif", "--output-file", str(root / "f.sarif"),
                     "--format", "junit", "--output-file", str(root / "junit.xml")])
    return {"code": code, "out": stdout.getvalue(), "err": stderr.getvalue(), "root": root, "report": out_dir}


def test_the_run_reads_the_hostile_inputs(hostile):
    assert hostile["code"] == 2  # the empty file
    report = json.loads((hostile["report"] / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["documents"] == 3
    assert report["summary"]["findings"]["fail"] >= 3
    # the JSON report keeps the article text as it is: escaping is the renderer's job
    assert any(HOSTILE in d["text"] for d in report["documents"])


def test_html_pages_escape_article_text(hostile):
    pages = [hostile["report"] / "index.html", *sorted((hostile["report"] / "documents").glob("*.html"))]
    assert len(pages) == 4
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for raw in RAW_MARKUP:
            assert raw not in html, (page.name, raw)
        assert 'href="javascript:' not in html
    doc_pages = "".join(p.read_text(encoding="utf-8") for p in pages[1:])
    assert "&lt;script&gt;alert(" in doc_pages and "&lt;/textarea&gt;" in doc_pages


def test_terminal_output_has_no_escapes_and_no_injected_workflow_command(hostile):
    for stream in (hostile["out"], hostile["err"]):
        assert "\x1b" not in stream
        assert not CONTROL.search(stream)
        for line in stream.splitlines():
            assert not line.startswith(("::error::pwned", "::warning::pwned")), line
            if line.startswith("::"):
                assert re.match(r"^::(error|warning|notice)( [^:]*)?::", line), line
    assert "but the text says 11" in hostile["out"]
    assert "factlint: error: " in hostile["err"] and "empty" in hostile["err"]
    assert len([ln for ln in hostile["err"].splitlines() if ln.strip()]) == 1  # one input, one line


def test_sarif_is_valid_json_without_raw_controls(hostile):
    text = (hostile["root"] / "f.sarif").read_text(encoding="utf-8")
    sarif = json.loads(text)
    assert sarif["version"] == "2.1.0"
    assert "\x1b" not in text


def test_junit_is_well_formed_xml(hostile):
    text = (hostile["root"] / "junit.xml").read_text(encoding="utf-8")
    root = ET.fromstring(text)  # raw control characters or unescaped markup would not parse
    assert root.iter("testcase")
    assert "<script>" not in text and "\x1b" not in text


@pytest.mark.parametrize("message", [
    "a\n::error::pwned", "a\r\n::error::pwned", "100% \x1b[31mred", "x\u2028::error::pwned", "::error::pwned"])
def test_github_command_is_one_line_that_cannot_be_broken_out_of(message):
    line = command("error", message, file="a,b:c\n::x.txt", loc={"line": 1, "column": 1, "end_column": 2}, title="t::x")
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    head, _, data = line.partition("::")[2].partition("::")
    assert head.startswith("error file=a%2Cb%3Ac%0A%3A%3Ax.txt,")
    assert "\n" not in data


@pytest.mark.parametrize("text", ["\x1b[31mred\x1b[0m", "\x1b]8;;http://x\x07link", "a\x00b\x08c\x7f", "\x9b31m"])
def test_clean_strips_terminal_escapes(text):
    assert not CONTROL.search(clean(text)) and "\x1b" not in clean(text)


def test_step_summary_markdown_keeps_hostile_text_inside_its_cells(hostile):
    from factlint.gate.formats.github import step_summary

    report = json.loads((hostile["report"] / "report.json").read_text(encoding="utf-8"))
    md = step_summary(report)
    assert not CONTROL.search(md) and "<script>" not in md and "<img" not in md
    for line in md.splitlines():
        assert not line.startswith("::"), line
        if line.startswith("- `"):  # an input not read: the hostile file name stays on its bullet's line
            assert line.count("`") >= 2
    assert "pwned.txt" in md and "- `" in md
