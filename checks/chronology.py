"""Chronology: a past event (or the start of a 'since') is not dated after publication, and a
stated interval between two dates ('four days before', 'ten years later', '13 years ago')
matches the dates."""

from __future__ import annotations

import math
import re
from datetime import date

from checks.context import Context, date_parts, full_date, num
from factlint.extract.lexicon import EVENT_DATE_VERBS, HOLIDAY_NAMES, PROJECTION_PATTERNS, verb_stem
from factlint.records import Claim, Document, Kind, Relation, merge_spans

UNIT_DAYS = {"days": 1, "weeks": 7}
# Words that make a past-tense sentence about a later date (plans, hopes, schedules, calls).
PROJECTION = re.compile(r"\b(?:" + "|".join(PROJECTION_PATTERNS) + r")\b", re.I)
AFTER_WORD = re.compile(r"^\s*(?P<w>before|after|later|earlier|ago)\b", re.I)
PINNED_MIN_DAYS = 2  # a past event on a weekday-pinned date this many days after publication or more warns
HOLIDAY = re.compile(r"\b(?:" + "|".join(HOLIDAY_NAMES) + r")\b", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Dates after publication; intervals between dates."""
    ctx = Context(doc, claims)
    return [*after_publication(ctx), *offsets(ctx), *anniversaries(ctx)]


def after_publication(ctx: Context) -> list[Relation]:
    """'has chaired the board since 2029' in a 2027 article fails; a past-tense event dated after
    publication warns (tense detection is a parse, not a certainty)."""
    pub = ctx.published
    if pub is None:
        return []
    relations = []
    for c in ctx.claims:
        parts = date_parts(c.value) if c.kind is Kind.DATE else None
        # 'said on Friday, November 20' in a paper of November 18: no year written, but the weekday fits
        # the publication year's day only, so the day is after publication whatever year is assumed
        pinned = c.kind is Kind.DATE and c.attrs.year_from == "publication date" and c.attrs.weekday_matches is True
        if parts is None or c.attrs.year_from and not pinned or c.attrs.anchor or c.attrs.anchored_to_publication:
            continue
        if not re.search(r"\b\d{4}\b", c.text) and not pinned:
            continue  # 'next year', 'tomorrow': placed from the publication date itself, so after it by construction
        year, month, day = parts
        since = bool(re.search(r"\bsince\s+(?:\w+\s+)?$", ctx.before(c, 20))) or c.attrs.bound == "after" and "since" in ctx.before(c, 12)
        past = c.attrs.event_tense == "past" and not c.attrs.bound and not PROJECTION.search(ctx.sentence_text(c)) \
            and not re.match(r"^\s+(?:version|model|edition|season|budget|plan|target|deadline)\b", ctx.after(c, 15))
        if not (since or past):
            continue
        # Days from publication to the first day the date can mean (a year: its 1 January): > 0 only
        # when the whole period the text names lies after publication. GX decides on that measure.
        try:
            days_after = max(0, (date(year, month or 1, day or 1) - pub).days)
        except ValueError:
            continue  # not a calendar date
        if not days_after and not since:
            continue  # only contradictions and 'since' claims are worth a row
        if pinned and days_after < PINNED_MIN_DAYS:
            continue  # (a day after a dateline may be the same day in another time zone)
        relations.append(Relation(
            id=ctx.relation_id("chronology.after-publication", c), doc_id=ctx.doc.id, check="chronology.after-publication",
            claims=(c.id,), spans=(c.span,), stated=float(days_after), computed=0.0, hedge="exact" if since else "weak",
            working=f"published {pub.isoformat()}",
            messages=(f"'{c.text}' ({c.value}) is not after publication ({pub.isoformat()})",
                      f"'{c.text}' ({c.value}) is {'the start of something ongoing' if since else 'a past event'} dated after publication ({pub.isoformat()})")))
    return relations


def _diff(unit: str, a: Claim, b: Claim) -> float | None:
    """b - a in the unit, at the precision both dates carry."""
    pa, pb = date_parts(a.value), date_parts(b.value)
    if pa is None or pb is None:
        return None
    if unit in UNIT_DAYS:
        da, db = full_date(a), full_date(b)
        return None if da is None or db is None else (db - da).days / UNIT_DAYS[unit]
    if unit == "months":
        if pa[1] is None or pb[1] is None:
            return None
        return (pb[0] - pa[0]) * 12 + pb[1] - pa[1]
    if unit in ("years", "decades"):
        if pa[1] is not None and pb[1] is not None:
            # month-precise: November 2019 to March 2023 is 3.3 years, not 2023 - 2019 = 4
            return round(((pb[0] - pa[0]) * 12 + pb[1] - pa[1]) / 12, 2) / (10 if unit == "decades" else 1)
        return (pb[0] - pa[0]) / (10 if unit == "decades" else 1)
    return None


def _year_guessed(a: Claim, b: Claim) -> bool:
    """One date's year taken from the publication date ('December 25' in a story of 20 December) and
    the other's written as another year: which year the first means is a guess, not a contradiction."""
    pa, pb = date_parts(a.value), date_parts(b.value)
    return bool(pa and pb and pa[0] != pb[0] and bool(a.attrs.year_from) != bool(b.attrs.year_from))


def _whole(diff: float) -> tuple[float, float]:
    """The whole numbers of units around an interval: 3.3 years has three completed (what a text
    says: it passes) and a fourth begun (rounded up: a warning, never a fail)."""
    if float(diff).is_integer():
        return float(diff), float(diff)
    low = float(math.floor(diff))
    return low, low + 1


def offsets(ctx: Context) -> list[Relation]:
    """'on Monday, May 12, four days before Friday's launch'; 'in 1988, 26 years later';
    'in 2011, 15 years ago'; 'June 29 ... 11 days before Monday's publication'."""
    relations = []
    # a holiday without its year ('one day after the Christmas crash') names a season or an event as
    # often as a day, and its year is a guess: no interval is measured from it
    dates_ = [c for c in ctx.claims if c.kind is Kind.DATE and date_parts(c.value)
              and not (HOLIDAY.search(c.text) and not re.search(r"\d{4}", c.text))]
    for c in ctx.claims:
        if c.kind is Kind.DATE and (c.attrs.anchor or c.attrs.anchored_to_publication) \
                and c.attrs.offset_direction in ("later", "earlier", "after", "ago"):
            rel = _relative_claim(ctx, c, dates_) or _event_restated(ctx, c, dates_)
        elif c.kind is Kind.QUANTITY and c.label == "DURATION" and c.unit in ("days", "weeks", "months", "years"):
            rel = _duration_claim(ctx, c, dates_) or _after_clause(ctx, c, dates_) or _since_event(ctx, c, dates_)
        else:
            rel = None
        if rel is not None:
            relations.append(rel)
    return relations


def _relative_claim(ctx: Context, c: Claim, dates_: list[Claim]) -> Relation | None:
    """A relative date written as an apposition to an explicit one: 'in 1988, 26 years later'
    (1988 - the date before = 26); 'in 2011, 15 years ago' (publication - 2011 = 15)."""
    before = [d for d in dates_ if d.end <= c.start and d.id != c.id]
    after = [d for d in dates_ if d.start >= c.end and d.id != c.id]
    if c.attrs.offset_amount is None or re.match(r"\s*than\b", ctx.after(c, 8)):
        return None  # 'one year earlier than planned': set against a plan, not against the date before
    if before and re.fullmatch(r"\s*,\s*(?:(?:almost|nearly|about|some|just)\s+)?", ctx.between(before[-1], c)):
        target, earlier = before[-1], before[:-1]
    elif after and re.fullmatch(r"\s*,\s*(?:in|on)?\s*", ctx.between(c, after[0])):
        target, earlier = after[0], before  # "released nine months later, in March 2030"
    else:
        return None
    n, unit = c.attrs.offset_amount, c.attrs.offset_unit
    approx = c.attrs.approximate or c.attrs.bound is not None
    if c.attrs.offset_direction == "ago":
        if ctx.published is None:
            return None
        pub_claim = Claim("pub", Kind.DATE, "", 0, 0, ctx.published.isoformat())
        diff = _diff(unit, target, pub_claim)
        anchor_text = f"publication ({ctx.published.isoformat()})"
        involved = (target, c)
        year, month, _ = date_parts(target.value)
        if diff is not None and unit == "years" and month:
            diff = round((ctx.published - date(year, month, 1)).days / 365.25, 1)
    else:
        anchors = [d for d in earlier if _diff(unit, d, target) is not None and d.attrs.para == c.attrs.para]
        if not anchors:
            return None
        anchor = anchors[-1]
        if _year_guessed(anchor, target):
            return None
        diff = _diff(unit, anchor, target)
        if c.attrs.offset_direction == "earlier":
            diff = -diff if diff is not None else None
        anchor_text = f"'{anchor.text}' ({anchor.value})"
        involved = (anchor, target, c)
    if diff is None:
        return None
    low, high = _whole(diff)
    # completed units pass; 'ago' is also said rounded to the nearest ('13 years ago' for 12.8)
    tolerance = max(diff - low, 0.5 if low != high and c.attrs.offset_direction == "ago" else 0.0)
    return Relation(
        id=ctx.relation_id("chronology.offset", c), doc_id=ctx.doc.id, check="chronology.offset",
        claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
        stated=float(n), computed=float(diff), tolerance=tolerance, slack=max(0.0, high - diff - tolerance),
        hedge="approx" if approx or low != high else "exact", said=f"{num(n)} {unit}",
        working=f"from {anchor_text} to '{target.text}' ({target.value}) is {num(diff)} {unit}")


def _duration_claim(ctx: Context, c: Claim, dates_: list[Claim]) -> Relation | None:
    """'D1, four days before D2' / 'N days after D1' with both dates in the sentence."""
    m = AFTER_WORD.match(ctx.after(c, 12))
    if not m or c.attrs.role:
        return None  # a duration that is the object of 'for'/'to' is a term ('jailed for ten years'), not an interval
    word = m["w"].lower()
    s, e = ctx.sentence(c)
    before = [d for d in dates_ if s <= d.start and d.end <= c.start]
    after = [d for d in dates_ if c.end <= d.start < e]
    if word in ("before", "after") and before and after:
        first, second = before[-1], after[0]
        if word == "after":
            first, second = second, first  # "D2, N days after D1"
    elif word == "later" and before and not after:
        earlier = [d for d in dates_ if d.end <= before[-1].start and (_diff(c.unit, d, before[-1]) or 0) > 0]
        if not earlier:
            return None
        first, second = earlier[-1], before[-1]
        if not re.fullmatch(r"\s*,\s*", ctx.between(second, c)):
            return None
    else:
        return None
    if _year_guessed(first, second):
        return None
    diff = _diff(c.unit, first, second)
    if diff is None or diff < 0 and word != "after":
        return None
    low, high = _whole(abs(diff))
    whole = low == high
    return Relation(
        id=ctx.relation_id("chronology.offset", c), doc_id=ctx.doc.id, check="chronology.offset",
        claims=(first.id, second.id, c.id), spans=merge_spans([first.span, second.span, c.span]),
        stated=float(c.value), computed=abs(float(diff)), tolerance=abs(float(diff)) - low, slack=high - abs(float(diff)),
        hedge="approx" if c.attrs.hedge or not whole else "exact", said=f"{num(c.value)} {c.unit}",
        working=f"from '{first.text}' ({first.value}) to '{second.text}' ({second.value}) is {num(abs(diff))} {c.unit}"
                + ("" if whole else f" ({num(low)} whole {c.unit}, {num(high)} begun)"))


# 'the 60th anniversary of the strike in 1964': the ordinal and what it is of
ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b", re.I)
EVENT_PHRASE = re.compile(r"(?:\s+(?!and\b|but\b|while\b)[\w'’-]+){0,8}?\s+(?:in\s+)?")


def anniversaries(ctx: Context) -> list[Relation]:
    """'Crowds on Sunday marked the 60th anniversary of the strike in 1964': the year of the event (the one
    year written out in the phrase 'anniversary of' opens) and the ordinal give the year the anniversary
    falls in: the year of the one other date of the sentence ('2006 marks the ...'), else the
    publication year; a year not written out (the publication's, or 'on Saturday', 'next year' counted
    from it) places the anniversary only weakly (one may be still to come): pass or warn. The ordinal
    is not a claim: it is one of the relation's spans."""
    relations = []
    pub = ctx.published
    for m in ANNIVERSARY.finditer(ctx.doc.text):
        k = ctx.sentence_index(m.start())
        dated = [d for d in ctx.of_sentence(k, Kind.DATE) if date_parts(d.value)]
        # the event's year written inside the anniversary's own phrase ('of the uprising in 1973', 'of the 1975
        # accord'), not past a comma or an 'and' that opens another phrase ('... and capped the 1959 ...')
        events = [d for d in dated if d.start >= m.end() and _plain_year(d) is not None and d.text == d.value
                  and EVENT_PHRASE.fullmatch(ctx.doc.text[m.end():d.start])]
        falls = [d for d in dated if d.end <= m.start() or d.start >= m.end() and d not in events]
        if len(events) != 1 or len({date_parts(d.value)[0] for d in falls}) > 1 or (not falls and pub is None):
            continue
        event = events[0]
        if any(d.start > event.end for d in falls):
            continue  # (a date after the event's year may be the event's own day, not the anniversary's)
        n, year = int(m.group(1)), _plain_year(event)
        written = m.group(0)[:-3].strip()  # '60th anniversary', as the text writes it
        when = date_parts(falls[0].value)[0] if falls else pub.year
        involved = [event, *falls]
        relations.append(Relation(
            id=ctx.relation_id("chronology.offset", *involved), doc_id=ctx.doc.id, check="chronology.offset",
            claims=tuple(d.id for d in involved), spans=merge_spans([(m.start(1), m.end(1) + 2), *(d.span for d in involved)]),
            stated=float(n), computed=float(when - year), said=f"{n} years",
            working=f"from {year} to {when} is {when - year} years",
            hedge="exact" if falls and re.search(r"\d{4}", falls[0].text) else "weak",  # ('on Saturday': a year the publication gives)
            messages=(f"the {written} of an event in {year} falls in {year + n}, and the text gives {when}",
                      f"the {written} of an event in {year} falls in {year + n}, but the text gives {when}")))
    return relations


def _plain_year(c: Claim) -> int | None:
    """The year of a date written as a year alone, placed by no other date ('in 2001')."""
    if c.kind is not Kind.DATE or not isinstance(c.value, str) or not re.fullmatch(r"\d{4}", c.value) \
            or c.attrs.anchor or c.attrs.anchored_to_publication or c.attrs.year_from or c.attrs.range:
        return None
    return int(c.value)


def _event_restated(ctx: Context, c: Claim, dates_: list[Claim]) -> Relation | None:
    """'Work began in 1995 ... with the bridge opening six years later' against 'the bridge opened in
    2001' written elsewhere: the relative date's event (a verb of its clause) dated explicitly by the
    same verb. The interval is measured between the two written years (anchor to explicit date), so the
    stated N decides neither; the verb binds the two across sentences only weakly (pass or warn)."""
    if c.attrs.offset_unit != "years" or c.attrs.offset_direction not in ("later", "after", "earlier") \
            or c.attrs.offset_amount is None or not float(c.attrs.offset_amount).is_integer() or c.attrs.bound:
        return None
    s, _ = ctx.sentence(c)
    anchors = [d for d in dates_ if d.end <= c.start and _plain_year(d) is not None and d.value == (c.attrs.anchor or "")[:4]]
    if not anchors:
        return None
    anchor = anchors[-1]
    clause_start = max(s, anchor.end) if anchor.start >= s else s
    stems = {verb_stem(w) for w in re.findall(r"[a-z]+", ctx.doc.text[clause_start:c.start])}
    if anchor.attrs.verb:
        stems.discard(verb_stem(anchor.attrs.verb))  # the anchor's own event is not the one dated later
    targets = [d for d in dates_ if d.id not in (anchor.id, c.id) and _plain_year(d) is not None and d.attrs.verb
               and verb_stem(d.attrs.verb) in stems and not (clause_start <= d.start < c.end)]
    if not targets or len({d.value for d in targets}) != 1:
        return None
    target = targets[0]
    diff = int(target.value) - int(anchor.value)
    if c.attrs.offset_direction == "earlier":
        diff = -diff
    n = float(c.attrs.offset_amount)
    involved = (anchor, c, target)
    return Relation(
        id=ctx.relation_id("chronology.offset", c, target), doc_id=ctx.doc.id, check="chronology.offset",
        claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
        stated=n, computed=float(diff), hedge="weak", said=f"{num(n)} years",
        working=f"'{c.text}' counts from '{anchor.text}' ({anchor.value}); the same event ('{target.attrs.verb}') is "
                f"dated '{target.text}' ({target.value}): {num(diff)} years")


# 'in 1962, 30 years after| it first opened|': up to six words of the clause 'after' opens
AFTER_CLAUSE = re.compile(r"^\s+after\s+((?:[A-Za-z'’-]+\s+){0,5}[A-Za-z'’-]+)")


def _after_clause(ctx: Context, c: Claim, dates_: list[Claim]) -> Relation | None:
    """'It was closed in 1962, 30 years after it opened' against the date the same verb is given
    before ('opened in 1932'): the interval between the two written dates, set against the stated N
    (which decides neither). The clause's event is matched by its verb's stem, to the one date before
    that such a verb dates: in the same sentence exact (or approx), across sentences weak."""
    m = AFTER_CLAUSE.match(ctx.after(c, 60))
    if m is None or c.attrs.role or c.unit not in ("days", "weeks", "months", "years") or c.attrs.hedge == "bound":
        return None
    s, _ = ctx.sentence(c)
    second = next((d for d in reversed(dates_) if s <= d.start and d.end <= c.start), None)
    if second is None or not re.fullmatch(r"\s*,\s*(?:(?:almost|nearly|about|some|just)\s+)?", ctx.between(second, c)):
        return None
    stems = {verb_stem(w) for w in re.findall(r"[a-z]+", m.group(1))}
    if second.attrs.verb:
        stems.discard(verb_stem(second.attrs.verb))  # 'opened in 1962, 30 years after it opened': no interval
    firsts = [d for d in dates_ if d.end <= second.start and d.attrs.verb and verb_stem(d.attrs.verb) in stems
              and (_diff(c.unit, d, second) or 0) > 0]
    if not firsts or len({d.value for d in firsts}) != 1 or _year_guessed(firsts[-1], second):
        return None
    first = firsts[-1]
    diff = float(_diff(c.unit, first, second))
    low, high = _whole(diff)
    hedge = "weak" if ctx.sentence(first) != ctx.sentence(c) else "approx" if c.attrs.hedge or low != high else "exact"
    return Relation(
        id=ctx.relation_id("chronology.offset", c), doc_id=ctx.doc.id, check="chronology.offset",
        claims=(first.id, second.id, c.id), spans=merge_spans([first.span, second.span, c.span]),
        stated=float(c.value), computed=diff, tolerance=diff - low, slack=high - diff,
        hedge=hedge, said=f"{num(c.value)} {c.unit}",
        working=f"from '{first.text}' ({first.value}, '{first.attrs.verb}') to '{second.text}' ({second.value}) is "
                f"{num(diff)} {c.unit}" + ("" if low == high else f" ({num(low)} whole {c.unit}, {num(high)} begun)"))


SINCE_EVENT = re.compile(r"^\s+after\s+(?:its|the|their|his|her)\s+([a-z]+)\b", re.I)


def _since_event(ctx: Context, c: Claim, dates_: list[Claim]) -> Relation | None:
    """'Twenty years after its founding, the society ...' in a 2023 article against 'its founding in
    2003' (or 'founded in 2003') elsewhere: publication year less the event's year, one year either way
    of it by the day of the anniversary. Only where the duration's sentence dates nothing itself (its
    sentence is then about the time of writing); bound across sentences by the event's noun: weak."""
    m = SINCE_EVENT.match(ctx.after(c, 40))
    if ctx.published is None or c.unit != "years" or m is None or c.attrs.role or c.attrs.hedge == "bound" \
            or not float(c.value).is_integer():
        return None
    if any(re.search(r"\b\d{4}\b", d.text) for d in ctx.in_sentence(c, Kind.DATE)):
        return None
    noun = m.group(1).lower()
    events = [d for d in dates_ if _plain_year(d) is not None and not (ctx.sentence(d) == ctx.sentence(c))
              and (re.search(r"\b(?:its|the|their|his|her)\s+" + re.escape(noun) + r"\s+in\s+$", ctx.before(d, 40), re.I)
                   or EVENT_DATE_VERBS.get((d.attrs.verb or "").lower()) == noun)]
    if not events or len({d.value for d in events}) != 1:
        return None
    event = events[0]
    years = ctx.published.year - int(event.value)
    if years <= 0:
        return None
    involved = (c, event)
    return Relation(
        id=ctx.relation_id("chronology.offset", c, event), doc_id=ctx.doc.id, check="chronology.offset",
        claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
        stated=float(c.value), computed=years - 0.5, tolerance=0.5, hedge="weak", said=f"{num(c.value)} years",
        working=f"its {noun} in {event.value} to publication ({ctx.published.isoformat()}) is {years - 1} or {years} years")
