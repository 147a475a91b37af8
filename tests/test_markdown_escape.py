"""Prefect Markdown artifacts carry feed- and article-derived strings: they must render as text."""

import re

from factlint.monitor.runs import md


def test_markdown_markup_and_control_characters_are_inert():
    raw = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) \x1b[31m`code`| # *bold*"
    out = md(raw)
    assert re.search(r"(?<!\\)[<>\[\]()`*#|_]", out) is None  # every markup character is escaped
    assert "\x1b" not in out
    assert re.sub(r"\\(.)", r"\1", out) == raw.replace("\x1b", " ")  # nothing else changes
