"""Weekday-date agreement: 'on Thursday, March 5, 2015' must be a Thursday; a weekday in the
lead must agree with the dateline (a wire story's 'on Monday' is the day of the report or a
day or two before it)."""

from __future__ import annotations

from checks.context import Context, full_date
from factlint.extract.lexicon import WEEKDAY_NAMES
from factlint.inputs.published import find_dateline
from factlint.records import Claim, Document, Kind, Relation

DAYS = list(WEEKDAY_NAMES)
LEAD_DAYS_BACK = 3  # a lead's weekday is the report's day or up to three days before it


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """A weekday written with a date; weekdays in the lead against the publication date."""
    ctx = Context(doc, claims)
    return [*with_date(ctx), *lead_weekdays(ctx)]


def with_date(ctx: Context) -> list[Relation]:
    relations = []
    for c in ctx.claims:
        d = full_date(c)
        stated = c.attrs.weekday if c.kind is Kind.DATE else None
        if d is None or not stated or c.attrs.weekday_matches is None:
            continue
        actual = DAYS[d.weekday()]
        where = " (year from the publication date)" if c.attrs.year_from else ""
        relations.append(Relation(
            id=ctx.relation_id("weekdays.date", c), doc_id=ctx.doc.id, check="weekdays.date", claims=(c.id,), spans=(c.span,),
            stated=float(DAYS.index(stated)), computed=float(d.weekday()), said=stated,
            working=f"{d:%B} {d.day}, {d.year} was a {actual}{where}",
            messages=(f"{d:%B} {d.day}, {d.year} was a {actual}{where}, as the text says",
                      f"{d:%B} {d.day}, {d.year} was a {actual}{where}, but the text says {stated}")))
    return relations


def lead_weekdays(ctx: Context) -> list[Relation]:
    """'told TASS on Monday' under 'BRUSSELS, October 18' (a Monday): pass. A lead weekday that
    would fall more than three days before the report is probably a slip: warn."""
    pub = ctx.published
    m = find_dateline(ctx.doc.text)
    if pub is None or m is None:
        return []
    lead_end = ctx.doc.text.find("\n\n", m.end())
    lead_end = len(ctx.doc.text) if lead_end < 0 else lead_end
    relations = []
    for c in ctx.claims:
        if c.kind is not Kind.DATE or not (m.start() <= c.start < lead_end) or c.attrs.weekday_matches is not None:
            continue
        if not c.attrs.anchored_to_publication or not c.attrs.weekday or c.attrs.tense == "future":
            continue
        d = full_date(c)
        if d is None:
            continue
        back = (pub - d).days
        relations.append(Relation(
            id=ctx.relation_id("weekdays.dateline", c), doc_id=ctx.doc.id, check="weekdays.dateline", claims=(c.id,), spans=(c.span,),
            stated=float(back), computed=0.0, tolerance=float(LEAD_DAYS_BACK), hedge="weak", said=c.attrs.weekday,
            working=f"the report is dated {DAYS[pub.weekday()]}, {pub:%B} {pub.day}, {pub.year}",
            messages=(f"the report is dated {DAYS[pub.weekday()]}, {pub:%B} {pub.day}, {pub.year}; "
                      f"'{c.text}' is {'that day' if back == 0 else f'{back} day(s) before'}",
                      f"the report is dated {DAYS[pub.weekday()]}, {pub:%B} {pub.day}, {pub.year}, so '{c.text}' in the lead "
                      f"would be {d:%B} {d.day}, {back} days earlier; check the weekday")))
    return relations
