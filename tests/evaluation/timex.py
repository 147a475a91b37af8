"""TempEval-3 scoring of factlint's time expressions on TBAQ (``tempeval3-tbaq-gold.jsonl``, issue 16).

As TempEval-3 scores: strict span match (same start and end) and relaxed span match (any overlap,
one-to-one, largest overlap first), P/R/F1 each; the value as attribute F1 over relaxed matches
(P = matched with the right value / predicted, R = matched with the right value / gold). Per
TIMEX type: recall by the gold type, precision by the type mapped from the claim.

How the v1 report maps to TIMEX (the report has no TIMEX field yet):

- a ``date`` claim -> ``attrs.timex_type`` / ``attrs.timex`` when an extractor provides them;
  otherwise TIME when its value has a clock part (``T``), else DATE, with the claim's value as the
  TIMEX value (ISO dates, ``1998-W33``, ``1998-Q3`` compare as strings; an unresolved date has no value);
- a ``quantity`` claim labelled DURATION (or with a time unit and no other label) -> DURATION, value
  ``P<n><Y|M|W|D>`` / ``PT<n><H|M|S>`` (decades ``DE``, centuries ``CE``);
- nothing maps to SET unless ``attrs.timex_type`` says so: SET recall is 0 until it does.
AGE quantities ("47" in "Smith, 47,") are not time expressions in TimeML and are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tests.evaluation.common import PR, SPLITS, load_set, match_spans, reports
from tests.evaluation.split import split_of

SET_NAME = "tempeval3-tbaq-gold"
TYPES = ("DATE", "TIME", "DURATION", "SET")
DURATION_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
                  "hour": "TH", "minute": "TM", "second": "TS"}


def _duration_value(value, unit: str | None) -> str | None:
    if unit is None or value is None:
        return None
    u = unit.lower().rstrip("s")
    u = "century" if u in ("century", "centurie") else u
    code = DURATION_UNITS.get(u)
    if code is None:
        return None
    n = float(value)
    num = str(int(n)) if n.is_integer() else f"{n:g}"
    return f"PT{num}{code[1]}" if code.startswith("T") else f"P{num}{code}"


def timex_of(claim: dict) -> dict | None:
    """A report claim as a TIMEX prediction ({start, end, type, value}), or None when it is not one."""
    attrs = claim.get("attrs") or {}
    if claim["kind"] == "date":
        value = attrs.get("timex", claim["value"])
        ttype = attrs.get("timex_type") or ("TIME" if isinstance(value, str) and "T" in value[4:] else "DATE")
        return {"start": claim["start"], "end": claim["end"], "type": ttype, "value": value, "text": claim["text"]}
    if claim["kind"] == "quantity" and claim.get("label") != "AGE":
        value = attrs.get("timex") or _duration_value(claim["value"], claim.get("unit"))
        if attrs.get("timex_type") or claim.get("label") == "DURATION" or (value and claim.get("label") in (None, "CARDINAL", "QUANTITY")):
            return {"start": claim["start"], "end": claim["end"], "type": attrs.get("timex_type", "DURATION"),
                    "value": value, "text": claim["text"]}
    return None


MEASURES = ("strict", "relaxed", "value")


def new_tallies() -> dict[str, dict[str, PR]]:
    return {m: defaultdict(PR) for m in (*MEASURES, "value_lenient", "type")}


def score_document(gold: list[dict], pred: list[dict], tallies: dict[str, dict[str, PR]], errors: list[str] | None = None,
                   doc_id: str = "") -> None:
    """Add one document's strict, relaxed and value counts to ``tallies[measure][type]`` (and "ALL")."""
    pairs = match_spans(gold, pred)
    strict_pred = {(p["start"], p["end"]) for p in pred}
    strict_gold = {(g["start"], g["end"]) for g in gold}
    hits_g = {"strict": {id(g) for g in gold if (g["start"], g["end"]) in strict_pred},
              "relaxed": {id(g) for g, _ in pairs},
              "value": {id(g) for g, p in pairs if _same_value(g["value"], p["value"])},
              "value_lenient": {id(g) for g, p in pairs if _same_value(g["value"], p["value"], lenient=True)}}
    hits_p = {"strict": {id(p) for p in pred if (p["start"], p["end"]) in strict_gold},
              "relaxed": {id(p) for _, p in pairs},
              "value": {id(p) for g, p in pairs if _same_value(g["value"], p["value"])},
              "value_lenient": {id(p) for g, p in pairs if _same_value(g["value"], p["value"], lenient=True)}}
    for m in (*MEASURES, "value_lenient"):
        for g in gold:
            for t in (g["type"], "ALL"):
                tallies[m][t].gold += 1
                tallies[m][t].gold_hit += id(g) in hits_g[m]
        for p in pred:
            for t in (p["type"], "ALL"):
                tallies[m][t].pred += 1
                tallies[m][t].pred_hit += id(p) in hits_p[m]
    tallies["type"]["ALL"].gold += len(pairs)
    tallies["type"]["ALL"].gold_hit += sum(1 for g, p in pairs if g["type"] == p["type"])
    if errors is not None:
        by_g = {id(g): p for g, p in pairs}
        for g in gold:
            if id(g) not in hits_g["value"]:
                p = by_g.get(id(g))
                got = f"got {p['text']!r} = {p['value']!r} ({p['type']})" if p else "not found"
                errors.append(f"{doc_id}: {g['type']} {g['text']!r} = {g['value']!r}: {got}")
        errors += [f"{doc_id}: spurious {p['type']} {p['text']!r} = {p['value']!r}" for p in pred if id(p) not in hits_p["relaxed"]]


