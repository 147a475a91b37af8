"""Prefect Markdown artifacts carry feed- and article-derived strings: they must render as text."""

from factlint.monitor import md


def test_markdown_markup_and_control_characters_are_inert():
    out = md("<img src=x onerror=alert(1)> [click](javascript:alert(1)) \x1b[31m`code`| # *bold*")
    assert "<img" not in out and "](" not in out and "\x1b" not in out and "`" not in out.replace("\\`", "")
    assert out.replace("\\", "") == "<img src=x onerror=alert(1)> [click](javascript:alert(1))  [31m`code`| # *bold*"
