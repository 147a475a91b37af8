"""Check the relation gold files (tune.jsonl, heldout.jsonl, sealed.jsonl) against the articles they cite.

For every line: the article exists in its set, its split matches the file (sealed.jsonl: a held-out
article that neither tune.jsonl nor heldout.jsonl cites), each operand's
``text[start:end] == surface``, the roles fit the type, and the arithmetic of the type holds
(within the rounding of the written numbers; wider when the line says ``"approx": true``).

Usage: python3 tests/gold/relations/validate.py [--data DIR] [FILE ...]
Exit status 1 when any line fails. Prints counts per type and per set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
from tests.evaluation.split import split_of  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data")
SETS = ("te3-silver-dev", "tempeval3-tbaq-gold", "meantime-wikinews-dev")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# type -> (roles that must appear exactly once, role that repeats, its minimum count)
ROLES: dict[str, tuple[tuple[str, ...], str | None, int]] = {
    "sum": (("total",), "part", 2),
    "total-of-list": (("total",), "part", 2),
    "remainder": (("total", "part", "rest"), None, 0),
    "change": (("from", "to", "by"), None, 0),
    "update": (("before", "added", "after"), None, 0),
    "percent-change": (("from", "to", "percent"), None, 0),
    "percent-of": (("part", "whole", "percent"), None, 0),
    "shares": ((), "share", 2),
    "multiple": (("from", "to", "factor"), None, 0),
    "difference": (("a", "b", "diff"), None, 0),
    "year-span": (("start", "end", "years"), None, 0),
    "age": (("age", "born"), None, 0),
    "weekday-date": (("weekday", "date"), None, 0),
    "weekday-published": (("weekday",), None, 0),
    "list-count": (("count",), "item", 2),
    "restated": (("first", "second"), None, 0),
}

APPROX_REL = 0.10  # a hedge ("about", "nearly", "more than") may hide up to 10 %
PERCENT_SLACK = 0.5  # percentage points allowed beyond the rounding of the operands


def half_unit(surface: str, value) -> float:
    """Half of the last written digit's unit, scaled to the value ("$1.2 billion" -> 0.05e9)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return 0.0
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", surface)
    if not m:
        return 0.0  # a number written in words is exact
    written = float(m.group(0).replace(",", ""))
    if written == 0:
        return 0.0
    decimals = len(m.group(1) or "")
    scale = abs(value) / written if value else 1.0
    if decimals == 0 and abs(scale - 1.0) < 1e-9:
        return 0.0  # a plain integer is exact
    return 0.5 * 10 ** (-decimals) * scale


def rng(op) -> tuple[float, float]:
    v = float(op["value"])
    h = half_unit(op["surface"], op["value"])
    return v - h, v + h


def as_date(value) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def as_year(value) -> int:
    if isinstance(value, int):
        return value
    return int(str(value)[:4])


