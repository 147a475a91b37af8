"""Weekday-date agreement: 'on Thursday, March 5, 2015' must be a Thursday; a weekday in the
lead must agree with the dateline (a wire story's 'on Monday' is the day of the report or a
day or two before it). A weekday that chose the publication year (``weekdays_that_decided``) is
never tested against it: it would agree by construction."""

from __future__ import annotations

import re
from datetime import date, timedelta

from checks.context import Context, full_date
from factlint.extract.dates import resolve
from factlint.extract.lexicon import MONTHS, WEEKDAY_NAMES
from factlint.inputs.published import find_dateline, weekdays_that_decided
from factlint.records import Claim, Document, Kind, Relation, merge_spans

DAYS = list(WEEKDAY_NAMES)
LEAD_DAYS_BACK = 3  # a lead's weekday is the report's day or up to three days before it
_WD = "|".join(WEEKDAY_NAMES)
_MON = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DAY = r"(?:(?:" + _MON + r")(?:\.\s*|\s+))?\d{1,2}\b(?!:)"  # 'Oct. 12', 'Oct.12'
# 'on last Tuesday and Wednesday, or on September 12 and 13': weekdays restated as dates, respectively
PAIRED = re.compile(r"\b(?P<wds>(?:" + _WD + r")(?:\s*,\s*(?:" + _WD + r"))*,?\s+and\s+(?:" + _WD + r"))\s*,?\s*(?:or|i\.e\.|that is)"
                    r"\s*,?\s+(?:on\s+)?(?P<dates>(?:" + _MON + r")(?:\.\s*|\s+)\d{1,2}\b(?:(?:\s*,\s*|,?\s+and\s+)" + _DAY + r")+)"
                    r"(?:,?\s+(?P<year>\d{4})\b)?")
# 'each Friday from October 6', 'on Saturdays and Sundays starting October 7': a recurring weekday
# from a start date, which is the first such day
RECURRING = re.compile(r"\b(?:each|every|on)\s+(?P<w1>" + _WD + r")s?(?:\s+(?:and|or|&)\s+(?P<w2>" + _WD + r")s?)?"
                       r"(?:\s+(?:morning|afternoon|evening|night)s?)?\s+(?:from|starting|beginning|as\s+of|effective)"
                       r"(?:\s+(?:on|from))?\s+(?=(?:" + _MON + r"))")


def year_source(c: Claim) -> str:
    """Where a date's year came from when the text writes none, for a finding's working."""
    if not c.attrs.year_from:
        return ""
    if c.attrs.year_from.startswith("publication date"):
        return " (year from the publication date)"
    return f" (year from {c.attrs.year_from})"


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """A weekday written with a date; weekdays in the lead against the publication date."""
    ctx = Context(doc, claims)
    decided = weekdays_that_decided(doc)
    out = []
    written = [*paired(ctx), *recurring(ctx)]
    bound = {i for r in written for i in r.claims}
    for r in [*with_date(ctx), *written, *lead_weekdays(ctx, bound)]:
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
        where = year_source(c)
        relations.append(Relation(
            id=ctx.relation_id("weekdays.date", c), doc_id=ctx.doc.id, check="weekdays.date", claims=(c.id,), spans=(c.span,),
            stated=float(DAYS.index(stated)), computed=float(d.weekday()), said=stated,
            working=f"{d:%B} {d.day}, {d.year} was a {actual}{where}",
            messages=(f"{d:%B} {d.day}, {d.year} was a {actual}{where}, as the text says",
                      f"{d:%B} {d.day}, {d.year} was a {actual}{where}, but the text says {stated}")))
    return relations


def _claim_at(ctx: Context, start: int, end: int) -> Claim | None:
    return next((c for c in ctx.claims if c.kind is Kind.DATE and c.start < end and start < c.end), None)


def paired(ctx: Context) -> list[Relation]:
    """'on Tuesday and Wednesday, or on September 12 and 13': each weekday against the date in its
    place. The dates' year is the one written, else the year the extractor gave the first date (from
    the publication date, never from these weekdays)."""
    text = ctx.doc.text
    relations = []
    for m in PAIRED.finditer(text):
        wds = [(w.group(0), w.span()) for w in re.finditer(_WD, text[:m.end("wds")]) if w.start() >= m.start("wds")]
        days = [(x.group("mon"), int(x.group("d")), x.span()) for x in
                re.finditer(r"(?:(?P<mon>" + _MON + r")(?:\.\s*|\s+))?(?P<d>\d{1,2})\b", text[:m.end("dates")]) if x.start() >= m.start("dates")]
        year, where, read_here = _year_of(ctx, m, days)
        if year is None or len(wds) != len(days) or len(wds) < 2:
            continue
        month, out = None, []
        for (wd, wspan), (mon, day, dspan) in zip(wds, days):
            month = MONTHS[mon.lower()] if mon else month
            try:
                d = date(year, month, day)
            except ValueError:
                out = []
                break
            weekday, on = _claim_at(ctx, *wspan), _claim_at(ctx, *dspan)
            involved = [x for x in (weekday, on) if x is not None]
            if not involved:
                out = []
                break
            actual = DAYS[d.weekday()]
            out.append(Relation(
                id=ctx.relation_id("weekdays.date", *involved) + f"@{dspan[0]}", doc_id=ctx.doc.id, check="weekdays.date",
                claims=tuple(dict.fromkeys(x.id for x in involved)), spans=merge_spans([wspan, dspan]),
                stated=float(DAYS.index(wd)), computed=float(d.weekday()), said=wd, hedge="weak" if read_here else "exact",
                working=f"{d:%B} {d.day}, {d.year} was a {actual}{where}, in the place of {wd}",
                messages=(f"'{wd}' is restated as {d:%B} {d.day}, {d.year}, a {actual}",
                          f"'{wd}' is restated as {d:%B} {d.day}, {d.year}, but that was a {actual}")))
        relations += out
    return relations


