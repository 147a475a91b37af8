"""No example in the code quotes the evaluation data.

Rules are general and their examples invented: a phrase copied from an article the figures are
measured on makes those figures in-sample (issue 15). The test looks for any run of seven words, one
of them a number, that a line of the code shares with ``../shared/data`` (a run with a number is
specific enough not to be a common turn of phrase); it is skipped when the data is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import ROOT, shared_data

RUN = 7
SETS = ("te3-silver-dev.jsonl", "tempeval3-tbaq-gold.jsonl", "meantime-wikinews-dev.jsonl")
CODE = ("checks/**/*.py", "factlint/**/*.py", "flows/**/*.py", "tests/*.py", "tests/evaluation/*.py")
WORD = re.compile(r"[a-z0-9][a-z0-9.,'%-]*")


def _words(text: str) -> list[str]:
    return [w.strip(".,'") for w in WORD.findall(text.lower())]


def _runs(words: list[str]):
    for i in range(len(words) - RUN + 1):
        run = tuple(words[i:i + RUN])
        if any(any(ch.isdigit() for ch in w) for w in run):
            yield run


def test_no_line_of_code_quotes_an_evaluation_article():
    data: set[tuple[str, ...]] = set()
    for name in SETS:
        with shared_data(name).open(encoding="utf-8") as fh:
            for line in fh:
                data.update(_runs(_words(json.loads(line).get("text", ""))))
    quoted = []
    for pattern in CODE:
        for path in sorted(ROOT.glob(pattern)):
            if path == Path(__file__):
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                hit = next((run for run in _runs(_words(line)) if run in data), None)
                if hit:
                    quoted.append(f"{path.relative_to(ROOT)}:{n}: '{' '.join(hit)}'")
    assert not quoted, "examples quoting evaluation articles (invent your own):\n" + "\n".join(quoted)
