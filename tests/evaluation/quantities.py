"""Quantity gold (tests/gold/quantities): factlint's quantity claims scored over whole hand-annotated
wire articles, tune and held out side by side, per label (issue 16).

A gold quantity is found when a claim overlaps it (one-to-one, largest overlap first) and either the
claim's normalised value equals the gold value within 1e-6 relative, or the number as written is the
same (the first number in each surface, read independently of factlint: "3 million" and "3 million
tonnes"). Precision counts every quantity claim in the listed articles (so ordinals or years given as
quantities count against it); recall by the gold label, precision by the claim's label.

A range factlint gives as two claims linked by ``attrs.pair`` / ``range_role`` is scored as one
prediction spanning both, with the low end as its value (as the gold writes a range); whether the
high end is right is reported apart.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict

from tests.evaluation.common import PR, GOLD, SPLITS, DataMissing, load_gold, load_set, match_spans, reports
from tests.evaluation.edits import find_number

SET_NAME = "te3-silver-dev"
LABELS = ("CARDINAL", "MONEY", "PERCENT", "DURATION", "AGE", "MULTIPLE")
BOUNDS = {"min": "lower", "lower": "lower", "max": "upper", "upper": "upper"}


def predictions(doc_report: dict) -> list[dict]:
    """The quantity claims of a report document, a range's two ends merged into one."""
    claims = [c for c in doc_report["claims"] if c["kind"] == "quantity"]
    by_id = {c["id"]: c for c in claims}
    out, done = [], set()
    for c in claims:
        if c["id"] in done:
            continue
        attrs = c.get("attrs") or {}
        other = by_id.get(attrs.get("pair"))
        pred = {"start": c["start"], "end": c["end"], "value": c["value"], "unit": c.get("unit"), "label": c.get("label") or "CARDINAL",
                "text": c["text"], "bound": _bound(attrs), "high": attrs.get("high")}
        if other is not None and attrs.get("range_role") == "start":
            done.add(other["id"])
            pred.update(end=max(c["end"], other["end"]), high=other["value"], text=f"{c['text']} .. {other['text']}")
        out.append(pred)
        done.add(c["id"])
    return out


def _bound(attrs: dict) -> str:
    if attrs.get("bound") in BOUNDS:
        return BOUNDS[attrs["bound"]]
    if attrs.get("hedge") == "approx" or attrs.get("approximate"):
        return "approx"
    return "exact"


def value_ok(gold: dict, pred: dict) -> bool:
    try:
        if math.isclose(float(pred["value"]), float(gold["value"]), rel_tol=1e-6):
            return True
    except (TypeError, ValueError):
        pass
    g, p = find_number(gold["surface"]), find_number(pred["text"])
    return g is not None and p is not None and g.value == p.value


def score_document(gold: list[dict], pred: list[dict], tallies: dict[str, PR], extra: dict, errors: list[str] | None = None,
                   doc_id: str = "") -> None:
    pairs = match_spans(gold, pred)
    right = [(g, p) for g, p in pairs if value_ok(g, p)]
    hit_g, hit_p = {id(g) for g, _ in right}, {id(p) for _, p in right}
    span_g, span_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    for g in gold:
        for key in (g["label"], "ALL"):
            tallies[key].gold += 1
            tallies[key].gold_hit += id(g) in hit_g
        extra["span"].gold += 1
        extra["span"].gold_hit += id(g) in span_g
    for p in pred:
        for key in (p["label"], "ALL"):
            tallies[key].pred += 1
            tallies[key].pred_hit += id(p) in hit_p
        extra["span"].pred += 1
        extra["span"].pred_hit += id(p) in span_p
    for g, p in right:
        extra["matched"] += 1
        extra["unit_same"] += str(g.get("unit") or "").lower() == str(p.get("unit") or "").lower()
        extra["bound_same"] += g.get("bound", "exact") == p["bound"]
        extra["label_same"] += g["label"] == p["label"]
        if "high" in g:
            extra["ranges"] += 1
            extra["range_high_right"] += p.get("high") is not None and math.isclose(float(p["high"]), float(g["high"]), rel_tol=1e-6)
    if errors is not None:
        by_g = {id(g): p for g, p in pairs}
        for g in gold:
            if id(g) not in hit_g:
                p = by_g.get(id(g))
                got = f"got {p['text']!r} = {p['value']!r}" if p else "not found"
                errors.append(f"{doc_id}: {g['label']} {g['surface']!r} = {g['value']!r}: {got}")
        errors += [f"{doc_id}: spurious {p['label']} {p['text']!r} = {p['value']!r}" for p in pred if id(p) not in span_p]


