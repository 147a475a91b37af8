"""Relation gold (tests/gold/relations): verified, detection of single edits, and false alarms on
consistent edits, per relation type, tune and held out side by side (issue 15).

- **verified**: on the unedited article, some ``pass`` finding has spans overlapping at least two of
  the relation's operand spans (one, for a relation with a single operand). Two and not every: a
  check may state a relation through fewer claims than the gold lists (a list's count against the
  items' number, a total and its parts where one part is implied), and one overlapping span would
  count any finding that merely touches the number.
- **detection**: single-edit perturbations generated mechanically (``perturbations``): one operand's
  number is rewritten so that the relation no longer holds (x2 for amounts, counts and percentages,
  +1 for a list's count, +3 for an age, -2 for a year, +2 days for a day of month, +2 for a weekday).
  Caught when a ``fail`` or ``warn`` finding's spans overlap the changed characters and that finding is
  new (no finding of the same check, status and spans, mapped back, on the unedited article).
  ``weekday-published`` relations are not perturbed: any weekday names some day within a week of
  publication, so no single weekday edit breaks them.
- **controls**: consistent edits (``controls``): a number in no annotated relation and in no date
  doubled, or two operands of an additive relation changed together so it still holds (left out when
  an edited number is an operand of another annotated relation too, which the edit would break). A false alarm
  is a ``fail`` that is new relative to the unedited article; new ``warn``s are counted apart. The
  gold is not exhaustive, so a "free" number may sit in a relation nobody annotated: list the tune
  false alarms (``-v``) before calling one a bug.

A third column, **sealed** (``tests/gold/relations/sealed.jsonl``, optional): relations in held-out
articles that neither ``tune.jsonl`` nor ``heldout.jsonl`` cites, annotated by someone who never saw
the held-out diagnoses. Its figures are reported like the others; its misses are never listed
(``-v`` lists tune misses only) and never diagnosed.

A **fresh** set (``tests/gold/fresh``: its own invented articles and their relations, written by
someone who never read the rules) is scored alone with ``relations --fresh``, by the same code and
with the same edits, also figures only; a second one, **fresh2** (``tests/gold/fresh2``, another
author, other articles), likewise with ``relations --fresh2``. Every column also counts the fails and warns on its unedited
articles (all consistent, so a fail there is a false alarm too).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from tests.evaluation import edits as E
from tests.evaluation.common import GOLD, SPLITS, DataMissing, load_gold, load_jsonl, load_set, overlaps, pct, rate, reports

# The relation scorer's columns: the two splits, and the sealed set (held-out articles outside both
# gold files; figures only, never a miss listed). A relation's column is the file it comes from.
REL_SPLITS = SPLITS + ("sealed",)
# The fresh sets carry their own articles (set "fresh", "fresh2"): invented, consistent, scored on their own.
FRESH = GOLD / "fresh"
FRESH2 = GOLD / "fresh2"
FRESH_SETS = {"fresh": FRESH, "fresh2": FRESH2}


def load_relation_gold(split: str) -> list[dict]:
    """One column's relations, each tagged with its column (``_split``); the sealed file is optional."""
    if split == "sealed":
        path = GOLD / "relations" / "sealed.jsonl"
        rels = load_jsonl(path) if path.exists() else []
    elif split in FRESH_SETS:
        path = FRESH_SETS[split] / "relations.jsonl"
        if not path.exists():
            raise DataMissing(f"{path}: {split} relation gold not found; see {FRESH_SETS[split] / 'README.md'}")
        rels = load_jsonl(path)
    else:
        rels = load_gold("relations", split)
    return [dict(r, _split=split) for r in rels]


def load_articles(name: str) -> dict[str, dict]:
    """A set's articles by id: a fresh set's own file, or a shared data set."""
    if name in FRESH_SETS:
        return {rec["id"]: rec for rec in load_jsonl(FRESH_SETS[name] / "articles.jsonl")}
    return load_set(name)

