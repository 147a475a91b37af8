"""Cross-article consistency: the same fact reported differently by two articles of one run.

- ``crossdoc.count-agreement``: the same entity and counted thing ("Turkey" + "people") with a
  different number ("12 people" here, "15 people" there).
- ``crossdoc.date-agreement``: the same event (a shared entity and mostly the same words around
  the date) with a different day.

Pairing is done here, from claims only; whether two values agree is decided by the Great
Expectations suite ``checks/suites/crossdoc.json`` (tolerances for hedged figures live there),
like every other check. A pair gives one finding on each article, each naming the other in its
message and in its ``related`` field, and one entry in the report's ``crossdoc`` block linking both.

It is the ``run``-scope entry of ``checks.CHECKS``: the other families derive relations from one
document's claims, this one needs the whole run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from factlint.extract.lexicon import EVENT_STOP_WORDS
from factlint.extract.numbers import format_number
from factlint.records import Claim, DocResult, Finding, Kind, Relation, Status

COUNT_CHECK = "crossdoc.count-agreement"
DATE_CHECK = "crossdoc.date-agreement"
MAX_PARTNERS = 3  # per fact, so a story covered by fifty articles gives tens of findings, not thousands
MIN_OVERLAP = 0.3  # share of context words two date sentences must have in common to be one event
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
NOT_COMPARED = {"DURATION", "ORDINAL"}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+")
STOPWORDS = EVENT_STOP_WORDS


@dataclass(frozen=True)
class Fact:
    doc: int  # index of the document in the run
    claim: Claim
    entity: str  # canonical name, lower case (the key)
    name: str  # canonical name as written, for messages
    thing: str  # counted thing (count facts) or "" (date facts)
    value: float
    hedge: str
    words: frozenset[str]  # context words of the sentence (date facts)


def _sentence(text: str, pos: int) -> str:
    """The sentence around ``pos``, approximately: paragraph bounds, then sentence punctuation."""
    para_start = text.rfind("\n\n", 0, pos)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    start, end = para_start, para_end
    for m in _SENT_END.finditer(text, para_start, para_end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start() + 1
            break
    return text[start:end]


def _norm_thing(unit: str) -> str:
    unit = unit.lower().strip()
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") and not unit.endswith("ss") else unit


def facts(index: int, result: DocResult) -> list[Fact]:
    """Count facts (one per entity named in the sentence) and dated-event facts of one document.
    A key with two different values inside one article is ambiguous there and dropped."""
    text = result.document.text
    names: dict[tuple, list[Claim]] = {}
    for c in result.claims:
        if c.kind is Kind.NAME and c.label in NAME_LABELS:
            names.setdefault((c.attrs.para, c.attrs.sent), []).append(c)
    dates_in: dict[tuple, int] = {}
    for c in result.claims:
        if c.kind is Kind.DATE:
            where = (c.attrs.para, c.attrs.sent)
            dates_in[where] = dates_in.get(where, 0) + 1
    out: list[Fact] = []
    for c in result.claims:
        where = (c.attrs.para, c.attrs.sent)
        entities = sorted({str(n.value).lower(): str(n.value) for n in names.get(where, [])}.items())
        if not entities:
            continue
        if c.kind is Kind.QUANTITY and c.unit and c.label not in NOT_COMPARED and c.attrs.range is None \
                and not c.attrs.additive and isinstance(c.value, (int, float)):
            hedge = c.attrs.hedge or "exact"
            out.extend(Fact(index, c, e, name, _norm_thing(c.unit), float(c.value), hedge, frozenset()) for e, name in entities)
        elif c.kind is Kind.DATE and isinstance(c.value, str) and _ISO_DAY.match(c.value) and dates_in[where] == 1 \
                and not c.attrs.bound and c.attrs.range is None:
            name_words = {w.lower() for n in names.get(where, []) for w in _WORD.findall(n.text)}
            words = frozenset(w for w in (m.lower() for m in _WORD.findall(_sentence(text, c.start)))
                              if w not in STOPWORDS and w not in name_words)
            if words:
                day = date.fromisoformat(c.value).toordinal()
                out.extend(Fact(index, c, e, name, "", float(day), "exact", words) for e, name in entities)
    values: dict[tuple, set[float]] = {}
    for f in out:
        values.setdefault((f.entity, f.thing, f.claim.kind), set()).add(f.value)
    # Dates are not dropped this way: one article may date several events involving one entity.
    return [f for f in out if f.claim.kind is Kind.DATE or len(values[(f.entity, f.thing, f.claim.kind)]) == 1]


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pairs(results: list[DocResult]) -> list[tuple[Fact, Fact]]:
    """Candidate pairs of facts from two different articles, each fact paired with at most
    ``MAX_PARTNERS`` articles (the most disagreeing first), in a deterministic order."""
    all_facts = [f for i, r in enumerate(results) for f in facts(i, r)]
    by_key: dict[tuple, list[Fact]] = {}
    for f in all_facts:
        by_key.setdefault((f.claim.kind, f.entity, f.thing), []).append(f)
    chosen: dict[tuple, tuple[Fact, Fact]] = {}
    for key in sorted(by_key, key=lambda k: (k[0].value, k[1], k[2])):
        group = by_key[key]
        levels = _by_value(group)
        for a in group:
            seen_docs: set[int] = set()
            for b in _farthest_first(a, levels):
                if b.doc == a.doc or b.doc in seen_docs:
                    continue
                if a.claim.kind is not Kind.QUANTITY and _overlap(a.words, b.words) < MIN_OVERLAP:
                    continue
                seen_docs.add(b.doc)
                first, second = (a, b) if (a.doc, a.claim.start) < (b.doc, b.claim.start) else (b, a)
                ident = (first.doc, first.claim.id, second.doc, second.claim.id)
                chosen.setdefault(ident, (first, second))  # one pair per two claims, whatever the entity
                if len(seen_docs) >= MAX_PARTNERS:
                    break
    return [chosen[k] for k in sorted(chosen)]


def _by_value(group: list[Fact]) -> list[tuple[float, list[Fact]]]:
    """The facts of one key grouped by value, values ascending, each group in (document, position)
    order. A count fact needs only its first claim per document (one article gives one key one value,
    and a partner article is taken once) and only ``MAX_PARTNERS`` + 1 documents per value."""
    levels: dict[float, list[Fact]] = {}
    for f in sorted(group, key=lambda f: (f.value, f.doc, f.claim.start)):
        level = levels.setdefault(f.value, [])
        if f.claim.kind is Kind.QUANTITY and (level and level[-1].doc == f.doc or len(level) > MAX_PARTNERS):
            continue
        level.append(f)
    return sorted(levels.items())


def _farthest_first(a: Fact, levels: list[tuple[float, list[Fact]]]):
    """The facts of ``levels`` in order of (-|a - b|, document, position) without sorting them all:
    the distance to ``a`` falls from both ends of the values towards ``a``, so the two ends are
    walked inwards (a run with thousands of articles on one entity costs no more than partners are needed)."""
    lo, hi = 0, len(levels) - 1
    while lo <= hi:
        d_lo, d_hi = abs(a.value - levels[lo][0]), abs(a.value - levels[hi][0])
        if d_lo > d_hi:
            yield from levels[lo][1]
            lo += 1
        elif d_hi > d_lo:
            yield from levels[hi][1]
            hi -= 1
        else:  # two values the same distance away: one order for both, by document and position
            both = levels[lo][1] if lo == hi else levels[lo][1] + levels[hi][1]
            yield from sorted(both, key=lambda b: (b.doc, b.claim.start))
            lo, hi = lo + 1, hi - 1


def derive(results: list[DocResult]) -> tuple[list[Relation], list[tuple[Fact, Fact]]]:
    """Two relations per pair, one on each article: its own value stated, the other's computed."""
    relations: list[Relation] = []
    found = pairs(results)
    for a, b in found:
        for mine, theirs in ((a, b), (b, a)):
            doc, other = results[mine.doc].document, results[theirs.doc].document
            check = COUNT_CHECK if mine.claim.kind is Kind.QUANTITY else DATE_CHECK
            hedges = {mine.hedge, theirs.hedge}
            relations.append(Relation(
                id=f"{doc.id}/{check}/{mine.claim.id}/{other.id}/{theirs.claim.id}",
                doc_id=doc.id, check=check, claims=(mine.claim.id,), spans=(mine.claim.span,),
                stated=mine.value, computed=theirs.value,
                working=f"{other.id} says {theirs.claim.text!r}",
                hedge="bound" if "bound" in hedges else "approx" if "approx" in hedges else "exact"))
    return relations, found


