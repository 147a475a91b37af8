"""Restated facts: the same measure of the same thing stated twice must carry the same value.

Three kinds of fact, each bound through extraction's typed attributes, never a window of words:

- a count or an amount: the same counted noun, unit and label, the same verb as written (one event,
  one tense), the same owner ('the Velder Trust's 40 branches') or the same sole entity named in both
  sentences, and the same dates in both sentences (one period);
- the size of a named body ('the 120-member Harbour Council'), from the count that modifies its name;
- a person's age in apposition ('Mara Lindqvist, 52,'), matched on the person;
- the date of one event of one entity (a birth, a founding), read from the date's verb.

A number that is a part of a whole, a whole with parts, or an item of a coordination is never
related here: 'the first A of the N hostages' is not a second count of the N, and 'A passengers and
B crew' is not a second statement of 'all N passengers and crew'. Binding that falls short of that
(no entity named, a light verb such as 'had' or 'was') gives a ``weak`` relation, which can only
warn. Definite back-references ('the 21 wounded') belong to ``counts.agreement``; a pair of plain
counts bound alike here is left to this family there.
"""

from __future__ import annotations

import re
from datetime import date

from checks.context import Context, date_parts, hedge_of, rounding
from factlint.extract.lexicon import EVENT_DATE_VERBS, LIGHT_VERBS, singular
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHECK = "restated.value"
_MODIFIER = re.compile(r"[-\s]\s*([A-Za-z]+)\s+")  # '-member ' after the number of 'the 120-member Council'
_DESCRIPTOR = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}")  # '37-year-old| supermarket worker |Tom Brandt'
_AGED = re.compile(r"\b(?:aged|at the age of)\s+$", re.I)  # 'died aged 56', 'at the age of 56'
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """One relation per fact stated again in a later sentence: the later statement against the
    nearest earlier one with the same key. Facts are grouped by key, so the cost is linear."""
    ctx = Context(doc, claims)
    wholes = {c.attrs.part_of for c in claims if c.kind is Kind.QUANTITY} | \
             {c.attrs.conj_of for c in claims if c.kind is Kind.QUANTITY}
    last: dict[tuple, tuple[Claim, str | None, str]] = {}
    relations: list[Relation] = []
    for c in claims:
        fact = _count(ctx, c, wholes) or _size(ctx, c) or _age(ctx, c) or _event_date(ctx, c)
        if fact is None:
            continue
        key, owner, strength, thing = fact
        before = last.get(key)
        last[key] = (c, owner, strength)
        if before is None or ctx.sentence_index(before[0].start) == ctx.sentence_index(c.start):
            continue
        e, e_owner, e_strength = before
        if isinstance(owner, tuple):  # a count: (owner, the other figures of its noun in the sentence)
            (owner, others), (e_owner, e_others) = owner, e_owner
            if others and e_others and not others & e_others:
                continue
        if e_owner != owner and (e_owner is not None and owner is not None or _change(e) or _change(c)):
            continue  # two entities' figures; a change ('rose 5 percent') of an unnamed series may be another series'
        if e_owner is None and owner is None:
            continue  # nobody named on either side: whose figure it is is unknown
        strong = e_owner == owner is not None and e_strength == strength == "strong"
        relations.append(_relation(ctx, e, c, "strong" if strong else "weak", thing))
    return relations


def _change(c: Claim) -> bool:
    return c.kind is Kind.QUANTITY and c.attrs.direction is not None


def same_binding(a: Claim, b: Claim) -> bool:
    """Two quantities this family relates when they are bound alike (noun, verb, unit), whatever
    their owners: ``counts.agreement`` leaves such pairs of plain counts to it."""
    return (a.kind is b.kind is Kind.QUANTITY and a.attrs.noun is not None and a.attrs.verb is not None
            and (a.attrs.noun, a.attrs.verb, a.unit, a.label) == (b.attrs.noun, b.attrs.verb, b.unit, b.label))


def _count(ctx: Context, c: Claim, wholes: set) -> tuple[tuple, str | None, str, str] | None:
    a = c.attrs
    if c.kind is not Kind.QUANTITY or not isinstance(c.value, (int, float)) or isinstance(c.value, bool):
        return None
    if a.noun is None or a.verb is None or a.range or a.additive or a.age or c.label in ("AGE", "ORDINAL"):
        return None
    if a.part_of or a.conj_of or a.restates or c.id in wholes:
        return None  # a part, a whole with parts, an item of a list, a restatement in other units
    # an owner inside the figure itself is the unit's name ('Hong Kong dollars'), not whose figure it is
    owner = a.owner if a.owner and a.owner not in c.text else None
    entity, named = _entity(ctx, c, ENTITY_LABELS)
    if owner is None and (entity is None and named or c.unit == "percent"):
        return None  # several entities named, or a percent whose base the sentence's entity does not say
    # the period: the dates bound to the same verb ('paid ... in 2019'), not every date of the sentence
    period = tuple(sorted(str(d.value) for d in ctx.in_sentence(c, Kind.DATE) if d.attrs.verb == a.verb))
    # the other figures of the same noun (or of none) in the sentence ('won A seats of the N'): two
    # statements set against different ones are about different sets
    others = frozenset(float(x.value) for x in ctx.in_sentence(c, Kind.QUANTITY)
                       if x.id != c.id and x.attrs.noun in (a.noun, None) and x.label == c.label
                       and isinstance(x.value, (int, float)))
    key = ("count", a.noun, c.unit, c.label, a.verb, period)
    return key, (owner or entity, others), "weak" if a.verb in LIGHT_VERBS else "strong", \
        " ".join(x for x in (c.unit or a.noun, a.verb) if x)