# Which operands to edit, in order of preference, per type (the first two that can be edited).
EDIT_ROLES = {
    "sum": ("total", "part"), "total-of-list": ("total", "part"), "remainder": ("rest", "total"),
    "change": ("to", "by"), "update": ("after", "added"), "percent-change": ("percent", "to"),
    "percent-of": ("percent", "part"), "shares": ("share",), "multiple": ("to", "from"),
    "difference": ("diff", "a"), "year-span": ("years", "end"), "age": ("age", "born"),
    "weekday-date": ("weekday", "date"), "list-count": ("count",), "restated": ("second", "first"),
}
NOT_PERTURBED = {"weekday-published": "any weekday names some day within a week of publication"}
YEAR_ROLES = {("year-span", "start"), ("year-span", "end"), ("age", "born")}
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_FREE_NUMBER = re.compile(r"(?<![\w.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w-]|[.,]\d|:\d)")


@dataclass
class Case:
    """One article to run: an edited copy of a gold article and what the edit is."""
    id: str
    set: str
    doc: str
    split: str
    kind: str  # "perturbation" | "control"
    rtype: str  # relation type, or "free-number" for an edit outside every relation
    edits: list[E.Edit]
    note: str = ""
    text: str = ""


@dataclass
class Tally:
    relations: int = 0
    verified: int = 0
    bad_offsets: int = 0
    resolved: int = 0  # weekday-published: a date claim on the weekday has the gold's date (extraction, not a check)
    edits: int = 0
    caught: int = 0
    control_in_other_relation: int = 0  # consistent edits left out: an edited number is in another relation too
    unbreakable: int = 0  # operands whose edit would leave the relation holding (not run)
    new_fail_elsewhere: int = 0
    controls: int = 0
    false_alarm_controls: int = 0
    new_fails: int = 0
    new_warns: int = 0
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"relations": self.relations, "verified": self.verified, "verified_rate": rate(self.verified, self.relations),
                "weekday_resolved": self.resolved,
                "edits": self.edits, "caught": self.caught, "detection_rate": rate(self.caught, self.edits),
                "new_fail_elsewhere": self.new_fail_elsewhere, "unbreakable_edits_skipped": self.unbreakable,
                "controls_skipped_other_relation": self.control_in_other_relation,
                "controls": self.controls, "false_alarm_controls": self.false_alarm_controls,
                "new_fails_on_controls": self.new_fails, "new_warns_on_controls": self.new_warns,
                "bad_offsets": self.bad_offsets}


# ---------------------------------------------------------------- the relation each type states


