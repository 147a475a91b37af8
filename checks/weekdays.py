"""Weekday-date agreement: 'on Thursday, March 5, 2015' must be a Thursday; a weekday in the
lead must agree with the dateline (a wire story's 'on Monday' is the day of the report or a
day or two before it). A weekday that chose the publication year (``weekdays_that_decided``) is
never tested against it: it would agree by construction."""

from __future__ import annotations

from datetime import timedelta

from checks.context import Context, full_date
from factlint.extract.lexicon import WEEKDAY_NAMES
from factlint.inputs.published import find_dateline, weekdays_that_decided
from factlint.records import Claim, Document, Kind, Relation, merge_spans

DAYS = list(WEEKDAY_NAMES)
LEAD_DAYS_BACK = 3  # a lead's weekday is the report's day or up to three days before it


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """A weekday written with a date; weekdays in the lead against the publication date."""
    ctx = Context(doc, claims)
    decided = weekdays_that_decided(doc)
    out = []
    for r in [*with_date(ctx), *lead_weekdays(ctx)]:
        weekday = ctx.by_id[r.claims[0]]  # both rules list the weekday's claim first
        if not any(weekday.start < e and s < weekday.end for s, e in decided):
            out.append(r)
    return out


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
    would fall more than three days before the report is probably a slip: warn. The report's day is
    the dateline's own date when it is a claim (both sides are then in the text), else the
    publication date; a future weekday ('will meet on Friday') or a limit ('until Friday') says
    nothing about it, nor does 'last Friday' (a week back on purpose).

    Only a weekday placed by a finite past-tense verb ('the ministry said Tuesday') can warn; one
    placed otherwise ('Tuesday's vote', 'an anniversary on Saturday') can still pass. Without a
    dateline the lead is the first paragraph and the report's day is the publication date from
    metadata alone; feeds date a story by its filing day, often in another time zone, so a weekday
    one day after it says nothing, and a lead weekday too far before it is reported as undecided
    (``skip``), not as a warning: on the tune part of the real news, every such case was a feed date
    off from the article's own or a planned event, never a wrong weekday."""
    pub = ctx.published
    if pub is None:
        return []
    text = ctx.doc.text
    m = find_dateline(text)
    lead_start = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" -–—\n")) if m is not None \
        else len(text) - len(text.lstrip())  # the lead may open a paragraph of its own under the dateline
    lead_end = text.find("\n\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    dateline = next((c for c in ctx.claims if c.kind is Kind.DATE and m.start() <= c.start and c.end <= m.end()
                     and full_date(c) is not None and not c.attrs.weekday), None) if m is not None else None
    day = full_date(dateline) if dateline is not None else pub
    relations = []
    for c in ctx.claims:
        if c.kind is not Kind.DATE or not (lead_start <= c.start < lead_end) or c.attrs.weekday_matches is not None:
            continue
        if not c.attrs.anchored_to_publication or not c.attrs.weekday or c.attrs.tense == "future" or c.attrs.bound:
            continue
        d = full_date(c)
        if d is None or d > pub or (pub - d).days >= 7:
            continue  # resolved after publication (a coming day), or a week back on purpose ('last Friday')
        back = (day.weekday() - DAYS.index(c.attrs.weekday)) % 7
        if back > LEAD_DAYS_BACK and (c.attrs.event_tense != "past" or m is None and back == 6):
            continue  # no past event to place ('before an anniversary on Saturday'), or the day after a filing date
        said_day = day - timedelta(days=back)
        involved = [c] + ([dateline] if dateline is not None else [])
        source = f"the dateline gives {DAYS[day.weekday()]}, {day:%B} {day.day}, {day.year}" if dateline is not None \
            else f"the report is dated {DAYS[day.weekday()]}, {day:%B} {day.day}, {day.year}"
        undecided = m is None and back > LEAD_DAYS_BACK
        relations.append(Relation(
            id=ctx.relation_id("weekdays.dateline", *involved), doc_id=ctx.doc.id, check="weekdays.dateline",
            claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
            stated=float(back), computed=None if undecided else 0.0, tolerance=float(LEAD_DAYS_BACK), hedge="weak",
            said=c.attrs.weekday, working=source,
            skip_reason=f"'{c.text}' in the lead would be {said_day:%B} {said_day.day}, {back} days earlier; the date "
                        "comes from the feed, not the text, and a feed's date is wrong as often as the weekday "
                        "(check both)" if undecided else None,
            messages=(f"{source}; '{c.text}' is {'that day' if back == 0 else f'{back} day(s) before'}",
                      f"{source}, so '{c.text}' in the lead would be {said_day:%B} {said_day.day}, {back} days earlier; check the weekday")))
    return relations
