"""[tool.factlint] configuration: discovery, strict keys, include/exclude, rules, severities,
per-path overrides, fail level and model, as the CLI applies them."""

from __future__ import annotations

import json

import pytest

from factlint.gate import config as cfg
from factlint.gate.exitcodes import ExitCode
from tests.gate_articles import FAIL, PASS, run_cli, write

RULE = "arithmetic.change-decomposition"


def test_discovery_walks_up_to_the_nearest_pyproject_with_the_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nfail-level = "warn"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "other"\n')  # no [tool.factlint]: skipped
    deep = tmp_path / "sub" / "deeper"
    deep.mkdir()
    assert cfg.find_config(deep) == tmp_path / "pyproject.toml"
    loaded = cfg.load(cwd=deep)
    assert loaded.fail_level == "warn" and loaded.root == tmp_path.resolve()


def test_no_config_is_an_empty_config(tmp_path):
    assert cfg.load(cwd=tmp_path) == cfg.Config()


@pytest.mark.parametrize("toml, message", [
    ('[tool.factlint]\nfail_level = "warn"\n', "unknown key 'tool.factlint.fail_level'; did you mean 'tool.factlint.fail-level'?"),
    ('[tool.factlint]\nwhatever = 1\n', "unknown key 'tool.factlint.whatever'; known keys: include, exclude"),
    ('[[tool.factlint.overrides]]\npaths = ["a/**"]\nfail-level = "warn"\n', "unknown key 'tool.factlint.overrides[0].fail-level'"),
    ('[[tool.factlint.overrides]]\nrules = ["arithmetic"]\n', "'tool.factlint.overrides[0]' has no 'paths'"),
    ('[tool.factlint]\nfail-level = "error"\n', "'tool.factlint.fail-level' is 'error'; use one of fail, warn"),
    ('[tool.factlint]\nrules = ["arithmetic.nope"]\n', "names unknown rule 'arithmetic.nope'"),
    ('[tool.factlint.severity]\n"arithmetic" = "critical"\n', "'tool.factlint.severity.arithmetic' is 'critical'"),
    ('[tool.factlint\n', "invalid TOML"),
])
def test_bad_config_exit_2_naming_the_key(capsys, tmp_path, monkeypatch, toml, message):
    write(tmp_path / "pyproject.toml", toml)
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "check", "missing.txt")  # fails before any input is read or spaCy is loaded
    assert code == ExitCode.ERROR and out == ""
    assert err.startswith(f"factlint: error: {tmp_path / 'pyproject.toml'}: ") and message in err


def test_config_flag_reads_top_level_keys(tmp_path):
    path = write(tmp_path / "factlint.toml", 'exclude = ["drafts"]\nmodel = "en_core_web_sm"\n')
    loaded = cfg.load(str(path))
    assert loaded.exclude == ("drafts",) and loaded.model == "en_core_web_sm"
    with pytest.raises(cfg.ConfigError, match="no such config file"):
        cfg.load(str(tmp_path / "nope.toml"))
    with pytest.raises(cfg.ConfigError, match=r"no \[tool.factlint\] table"):
        cfg.load(str(write(tmp_path / "x" / "pyproject.toml", "[project]\n")))


@pytest.mark.parametrize("pattern, path, matches", [
    ("*.md", "a.md", True), ("*.md", "deep/er/a.md", True), ("*.md", "a.txt", False),
    ("articles/**/*.md", "articles/a.md", True), ("articles/**/*.md", "articles/x/y/a.md", True),
    ("articles/**/*.md", "other/articles/a.md", False), ("drafts", "articles/drafts/a.md", True),
    ("articles/drafts/", "articles/drafts/x/a.md", True), ("a?.txt", "ab.txt", True), ("a?.txt", "a/b.txt", False),
    ("[ab].md", "b.md", True), ("[!ab].md", "b.md", False),
])
def test_globs(pattern, path, matches):
    assert cfg.glob_match(pattern, path) is matches


def test_include_exclude_select_inputs(tmp_path):
    for name in ("articles/a.md", "articles/b.txt", "articles/drafts/c.md", "notes/d.md"):
        write(tmp_path / name, PASS)
    write(tmp_path / "pyproject.toml", '[tool.factlint]\ninclude = ["articles/**"]\nexclude = ["drafts"]\n')
    config = cfg.load(cwd=tmp_path)
    kept, errors, excluded = cfg.select_inputs([str(tmp_path), str(tmp_path / "notes" / "d.md"), "https://example.org/a"], config)
    assert sorted(p.replace(str(tmp_path) + "/", "") for p in kept if "://" not in p) == ["articles/a.md", "articles/b.txt"]
    assert "https://example.org/a" in kept  # remote inputs are not filtered
    assert excluded == 2 and errors == []  # drafts/c.md and notes/d.md (named and found: counted once)


def test_severity_overrides_per_path_and_fail_level(capsys, tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", f"""
[tool.factlint]
severity = {{ "arithmetic" = "warn" }}
exclude = ["ignored"]

[[tool.factlint.overrides]]
paths = ["strict/**"]
severity = {{ "{RULE}" = "fail" }}
""")
    loose, strict = write(tmp_path / "loose" / "a.txt", FAIL), write(tmp_path / "strict" / "b.txt", FAIL)
    write(tmp_path / "ignored" / "c.txt", FAIL)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(capsys, "check", ".", "--no-report", "--published", "2021-10-18", "--format", "json")
    report = json.loads(out)
    status = {d["source"]: d["findings"][0] for d in report["documents"]}
    assert set(status) == {"loose/a.txt", "strict/b.txt"}
    assert status["loose/a.txt"]["status"] == "warn"
    assert status["loose/a.txt"]["severity_override"]["from"] == "fail"
    assert status["strict/b.txt"]["status"] == "fail" and "severity_override" not in status["strict/b.txt"]
    assert code == ExitCode.FINDINGS and report["gate"]["excluded_inputs"] == 1
    assert report["gate"]["config"] == str(tmp_path / "pyproject.toml")
    assert loose.exists() and strict.exists()


def test_rules_and_fail_level_and_model_from_config(capsys, tmp_path, monkeypatch):
    art = write(tmp_path / "a.txt", FAIL)
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nrules = ["counts"]\nfail-level = "warn"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(capsys, "check", art, "--no-report", "--published", "2021-10-18", "--format", "json")
    report = json.loads(out)
    assert code == ExitCode.OK  # the only finding's rule is not enabled
    assert report["gate"]["disabled"] == 1 and report["gate"]["fail_level"] == "warn"
    assert all(f["check"] != RULE for d in report["documents"] for f in d["findings"])
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nmodel = "xx_no_such_model"\n')
    code, _, err = run_cli(capsys, "check", art, "--no-report")
    assert code == ExitCode.ERROR and "spaCy model 'xx_no_such_model' is not installed" in err


def test_everything_excluded_is_a_clean_run_without_reading(capsys, tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", '[tool.factlint]\nexclude = ["drafts"]\n')
    write(tmp_path / "drafts" / "a.md", FAIL)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(capsys, "check", "drafts/a.md", "--no-report")
    assert code == ExitCode.OK
    assert "factlint: 0 document(s)" in out and "1 file(s) excluded by config" in out