def _year_of(ctx: Context, m: re.Match, days: list) -> tuple[int | None, str, bool]:
    """The year of paired dates, a note on where it came from, and whether it was read here: written,
    else the extractor's year of the first date, else the first date read against the publication
    date here (the extractor did not split the coordination); never from the weekdays."""
    if m["year"]:
        return int(m["year"]), "", False
    first = _claim_at(ctx, *days[0][2]) if days else None
    if first is not None and full_date(first) is not None and first.end <= days[0][2][1] + 1:
        return full_date(first).year, year_source(first), False
    value = resolve(ctx.doc.text[days[0][2][0]:days[0][2][1]], ctx.published).value if days and ctx.published else None
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return int(value[:4]), " (year from the publication date)", True
    return None, "", False


def recurring(ctx: Context) -> list[Relation]:
    """'each Friday from October 6': the start date of a weekly event is its first day, so it falls
    on one of the weekdays named. A start date on another day may still be meant (the first event
    after it), so a mismatch warns."""
    relations = []
    for m in RECURRING.finditer(ctx.doc.text):
        on = next((c for c in ctx.claims if c.kind is Kind.DATE and c.start == m.end()), None)
        d = full_date(on) if on is not None else None
        if d is None:
            continue
        named = [m["w1"]] + ([m["w2"]] if m["w2"] else [])
        stated = DAYS[d.weekday()] if DAYS[d.weekday()] in named else named[0]
        weekday = _claim_at(ctx, *m.span("w1"))
        involved = ([weekday] if weekday is not None else []) + [on]
        actual = DAYS[d.weekday()]
        where = year_source(on)
        relations.append(Relation(
            id=ctx.relation_id("weekdays.date", *involved), doc_id=ctx.doc.id, check="weekdays.date",
            claims=tuple(dict.fromkeys(x.id for x in involved)), spans=merge_spans([m.span("w1"), on.span]),
            stated=float(DAYS.index(stated)), computed=float(d.weekday()), hedge="weak", said=" and ".join(named),
            working=f"{d:%B} {d.day}, {d.year} was a {actual}{where}",
            messages=(f"a weekly {' and '.join(named)} from {d:%B} {d.day}, {d.year}, a {actual}: it starts that day",
                      f"a weekly {' and '.join(named)} from {d:%B} {d.day}, {d.year}, but that was a {actual}; "
                      "check the day or the start date")))
    return relations


def lead_weekdays(ctx: Context, bound: set[str] = frozenset()) -> list[Relation]:
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
    off from the article's own or a planned event, never a wrong weekday. The same holds under a date
    line that names no place (a news wiki's 'May 2, 2011'), which a post may follow by days.

    After the lead, a weekday placed by a past-tense verb is read the same way, but one more than three
    days back is undecided, never a warning: on the tune part of the real news such weekdays past the
    lead were background ('died late Tuesday' in a Saturday story), not slips."""
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
        if c.kind is not Kind.DATE or c.start < lead_start or c.attrs.weekday_matches is not None or c.id in bound:
            continue
        if not c.attrs.anchored_to_publication or not c.attrs.weekday or c.attrs.tense == "future" or c.attrs.bound:
            continue
        later = c.start >= lead_end
        if later and c.attrs.event_tense != "past" and c.attrs.tense != "past":
            continue  # further on, only a weekday in a past-tense sentence (it can pass or be undecided, never warn)
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
        # too far back, when the report's day is not a wire dateline's ('PLACE, May 2 -'): a feed's date,
        # a news wiki's place-less date line (often posted days late), or a weekday after the lead (background)
        undecided = (m is None or not m["place"] or later) and back > LEAD_DAYS_BACK
        relations.append(Relation(
            id=ctx.relation_id("weekdays.dateline", *involved), doc_id=ctx.doc.id, check="weekdays.dateline",
            claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
            stated=float(back), computed=None if undecided else 0.0, tolerance=float(LEAD_DAYS_BACK), hedge="weak",
            said=c.attrs.weekday, working=source,
            skip_reason=(f"'{c.text}' after the lead would be {said_day:%B} {said_day.day}, {back} days earlier; past "
                         "the lead, such a weekday is as often background as a slip" if later else
                         f"'{c.text}' in the lead would be {said_day:%B} {said_day.day}, {back} days earlier; the date "
                         + ("comes from the feed, not the text, and a feed's date is wrong as often as the weekday "
                            "(check both)" if m is None else "line names no place: a post may come days after the event"))
            if undecided else None,
            messages=(f"{source}; '{c.text}' is {'that day' if back == 0 else f'{back} day(s) before'}",
                      f"{source}, so '{c.text}' {'after' if later else 'in'} the lead would be {said_day:%B} {said_day.day}, {back} days earlier; check the weekday")))
    return relations