def derive_relations(results: list[DocResult]) -> list[Relation]:
    """The catalogue's entry point: the relations of a run, two per pair of facts."""
    return derive(results)[0]


def _value_text(fact: Fact) -> str:
    if fact.claim.kind is Kind.DATE:
        return date.fromordinal(int(fact.value)).isoformat()
    return format_number(fact.value)


def _message(mine: Fact, theirs: Fact, other, status: Status) -> str:
    who = f"{other.title!r} [{other.id}]" if other.title else f"[{other.id}]"
    if mine.claim.kind is Kind.DATE:
        topic = f"the same event ({mine.name}; {', '.join(sorted(mine.words & theirs.words)[:4])})"
        days = int(abs(mine.value - theirs.value))
        if status is Status.PASS:
            return f"{topic}: dated {_value_text(mine)} here and in {who}"
        return (f"{topic}: this article dates it {_value_text(mine)} ({mine.claim.text!r}), {who} dates it "
                f"{_value_text(theirs)} ({theirs.claim.text!r}), {days} day{'s' if days != 1 else ''} apart")
    topic = f"{mine.name}, {mine.claim.unit}"
    if status is Status.PASS:
        return f"{topic}: {mine.claim.text!r} here agrees with {theirs.claim.text!r} in {who}"
    return (f"{topic}: this article says {_value_text(mine)} ({mine.claim.text!r}), {who} says "
            f"{_value_text(theirs)} ({theirs.claim.text!r}), a difference of {format_number(abs(mine.value - theirs.value))}")


