"""The GitHub Action: action.yml against GitHub's Action metadata schema, and its script
(.github/action/run.sh) run step by step with a fake GITHUB_* environment, as the runner would:
the Python version check, the locked install, the check, the SARIF-upload decision and the gate."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.gate_articles import FAIL, FRONT, PASS, write

SCRIPT = ROOT / ".github" / "action" / "run.sh"
ACTION = ROOT / "action.yml"


def _step(tmp_path: Path, command: str, workspace: Path | None = None, **env: str):
    """Run one subcommand of the action's script the way the runner runs a step; returns the
    process and the step's outputs (GITHUB_OUTPUT) as a dict."""
    out = tmp_path / f"output-{command}"
    out.write_text("")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "FACTLINT_", "INPUT_", "PREFECT_API"))}
    full = {**base, "GITHUB_ACTIONS": "true", "GITHUB_OUTPUT": str(out), "GITHUB_REPOSITORY": "newsroom/site",
            "GITHUB_WORKSPACE": str(workspace or tmp_path), "RUNNER_TEMP": str(tmp_path / "runner-temp"),
            "RUNNER_OS": "Linux", **env}
    proc = subprocess.run(["bash", str(SCRIPT), command], cwd=workspace or tmp_path, env=full, capture_output=True,
                          text=True, timeout=900)
    outputs = dict(line.split("=", 1) for line in out.read_text().splitlines() if "=" in line)
    return proc, outputs


