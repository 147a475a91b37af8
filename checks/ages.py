"""Ages: 'Ilse Varga, 58, who was born in 1968' in June 2026 is 57 or 58 (the birthday is not
known, so one year either way of publication year minus birth year is allowed)."""

from __future__ import annotations

import re

from checks.context import Context, num
from factlint.extract.lexicon import BIRTHDAY_WORDS
from factlint.records import Claim, Document, Kind, Relation, merge_spans

APPOSED_BEFORE = re.compile(r"[A-Z][\w'-]+\s*(?:,|\()\s*$")
BIRTHDAY_AFTER = re.compile(r"\s+(?:" + "|".join(BIRTHDAY_WORDS) + r")\b", re.I)
BORN = re.compile(r"\b(?:born|b\.)\s+(?:in\s+|on\s+)?(?:\w+\s+)?(?:\d{1,2},?\s+)?$", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """A stated age against a stated birth year of the same person and the publication date."""
    ctx = Context(doc, claims)
    if ctx.published is None:
        return []
    relations = []
    births = [c for c in claims if c.kind is Kind.DATE and isinstance(c.value, str) and re.match(r"^\d{4}", c.value)
              and (c.attrs.verb == "born" or BORN.search(ctx.before(c, 30)))]
    ages = [c for c in claims if c.kind is Kind.QUANTITY and (c.label == "AGE" or c.attrs.age or _apposed_age(ctx, c))
            and float(c.value).is_integer() and c.unit in (None, "year", "years")  # 'a 6-month-old' is no age in years
            and not BIRTHDAY_AFTER.match(doc.text, c.end)]  # 'his 80th birthday' may be any year's
    owners = {a.id: _owner(ctx, a) for a in ages}
    used: set[str] = set()
    for born in births:
        person = _person_named(ctx, born) or _person_before(ctx, born)
        if person is None:
            continue
        candidates = [a for a in ages if a.id not in used and owners[a.id] is not None and owners[a.id].value == person.value]
        if not candidates:
            continue
        age = min(candidates, key=lambda a: abs(a.start - born.start))
        used.add(age.id)
        year = int(born.value[:4])
        expected = ctx.published.year - year
        relations.append(Relation(
            id=ctx.relation_id("ages.birth-year", age, born), doc_id=ctx.doc.id, check="ages.birth-year",
            claims=(age.id, born.id) + ((person.id,) if person else ()),
            spans=merge_spans([age.span, born.span] + ([person.span] if person else [])),
            stated=float(age.value), computed=expected - 0.5, tolerance=0.5, said=num(age.value),
            working=f"born in {year}, so {expected - 1} or {expected} in {ctx.published.year}",
            messages=(f"{person.value if person else 'born'} in {year}: {expected - 1} or {expected} in {ctx.published:%B %Y}, and the text says {num(age.value)}",
                      f"{person.value if person else 'born'} in {year}: {expected - 1} or {expected} in {ctx.published:%B %Y}, but the text says {num(age.value)}")))
    return relations


def _apposed_age(ctx: Context, c: Claim) -> bool:
    """'Ferrante, 71, said': a bare whole number set off by commas right after a name is an age
    (whose it is, ``_owner`` decides: only a person named in the article has one)."""
    if c.label != "CARDINAL" or c.unit or c.attrs.noun or not 1 <= c.value <= 120 or c.attrs.numerals is None:
        return False
    return bool(APPOSED_BEFORE.search(ctx.before(c, 30))) and ctx.doc.text[c.end:c.end + 1] in (",", ")")


def _person_named(ctx: Context, c: Claim) -> Claim | None:
    """'... sentence Pellow, who was born in 1965': the surname right before the clause, matched
    to a person named anywhere in the article."""
    m = re.search(r"([A-Z][\w'-]+)\s*(?:,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+(?:was|is)\s+)?|\(\s*)(?:born|b\.)\s+(?:in\s+)?(?:\w+\s+)?$",
                  ctx.before(c, 60))
    if m is None and c.attrs.verb == "born":  # 'Kovac, born in Split on May 4, 1950,': the name before 'born'
        s, _ = ctx.sentence(c)
        m = re.search(r"([A-Z][\w'-]+)\s*,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+(?:was|is)\s+)?born\b", ctx.doc.text[s:c.start])
    if m is None and c.attrs.verb == "born":  # 'Born in Split on May 4, 1950, Kovac ...': the subject after it
        _, e = ctx.sentence(c)
        m = re.match(r"\s*,\s*([A-Z][\w'-]+)\s+(?!of\b|in\b)[a-z]", ctx.doc.text[c.end:e])
    return _person_by_surname(ctx, m.group(1)) if m else None


def _person_by_surname(ctx: Context, surname: str) -> Claim | None:
    """The first person named in the article whose canonical name ends with ``surname``."""
    return ctx.persons_by_surname.get(surname)


def _owner(ctx: Context, age: Claim) -> Claim | None:
    """Whose age: 'Ferrante, 26,' -> the person named Ferrante, even where NER missed the mention."""
    m = re.search(r"([A-Z][\w'-]+)\s*,\s*$", ctx.before(age, 40))
    return (_person_by_surname(ctx, m.group(1)) if m else None) or _person_before(ctx, age)


def _person_before(ctx: Context, c: Claim) -> Claim | None:
    """The person a sentence is about: the nearest PERSON name before the claim in its sentence,
    else the first PERSON of the sentence after it ('Born in 1977, Wolter ...')."""
    names = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label == "PERSON" or (n.label == "ORG" and " " not in n.text)]
    before = [n for n in names if n.end <= c.start]
    if before:
        return before[-1]
    after = [n for n in names if n.start >= c.end]
    return after[0] if after else None
