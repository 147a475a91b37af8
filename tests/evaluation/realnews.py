"""Real, unedited news (issue 15): fail and warn rates per rule, tune and held-out articles apart.

Every ``fail`` on a real article is a candidate false alarm. The fails of tune articles are written
to ``tests/evaluation/review/fails-tune.jsonl`` for hand review; the verdicts are kept in
``tests/evaluation/review/verdicts.jsonl``, one JSON object a line::

    {"set": "te3-silver-dev", "doc": "...", "rule": "arithmetic.part-whole",
     "fingerprint": "<from fails-tune.jsonl>", "verdict": false, "why": "a conversion summed as a part"}

(``"span": "<one quoted span>"`` may stand in for ``fingerprint``). ``verdict`` true means the fail
is a real inconsistency in the article. Held-out fails are counted, never listed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.evaluation.common import SETS, SPLITS, UserError, load_set, reports
from tests.evaluation.split import split_of

REVIEW = Path(__file__).resolve().parent / "review"
FAILS_OUT = REVIEW / "fails-tune.jsonl"
WARNS_OUT = REVIEW / "warns-tune.jsonl"
VERDICTS = REVIEW / "verdicts.jsonl"
TARGETS = {"fail_per_1000": 1.0, "warn_per_100": 1.0}  # issue 15: false fails <= 1 per 1,000 articles, warns <= 1 per 100


class VerdictError(UserError):
    """A verdict file that cannot be read; the message names the file, the line and the fix."""


def fingerprint(rule: str, doc: dict, finding: dict) -> str:
    """factlint's own finding fingerprint (what baselines key on), from the report's claims."""
    from factlint.gate.baseline import fingerprint as fp
    from factlint.records import Claim, Kind

    claims = {c["id"]: c for c in doc["claims"]}
    objs = [Claim(id=c["id"], kind=Kind(c["kind"]), text=c["text"], start=c["start"], end=c["end"], value=c["value"],
                  unit=c.get("unit"), label=c.get("label")) for cid in finding["claims"] if (c := claims.get(cid))]
    return fp(rule, objs)


def tally(set_name: str, docs: dict[str, dict], texts: dict[str, str]) -> tuple[dict, list[dict]]:
    """Counts per split and rule for one set, and the tune fails and warns (with quotes) for review,
    each with its ``status``."""
    out = {s: {"articles": 0, "fail": 0, "warn": 0, "articles_with_fail": 0, "fail_by_rule": Counter(), "warn_by_rule": Counter()}
           for s in SPLITS}
    fails = []
    for doc_id, doc in docs.items():
        split = split_of(doc_id)
        t = out[split]
        t["articles"] += 1
        doc_fails = [f for f in doc["findings"] if f["status"] == "fail"]
        t["articles_with_fail"] += bool(doc_fails)
        for f in doc["findings"]:
            if f["status"] in ("fail", "warn"):
                t[f["status"]] += 1
                t[f"{f['status']}_by_rule"][f["check"]] += 1
        if split == "tune":
            text = texts[doc_id]
            fails += [{"set": set_name, "doc": doc_id, "rule": f["check"], "status": f["status"], "fingerprint": fingerprint(f["check"], doc, f),
                       "message": f["message"], "spans": [text[a:b] for a, b in f["spans"]]}
                      for f in doc["findings"] if f["status"] in ("fail", "warn")]
    return out, fails


def load_verdicts(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            v = json.loads(line)
        except json.JSONDecodeError as exc:
            raise VerdictError(f"{path}:{n}: not JSON ({exc.msg}); one object per line") from None
        if not isinstance(v, dict) or not {"set", "doc", "rule", "verdict"} <= v.keys() or not isinstance(v["verdict"], bool) \
                or not ("fingerprint" in v or "span" in v):
            raise VerdictError(f"{path}:{n}: needs set, doc, rule, fingerprint (or span) and verdict true|false")
        out.append(v)
    return out


def review_status(fails: list[dict], verdicts: list[dict]) -> dict:
    """How many tune findings (fails, or warns) have a verdict, how many are true and false, and verdicts
    that match none of them."""
    used = set()
    true = false = 0
    for f in fails:
        for i, v in enumerate(verdicts):
            if (v["set"], v["doc"], v["rule"]) == (f["set"], f["doc"], f["rule"]) and \
                    (v.get("fingerprint") == f["fingerprint"] or v.get("span") in f["spans"]):
                used.add(i)
                true += v["verdict"]
                false += not v["verdict"]
                break
    return {"fails": len(fails), "reviewed": true + false, "true": true, "false": false,
            "unreviewed": len(fails) - true - false, "stale_verdicts": len(verdicts) - len(used)}


def evaluate(limit: int | None = None, use_cache: bool = True, workers: int = 1, fails_out: str | None = None,
             verdicts: str | None = None) -> dict:
    result: dict = {"sets": {}, "targets": TARGETS}
    all_fails = []
    for set_name in SETS:
        arts = load_set(set_name)
        recs = list(arts.values())[:limit] if limit else list(arts.values())
        docs = reports(recs, use_cache, workers)
        counts, fails = tally(set_name, docs, {r["id"]: r["text"] for r in recs})
        result["sets"][set_name] = counts
        all_fails += fails  # fails and warns
    total = {s: {"articles": 0, "fail": 0, "warn": 0, "articles_with_fail": 0, "fail_by_rule": Counter(), "warn_by_rule": Counter()}
             for s in SPLITS}
    for counts in result["sets"].values():
        for s in SPLITS:
            for k in ("articles", "fail", "warn", "articles_with_fail"):
                total[s][k] += counts[s][k]
            total[s]["fail_by_rule"].update(counts[s]["fail_by_rule"])
            total[s]["warn_by_rule"].update(counts[s]["warn_by_rule"])
    result["sets"]["all"] = total
    for counts in result["sets"].values():
        for s in SPLITS:
            c = counts[s]
            c["fail_per_1000"] = round(1000 * c["fail"] / c["articles"], 2) if c["articles"] else None
            c["warn_per_100"] = round(100 * c["warn"] / c["articles"], 2) if c["articles"] else None
            c["fail_by_rule"] = dict(sorted(c["fail_by_rule"].items()))
            c["warn_by_rule"] = dict(sorted(c["warn_by_rule"].items()))
    all_fails.sort(key=lambda f: (f["set"], f["doc"], f["rule"], f["spans"], f["message"]))
    all_warns = [{k: v for k, v in f.items() if k != "status"} for f in all_fails if f["status"] == "warn"]
    all_fails = [{k: v for k, v in f.items() if k != "status"} for f in all_fails if f["status"] == "fail"]
    out_path = Path(fails_out) if fails_out else FAILS_OUT
    if not limit or fails_out:  # a quick --limit run must not overwrite the full review list
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in all_fails), encoding="utf-8")
        warns_path = out_path.with_name(WARNS_OUT.name) if fails_out else WARNS_OUT
        warns_path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in all_warns), encoding="utf-8")
        result["fails_file"], result["warns_file"] = str(out_path), str(warns_path)
    all_verdicts = load_verdicts(Path(verdicts) if verdicts else VERDICTS)
    tune = total["tune"]
    for key, found, per in (("review_tune", all_fails, 1000), ("review_tune_warns", all_warns, 100)):
        review = review_status(found, all_verdicts)
        review["false_per_%d" % per] = round(per * review["false"] / tune["articles"], 2) if tune["articles"] else None
        result[key] = review
    # a verdict is stale only when it matches neither a fail nor a warn
    result["review_tune"]["stale_verdicts"] = review_status(all_fails + all_warns, all_verdicts)["stale_verdicts"]
    result["review_tune"]["false_fail_per_1000"] = result["review_tune"].pop("false_per_1000")
    return result


def render(result: dict) -> str:
    lines = ["Real news, unedited: fail per 1,000 articles / warn per 100 articles (targets: false fail <= 1 per 1,000, warn <= 1 per 100)",
             f"{'set':24} | {'tune: articles':>14} {'fail':>5} {'/1000':>7} {'warn':>5} {'/100':>6} | {'held out: articles':>18} {'fail':>5} {'/1000':>7} {'warn':>5} {'/100':>6}"]

    def cells(c):
        f = "-" if c["fail_per_1000"] is None else f"{c['fail_per_1000']:.1f}"
        w = "-" if c["warn_per_100"] is None else f"{c['warn_per_100']:.1f}"
        return f"{c['articles']:>5} {c['fail']:>5} {f:>7} {c['warn']:>5} {w:>6}"

    for name, counts in result["sets"].items():
        lines.append(f"{name:24} | {'':9}{cells(counts['tune'])} | {'':13}{cells(counts['heldout'])}")
    lines.append("")
    lines.append(f"{'rule (all sets)':34} | {'tune fail':>9} {'warn':>5} | {'held out fail':>13} {'warn':>5}")
    tot = result["sets"]["all"]
    rules = sorted(set(tot["tune"]["fail_by_rule"]) | set(tot["tune"]["warn_by_rule"])
                   | set(tot["heldout"]["fail_by_rule"]) | set(tot["heldout"]["warn_by_rule"]))
    for r in rules:
        lines.append(f"{r:34} | {tot['tune']['fail_by_rule'].get(r, 0):>9} {tot['tune']['warn_by_rule'].get(r, 0):>5} | "
                     f"{tot['heldout']['fail_by_rule'].get(r, 0):>13} {tot['heldout']['warn_by_rule'].get(r, 0):>5}")
    rv = result["review_tune"]
    lines.append("")
    lines.append(f"tune fails: {rv['fails']}, reviewed {rv['reviewed']} (true {rv['true']}, false {rv['false']}), "
                 f"unreviewed {rv['unreviewed']}, stale verdicts {rv['stale_verdicts']}; "
                 f"reviewed-false fails per 1,000 tune articles: {rv['false_fail_per_1000']}")
    rw = result["review_tune_warns"]
    lines.append(f"tune warns: {rw['fails']}, reviewed {rw['reviewed']} (true {rw['true']}, false {rw['false']}), "
                 f"unreviewed {rw['unreviewed']}; reviewed-false warns per 100 tune articles: {rw['false_per_100']}")
    if "fails_file" in result:
        lines.append(f"tune fails listed in {result['fails_file']}, warns in {result['warns_file']} "
                     "(held-out findings are counted, never listed)")
    return "\n".join(lines)
