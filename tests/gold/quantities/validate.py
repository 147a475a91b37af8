"""Check the quantity gold (tune.jsonl, heldout.jsonl, articles.json) against the source texts.

Run from anywhere: ``python tests/gold/quantities/validate.py [path/to/te3-silver-dev.jsonl]``.
Exits 1 on any problem; prints counts per split, label and bound.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from tests.evaluation.split import split_of  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "te3-silver-dev.jsonl"
LABELS = {"CARDINAL", "MONEY", "PERCENT", "DURATION", "AGE", "MULTIPLE"}
BOUNDS = {"exact", "approx", "lower", "upper"}
REQUIRED = {"doc", "start", "end", "surface", "value", "unit", "label", "bound"}
OPTIONAL = {"high"}
MAX_SURFACE = 60  # surfaces are short quantities, never sentences


def is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    texts = {}
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts[d["id"]] = d["text"]

    errors: list[str] = []
    articles = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))
    if set(articles) != {"tune", "heldout"}:
        errors.append(f"articles.json keys {sorted(articles)} != ['heldout', 'tune']")
    listed: dict[str, str] = {}
    for split, ids in articles.items():
        for doc in ids:
            if doc not in texts:
                errors.append(f"articles.json: unknown doc {doc}")
            elif split_of(doc) != split:
                errors.append(f"articles.json: {doc} listed under {split}, split_of says {split_of(doc)}")
            if doc in listed:
                errors.append(f"articles.json: {doc} listed twice")
            listed[doc] = split

    counts: dict[str, Counter] = {}
    seen_docs: dict[str, set] = {}
    spans: dict[str, list] = {}
    for split in ("tune", "heldout"):
        path = HERE / f"{split}.jsonl"
        c = counts[split] = Counter()
        seen_docs[split] = set()
        if not path.exists():
            errors.append(f"missing {path.name}")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            keys = set(r)
            if not REQUIRED <= keys:
                errors.append(f"{where}: missing fields {sorted(REQUIRED - keys)}")
                continue
            if keys - REQUIRED - OPTIONAL:
                errors.append(f"{where}: unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
            doc = r["doc"]
            if doc not in texts:
                errors.append(f"{where}: unknown doc {doc}")
                continue
            if split_of(doc) != split:
                errors.append(f"{where}: {doc} belongs to {split_of(doc)}")
            if listed.get(doc) != split:
                errors.append(f"{where}: {doc} not listed under {split} in articles.json")
            s, e = r["start"], r["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(texts[doc])):
                errors.append(f"{where}: bad offsets {s}..{e}")
                continue
            if texts[doc][s:e] != r["surface"]:
                errors.append(f"{where}: text[{s}:{e}]={texts[doc][s:e]!r} != surface {r['surface']!r}")
            if len(r["surface"]) > MAX_SURFACE:
                errors.append(f"{where}: surface longer than {MAX_SURFACE} characters")
            if not is_number(r["value"]):
                errors.append(f"{where}: value {r['value']!r} is not a number")
            if "high" in r and (not is_number(r["high"]) or not is_number(r["value"]) or r["high"] <= r["value"]):
                errors.append(f"{where}: high {r.get('high')!r} must be a number above value {r['value']!r}")
            if r["unit"] is not None and not (isinstance(r["unit"], str) and r["unit"].strip()):
                errors.append(f"{where}: unit must be a non-empty string or null")
            if r["label"] not in LABELS:
                errors.append(f"{where}: label {r['label']!r} not in {sorted(LABELS)}")
            if r["bound"] not in BOUNDS:
                errors.append(f"{where}: bound {r['bound']!r} not in {sorted(BOUNDS)}")
            if r["label"] == "PERCENT" and r["unit"] not in ("percent", "percentage points"):
                errors.append(f"{where}: PERCENT with unit {r['unit']!r}")
            if r["label"] == "MONEY" and not (isinstance(r["unit"], str) and len(r["unit"]) == 3 and r["unit"].isupper()):
                errors.append(f"{where}: MONEY unit {r['unit']!r} is not an ISO code")
            seen_docs[split].add(doc)
            spans.setdefault(doc, []).append((s, e, where))
            c[("label", r["label"])] += 1
            c[("bound", r["bound"])] += 1
            c[("range", "high" in r)] += 1
            c["total"] += 1

    for doc, sp in spans.items():
        sp.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(sp, sp[1:]):
            if s2 < e1:
                errors.append(f"overlapping spans in {doc}: {w1} [{s1},{e1}) and {w2} [{s2},{e2})")
    for split, ids in articles.items():
        for doc in ids:
            if doc not in seen_docs.get(split, set()):
                # allowed (an article may hold no quantity), but worth a look
                print(f"note: {doc} ({split}) is listed as complete and has no quantity")

    for split in ("tune", "heldout"):
        c = counts[split]
        print(f"{split}: {c['total']} quantities in {len(articles.get(split, []))} articles")
        for kind in ("label", "bound"):
            items = sorted((k[1], v) for k, v in c.items() if isinstance(k, tuple) and k[0] == kind)
            print(f"  {kind}: " + ", ".join(f"{k}={v}" for k, v in items))
        print(f"  ranges (with high): {c[('range', True)]}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for err in errors:
            print("  " + err)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
