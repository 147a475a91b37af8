"""Docs can't drift: docs/rules.md is what the check catalogue generates, every check has a
docstring, every CLI command and option has help text, the README's two commands exist, the
README stays short and its links into docs/ resolve."""

import argparse
import inspect
import re

import checks
from factlint.cli.main import build_parser
from tests import docs_rules
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
README_MAX_LINES = 220
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_rules_page_is_generated_from_the_catalogue():
    page = docs_rules.RULES_MD.read_text(encoding="utf-8")
    assert page == docs_rules.render(), "docs/rules.md is out of date; run: python -m tests.docs_rules --write"


def test_every_rule_is_on_the_rules_page_with_an_example():
    page = docs_rules.RULES_MD.read_text(encoding="utf-8")
    for family in checks.CHECKS:
        assert f"\n## {family.name}\n" in page, family.name
        for rule, (text, example) in family.rules.items():
            assert text and example, rule
            row = next((line for line in page.splitlines() if line.startswith(f"| `{rule}` |")), None)
            assert row, f"{rule} has no row in docs/rules.md"
            assert " ".join(example.split()) in row.replace("\\|", "|"), rule


def test_rules_page_check_reports_drift(tmp_path, monkeypatch, capsys):
    """The check command exits 1 and names the fix when the page differs; --write repairs it."""
    stale = tmp_path / "rules.md"
    stale.write_text(docs_rules.render().replace("`arithmetic.part-whole`", "`arithmetic.gone`"), encoding="utf-8")
    monkeypatch.setattr(docs_rules, "RULES_MD", stale)
    monkeypatch.setattr(docs_rules, "ROOT", tmp_path)
    assert docs_rules.main([]) == 1
    assert "python -m tests.docs_rules --write" in capsys.readouterr().err
    assert docs_rules.main(["--write"]) == 0 and docs_rules.main([]) == 0
    assert stale.read_text(encoding="utf-8") == docs_rules.render()


def test_readme_is_short_and_links_to_the_rules_page():
    lines = README.count("\n")
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; move details to docs/ (limit {README_MAX_LINES})"
    assert "](docs/rules.md)" in README
    assert "| `arithmetic.change-decomposition` |" not in README, "the rule table lives in docs/rules.md"


def test_readme_links_into_docs_resolve():
    targets = [t for t in LINK.findall(README) if t.startswith("docs/")]
    assert {"docs/ci-gate.md", "docs/monitoring.md", "docs/json-contract.md", "docs/rules.md",
            "docs/performance.md", "docs/architecture.md", "docs/evaluation.md"} <= {t.split("#")[0] for t in targets}
    for target in targets:
        path, _, anchor = target.partition("#")
        assert (ROOT / path).is_file(), f"README links to {path}, which does not exist"
        if anchor:
            assert anchor in _anchors((ROOT / path).read_text(encoding="utf-8")), f"README links to {target}: no such heading"


def test_docs_pages_link_to_each_other():
    """Relative links between docs/ pages (and to files of the repository) resolve too."""
    for page in sorted((ROOT / "docs").glob("*.md")):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("#"):
                continue
            path, _, anchor = target.partition("#")
            resolved = (page.parent / path).resolve()
            assert resolved.exists(), f"{page.name} links to {target}, which does not exist"
            if anchor and resolved.suffix == ".md":
                assert anchor in _anchors(resolved.read_text(encoding="utf-8")), f"{page.name} links to {target}: no such heading"


def _anchors(markdown: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    out, fenced = set(), False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif line.startswith("#") and not fenced:
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out


def test_every_check_has_a_docstring():
    for family in checks.CHECKS:
        module = inspect.getmodule(family.derive)
        assert module.__doc__ and module.__doc__.strip(), module.__name__
        assert family.derive.__doc__ and "Not implemented" not in family.derive.__doc__, module.__name__


def test_every_command_and_option_has_help():
    parser = build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)][0]
    helps = {c.dest: c.help for c in subparsers._choices_actions}
    for name, sub in subparsers.choices.items():
        assert helps.get(name), f"command {name} has no help"
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.option_strings or action.dest} has no help"


def test_readme_two_commands_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("report", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()
