"""Docs can't drift: every rule is documented, every check has a docstring, every CLI command
and option has help text, and the README's two commands exist."""

import argparse
import inspect
import re

import checks
from factlint.cli.main import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_readme_with_an_example():
    for family in checks.CHECKS:
        for rule, (text, example) in family.rules.items():
            assert f"`{rule}`" in README, f"{rule} is not documented in README.md"
            assert text and example


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
