"""The CLI as a CI gate: every exit code with --fail-level and --exit-zero, --format/--output-file
pairing, and path:line:col text output mapped back to .txt, .md, .html and .jsonl inputs."""

from __future__ import annotations

import json

import pytest

from factlint.cli.main import main
from factlint.gate.exitcodes import ExitCode, exit_code
from tests.gate_articles import FAIL, FRONT, PASS, WARN, position, run_cli, write

RULE = "arithmetic.change-decomposition"


@pytest.fixture
def articles(tmp_path):
    return {name: write(tmp_path / f"{name}.txt", text) for name, text in (("fail", FAIL), ("warn", WARN), ("pass", PASS))}


def test_exit_code_mapping():
    assert exit_code({"errors": 0, "findings": {}}) is ExitCode.OK
    assert exit_code({"errors": 0, "findings": {"warn": 2}}) is ExitCode.OK
    assert exit_code({"errors": 0, "findings": {"warn": 2}}, "warn") is ExitCode.FINDINGS
    assert exit_code({"errors": 0, "findings": {"fail": 1}}) is ExitCode.FINDINGS
    assert exit_code({"errors": 0, "findings": {"fail": 1}}, exit_zero=True) is ExitCode.OK
    assert exit_code({"errors": 1, "findings": {"fail": 1}}, exit_zero=True) is ExitCode.ERROR


def test_warn_passes_at_fail_level_and_fails_at_warn_level(capsys, articles):
    code, out, _ = run_cli(capsys, "check", articles["warn"], articles["pass"], "--no-report", "--published", "2021-10-18")
    assert code == ExitCode.OK
    line, col = position(articles["warn"], "20 to 13")
    assert f"{articles['warn']}:{line}:{col}: {RULE} warn 20 - 8 - 2 = 10, but the text says 13" in out
    assert "pass.txt" not in out  # passing relations are counted, not listed
    code, out, _ = run_cli(capsys, "check", articles["warn"], "--no-report", "--published", "2021-10-18", "--fail-level", "warn")
    assert code == ExitCode.FINDINGS
    assert "1 finding(s) at or above --fail-level warn" in out


def test_fail_exit_1_and_exit_zero(capsys, articles):
    code, out, _ = run_cli(capsys, "check", articles["fail"], "--no-report", "--published", "2021-10-18", "--exit-zero")
    assert code == ExitCode.OK
    assert f"{RULE} fail" in out and "(--exit-zero: exit 0)" in out


def test_input_error_exit_2_even_with_exit_zero(capsys, tmp_path, articles):
    code, _, err = run_cli(capsys, "check", tmp_path / "missing.md", articles["pass"], "--no-report", "--exit-zero")
    assert code == ExitCode.ERROR
    assert "missing.md: no such file or directory" in err


@pytest.mark.parametrize("argv, message", [
    (["--output-file", "x.sarif", "--format", "sarif"], "--output-file must follow the --format it is for"),
    (["--format", "sarif", "--output-file", "a", "--output-file", "b"], "already goes to a"),
    (["--fail-level", "error"], "invalid choice: 'error'"),
    (["--format", "xml"], "invalid choice: 'xml'"),
])
def test_usage_errors_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.txt", *argv])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_structured_formats_cannot_share_stdout(capsys, articles):
    code, out, err = run_cli(capsys, "check", articles["pass"], "--format", "json", "--format", "sarif")
    assert code == ExitCode.ERROR and out == ""
    assert "--format json cannot share stdout with --format sarif; add --output-file FILE" in err


def test_line_formats_share_stdout_and_files_get_the_rest(capsys, tmp_path, articles):
    sarif, report = tmp_path / "out" / "r.sarif", tmp_path / "r.json"
    code, out, _ = run_cli(capsys, "check", articles["fail"], "--no-report", "--published", "2021-10-18",
                           "--format", "text", "--format", "github",
                           "--format", "sarif", "--output-file", sarif, "--format", "json", "--output-file", report)
    assert code == ExitCode.FINDINGS
    assert out.count(f"{RULE} fail") == 1 and out.count(f"::error file=") == 1
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert json.loads(report.read_text())["gate"]["exit_code"] == 1


def test_only_files_requested_the_verdict_goes_to_stderr(capsys, tmp_path, articles):
    """`--format sarif --output-file F` alone: stdout stays empty, and a failing gate is not silent."""
    sarif = tmp_path / "r.sarif"
    code, out, err = run_cli(capsys, "check", articles["fail"], "--no-report", "--published", "2021-10-18",
                             "--format", "sarif", "--output-file", sarif)
    assert code == ExitCode.FINDINGS and out == ""
    (line,) = err.splitlines()
    assert line.startswith("factlint: 1 document(s)") and line.endswith("; 1 finding(s) at or above --fail-level fail")
    code, out, err = run_cli(capsys, "check", articles["fail"], "--no-report", "--published", "2021-10-18",
                             "--format", "sarif")  # the format is on stdout: no extra line
    assert code == ExitCode.FINDINGS and err == "" and json.loads(out)["version"] == "2.1.0"


def test_locations_map_back_to_every_input_kind(capsys, tmp_path):
    md = write(tmp_path / "a.md", FRONT + "# Heading\r\n\r\nIntro line.\r\n\r\n" + FAIL.replace(" and revoked", "\r\nand revoked") + "\r\n")
    html = write(tmp_path / "p.html", "<html><head><title>T</title>\n<meta property='article:published_time' content='2021-10-18'>"
                 "</head>\n<body>\n<h1>Caf&eacute; &amp; news</h1>\n<p>Lead.</p>\n<p>\n   "
                 + FAIL.replace("NATO announced", "NATO&nbsp;announced").replace(" people", "\n   people") + "</p>\n</body></html>\n")
    jsonl = write(tmp_path / "c.jsonl", json.dumps({"id": "one", "text": PASS, "published": "2021-10-18"}) + "\n\n"
                  + json.dumps({"id": "two", "text": FAIL, "published": "2021-10-18"}) + "\n")
    code, out, _ = run_cli(capsys, "check", md, html, jsonl, "--no-report", "--format", "json")
    assert code == ExitCode.FINDINGS
    report = json.loads(out)
    locations = {d["source"]: f["location"] for d in report["documents"] for f in d["findings"] if f["status"] == "fail"}
    assert set(locations) == {str(md), str(html), str(jsonl)}
    line, col = position(md, "from 20 to 11")
    assert (locations[str(md)]["line"], locations[str(md)]["column"], locations[str(md)]["exact"]) == (line, col, True)
    line, col = position(html, "from 20 to 11")
    assert (locations[str(html)]["line"], locations[str(html)]["column"], locations[str(html)]["exact"]) == (line, col, True)
    assert locations[str(html)]["end_line"] == line + 1  # "people" is on the next source line
    assert (locations[str(jsonl)]["line"], locations[str(jsonl)]["exact"]) == (3, False)  # the record's line
    for doc in report["documents"]:
        for f in doc["findings"]:
            assert f["fingerprint"] and f["claim_locations"] and f["location"]["path"] == doc["source"]


@pytest.mark.slow
def test_gate_path_never_imports_prefect(tmp_path):
    """A CI gate must not pay for orchestration it does not use: no Prefect import, no server."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT, SEED

    script = ("import sys\nfrom factlint.cli.main import main\n"
              f"code = main(['check', {str(SEED)!r}, '--no-report', '--format', 'sarif', '--output-file', {str(tmp_path / 'o.sarif')!r}])\n"
              "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'flows'))\n"
              "print('LOADED', loaded)\nsys.exit(code)\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stdout
