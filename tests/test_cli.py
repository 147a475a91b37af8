"""CLI behaviour: every exit code, bad input reported with path and fix, the batch goes on."""

import json
import subprocess
import sys

import pytest

from factlint.cli.main import main
from tests.conftest import ROOT, SEED, run_cli


@pytest.fixture
def seed11(tmp_path, seed_text):
    path = tmp_path / "seed11.txt"
    path.write_text(seed_text.replace("from 20 to 10", "from 20 to 11"), encoding="utf-8")
    return path


def test_seed_passes_exit_0(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "check", str(SEED), "-o", str(tmp_path))
    assert code == 0
    assert " 0 fail" in out
    report = json.loads((tmp_path / "report.json").read_text())
    (finding,) = [f for f in report["documents"][0]["findings"] if f["check"] == "arithmetic.change-decomposition"]
    assert finding["status"] == "pass"
    text = report["documents"][0]["text"]
    covered = [text[s:e] for s, e in finding["spans"]]
    for phrase in ("from 20 to 10", "eight diplomats", "Two more"):
        assert any(phrase in c for c in covered), phrase
    assert (tmp_path / "index.html").exists()
    assert (tmp_path / "documents" / "tass-nato-russia-missions.html").exists()


def test_changed_seed_fails_exit_1_with_the_arithmetic(capsys, tmp_path, seed11):
    code, out, _ = run_cli(capsys, "check", str(seed11), "-o", str(tmp_path))
    assert code == 1
    assert "20 - 8 - 2 = 10, but the text says 11" in out


def test_format_json_prints_the_report(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "check", str(SEED), "--format", "json", "--no-report")
    assert code == 0
    report = json.loads(out)
    assert report["schema"] == "factlint/report/v1"
    assert not list(tmp_path.iterdir())


def test_missing_path_exit_2_and_other_inputs_still_checked(capsys, tmp_path, seed11):
    code, out, err = run_cli(capsys, "check", str(tmp_path / "nope.txt"), str(seed11), "-o", str(tmp_path / "r"))
    assert code == 2
    assert f"{tmp_path / 'nope.txt'}: no such file or directory; check the path" in err
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    assert report["summary"]["documents"] == 1 and report["summary"]["findings"]["fail"] == 1
    assert report["errors"][0]["source"].endswith("nope.txt")


def test_empty_file_exit_2(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code, _, err = run_cli(capsys, "check", str(empty), "-o", str(tmp_path / "r"))
    assert code == 2
    assert "empty.txt: file is empty or only whitespace" in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_jsonl_line_names_file_and_line(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    good = {"id": "a", "text": "NATO cut the mission from 20 to 10 people. Eight left and two more posts went.", "published": "2021-10-18"}
    corpus.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "b"}) + "\n" + json.dumps({"text": 5}) + "\n")
    code, _, err = run_cli(capsys, "check", str(corpus), "-o", str(tmp_path / "r"))
    assert code == 2
    assert f"{corpus}:2: invalid JSON" in err
    assert f"{corpus}:3: record has no \"text\" field" in err
    assert f"{corpus}:4: \"text\" must be a string" in err
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    assert [d["id"] for d in report["documents"]] == ["a"]
    assert report["documents"][0]["line"] == 1 and report["documents"][0]["published_source"] == "metadata"


def test_invalid_published_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", str(SEED), "--published", "18/10/2021"])
    assert exc.value.code == 2
    assert "try --published YYYY-MM-DD" in capsys.readouterr().err


def test_published_flag_fills_documents_without_a_date(capsys, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("The board met on Monday.")
    code, out, _ = run_cli(capsys, "check", str(art), "--published", "2021-10-20", "--format", "json", "--no-report")
    doc = json.loads(out)["documents"][0]
    assert (doc["published"], doc["published_source"]) == ("2021-10-20", "cli")
    assert [c["value"] for c in doc["claims"] if c["kind"] == "date"] == ["2021-10-18"]


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path):
    """The installed entry point, as a user or CI runs it: no traceback, exit code 2 for usage."""
    proc = subprocess.run([sys.executable, "-m", "factlint", "check"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", str(SEED), "-o", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
