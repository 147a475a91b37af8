"""Baselines: known findings do not fail the gate, new ones do; entries are keyed on the claims'
content, so moved text stays known and changed text is new; stale entries are reported."""

from __future__ import annotations

import json

import pytest

from factlint.gate.baseline import SCHEMA, Baseline, fingerprint
from factlint.gate.exitcodes import ExitCode
from factlint.records import Claim, Kind
from tests.gate_articles import FAIL, FRONT, OTHER_FAIL, PASS, run_cli, write

RULE = "arithmetic.change-decomposition"


def test_fingerprint_ignores_offsets_and_whitespace_but_not_content():
    a = [Claim("c1", Kind.QUANTITY, "20", 10, 12, 20.0), Claim("c2", Kind.QUANTITY, "11 people", 16, 25, 11, unit="people")]
    moved = [Claim("c7", Kind.QUANTITY, "20", 510, 512, 20), Claim("c8", Kind.QUANTITY, "11\n people", 516, 526, 11, unit="people")]
    changed = [a[0], Claim("c2", Kind.QUANTITY, "12 people", 16, 25, 12, unit="people")]
    assert fingerprint(RULE, a) == fingerprint(RULE, moved)
    assert fingerprint(RULE, a) != fingerprint(RULE, changed)
    assert fingerprint(RULE, a) != fingerprint("counts.agreement", a)


@pytest.mark.parametrize("content, message", [
    (None, "no such baseline file; create it with --write-baseline"),
    ("{", "invalid JSON"),
    ('{"schema": "other"}', "not a factlint baseline"),
    (json.dumps({"schema": SCHEMA, "findings": [{"rule": RULE}]}), "entry 0 needs"),
])
def test_bad_baseline_exit_2(capsys, tmp_path, content, message):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    code, _, err = run_cli(capsys, "check", tmp_path / "a.txt", "--baseline", path)
    assert code == ExitCode.ERROR and message in err


def test_known_findings_pass_new_ones_fail_stale_ones_are_reported(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    art = write(tmp_path / "articles" / "a.md", FRONT + "# NATO\n\n" + FAIL + "\n")
    write(tmp_path / "articles" / "b.md", FRONT + PASS + "\n")
    base = tmp_path / "factlint-baseline.json"

    code, _, err = run_cli(capsys, "check", "articles", "--no-report", "--write-baseline", base)
    assert code == ExitCode.OK and "wrote 1 known finding(s) to baseline" in err
    data = json.loads(base.read_text())
    assert data["schema"] == SCHEMA
    (entry,) = data["findings"]
    assert (entry["source"], entry["rule"], entry["status"], entry["count"]) == ("articles/a.md", RULE, "fail", 1)
    assert "line" not in entry and "start" not in entry  # content, not position

    # Text added above moves the known finding down; a new inconsistency appears in another file.
    write(art, FRONT + "# NATO\n\nA new lead paragraph.\n\nAnother one.\n\n" + FAIL + "\n")
    write(tmp_path / "articles" / "c.md", FRONT + OTHER_FAIL + "\n")
    code, out, _ = run_cli(capsys, "check", "articles", "--no-report", "--baseline", base, "--format", "json")
    report = json.loads(out)
    assert code == ExitCode.FINDINGS
    found = {d["source"]: f for d in report["documents"] for f in d["findings"] if f["status"] == "fail"}
    assert found["articles/a.md"]["suppressed"] == {"kind": "baseline", "file": str(base)}
    assert "suppressed" not in found["articles/c.md"]
    assert report["gate"]["baselined"] == 1 and report["gate"]["findings"]["fail"] == 1

    # The known finding is fixed: its entry is stale (reported, fails only at --fail-level warn).
    write(art, FRONT + PASS + "\n")
    code, out, _ = run_cli(capsys, "check", "articles/a.md", "articles/b.md", "--no-report", "--baseline", base)
    assert code == ExitCode.OK
    assert (f"{base}: factlint.stale-baseline warn {RULE} in articles/a.md (\"20\", \"11 people\", \"eight diplomats\", "
            f"\"Two more open vacancies\") is no longer found; update the baseline with --write-baseline {base}") in out
    assert "1 stale baseline entr" in out
    code, _, _ = run_cli(capsys, "check", "articles/b.md", "--no-report", "--baseline", base, "--fail-level", "warn")
    assert code == ExitCode.OK  # a.md was not checked: its entry is not called stale


def test_rewriting_in_place_keeps_entries_of_files_not_checked(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", FAIL)
    write(tmp_path / "b.txt", OTHER_FAIL)
    base = tmp_path / "baseline.json"
    assert run_cli(capsys, "check", "a.txt", "b.txt", "--no-report", "--write-baseline", base)[0] == ExitCode.OK
    write(tmp_path / "a.txt", PASS)
    assert run_cli(capsys, "check", "a.txt", "--no-report", "--baseline", base, "--write-baseline", base)[0] == ExitCode.OK
    assert [e.source for e in Baseline.load(base).entries] == ["b.txt"]
