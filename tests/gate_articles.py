"""Small articles for the CI-gate tests (formats, config, suppression, baseline); ``write`` and ``run_cli``
re-exported from conftest."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli, write  # noqa: F401  (the gate tests import them from here)

# 20 - 8 - 2 = 10: "to 11" fails, "about 20 to 13" warns (hedged, off by more than 10%), "to 10" passes.
FAIL = ("On October 6, NATO announced the reduction of the Russian mission from 20 to 11 people and revoked "
        "the accreditation of eight diplomats. Two more open vacancies were eliminated.")
WARN = FAIL.replace("from 20 to 11", "from about 20 to 13")
PASS = FAIL.replace("from 20 to 11", "from 20 to 10")
OTHER_FAIL = ("The club cut its squad from 30 to 21 players and released six veterans. "
              "Two more youth players left.")
FRONT = "---\ntitle: NATO mission\npublished: 2021-10-18\n---\n"


def position(path: Path, phrase: str) -> tuple[int, int]:
    """1-based line and column of the first ``phrase`` in a file, as an editor shows it."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    offset = text.index(phrase)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