def _same_value(gold, pred, lenient: bool = False) -> bool:
    """TempEval-3 compares values as strings. ``lenient`` also drops unspecified trailing parts, which
    TBAQ writes inconsistently ("1968-XX" for a bare year)."""
    if pred is None:
        return False
    a, b = str(gold).strip().upper(), str(pred).strip().upper()
    if lenient:
        a, b = re.sub(r"(-XX)+$", "", a), re.sub(r"(-XX)+$", "", b)
    return a == b


def evaluate(limit: int | None = None, use_cache: bool = True, workers: int = 1) -> dict:
    recs = list(load_set(SET_NAME).values())
    if limit:  # the first N articles of each split
        recs = [r for s in SPLITS for r in [x for x in recs if split_of(x["id"]) == s][:limit]]
    docs = reports(recs, use_cache, workers)
    tallies = {s: new_tallies() for s in SPLITS}
    articles = {s: 0 for s in SPLITS}
    errors: list[str] = []
    for rec in recs:
        split = split_of(rec["id"])
        pred = [p for c in docs[rec["id"]]["claims"] if (p := timex_of(c))]
        articles[split] += 1
        score_document(rec["timexes"], pred, tallies[split], errors if split == "tune" else None, rec["id"])
    out: dict = {"set": SET_NAME, "mapping": "see tests/evaluation/timex.py docstring"}
    for s in SPLITS:
        out[s] = {"articles": articles[s],
                  "by_type": {t: {m: tallies[s][m][t].as_dict() for m in (*MEASURES, "value_lenient")} for t in (*TYPES, "ALL")}}
        typ = tallies[s]["type"]["ALL"]
        out[s]["type_accuracy_on_matches"] = round(typ.gold_hit / typ.gold, 4) if typ.gold else None
    out["errors_tune"] = errors
    return out


def render(result: dict, verbose: bool = False) -> str:
    lines = [f"TempEval-3 scoring on {result['set']} (span strict / relaxed; value = attribute F1 over relaxed matches)",
             f"{'type':9} {'split':8} {'gold':>5} {'pred':>5} | {'strict P':>8} {'R':>6} {'F1':>6} | {'relax P':>7} {'R':>6} {'F1':>6} | {'value P':>7} {'R':>6} {'F1':>6}"]
    for t in (*TYPES, "ALL"):
        for s in SPLITS:
            st, rl, va = (result[s]["by_type"][t][m] for m in MEASURES)
            lines.append(f"{t:9} {s:8} {rl['gold']:>5} {rl['pred']:>5} | {st['precision']:8.3f} {st['recall']:6.3f} {st['f1']:6.3f} | "
                         f"{rl['precision']:7.3f} {rl['recall']:6.3f} {rl['f1']:6.3f} | {va['precision']:7.3f} {va['recall']:6.3f} {va['f1']:6.3f}")
    for s in SPLITS:
        vl = result[s]["by_type"]["ALL"]["value_lenient"]
        dt = {t: result[s]["by_type"][t]["value"] for t in ("DATE", "TIME")}
        both = PR(sum(d["gold"] for d in dt.values()), sum(d["gold_hit"] for d in dt.values()),
                  sum(d["pred"] for d in dt.values()), sum(d["pred_hit"] for d in dt.values())).as_dict()
        lines.append(f"{s}: {result[s]['articles']} articles; value F1 DATE+TIME {both['f1']:.3f}; "
                     f"value F1 with unspecified trailing parts dropped ('1968-XX' = '1968') {vl['f1']:.3f}; "
                     f"TIMEX type right on {result[s]['type_accuracy_on_matches']} of relaxed matches")
    if verbose:
        lines += ["", "tune errors (held-out errors are never listed):"] + ["  " + e for e in result["errors_tune"]]
    return "\n".join(lines)
