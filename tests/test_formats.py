"""Output formats read by real consumers: SARIF 2.1.0 against the official schema, JUnit XML through
junitparser, GitHub workflow commands with GitHub's escaping and annotation limit."""

from __future__ import annotations

import contextlib
import io
import json
import xml.etree.ElementTree as ET

import pytest

from factlint.cli.main import main
from factlint.gate.formats import github, render
from tests.conftest import shared_data
from tests.gate_articles import FAIL, FRONT, PASS, WARN, position, write

RULE = "arithmetic.change-decomposition"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, nlp):
    """One run, every format to a file, as CI would call it."""
    tmp = tmp_path_factory.mktemp("formats")
    files = {
        "fail": write(tmp / "articles" / "fail.md", FRONT + "# NATO\n\n" + FAIL + "\n"),
        "warn": write(tmp / "articles" / "warn.txt", WARN + "\n"),
        "pass": write(tmp / "articles" / "pass.txt", PASS + "\n"),
    }
    out = {fmt: tmp / f"out.{fmt}" for fmt in ("text", "json", "sarif", "junit", "github")}
    summary = tmp / "step-summary.md"
    summary.write_text("previous step\n")
    argv = ["check", *map(str, files.values()), str(tmp / "missing.txt"), "--no-report", "--published", "2021-10-18"]
    for fmt, path in out.items():
        argv += ["--format", fmt, "--output-file", str(path)]
    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        mp.setenv("GITHUB_STEP_SUMMARY", str(summary))
        mp.chdir(tmp)
        code = main(argv)
    return {"code": code, "stdout": stdout.getvalue(), "stderr": stderr.getvalue(), "files": files, "summary": summary, "paths": out,
            **{fmt: path.read_text(encoding="utf-8") for fmt, path in out.items()}}


def test_all_formats_to_files_and_nothing_on_stdout(outputs):
    assert outputs["code"] == 2  # missing.txt could not be read; everything else is still reported
    assert outputs["stdout"] == ""
    assert "missing.txt: no such file or directory" in outputs["stderr"]


def test_text_lines_and_summary(outputs):
    lines = outputs["text"].splitlines()
    fail = outputs["files"]["fail"]
    line, col = position(fail, "from 20 to 11")
    assert lines[0] == (f"{fail}:{line}:{col}: {RULE} fail 20 - 8 - 2 = 10, but the text says 11 "
                        "(off by 1; exact figures must agree within the rounding the text allows)")
    assert any(f"warn.txt:1:" in x and f"{RULE} warn" in x for x in lines)
    assert lines[-2].startswith("factlint: 3 document(s)") and "1 input(s) not read" in lines[-2]


def test_json_is_the_report_with_gate(outputs):
    report = json.loads(outputs["json"])
    assert report["schema"] == "factlint/report/v1"
    assert report["gate"]["exit_code"] == 2 and report["gate"]["findings"] == {"fail": 1, "warn": 1}
    doc, fail = next((d, f) for d in report["documents"] for f in d["findings"] if f["status"] == "fail")
    claims = {c["id"]: c for c in doc["claims"]}
    assert claims[fail["primary"]]["text"] == "11 people"  # the claim the message says is wrong (issue 17)
    assert fail["primary_location"]["column"] > fail["location"]["column"]  # location stays the first span