def test_action_yml_is_valid_against_the_action_metadata_schema(tmp_path):
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is a dev dependency (uv sync)")
    cmd = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions"]
    proc = subprocess.run([*cmd, str(ACTION)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # The schema does catch a broken action: a step that neither runs nor uses anything.
    broken = yaml.safe_load(ACTION.read_text())
    broken["runs"]["steps"].append({"name": "nothing", "shell": "bash"})
    bad = tmp_path / "action.yml"
    bad.write_text(yaml.safe_dump(broken))
    assert subprocess.run([*cmd, str(bad)], capture_output=True, text=True, timeout=300).returncode != 0


def test_action_steps_are_the_script_and_current_actions():
    action = yaml.safe_load(ACTION.read_text())
    steps = action["runs"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs and all(re.fullmatch(r'"\$GITHUB_ACTION_PATH/\.github/action/run\.sh" [a-z-]+', r) for r in runs), runs
    uses = [s["uses"] for s in steps if "uses" in s]
    assert "github/codeql-action/upload-sarif@v4" in uses
    assert any(u.startswith("astral-sh/setup-uv@") for u in uses)
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["key"] == "${{ steps.prepare.outputs.cache-key }}"
    assert "pip install" not in ACTION.read_text()
    names = [s.get("name", s.get("uses")) for s in steps]
    assert names.index("Check the Python version") < names.index("actions/setup-python@v5") < names.index("Install factlint (locked)")
    for name, spec in {**action["inputs"], **action["outputs"]}.items():
        assert spec.get("description"), f"{name} is not documented in action.yml"


@pytest.mark.parametrize("version", ["3.10", "3.12", "3.13.1", "2.7", "3.x", ""])
def test_prepare_refuses_a_python_that_requires_python_rejects(tmp_path, version):
    proc, outputs = _step(tmp_path, "prepare", INPUT_PYTHON_VERSION=version)
    assert proc.returncode == 1
    assert proc.stdout.startswith("::error title=factlint::python-version"), proc.stdout
    assert ">=3.11,<3.12" in proc.stdout and "requires-python" in proc.stdout and '"3.11"' in proc.stdout
    assert outputs == {}


@pytest.mark.parametrize("version", ["3.11", "3.11.9"])
def test_prepare_accepts_a_supported_python_and_keys_the_cache_on_the_lock(tmp_path, version):
    import hashlib

    proc, outputs = _step(tmp_path, "prepare", INPUT_PYTHON_VERSION=version, ImageOS="ubuntu24")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lock = hashlib.sha256((ROOT / "uv.lock").read_bytes()).hexdigest()[:16]
    assert outputs == {"venv": str(tmp_path / "runner-temp" / "factlint-venv"),
                       "cache-key": f"factlint-venv-Linux-ubuntu24-X64-py{version}-{lock}"}


def _uv_on_path(tmp_path: Path) -> str:
    """A PATH where ``uv`` is the uv this environment has (``python3 -m uv``), as setup-uv provides."""
    found = shutil.which("uv")
    if not found:
        probe = subprocess.run(["python3", "-c", "import uv; print(uv.find_uv_bin())"], capture_output=True, text=True)
        if probe.returncode:
            pytest.skip("uv is not installed (make setup installs it)")
        found = probe.stdout.strip()
    return f"{Path(found).parent}{os.pathsep}{os.environ['PATH']}"


@pytest.mark.slow
def test_install_is_the_locked_environment_without_dev_tools(tmp_path):
    venv = tmp_path / "runner-temp" / "factlint-venv"
    path = tmp_path / "github-path"
    # Offline: every package of uv.lock is in uv's cache since `make setup`; the action itself downloads.
    proc, _ = _step(tmp_path, "install", FACTLINT_VENV=str(venv), GITHUB_PATH=str(path), UV_OFFLINE="1",
                    PATH=_uv_on_path(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert path.read_text() == f"{venv / 'bin'}\n"
    version = subprocess.run([str(venv / "bin" / "factlint"), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == "factlint 0.1.0"
    freeze = subprocess.run([str(venv / "bin" / "python"), "-c",
                             "import importlib.metadata as m; print(sorted(d.metadata['Name'].lower() for d in m.distributions()))"],
                            capture_output=True, text=True).stdout
    assert "'spacy'" in freeze and "'pytest'" not in freeze and "'check-jsonschema'" not in freeze
    lock = {p["name"]: p["version"] for p in __import__("tomllib").loads((ROOT / "uv.lock").read_text())["package"]}
    spacy = subprocess.run([str(venv / "bin" / "python"), "-c", "import importlib.metadata as m; print(m.version('spacy'))"],
                           capture_output=True, text=True).stdout.strip()
    assert spacy == lock["spacy"]
    # A factlint whose files are not links into the action's folder: a restored cache gets this ref's code.
    site = subprocess.run([str(venv / "bin" / "python"), "-c", "import factlint; print(factlint.__file__)"],
                          capture_output=True, text=True, cwd=tmp_path).stdout
    assert str(venv) in site


def _bin_path() -> str:
    return f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"


@pytest.mark.slow
def test_check_annotates_writes_sarif_and_reports_the_exit_code_without_failing_the_step(tmp_path):
    ws = tmp_path / "repo"
    write(ws / "articles" / "nato.md", FRONT + "# NATO\n\n" + FAIL + "\n")
    write(ws / "articles" / "fine.md", FRONT + PASS + "\n")
    summary = tmp_path / "summary.md"
    summary.write_text("")
    proc, outputs = _step(tmp_path, "check", ws, FACTLINT_PATHS="articles/**/*.md", FACTLINT_SARIF="out/factlint.sarif",
                          GITHUB_STEP_SUMMARY=str(summary), PATH=_bin_path())
    assert proc.returncode == 0, proc.stderr
    assert outputs == {"exit-code": "1"}, proc.stdout + proc.stderr
    assert outputs == {"exit-code": "1"}
    assert "::error file=articles/nato.md,line=7" in proc.stdout
    sarif = json.loads((ws / "out" / "factlint.sarif").read_text())
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/nato.md"
    assert "### factlint: ❌" in summary.read_text()

    _, outputs = _step(tmp_path, "check", ws, FACTLINT_PATHS="articles/fine.md", PATH=_bin_path())
    assert outputs == {"exit-code": "0"}


def _sarif_decision(tmp_path, **env):
    ws = tmp_path / "repo"
    write(ws / "factlint.sarif", "{}")
    return _step(tmp_path, "sarif-upload", ws, **env)


def test_sarif_is_uploaded_from_the_repository_itself(tmp_path):
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_HEAD_REPO="newsroom/site", FACTLINT_SARIF="factlint.sarif")
    assert (proc.returncode, outputs, proc.stdout) == (0, {"upload": "true"}, "")
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_HEAD_REPO="", FACTLINT_SARIF=str(tmp_path / "repo" / "factlint.sarif"))
    assert outputs == {"upload": "true"}  # a push: no pull request; an absolute path inside the workspace


def test_sarif_upload_is_skipped_with_a_notice_on_a_fork_pull_request(tmp_path):
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_HEAD_REPO="contributor/site", FACTLINT_SARIF="factlint.sarif")
    assert proc.returncode == 0 and outputs == {"upload": "false"}
    assert proc.stdout.startswith("::notice title=factlint::SARIF not uploaded: this pull request comes from the fork contributor/site")


@pytest.mark.parametrize("where", ["../elsewhere.sarif", "/tmp/factlint.sarif", "out/../../x.sarif"])
def test_sarif_upload_is_skipped_with_a_notice_outside_the_workspace(tmp_path, where):
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_SARIF=where)
    assert proc.returncode == 0 and outputs == {"upload": "false"}
    assert proc.stdout.startswith(f"::notice title=factlint::SARIF not uploaded: sarif-file {where} is outside the workspace")


def test_sarif_upload_is_skipped_when_disabled_or_not_written(tmp_path):
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_UPLOAD="false")
    assert (outputs, proc.stdout) == ({"upload": "false"}, "")
    proc, outputs = _sarif_decision(tmp_path, FACTLINT_SARIF="missing.sarif")
    assert outputs == {"upload": "false"} and "factlint wrote no missing.sarif" in proc.stdout


@pytest.mark.parametrize("code,expected", [("0", 0), ("1", 1), ("2", 2), ("", 2)])
def test_gate_exits_with_factlints_code(tmp_path, code, expected):
    proc, _ = _step(tmp_path, "gate", FACTLINT_EXIT_CODE=code)
    assert proc.returncode == expected


def test_documented_pins_are_a_release_tag_or_a_commit_and_say_how_a_tag_is_made():
    docs = ROOT / "docs" / "ci-gate.md"
    text = (docs if docs.exists() else ROOT / "README.md").read_text()
    version = __import__("tomllib").loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    pins = re.findall(r"^\s*(?:- )?(?:uses: OWNER/factlint@|rev: )(\S+)", text, re.M)  # the YAML examples
    assert pins, "no `uses:` / `rev:` example found"
    for pin in pins:
        assert pin == f"v{version}" or re.fullmatch(r"[0-9a-f]{40}", pin), pin
    assert re.search(r"git tag -a v\d", text), "how a release tag is made"
    assert re.search(r"commit SHA", text)