def new_extra() -> dict:
    return {"span": PR(), "matched": 0, "unit_same": 0, "bound_same": 0, "label_same": 0, "ranges": 0, "range_high_right": 0}


def evaluate(limit: int | None = None, use_cache: bool = True, workers: int = 1) -> dict:
    path = GOLD / "quantities" / "articles.json"
    if not path.exists():
        raise DataMissing(f"{path}: list of annotated articles not found; see {path.parent / 'README.md'}")
    listed = json.loads(path.read_text(encoding="utf-8"))
    arts = load_set(SET_NAME)
    out: dict = {"set": SET_NAME, "definition": "see tests/evaluation/quantities.py docstring"}
    errors: list[str] = []
    for split in SPLITS:
        ids = listed[split][:limit] if limit else listed[split]
        missing = [i for i in ids if i not in arts]
        if missing:
            raise DataMissing(f"{path}: {len(missing)} listed {split} article(s) not in {SET_NAME}.jsonl; check the ids")
        gold_by_doc: dict[str, list[dict]] = defaultdict(list)
        for g in load_gold("quantities", split):
            gold_by_doc[g["doc"]].append(g)
        docs = reports([arts[i] for i in ids], use_cache, workers)
        tallies: dict[str, PR] = defaultdict(PR)
        extra = new_extra()
        for i in ids:
            score_document(gold_by_doc.get(i, []), predictions(docs[i]), tallies, extra, errors if split == "tune" else None, i)
        m = extra["matched"]
        out[split] = {"articles": len(ids), "by_label": {k: tallies[k].as_dict() for k in (*LABELS, "ALL")},
                      "span": extra["span"].as_dict(),
                      "on_found": {"found": m, "unit_same": extra["unit_same"], "bound_same": extra["bound_same"],
                                   "label_same": extra["label_same"], "ranges": extra["ranges"], "range_high_right": extra["range_high_right"]}}
    out["errors_tune"] = errors
    return out


def render(result: dict, verbose: bool = False) -> str:
    lines = [f"Quantities on whole hand-annotated {result['set']} articles (found = overlap and same value or same number as written)",
             f"{'label':9} | {'tune: gold':>10} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | {'held out: gold':>14} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]

    def cells(d):
        return f"{d['gold']:>5} {d['pred']:>5} {d['precision']:6.3f} {d['recall']:6.3f} {d['f1']:6.3f}"

    for label in (*LABELS, "ALL"):
        lines.append(f"{label:9} | {'':5}{cells(result['tune']['by_label'][label])} | {'':9}{cells(result['heldout']['by_label'][label])}")
    lines.append(f"{'span only':9} | {'':5}{cells(result['tune']['span'])} | {'':9}{cells(result['heldout']['span'])}")
    for s in SPLITS:
        o = result[s]["on_found"]
        lines.append(f"{s}: {result[s]['articles']} articles; of {o['found']} found: unit same {o['unit_same']}, bound same "
                     f"{o['bound_same']}, label same {o['label_same']}; ranges {o['ranges']}, high end right {o['range_high_right']}")
    if verbose:
        lines += ["", "tune errors (held-out errors are never listed):"] + ["  " + e for e in result["errors_tune"]]
    return "\n".join(lines)
