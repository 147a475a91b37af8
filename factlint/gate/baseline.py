"""Baseline files: known findings that do not fail the gate, keyed on content, not position.

An entry is (file, rule, fingerprint): the fingerprint hashes the rule and the finding's claims
(kind, text, value, unit), so a finding keeps its entry when text elsewhere in the article
moves it to another line, and becomes new when one of its own claims changes. Identical
findings in one file are counted. Entries whose file was checked but which matched nothing
are stale: the text was fixed or changed, and the baseline should be rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from factlint import __version__
from factlint.records import Claim

SCHEMA = "factlint/baseline/v1"


class BaselineError(ValueError):
    """A baseline that cannot be read; the message names the file and the fix."""


def fingerprint(rule: str, claims: Sequence[Claim]) -> str:
    """Stable across edits elsewhere in the file: no offsets, whitespace in claim text collapsed."""
    parts = [[c.kind.value, " ".join(c.text.split()), _plain(c.value), c.unit] for c in claims]
    payload = json.dumps([rule, parts], ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class Entry:
    source: str  # relative to the baseline file's folder (posix), or a URL
    rule: str
    fingerprint: str
    status: str
    claims: tuple[str, ...]
    message: str
    count: int = 1

    def json(self) -> dict:
        return {"source": self.source, "rule": self.rule, "fingerprint": self.fingerprint, "status": self.status,
                "claims": list(self.claims), "message": self.message, "count": self.count}


def source_key(source: str, folder: Path) -> str:
    if "://" in source:
        return source
    try:
        return Path(os.path.relpath(Path(source).resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(source).resolve().as_posix()


class Baseline:
    def __init__(self, path: Path, entries: Iterable[Entry] = ()) -> None:
        self.path = path
        self.entries = list(entries)
        self._left: Counter = Counter()
        for e in self.entries:
            self._left[(e.source, e.fingerprint)] += e.count

    @classmethod
    def load(cls, path: str | Path) -> "Baseline":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: no such baseline file; create it with --write-baseline {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read baseline ({exc}); check the path") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: invalid JSON ({exc.msg} at line {exc.lineno}); "
                                f"regenerate it with --write-baseline {path}") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: not a factlint baseline (expected \"schema\": \"{SCHEMA}\"); "
                                f"regenerate it with --write-baseline {path}")
        entries = []
        for i, e in enumerate(data["findings"]):
            try:
                entries.append(Entry(str(e["source"]), str(e["rule"]), str(e["fingerprint"]), str(e.get("status", "")),
                                     tuple(map(str, e.get("claims", []))), str(e.get("message", "")),
                                     int(e.get("count", 1))))
            except (KeyError, TypeError, ValueError):
                raise BaselineError(f"{path}: entry {i} needs \"source\", \"rule\" and \"fingerprint\"; "
                                    f"regenerate it with --write-baseline {path}") from None
        return cls(path, entries)

    @property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def take(self, source: str, fp: str) -> bool:
        """Whether a finding is known; each entry matches as many findings as its count."""
        key = (source_key(source, self.folder), fp)
        if self._left[key] > 0:
            self._left[key] -= 1
            return True
        return False

    def stale(self, checked: Iterable[str]) -> list[Entry]:
        """Entries of files checked in this run that no finding matched (files not checked are
        left alone, so a pre-commit run on some files never calls the others' entries stale)."""
        seen = {source_key(s, self.folder) for s in checked}
        out = []
        for e in self.entries:
            left = self._left[(e.source, e.fingerprint)]
            if e.source in seen and left > 0:
                n = min(left, e.count)
                self._left[(e.source, e.fingerprint)] -= n
                out.append(Entry(e.source, e.rule, e.fingerprint, e.status, e.claims, e.message, n))
        return out


def dumps(entries: Iterable[Entry]) -> str:
    merged: dict[tuple[str, str], Entry] = {}
    for e in entries:
        key = (e.source, e.fingerprint)
        if key in merged:
            m = merged[key]
            merged[key] = Entry(m.source, m.rule, m.fingerprint, m.status, m.claims, m.message, m.count + e.count)
        else:
            merged[key] = e
    ordered = sorted(merged.values(), key=lambda e: (e.source, e.rule, e.fingerprint))
    data = {"schema": SCHEMA, "generator": {"name": "factlint", "version": __version__},
            "findings": [e.json() for e in ordered]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