def _size(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """'the 120-member Harbour Council': a count that modifies a named body is that body's size."""
    a = c.attrs
    if c.kind is not Kind.QUANTITY or a.noun is None or a.verb is not None or a.range or a.part_of or a.conj_of \
            or not isinstance(c.value, (int, float)):
        return None
    m = _MODIFIER.match(ctx.doc.text, c.end)
    if m is None or singular(m.group(1).lower()) != a.noun:
        return None
    body = next((n for n in ctx.in_sentence(c, Kind.NAME) if n.start == m.end() and n.label in ENTITY_LABELS), None)
    if body is None:
        return None
    return ("size", a.noun, str(body.value)), str(body.value), "strong", f"{a.noun}s of {body.value}"


def _entity(ctx: Context, c: Claim, labels: frozenset[str]) -> tuple[str | None, bool]:
    """The one entity the claim's sentence names (its canonical name), and whether it names any."""
    names = {str(n.value) for n in ctx.in_sentence(c, Kind.NAME) if n.label in labels}
    return (next(iter(names)) if len(names) == 1 else None), bool(names)


def _age(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """A person's age, bound in one of three ways: in apposition ('Mara Lindqvist, 52,' / 'Lindqvist
    (52)'), or as the age of a descriptor just before the name ('a 37-year-old harbour pilot Mara
    Lindqvist'): strong; after 'aged' / 'at the age of' in a sentence that names one person only: weak."""
    if c.kind is not Kind.QUANTITY or c.label != "AGE" or not isinstance(c.value, (int, float)):
        return None
    text = ctx.doc.text
    persons = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label == "PERSON"]
    person = next((n for n in persons if n.end <= c.start and text[n.end:c.start] in (", ", " (")), None)
    if person is not None and text[c.end:c.end + 1] in (",", ")", ".", ";"):
        return ("age", str(person.value)), str(person.value), "strong", f"age of {person.value}"
    if c.text.endswith("-old"):
        person = next((n for n in persons if n.start >= c.end and _DESCRIPTOR.fullmatch(text, c.end, n.start)), None)
        if person is not None:
            return ("age", str(person.value)), str(person.value), "strong", f"age of {person.value}"
    if _AGED.search(text, max(0, c.start - 20), c.start) and len({str(n.value) for n in persons}) == 1:
        person = persons[0]
        return ("age", str(person.value)), str(person.value), "weak", f"age of {person.value}"
    return None


def _event_date(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """The date of a birth or a founding, of the one entity the sentence names."""
    if c.kind is not Kind.DATE or not isinstance(c.value, str) or date_parts(c.value) is None:
        return None
    event = EVENT_DATE_VERBS.get(c.attrs.verb or "")
    if event is None or c.attrs.range or c.attrs.bound:
        return None
    # whose: the nearest person (a birth) or organisation (a founding) named before the date in its sentence
    labels = {"PERSON"} if event == "birth" else {"ORG"}
    names = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label in labels]
    before = [n for n in names if n.end <= c.start]
    if not before:
        return None
    entity = str(before[-1].value)
    strength = "strong" if len({str(n.value) for n in names}) == 1 else "weak"
    return ("date", event, entity), entity, strength, f"{event} of {entity}"


def _day_or_year(a: Claim, b: Claim) -> tuple[float, float, str]:
    """Two dates compared at the precision both give: days when both name a day, else years."""
    pa, pb = date_parts(a.value), date_parts(b.value)
    if pa[2] is not None and pb[2] is not None:
        try:
            return float(date(*pa).toordinal()), float(date(*pb).toordinal()), "days"
        except ValueError:
            pass
    return float(pa[0]), float(pb[0]), "years"


def _relation(ctx: Context, e: Claim, m: Claim, strength: str, thing: str) -> Relation:
    here, there = f"{e.text} ({ctx.paragraph(e)})", f"{m.text} ({ctx.paragraph(m)})"
    if e.kind is Kind.DATE:
        computed, stated, _ = _day_or_year(e, m)
        hedge, slack = "exact", 0.0
    else:
        computed, stated = float(e.value), float(m.value)
        hedge = hedge_of(e, m)
        slack = max(rounding(e), rounding(m)) if e.attrs.numerals is not None and m.attrs.numerals is not None else 0.0
    if strength == "weak" and hedge == "exact":
        hedge = "weak"
    return Relation(
        id=ctx.relation_id(CHECK, e, m), doc_id=ctx.doc.id, check=CHECK, claims=(e.id, m.id),
        spans=merge_spans([e.span, m.span]), stated=stated, computed=computed,
        working=f"{here} and {there}: {thing}", hedge=hedge, said=m.text, slack=slack, primary=m.id,
        messages=(f"{thing}: {here} and {there} agree", f"{thing}: {here} vs {there}"),
    )
