"""The pre-commit hook on a temporary git repository: a commit with an inconsistent article is
refused, the fixed one goes through, non-article files do not run it.

The hook definition is read from .pre-commit-hooks.yaml; only its entry is pointed at this
environment's factlint (``language: unsupported``) so that no network is needed."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from tests.conftest import ROOT
from tests.gate_articles import FAIL, FRONT, OTHER_FAIL, PASS, write

pytestmark = pytest.mark.slow


def _git(repo, *args, env):
    return subprocess.run(["git", "-c", "user.name=factlint", "-c", "user.email=factlint@example.invalid", *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit", reason="pre-commit is a dev dependency (uv sync)")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    entry = shlex.split(hook["entry"])
    assert entry[0] == "factlint"
    local = {**{k: v for k, v in hook.items() if k not in ("language", "minimum_pre_commit_version")},
             "entry": shlex.join([sys.executable, "-m", "factlint", *entry[1:]]), "language": "unsupported"}
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"), "GIT_TERMINAL_PROMPT": "0"}
    env.pop("PREFECT_API_URL", None)
    write(repo / ".pre-commit-config.yaml", yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    write(repo / "pyproject.toml", '[tool.factlint]\nexclude = ["drafts"]\n')
    assert _git(repo, "init", "-q", env=env).returncode == 0
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return repo, env


def test_hook_blocks_an_inconsistent_article_and_passes_the_fixed_one(repo):
    repo, env = repo
    write(repo / "articles" / "nato.md", FRONT + "# NATO\n\n" + FAIL + "\n")
    write(repo / "drafts" / "club.md", FRONT + OTHER_FAIL + "\n")  # excluded by [tool.factlint]
    _git(repo, "add", ".", env=env)
    proc = _git(repo, "commit", "-m", "articles", env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "articles/nato.md:7:67: arithmetic.change-decomposition fail 20 - 8 - 2 = 10, but the text says 11" in out
    assert "drafts/club.md" not in out.split("factlint (news-article")[1]  # excluded by the repository's config

    write(repo / "articles" / "nato.md", FRONT + "# NATO\n\n" + PASS + "\n")
    _git(repo, "add", ".", env=env)
    proc = _git(repo, "commit", "-m", "articles, fixed", env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout + proc.stderr

    write(repo / "tool.py", "print('not an article')\n")
    _git(repo, "add", "tool.py", env=env)
    proc = _git(repo, "commit", "-m", "code only", env=env)
    assert proc.returncode == 0 and "(no files to check)Skipped" in proc.stdout + proc.stderr
