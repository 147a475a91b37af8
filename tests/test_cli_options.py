"""Every command that fetches takes the same fetching options, and every flag an error message
suggests is one that each fetching command accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factlint.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
FETCH_FLAGS = ("--allow-private-links", "--ignore-robots", "--max-items", "--timeout", "--delay", "--max-bytes")


def _flags(command: str) -> set[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return {s for a in sub.choices[command]._actions for s in a.option_strings}


@pytest.mark.parametrize("command", ["check", "monitor", "serve"])
def test_fetching_commands_share_the_fetch_options(command):
    assert set(FETCH_FLAGS) <= _flags(command)


def test_flags_named_in_fetch_errors_exist_on_every_fetching_command():
    named = set()
    for path in (ROOT / "factlint" / "inputs").glob("*.py"):
        named |= set(re.findall(r"(--[a-z][a-z-]+)", path.read_text(encoding="utf-8")))
    assert "--allow-private-links" in named  # the check reads real messages
    for command in ("check", "monitor", "serve"):
        missing = named - _flags(command)
        assert not missing, f"{command} does not accept {sorted(missing)}, which an input message suggests"


def test_check_builds_fetch_options_from_its_flags():
    from factlint.cli.options import fetch_options

    args = build_parser().parse_args(["check", "x.txt", "--allow-private-links", "--timeout", "3", "--max-items", "7",
                                      "--delay", "0.5", "--ignore-robots"])
    opts = fetch_options(args, args.max_bytes)
    assert (opts.allow_private_links, opts.read_timeout, opts.max_items, opts.delay, opts.obey_robots) == (True, 3.0, 7, 0.5, False)
