"""Inline suppression comments in Markdown and HTML articles.

    <!-- factlint-disable-next-line RULE[, RULE...] -->   the line after the comment
    <!-- factlint-disable RULE -->  ...  <!-- factlint-enable RULE -->   everything between

A rule is a rule id or a family (``arithmetic``); no rule means every rule. A finding is
matched by where it starts (its first span). A directive that suppresses nothing is reported,
so suppressions do not outlive the text they were written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from factlint.gate.config import rule_selected

SUFFIXES = (".md", ".markdown", ".html", ".htm")
_DIRECTIVE = re.compile(r"<!--\s*factlint-(disable-next-line|disable|enable)\b(.*?)-->", re.S)

Pos = tuple[int, int]  # (line, column), 1-based


@dataclass
class Directive:
    kind: str  # disable-next-line | disable | enable
    rules: tuple[str, ...]  # empty: all rules
    start: Pos  # where the comment begins
    end: Pos  # just after the comment
    text: str  # the comment as written
    used: int = 0
    problem: str | None = None  # set when the directive is malformed or names an unknown rule

    @property
    def selectors(self) -> tuple[str, ...] | None:
        return self.rules or None


@dataclass(frozen=True)
class Scope:
    directive: Directive
    start: Pos
    end: Pos | None  # exclusive; None: to the end of the file
    line: int | None = None  # disable-next-line: the one line it covers

    def covers(self, rule: str, pos: Pos) -> bool:
        if not rule_selected(rule, self.directive.selectors):
            return False
        if self.line is not None:
            return pos[0] == self.line
        return self.start <= pos and (self.end is None or pos < self.end)


def parse(text: str, position: Callable[[int], Pos], known: set[str]) -> list[Directive]:
    """Every directive in ``text``; ``position`` maps an offset in it to the file's line:column."""
    families = {r.split(".")[0] for r in known}
    found = []
    for m in _DIRECTIVE.finditer(text):
        rules = tuple(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
        d = Directive(m.group(1), rules, position(m.start()), position(m.end()), " ".join(m.group(0).split()))
        unknown = [r for r in rules if r not in known and r not in families]
        if unknown:
            d.problem = f"names unknown rule {', '.join(unknown)}; known rules: {', '.join(sorted(known))}"
        found.append(d)
    return found


def scopes(directives: list[Directive]) -> list[Scope]:
    """Turn directives into the stretches they cover. An ``enable`` closes the open ``disable``
    with the same rules (or every open one when it names none)."""
    out: list[Scope] = []
    open_: list[Directive] = []
    for d in directives:
        if d.kind == "disable-next-line":
            out.append(Scope(d, d.end, None, line=d.end[0] + 1))
        elif d.kind == "disable":
            open_.append(d)
        else:
            closing = [o for o in open_ if not d.rules or set(d.rules) & set(o.rules) or not o.rules]
            if not closing:
                d.problem = d.problem or "closes no factlint-disable; remove it"
            for o in closing:
                out.append(Scope(o, o.end, d.start))
                open_.remove(o)
    out.extend(Scope(o, o.end, None) for o in open_)
    return out


def match(all_scopes: list[Scope], rule: str, pos: Pos) -> Directive | None:
    for s in all_scopes:
        if s.covers(rule, pos):
            s.directive.used += 1
            return s.directive
    return None


def unused(directives: list[Directive]) -> list[tuple[Directive, str]]:
    """Directives that suppressed nothing (or cannot work), each with what to do about it."""
    out = []
    for d in directives:
        if d.problem:
            out.append((d, d.problem))
        elif d.kind != "enable" and not d.used:
            what = ", ".join(d.rules) or "any rule"
            out.append((d, f"suppresses nothing ({what} has no fail or warn finding here); remove it"))
    return out