def _num(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and re.match(r"^\d{4}(-\d\d){0,2}$", v):
        return float(v[:4])
    return None


def holds(rtype: str, operands: list[dict], published: str | None = None) -> bool | None:
    """Whether the relation holds with these operand values (None: not decidable here). Loose on
    purpose (5 %, or 10 % when hedged): it only tells edits that break a relation from edits that do not."""
    by: dict[str, list] = defaultdict(list)
    for o in operands:
        by[o["role"]].append(o["value"])
    n = {r: [_num(v) for v in vs] for r, vs in by.items()}

    def close(a, b, rel=0.05, abs_=0.5):
        return a is not None and b is not None and abs(a - b) <= max(abs_ if float(a).is_integer() and float(b).is_integer() else 0.011, rel * max(abs(a), abs(b)))

    try:
        if rtype in ("sum", "total-of-list"):
            return close(n["total"][0], sum(n["part"]))
        if rtype == "remainder":
            return close(n["total"][0] - n["part"][0], n["rest"][0])
        if rtype == "change":
            return close(abs(n["to"][0] - n["from"][0]), abs(n["by"][0]))
        if rtype == "update":
            return close(n["before"][0] + n["added"][0], n["after"][0])
        if rtype == "percent-change":
            return close(abs(n["to"][0] - n["from"][0]) / abs(n["from"][0]) * 100, abs(n["percent"][0]), rel=0.1, abs_=1)
        if rtype == "percent-of":
            return close(n["part"][0] / n["whole"][0] * 100, n["percent"][0], rel=0.1, abs_=1)
        if rtype == "shares":
            return close(sum(n["share"]), 100, abs_=2)
        if rtype == "multiple":
            return n["factor"][0] is not None and close(n["to"][0] / n["from"][0], n["factor"][0], rel=0.1)
        if rtype == "difference":
            return close(abs(n["a"][0] - n["b"][0]), abs(n["diff"][0]))
        if rtype == "year-span":
            return close(n["end"][0] - n["start"][0], n["years"][0], rel=0, abs_=1)
        if rtype == "age":
            if not published:
                return None
            return int(published[:4]) - n["born"][0] in (n["age"][0], n["age"][0] + 1)
        if rtype == "restated":
            if isinstance(by["first"][0], str) or isinstance(by["second"][0], str):
                return str(by["first"][0]) == str(by["second"][0])
            return close(n["first"][0], n["second"][0], rel=1e-6, abs_=0)
        if rtype == "list-count":
            return n["count"][0] == len(by["item"])
        if rtype == "weekday-date":
            return E.weekday_of(str(by["date"][0])) == str(by["weekday"][0]).title()
    except (KeyError, IndexError, TypeError, ZeroDivisionError):
        return None
    return None


# ---------------------------------------------------------------- edits


def _edit_operand(rtype: str, op: dict, text: str) -> E.Edit | None:
    role, surface, start = op["role"], op["surface"], op["start"]
    if rtype == "weekday-date" and role == "weekday":
        return E.edit_weekday(surface, start, 2)
    if rtype == "weekday-date" and role == "date":
        return E.edit_day(surface, start, op["value"])
    if (rtype, role) in YEAR_ROLES:
        return E.edit_year(surface, start, -2)
    if isinstance(op["value"], str) and _num(op["value"]) is not None:  # a date stated twice, a year
        return (E.edit_day(surface, start, op["value"]) if len(op["value"]) == 10 else None) or E.edit_year(surface, start, -2)
    if _num(op["value"]) is None:
        return None
    if rtype == "age" and role == "age":
        return E.edit_number(surface, start, op["value"], lambda d: d + 3)
    if rtype == "list-count":
        return E.edit_number(surface, start, op["value"], lambda d: d + 1 if d.is_integer() else None)
    return E.edit_number(surface, start, op["value"], lambda d: d * 2)


def _with(operands: list[dict], index: int, value) -> list[dict]:
    return [dict(o, value=value) if i == index else o for i, o in enumerate(operands)]


def perturbations(rel: dict, text: str, published: str | None, per_relation: int = 2) -> tuple[list[list[E.Edit]], int]:
    """Single-edit perturbations that break the relation, and how many candidate edits were left out
    because the relation would still hold (loosely) after them."""
    if rel["type"] in NOT_PERTURBED or rel["type"] not in EDIT_ROLES:
        return [], 0
    out, unbreakable, used = [], 0, set()
    order = sorted(range(len(rel["operands"])),
                   key=lambda i: (EDIT_ROLES[rel["type"]].index(rel["operands"][i]["role"])
                                  if rel["operands"][i]["role"] in EDIT_ROLES[rel["type"]] else 99, i))
    if rel["type"] == "shares":  # the first and the last share
        order = [order[0], order[-1]] if len(order) > 1 else order
    for i in order:
        op = rel["operands"][i]
        if op["role"] not in EDIT_ROLES[rel["type"]] or op["role"] in used:
            continue
        e = _edit_operand(rel["type"], op, text)
        if e is None:
            continue
        if holds(rel["type"], _with(rel["operands"], i, e.new_value), published) is not False:
            unbreakable += 1
            continue
        used.add(op["role"]) if rel["type"] != "shares" else None
        out.append([e])
        if len(out) >= per_relation:
            break
    return out, unbreakable


# Consistent two-operand edits: (role doubled, role that absorbs the change, sign).
CONSISTENT = {
    "sum": ("part", "total", 1), "total-of-list": ("part", "total", 1), "remainder": ("rest", "total", 1),
    "update": ("added", "after", 1), "restated": ("first", "second", 0),
}


def consistent_edit(rel: dict, published: str | None) -> list[E.Edit] | None:
    """Two operands changed together so that the relation still holds, each written in its own style;
    None when the numbers' scales or decimals do not allow it exactly."""
    spec = CONSISTENT.get(rel["type"])
    if spec is None:
        return None
    role_a, role_b, sign = spec
    def numeric(o):
        return isinstance(o["value"], (int, float)) and not isinstance(o["value"], bool)

    ia = next((i for i, o in enumerate(rel["operands"]) if o["role"] == role_a and numeric(o)), None)
    ib = next((i for i, o in enumerate(rel["operands"]) if o["role"] == role_b and numeric(o)), None)
    if ia is None or ib is None:
        return None
    a, b = rel["operands"][ia], rel["operands"][ib]
    na, nb = E.find_number(a["surface"]), E.find_number(b["surface"])
    if na is None or nb is None or not na.value or not nb.value:
        return None
    ea = E.edit_number(a["surface"], a["start"], a["value"], lambda d: d * 2)
    if ea is None:
        return None
    delta = ea.new_value - float(a["value"])  # in value units
    mult_b = float(b["value"]) / nb.value
    new_b_value = float(b["value"]) * 2 if sign == 0 else float(b["value"]) + delta
    new_b_disp = new_b_value / mult_b
    if abs(new_b_disp * 10 ** nb.decimals - round(new_b_disp * 10 ** nb.decimals)) > 1e-6:
        return None
    eb = E.edit_number(b["surface"], b["start"], b["value"], lambda d: round(new_b_disp, nb.decimals))
    if eb is None or overlaps(ea.start, ea.end, eb.start, eb.end):
        return None
    ops = _with(_with(rel["operands"], ia, ea.new_value), ib, eb.new_value)
    return [ea, eb] if holds(rel["type"], ops, published) else None


def free_numbers(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbers written in digits that are in no annotated relation and in no date, time, year or
    identifier: candidates for a consistent edit."""
    out = []
    for m in _FREE_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if any(overlaps(s, e, a, b) for a, b in taken):
            continue
        raw = m.group().replace(",", "")
        if "." not in raw and 1500 <= int(raw) <= 2100 and "," not in m.group():
            continue  # a year
        before = text[max(0, s - 12):s].lower()
        after = text[e:e + 12].lower()
        words_around = re.findall(r"[a-z]+", before)[-1:] + re.findall(r"[a-z]+", after)[:1]
        if any(w in MONTHS for w in words_around) or re.match(r"\s*(a\.?m\.?|p\.?m\.?|gmt|hours?\b|hrs)", after):
            continue
        if re.match(r"\s*(st|nd|rd|th)\b", after) or re.search(r"[/#:]\s*$", before):
            continue
        out.append((s, e))
    return out


def free_edit(text: str, doc: str, taken: list[tuple[int, int]]) -> list[E.Edit] | None:
    """One number outside every relation and date doubled; which one is chosen by a hash of the
    article id, so the choice is stable and spread over the text."""
    cands = free_numbers(text, taken)
    if not cands:
        return None
    s, e = cands[int(hashlib.sha256(doc.encode()).hexdigest()[:8], 16) % len(cands)]
    ed = E.edit_number(text[s:e], s, None, lambda d: d * 2)
    return [ed] if ed else None


# ---------------------------------------------------------------- scoring one article


def verified(rel: dict, doc_report: dict) -> bool:
    """Some pass finding overlaps at least two of the relation's operand spans (one when it has one)."""
    spans = [(o["start"], o["end"]) for o in rel["operands"]]
    need = min(2, len(spans))
    for f in doc_report["findings"]:
        if f["status"] != "pass":
            continue
        hit = sum(1 for s, e in spans if any(overlaps(s, e, a, b) for a, b in f["spans"]))
        if hit >= need:
            return True
    return False


def resolved(rel: dict, doc_report: dict) -> bool:
    """A date claim on the (single) weekday operand carries the date the gold resolves it to."""
    o = rel["operands"][0]
    return any(c["kind"] == "date" and overlaps(o["start"], o["end"], c["start"], c["end"]) and c["value"] == o["value"]
               for c in doc_report["claims"])


def _key(f: dict, edits: list[E.Edit]) -> tuple:
    spans = tuple((E.to_original(a, edits), E.to_original(b, edits, is_end=True)) for a, b in f["spans"])
    return f["check"], f["status"], spans


def new_findings(edited: dict, base: dict, edits: list[E.Edit]) -> list[dict]:
    """Findings of the edited article with no finding of the same check, status and (mapped) spans
    on the unedited one."""
    base_keys = {_key(f, []) for f in base["findings"]}
    return [f for f in edited["findings"] if f["status"] in ("fail", "warn") and _key(f, edits) not in base_keys]


def caught(edited: dict, base: dict, edits: list[E.Edit]) -> tuple[bool, int]:
    """(caught, new fails elsewhere) for a perturbation."""
    changed = E.changed_ranges(edits)
    new = new_findings(edited, base, edits)
    on = [f for f in new if any(overlaps(a, b, s, e) for a, b in f["spans"] for s, e in changed)]
    elsewhere = [f for f in new if f["status"] == "fail" and f not in on]
    return bool(on), len(elsewhere)


# ---------------------------------------------------------------- the whole evaluation


def build_cases(rels: list[dict], articles: dict[str, dict[str, dict]], per_relation: int = 2) -> tuple[list[Case], dict]:
    """Every edited copy to run, and per split/type the counts that need no run."""
    cases: list[Case] = []
    pre: dict = defaultdict(lambda: defaultdict(Tally))
    by_doc: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for rel in rels:
        by_doc[(rel.get("_split", "tune"), rel["set"], rel["doc"])].append(rel)
    n = 0
    for (split, set_name, doc), doc_rels in by_doc.items():
        rec = articles[set_name][doc]
        text, published = rec["text"], rec.get("published")
        for rel in doc_rels:
            t = pre[split][rel["type"]]
            if any(text[o["start"]:o["end"]] != o["surface"] for o in rel["operands"]):
                t.bad_offsets += 1
                rel["_bad"] = True
                continue
            perts, unbreakable = perturbations(rel, text, published, per_relation)
            t.unbreakable += unbreakable
            for eds in perts:
                n += 1
                cases.append(Case(f"{doc}#p{n}", set_name, doc, split, "perturbation", rel["type"], eds, rel.get("note", "")))
            ce = consistent_edit(rel, published)
            others = [(o["start"], o["end"]) for r in doc_rels if r is not rel for o in r["operands"]]
            if ce and any(overlaps(e.start, e.end, a, b) for e in ce for a, b in others):
                t.control_in_other_relation += 1  # the edit would break the other relation: not a consistent edit
                ce = None
            if ce:
                n += 1
                cases.append(Case(f"{doc}#c{n}", set_name, doc, split, "control", rel["type"], ce, rel.get("note", "")))
        taken = [(o["start"], o["end"]) for r in doc_rels for o in r["operands"]]
        fe = free_edit(text, doc, taken)
        if fe:
            n += 1
            cases.append(Case(f"{doc}#f{n}", set_name, doc, split, "control", "free-number", fe))
    for c in cases:
        c.text = E.apply(articles[c.set][c.doc]["text"], c.edits)
    return cases, pre


def evaluate(limit: int | None = None, per_relation: int = 2, use_cache: bool = True, workers: int = 1,
             sealed: bool = True, columns: tuple[str, ...] | None = None) -> dict:
    """Score every column; ``sealed=False`` leaves the sealed set out (rule writers iterate without it);
    ``columns`` scores those alone (``("fresh",)`` for the fresh set, ``("fresh2",)`` for the second)."""
    columns = columns or (REL_SPLITS if sealed else SPLITS)
    rels = []
    for split in columns:
        gold = load_relation_gold(split)
        rels += gold[:limit] if limit else gold
    sets = sorted({r["set"] for r in rels})
    articles = {s: load_articles(s) for s in sets}
    cases, pre = build_cases(rels, articles, per_relation)
    tallies: dict[str, dict[str, Tally]] = pre
    base: dict[tuple[str, str], dict] = {}
    edited: dict[str, dict] = {}
    for s in sets:
        docs = sorted({r["doc"] for r in rels if r["set"] == s})
        got = reports([articles[s][d] for d in docs], use_cache, workers)
        base.update({(s, d): got[d] for d in docs})
        mine = [c for c in cases if c.set == s]
        if mine:
            recs = [{**{k: v for k, v in articles[s][c.doc].items() if k in ("title", "published")}, "id": c.id, "text": c.text}
                    for c in mine]
            edited.update(reports(recs, use_cache, workers))
    for rel in rels:
        if rel.get("_bad"):
            continue
        split = rel.get("_split", "tune")
        t = tallies[split][rel["type"]]
        t.relations += 1
        if rel["type"] == "weekday-published":
            t.resolved += resolved(rel, base[(rel["set"], rel["doc"])])
        if verified(rel, base[(rel["set"], rel["doc"])]):
            t.verified += 1
        elif split == "tune":
            t.misses.append(f"not verified: {rel['set']} {rel['doc']} {rel['type']} ({rel.get('note', '')})")
    for c in cases:
        t = tallies[c.split][c.rtype]
        b, e = base[(c.set, c.doc)], edited[c.id]
        if c.kind == "perturbation":
            t.edits += 1
            hit, elsewhere = caught(e, b, c.edits)
            t.caught += hit
            t.new_fail_elsewhere += elsewhere > 0
            if not hit and c.split == "tune":
                t.misses.append(f"missed edit: {c.doc} {c.rtype} {c.edits[0].old_value!r} -> {c.edits[0].new_value!r} ({c.note})")
        else:
            t.controls += 1
            new = new_findings(e, b, c.edits)
            fails = [f for f in new if f["status"] == "fail"]
            t.new_fails += len(fails)
            t.new_warns += sum(1 for f in new if f["status"] == "warn")
            t.false_alarm_controls += bool(fails)
            if fails and c.split == "tune":
                t.misses += [f"false alarm: {c.doc} {c.rtype}: {f['check']}: {f['message']}" for f in fails]
    out: dict = {"definition": "see tests/evaluation/relations.py docstring", "not_perturbed": NOT_PERTURBED}
    for split in columns:
        types = tallies.get(split, {})
        total = Tally()
        for t in types.values():
            for k in ("relations", "verified", "resolved", "bad_offsets", "control_in_other_relation", "edits", "caught", "unbreakable", "new_fail_elsewhere",
                      "controls", "false_alarm_controls", "new_fails", "new_warns"):
                setattr(total, k, getattr(total, k) + getattr(t, k))
        out[split] = {"by_type": {k: v.as_dict() for k, v in sorted(types.items())}, "total": total.as_dict()}
        docs = sorted({(r["set"], r["doc"]) for r in rels if r.get("_split", "tune") == split})
        out[split]["unedited"] = {"documents": len(docs), **{s: sum(f["status"] == s for d in docs for f in base[d]["findings"])
                                                             for s in ("fail", "warn")}}
        if split == "tune":
            out[split]["misses"] = [m for _, v in sorted(types.items()) for m in v.misses]
    return out


# The headline without the weekdays checked against publication: most of them have no independent cue
# (any weekday near the date is consistent), so the total with them overstates what the checks relate.
HEADLINE_EXCLUDES = "weekday-published"


def without(col: dict, rtype: str = HEADLINE_EXCLUDES) -> dict:
    """A column's total counts without one relation type (the figures of ``_cells``)."""
    tot, sub = col["total"], col["by_type"].get(rtype, {})
    keys = ("relations", "verified", "edits", "caught", "controls", "false_alarm_controls")
    return {k: tot[k] - sub.get(k, 0) for k in keys}


def _cells(d: dict) -> str:
    return (f"{pct(d['verified'], d['relations']):>15} {pct(d['caught'], d['edits']):>13} "
            f"{pct(d['false_alarm_controls'], d['controls']):>12}")


def _figures_only(name: str, col: dict, title: str) -> list[str]:
    """A column printed as figures only (sealed, fresh): per type, total, and the side counts."""
    lines = ["", title, f"{'type':18} | {name + ': verified':>15} {'caught':>13} {'false alarm':>12}"]
    for t in sorted(col["by_type"]) + ["TOTAL"]:
        lines.append(f"{t:18} | {_cells(col['total'] if t == 'TOTAL' else col['by_type'][t])}")
    if HEADLINE_EXCLUDES in col["by_type"]:
        lines.append(f"{'TOTAL w/o ' + HEADLINE_EXCLUDES[:7]:18} | {_cells(without(col))}")
    tot = col["total"]
    lines.append(f"{name}: {tot['new_fail_elsewhere']} caught edits with a new fail elsewhere; "
                 f"{tot['new_warns_on_controls']} new warns on {tot['controls']} controls; "
                 f"{tot['unbreakable_edits_skipped']} edits skipped (relation would still hold); "
                 f"{tot['controls_skipped_other_relation']} consistent edits skipped (a number also in another relation); "
                 f"{tot['bad_offsets']} relations with offsets that do not match the text")
    u = col.get("unedited")
    if u:
        lines.append(f"{name}: {u['fail']} fails and {u['warn']} warns on its {u['documents']} unedited articles")
    return lines


def render(result: dict, verbose: bool = False) -> str:
    if "tune" not in result:  # a column scored alone (--fresh, --fresh2)
        lines = ["Relation gold: verified on the unedited article / single edits caught / consistent edits with a new fail"]
        for name in (k for k in result if k not in ("definition", "not_perturbed")):
            lines += _figures_only(name, result[name], f"{name} (figures only; its misses are never listed)")
        return "\n".join(lines)
    lines = ["Relation gold: verified on the unedited article / single edits caught / consistent edits with a new fail",
             f"{'type':18} | {'tune: verified':>15} {'caught':>13} {'false alarm':>12} | {'held out: verified':>18} {'caught':>13} {'false alarm':>12}"]
    types = sorted(set(result["tune"]["by_type"]) | set(result["heldout"]["by_type"]))
    empty = Tally().as_dict()

    for t in types + ["TOTAL"]:
        a = result["tune"]["total"] if t == "TOTAL" else result["tune"]["by_type"].get(t, empty)
        b = result["heldout"]["total"] if t == "TOTAL" else result["heldout"]["by_type"].get(t, empty)
        lines.append(f"{t:18} | {_cells(a)} | {'':3}{_cells(b)}")
    lines.append(f"{'TOTAL w/o ' + HEADLINE_EXCLUDES[:7]:18} | {_cells(without(result['tune']))} | {'':3}{_cells(without(result['heldout']))}")
    for split in ("tune", "heldout"):
        tot = result[split]["total"]
        lines.append(f"{split}: {tot['new_fail_elsewhere']} caught edits with a new fail elsewhere; "
                     f"{tot['new_warns_on_controls']} new warns on {tot['controls']} controls; "
                     f"{tot['unbreakable_edits_skipped']} edits skipped (relation would still hold); "
                     f"{tot['controls_skipped_other_relation']} consistent edits skipped (a number also in another relation); "
                     f"{tot['bad_offsets']} relations with offsets that do not match the text")
    wp = [result[s]["by_type"].get("weekday-published") for s in ("tune", "heldout")]
    if all(wp):
        lines.append(f"weekday-published: the weekday's date claim has the gold's date in {pct(wp[0]['weekday_resolved'], wp[0]['relations'])} "
                     f"(tune), {pct(wp[1]['weekday_resolved'], wp[1]['relations'])} (held out): extraction, not a verifying finding")
    for k, why in result["not_perturbed"].items():
        lines.append(f"{k}: not perturbed ({why})")
    sealed = result.get("sealed")
    if sealed is not None:
        title = "sealed (held-out articles in neither gold file; figures only, its misses are never listed or diagnosed)"
        if sealed["by_type"]:
            lines += _figures_only("sealed", sealed, title)
            if "weekday-published" in sealed["by_type"]:
                d = sealed["by_type"]["weekday-published"]
                lines.append(f"sealed weekday-published: the weekday's date claim has the gold's date in {pct(d['weekday_resolved'], d['relations'])}")
        else:
            lines += ["", title, "(no tests/gold/relations/sealed.jsonl)"]
    if verbose:
        lines += ["", "tune misses (held-out misses are never listed):"] + ["  " + m for m in result["tune"].get("misses", [])]
    return "\n".join(lines)
