"""What the scorers share: the data sets, factlint runs with a per-document report cache, span
overlap, one-to-one span matching and P/R/F1 tallies.

Held-out material is read here like any other, but nothing in this module prints it: the scorers
return aggregate figures, and only tune articles are ever listed by id.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from tests.evaluation.split import split_of

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = Path(os.environ.get("FACTLINT_EVAL_DATA", ROOT.parent / "shared" / "data"))
GOLD = ROOT / "tests" / "gold"
SETS = ("te3-silver-dev", "meantime-wikinews-dev", "tempeval3-tbaq-gold")
SPLITS = ("tune", "heldout")
CACHE = Path(os.environ.get("FACTLINT_EVAL_CACHE", Path(tempfile.gettempdir()) / "factlint-eval-cache"))


class UserError(RuntimeError):
    """A problem the user fixes (a missing file, an unreadable verdict): printed as one line."""


class DataMissing(UserError):
    """A data set or gold file that is not there; the message names it and where it is looked for."""


@dataclass
class PR:
    """Hits counted on each side: the gold items found (recall) and the predicted items that are
    right (precision) are different counts when one gold item may be matched by several predictions."""
    gold: int = 0
    gold_hit: int = 0
    pred: int = 0
    pred_hit: int = 0

    def as_dict(self) -> dict:
        p = self.pred_hit / self.pred if self.pred else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"gold": self.gold, "gold_hit": self.gold_hit, "pred": self.pred, "pred_hit": self.pred_hit,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def match_spans(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping spans (``start``/``end`` keys), largest overlap first, then
    earliest; ties broken by position so the pairing does not depend on list order."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, g["start"], p["start"], gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else f"{n}/0"


# ---------------------------------------------------------------- data


def data_file(name: str) -> Path:
    path = DATA / f"{name}.jsonl"
    if not path.exists():
        raise DataMissing(f"{path}: data set not found; put the shared data there or set FACTLINT_EVAL_DATA")
    return path


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_set(name: str) -> dict[str, dict]:
    """The articles of one data set by id, in file order."""
    return {rec["id"]: rec for rec in load_jsonl(data_file(name))}


def load_gold(kind: str, split: str) -> list[dict]:
    path = GOLD / kind / f"{split}.jsonl"
    if not path.exists():
        raise DataMissing(f"{path}: gold file not found; see {path.parent / 'README.md'}")
    return load_jsonl(path)


# ---------------------------------------------------------------- factlint runs, cached per document


@lru_cache(maxsize=1)
def _code_version() -> str:
    """Computed once per process, just before factlint is first imported, so that reports are never
    stored under the hash of code that changed on disk after this process loaded it. A hash of everything that decides a report: factlint's and the checks' sources and suites,
    and the spaCy model chosen. A change to any of them makes the cache miss."""
    from factlint.extract.nlp import default_model

    h = hashlib.sha256(default_model().encode())
    for top in ("factlint", "checks"):
        for p in sorted((ROOT / top).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".json", ".txt", ".toml", ".yaml", ".yml"):
                h.update(str(p.relative_to(ROOT)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _record(rec: dict) -> dict:
    """The fields factlint reads from a JSONL record (the rest, e.g. TBAQ's timexes, is dropped)."""
    return {k: rec[k] for k in ("id", "title", "published", "text") if rec.get(k) is not None}


def _key(rec: dict) -> str:
    return hashlib.sha256(json.dumps(_record(rec), sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


def reports(records: Iterable[dict], use_cache: bool = True, workers: int = 1) -> dict[str, dict]:
    """Each record's report document (``documents[]`` entry of factlint/report/v1, without its text),
    by record id. Records not in the cache go through one ``factlint.pipeline.core.run`` call over a
    temporary JSONL file. A document's findings depend on that document only (the cross-article
    family is not part of ``run``), so per-document caching is exact."""
    records = [_record(r) for r in records]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("reports(): record ids must be unique within one call")
    folder = CACHE / _code_version()
    out: dict[str, dict] = {}
    todo = []
    for rec in records:
        path = folder / f"{_key(rec)}.json"
        if use_cache and path.exists():
            out[rec["id"]] = json.loads(path.read_text(encoding="utf-8"))
        else:
            todo.append(rec)
    if todo:
        from factlint.pipeline.core import run

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "records.jsonl"
            src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in todo), encoding="utf-8")
            report = run([str(src)], output=None, workers=workers).report
        by_line = {d["line"]: d for d in report["documents"]}  # ids are sanitised by ingest; lines are not
        folder.mkdir(parents=True, exist_ok=True)
        for line, rec in enumerate(todo, 1):
            doc = by_line.get(line)
            if doc is None:
                raise RuntimeError(f"factlint gave no report document for record {rec['id']!r}")
            if doc.get("text") != rec["text"]:
                raise RuntimeError(f"factlint changed the text of record {rec['id']!r}: offsets would not line up")
            doc = {k: v for k, v in doc.items() if k != "text"}
            # Run-scope (cross-article) findings depend on the batch, not the document: a batch of edited
            # copies of one article would pair them with each other. None is produced by run() today.
            doc["findings"] = [f for f in doc["findings"] if not f["check"].startswith("crossdoc.")]
            out[rec["id"]] = doc
            if use_cache:
                tmp_path = folder / f"{_key(rec)}.json.tmp"
                tmp_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
                tmp_path.replace(folder / f"{_key(rec)}.json")
    return out


def split_counts(ids: Iterable[str]) -> dict[str, int]:
    counts = {s: 0 for s in SPLITS}
    for i in ids:
        counts[split_of(i)] += 1
    return counts