def check_arith(rel: dict, doc: dict) -> str | None:
    t = rel["type"]
    ap = bool(rel.get("approx"))
    by = {}
    for op in rel["operands"]:
        by.setdefault(op["role"], []).append(op)
    one = {r: ops[0] for r, ops in by.items()}

    if t in ("sum", "total-of-list"):
        parts = by["part"]
        lo = sum(rng(p)[0] for p in parts)
        hi = sum(rng(p)[1] for p in parts)
        tlo, thi = rng(one["total"])
        slack = APPROX_REL * float(one["total"]["value"]) if ap else 1e-9
        if hi + slack < tlo or lo - slack > thi:
            return f"parts sum to {sum(p['value'] for p in parts)}, total {one['total']['value']}"
    elif t in ("remainder", "update"):
        a, b, c = (("total", "part", "rest") if t == "remainder" else ("after", "added", "before"))
        # remainder: total - part = rest; update: after - added = before
        got = float(one[a]["value"]) - float(one[b]["value"])
        want = float(one[c]["value"])
        slack = sum(half_unit(one[r]["surface"], one[r]["value"]) for r in (a, b, c))
        if ap:
            slack += APPROX_REL * abs(float(one[a]["value"]))
        if abs(got - want) > slack + 1e-9 * max(1.0, abs(want)):
            return f"{a} - {b} = {got}, {c} {want}"
    elif t in ("change", "difference"):
        a, b, d = (("to", "from", "by") if t == "change" else ("a", "b", "diff"))
        got = abs(float(one[a]["value"]) - float(one[b]["value"]))
        slack = sum(half_unit(one[r]["surface"], one[r]["value"]) for r in (a, b, d))
        want = abs(float(one[d]["value"]))
        ref = max(abs(float(one[a]["value"])), abs(float(one[b]["value"])), want)
        if ap:
            slack += APPROX_REL * ref
        if abs(got - want) > slack + 1e-9 * max(1.0, ref):
            return f"|{a} - {b}| = {got}, {d} {want}"
    elif t in ("percent-change", "percent-of", "multiple"):
        if t == "percent-of":
            nlo, nhi = rng(one["part"])
            dlo, dhi = rng(one["whole"])
            cands = [100 * n / d for n in (nlo, nhi) for d in (dlo, dhi) if d]
            written = one["percent"]
        else:
            flo, fhi = rng(one["from"])
            tlo, thi = rng(one["to"])
            if t == "multiple":
                cands = [b / a for a in (flo, fhi) for b in (tlo, thi) if a]
                written = one["factor"]
            else:
                cands = [abs(100 * (b - a) / a) for a in (flo, fhi) for b in (tlo, thi) if a]
                written = one["percent"]
        if not cands:
            return "division by zero"
        lo, hi = min(cands), max(cands)
        w = abs(float(written["value"]))
        slack = (PERCENT_SLACK if t != "multiple" else 0.05 * w) + half_unit(written["surface"], written["value"])
        if ap:
            slack += APPROX_REL * w
        if not (lo - slack <= w <= hi + slack):
            return f"computed {lo:.3f}..{hi:.3f}, written {w}"
    elif t == "shares":
        shares = by["share"]
        lo = sum(rng(s)[0] for s in shares)
        hi = sum(rng(s)[1] for s in shares)
        slack = PERCENT_SLACK * len(shares) if not any(half_unit(s["surface"], s["value"]) for s in shares) else 0.0
        if ap:
            slack += APPROX_REL * 100
        if not (lo - slack <= 100 <= hi + slack):
            return f"shares sum to {sum(s['value'] for s in shares)}"
    elif t == "year-span":
        s, e = one["start"]["value"], one["end"]["value"]
        years = float(one["years"]["value"])
        diffs = {as_year(e) - as_year(s)}
        if isinstance(s, str) and isinstance(e, str) and len(s) >= 10 and len(e) >= 10:
            ds, de = as_date(s), as_date(e)
            diffs.add(de.year - ds.year - ((de.month, de.day) < (ds.month, ds.day)))
        tol = 1 if ap else 0
        if not any(abs(d - years) <= tol for d in diffs):
            return f"end - start = {sorted(diffs)}, years {years}"
    elif t == "age":
        age = int(one["age"]["value"])
        pub = as_date(doc["published"])
        born = one["born"]["value"]
        if isinstance(born, str) and len(born) >= 10:
            bd = as_date(born)
            exact = pub.year - bd.year - ((pub.month, pub.day) < (bd.month, bd.day))
            if abs(exact - age) > (1 if ap else 0):
                return f"born {born}, published {pub}: age {exact}, written {age}"
        else:
            diff = pub.year - as_year(born)
            if not (age - (1 if ap else 0) <= diff <= age + 1 + (1 if ap else 0)):
                return f"published {pub.year} - born {born} = {diff}, age {age}"
    elif t == "weekday-date":
        wd = one["weekday"]["value"]
        d = as_date(one["date"]["value"])
        if WEEKDAYS[d.weekday()] != wd:
            return f"{d} is a {WEEKDAYS[d.weekday()]}, not {wd}"
        if wd.lower() not in one["weekday"]["surface"].lower():
            return f"weekday surface {one['weekday']['surface']!r} is not {wd}"
    elif t == "weekday-published":
        op = one["weekday"]
        d = as_date(op["value"])
        pub = as_date(doc["published"])
        name = WEEKDAYS[d.weekday()]
        if name.lower() not in op["surface"].lower():
            return f"{d} is a {name}, surface {op['surface']!r}"
        if abs((d - pub).days) > 7:
            return f"{d} is more than a week from published {pub}"
    elif t == "list-count":
        n = int(one["count"]["value"])
        if len(by["item"]) != n:
            return f"count {n}, {len(by['item'])} items"
    elif t == "restated":
        if one["first"]["value"] != one["second"]["value"]:
            return f"values differ: {one['first']['value']} vs {one['second']['value']}"
        if one["first"]["start"] == one["second"]["start"]:
            return "first and second are the same mention"
    return None