def apply(results: list[DocResult], suite: Path) -> tuple[list[DocResult], list[dict]]:
    """Add cross-article findings to the documents (numbered after their own), decided by the GX
    ``suite``, and return the ``crossdoc`` report block: one entry per pair, linking the finding on each article."""
    from checks.validate import decide

    relations, found = derive(results)
    if not relations:
        return results, []
    findings, _ = decide(relations, {"crossdoc": suite})
    per_doc: dict[int, list[Finding]] = {i: list(r.findings) for i, r in enumerate(results)}
    links: list[dict] = []
    annotate = "annotations" in Finding.__dataclass_fields__
    for n, (a, b) in enumerate(found):
        sides = ((a, b, findings[2 * n]), (b, a, findings[2 * n + 1]))
        ids = {f.doc: f"f{len(per_doc[f.doc]) + 1}" for f in (a, b)}
        entries = {}
        for mine, theirs, _ in sides:
            doc = results[mine.doc].document
            entries[mine.doc] = {"id": doc.id, "finding": ids[mine.doc], "claims": [mine.claim.id], "url": doc.url,
                                 "title": doc.title, "value": _value_text(mine)}
        for mine, theirs, finding in sides:
            other = results[theirs.doc].document
            message = _message(mine, theirs, other, finding.status) if finding.status is not Status.SKIP else finding.message
            extra = {"annotations": {"related": [entries[theirs.doc]]}} if annotate else {}
            per_doc[mine.doc].append(replace(finding, id=ids[mine.doc], message=message, **extra))
        links.append({"check": findings[2 * n].check, "status": findings[2 * n].status.value, "entity": a.entity,
                      "thing": a.thing or None, "documents": [entries[a.doc], entries[b.doc]]})
    return [replace(r, findings=tuple(per_doc[i])) for i, r in enumerate(results)], links