def test_sarif_validates_against_the_official_schema(outputs):
    import jsonschema

    schema = json.loads(shared_data("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    sarif = json.loads(outputs["sarif"])
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_sarif_content(outputs):
    run = json.loads(outputs["sarif"])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert RULE in ids and "factlint.unused-suppression" in ids
    rule = rules[ids.index(RULE)]
    assert rule["shortDescription"]["text"] and rule["help"]["text"] and rule["defaultConfiguration"]["level"] == "error"
    by_level = {r["level"]: r for r in run["results"]}
    assert set(by_level) == {"error", "warning"}
    err = by_level["error"]
    assert err["ruleId"] == RULE and run["tool"]["driver"]["rules"][err["ruleIndex"]]["id"] == RULE
    loc = err["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "articles/fail.md", "uriBaseId": "%SRCROOT%"}
    # at the figure the message says is wrong ("... but the text says 11"), not the finding's first span (issue 17)
    line, col = position(outputs["files"]["fail"], "11 people")
    assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (line, col)
    assert loc["region"]["snippet"]["text"] == "11 people"
    related = [r["message"]["text"] for r in err["relatedLocations"]]
    assert len(related) == 3 and related[0].endswith(': "20"')
    assert any("eight diplomats" in t for t in related) and any("Two more" in t for t in related)
    assert not any("11 people" in t for t in related)
    assert err["partialFingerprints"]["factlintFingerprint/v1"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "missing.txt" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_fingerprint_survives_edits_elsewhere(outputs, tmp_path, capsys):
    moved = write(tmp_path / "articles" / "fail.md", FRONT + "# NATO\n\nA new first paragraph.\n\nAnd another.\n\n" + FAIL + "\n")
    changed = write(tmp_path / "articles" / "changed.md", FRONT + "# NATO\n\n" + FAIL.replace("to 11", "to 12") + "\n")

    def result(path):
        main(["check", str(path), "--no-report", "--format", "sarif"])
        (res,) = [r for r in json.loads(capsys.readouterr().out)["runs"][0]["results"] if r["ruleId"] == RULE]
        return res

    before = json.loads(outputs["sarif"])["runs"][0]["results"][0]
    after = result(moved)
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == before["locations"][0]["physicalLocation"]["region"]["startLine"] + 4
    assert after["partialFingerprints"] == before["partialFingerprints"]
    assert result(changed)["partialFingerprints"] != before["partialFingerprints"]


def test_junit_parses_with_junitparser(outputs):
    from junitparser import Error, Failure, JUnitXml, Skipped

    xml = JUnitXml.fromfile(str(outputs["paths"]["junit"]))
    report = json.loads(outputs["json"])
    cases = [(suite.name, case) for suite in xml for case in suite]
    relations = [c for suite, c in cases if suite != "inputs not read"]
    assert len(relations) == report["summary"]["relations"] == 3  # one testcase per relation checked
    failed = [c for c in relations if any(isinstance(r, Failure) for r in c.result)]
    assert len(failed) == 1 and failed[0].name.startswith(RULE) and "fail.md" in failed[0].classname
    assert failed[0].result[0].message.startswith("20 - 8 - 2 = 10, but the text says 11")
    assert not any(isinstance(r, Skipped) for c in relations for r in c.result)
    errors = [c for suite, c in cases if suite == "inputs not read"]
    assert len(errors) == 1 and isinstance(errors[0].result[0], Error)
    root = ET.fromstring(outputs["junit"])
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "1", "1")


def test_github_annotations_and_step_summary(outputs):
    lines = outputs["github"].splitlines()
    line, col = position(outputs["files"]["fail"], "11 people")  # the figure the message says is wrong (issue 17)
    error = next(x for x in lines if x.startswith("::error file=articles/fail.md"))
    assert error.startswith(f"::error file=articles/fail.md,line={line},endLine={line},col={col},endColumn={col + len('11 people')},")
    assert f",title={RULE}::20 - 8 - 2 = 10" in error
    _, col20 = position(outputs["files"]["fail"], "20 to 11")
    assert error.endswith(f"(see also \u201c20\u201d at line {line} col {col20}, \u201ceight diplomats\u201d at line {line} col "
                          f"{position(outputs['files']['fail'], 'eight diplomats')[1]}, \u201cTwo more open vacancies\u201d at line {line} col "
                          f"{position(outputs['files']['fail'], 'Two more')[1]})")
    assert any(x.startswith("::warning file=articles/warn.txt,line=1,") for x in lines)
    assert any(x.startswith("::error file=missing.txt,title=factlint%3A input not read::") for x in lines)
    summary = outputs["summary"].read_text()
    assert summary.startswith("previous step\n### factlint: ❌ 1 input(s) could not be read")  # appended, not replaced
    assert f"`articles/fail.md:{line}:{col}`" in summary and "| ⚠️ warn |" in summary


def test_github_escaping():
    assert github.escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    cmd = github.command("error", "line one\nline two: 100%", "dir/a,b.md",
                         {"line": 3, "column": 2, "end_line": 3, "end_column": 9, "exact": True}, "rule:x")
    assert cmd == "::error file=dir/a%2Cb.md,line=3,endLine=3,col=2,endColumn=9,title=rule%3Ax::line one%0Aline two: 100%25"
    multi = github.command("warning", "m", "a.md", {"line": 3, "column": 2, "end_line": 4, "end_column": 9, "exact": True})
    assert multi == "::warning file=a.md,line=3,endLine=4::m"  # GitHub drops columns across lines


def _fake_report(n_fail: int, n_warn: int) -> dict:
    findings = [{"id": f"f{i}", "check": RULE, "status": status, "message": f"finding {i}", "claims": [], "spans": [],
                 "location": {"path": "a.md", "line": i + 1, "column": 1, "end_line": i + 1, "end_column": 5, "exact": True}}
                for i, status in enumerate(["fail"] * n_fail + ["warn"] * n_warn)]
    return {"documents": [{"id": "a", "source": "a.md", "line": None, "text": "", "claims": [], "findings": findings}],
            "errors": [], "gate": {"fail_level": "fail", "failing": n_fail, "unused_suppressions": [], "stale_baseline": []},
            "summary": {"documents": 1, "errors": 0, "relations": n_fail + n_warn,
                        "claims": {"date": 0, "quantity": 0, "name": 0},
                        "findings": {"pass": 0, "fail": n_fail, "warn": n_warn, "skip": 0}}}


def test_github_says_how_many_annotations_it_could_not_show():
    out = render("github", _fake_report(13, 2)).splitlines()
    assert sum(x.startswith("::error ") for x in out) == 10
    assert sum(x.startswith("::warning ") for x in out) == 2
    assert sum(x.startswith("a.md:") for x in out) == 3  # the rest are still in the log
    notice = next(x for x in out if x.startswith("::notice "))
    assert "3 more error(s) than GitHub annotates (10 per level per step)" in notice
    assert "GitHub annotates 10 per level per step: 3 more error(s)" in github.step_summary(_fake_report(13, 2))


def test_sarif_paths_are_relative_to_the_repository_from_a_subfolder(tmp_path, monkeypatch, capsys, nlp):
    """Run from a subfolder with absolute paths: artifacts and the baseline justification are named
    from the repository root (where code scanning looks), never as absolute paths."""
    repo = tmp_path / "newsroom"
    (repo / ".git").mkdir(parents=True)
    article = write(repo / "articles" / "fail.md", FRONT + "# NATO\n\n" + FAIL + "\n")
    baseline = repo / "ci" / "baseline.json"
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(repo / "articles")
    main(["check", str(article), "--no-report", "--write-baseline", str(baseline), "--format", "text"])
    capsys.readouterr()
    main(["check", str(article), "--no-report", "--baseline", str(baseline), "--format", "sarif"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    (res,) = [r for r in run["results"] if r["ruleId"] == RULE]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "articles/fail.md", "uriBaseId": "%SRCROOT%"}
    assert res["suppressions"] == [{"kind": "external", "justification": "known finding in baseline ci/baseline.json"}]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
    assert str(tmp_path) not in json.dumps(run["results"])