def load_docs(data: Path) -> dict[tuple[str, str], dict]:
    docs = {}
    for s in SETS:
        path = data / f"{s}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs[(s, d["id"])] = d
    return docs


def cited_elsewhere() -> set[str]:
    """Article ids cited by tune.jsonl or heldout.jsonl (a sealed article must be in neither)."""
    ids = set()
    for name in ("tune.jsonl", "heldout.jsonl"):
        p = HERE / name
        if p.exists():
            ids |= {json.loads(line)["doc"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def check_file(path: Path, docs: dict) -> tuple[int, list[str], Counter, Counter]:
    split = "heldout" if path.stem == "sealed" else path.stem  # "tune" or "heldout"
    not_cited = cited_elsewhere() if path.stem == "sealed" else set()
    errors: list[str] = []
    types: Counter = Counter()
    sets: Counter = Counter()
    seen = set()
    n = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            where = f"{path.name}:{lineno}"
            try:
                rel = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            missing = {"set", "doc", "type", "operands", "note"} - rel.keys()
            if missing:
                errors.append(f"{where}: missing {sorted(missing)}")
                continue
            doc = docs.get((rel["set"], rel["doc"]))
            if doc is None:
                errors.append(f"{where}: no article {rel['doc']} in {rel['set']}")
                continue
            if split_of(rel["doc"]) != split:
                errors.append(f"{where}: {rel['doc']} is {split_of(rel['doc'])}, file is {split}")
            if rel["doc"] in not_cited:
                errors.append(f"{where}: {rel['doc']} is cited by tune.jsonl or heldout.jsonl; sealed articles are in neither")
            t = rel["type"]
            if t not in ROLES:
                errors.append(f"{where}: unknown type {t!r}")
                continue
            text = doc["text"]
            bad = False
            for op in rel["operands"]:
                if not {"role", "start", "end", "surface", "value"} <= op.keys():
                    errors.append(f"{where}: operand lacks a field: {op}")
                    bad = True
                elif text[op["start"]:op["end"]] != op["surface"]:
                    errors.append(f"{where}: text[{op['start']}:{op['end']}] = "
                                  f"{text[op['start']:op['end']]!r}, surface {op['surface']!r}")
                    bad = True
                if len(op.get("surface", "")) > 40:
                    errors.append(f"{where}: surface too long (quote?)")
            roles = Counter(op.get("role") for op in rel["operands"])
            once, rep, k = ROLES[t]
            want = set(once) | ({rep} if rep else set())
            if set(roles) != want or any(roles[r] != 1 for r in once) or (rep and roles[rep] < k):
                errors.append(f"{where}: roles {dict(roles)} do not fit {t}")
                bad = True
            if bad:
                continue
            key = (rel["doc"], t, tuple(sorted((o["role"], o["start"]) for o in rel["operands"])))
            if key in seen:
                errors.append(f"{where}: duplicate relation")
            seen.add(key)
            try:
                why = check_arith(rel, doc)
            except (KeyError, ValueError, TypeError) as exc:
                why = f"cannot check ({exc!r})"
            if why:
                errors.append(f"{where}: {t} {rel['doc']}: {why}")
            types[t] += 1
            sets[rel["set"]] += 1
    return n, errors, types, sets


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.files or [p for p in (HERE / "tune.jsonl", HERE / "heldout.jsonl", HERE / "sealed.jsonl") if p.exists()]
    docs = load_docs(args.data)
    failed = False
    for path in files:
        n, errors, types, sets = check_file(path, docs)
        print(f"{path.name}: {n} relations, {len(errors)} problems")
        for e in errors:
            print("  " + e)
        failed |= bool(errors)
        for t in ROLES:
            print(f"  {t:18} {types[t]}")
        for s, c in sorted(sets.items()):
            print(f"  [{s}] {c}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
