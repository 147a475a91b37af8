"""Why a tune restatement is not verified: where between extraction and the check each miss stops.

    python -m tests.evaluation diagnose [-v]

For every **tune** relation of type ``restated`` that no ``pass`` finding verifies, the first two
operands are looked up among the article's claims and bound as ``checks.restated.facts`` binds them.
Each miss falls in one stage, the first that fails:

- ``not extracted``: an operand is no quantity or date claim;
- ``not bound``: the family finds no fact in one operand (no entity or owner it can name, a light
  verb, a part or an item of a list: see ``checks/restated.py``);
- ``bound apart``: both are bound, to different keys (another noun, verb class, owner or period);
- ``set apart``: the same key, and something in ``derive`` tells the two apart (other figures, a
  place, a word of another occasion, their distance).

Held-out and sealed relations are never read here: the stages of their misses would be diagnoses of
held-out text. ``-v`` lists each tune miss with its operands' bindings.
"""

from __future__ import annotations

from collections import Counter

from tests.evaluation.common import overlaps, reports
from tests.evaluation.relations import load_articles, load_relation_gold, verified

STAGES = ("not extracted", "not bound", "bound apart", "set apart")


def _document(rec: dict):
    from factlint.records import Document

    published = (rec.get("published") or "")[:10] or None  # a date, as ingest keeps it
    return Document(id=rec["id"], source=rec["id"], text=rec["text"], published=published, title=rec.get("title"))


def evaluate(limit: int | None = None, use_cache: bool = True, workers: int = 1) -> dict:
    from checks import restated
    from factlint.extract.claims import extract_all
    from factlint.records import Kind

    rels = [r for r in load_relation_gold("tune") if r["type"] == "restated"][:limit]
    articles = {name: load_articles(name) for name in {r["set"] for r in rels}}
    records = {r["doc"]: articles[r["set"]][r["doc"]] for r in rels}
    done = reports(list(records.values()), use_cache=use_cache, workers=workers)
    missed = [r for r in rels if not verified(r, done[r["doc"]])]
    docs = {doc_id: _document(rec) for doc_id, rec in records.items() if any(r["doc"] == doc_id for r in missed)}
    bound = {doc.id: (claims, restated.facts(doc, claims)) for doc, claims in extract_all(list(docs.values()))}
    stages: Counter = Counter()
    rows = []
    for r in missed:
        claims, facts = bound[r["doc"]]
        sides = []
        for op in r["operands"][:2]:
            claim = next((c for c in claims if c.kind in (Kind.QUANTITY, Kind.DATE)
                          and overlaps(op["start"], op["end"], c.start, c.end)), None)
            sides.append((op["surface"], claim, facts.get(claim.id) if claim is not None else None))
        if any(claim is None for _, claim, _ in sides):
            stage = "not extracted"
        elif any(fact is None for _, _, fact in sides):
            stage = "not bound"
        elif sides[0][2][0] != sides[1][2][0]:
            stage = "bound apart"
        else:
            stage = "set apart"
        stages[stage] += 1
        rows.append({"doc": r["doc"], "note": r["note"], "stage": stage,
                     "operands": [{"surface": surface, "claim": claim.text if claim else None,
                                   "key": repr(fact[0]) if fact else None,
                                   "verb": claim.attrs.verb if claim is not None and claim.kind is Kind.QUANTITY else None,
                                   "noun": claim.attrs.noun if claim is not None and claim.kind is Kind.QUANTITY else None}
                                  for surface, claim, fact in sides]})
    return {"relations": len(rels), "verified": len(rels) - len(missed), "stages": {s: stages[s] for s in STAGES},
            "misses": rows}


def render(result: dict, verbose: bool = False) -> str:
    lines = [f"tune restatements: {result['verified']}/{result['relations']} verified; where the misses stop:"]
    lines += [f"  {stage:<14} {n}" for stage, n in result["stages"].items()]
    if verbose:
        for row in result["misses"]:
            lines.append(f"{row['stage']:<14} {row['doc']} ({row['note']})")
            for op in row["operands"]:
                lines.append(f"    {op['surface']!r}: claim {op['claim']!r}, noun {op['noun']}, verb {op['verb']}, key {op['key']}")
    return "\n".join(lines)
