"""Date claims from spaCy DATE/TIME entities, resolved by ``factlint.extract.dates``; durations found
in those entities ("three years", "thirty minutes") become quantities instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

from spacy.tokens import Span

from factlint.extract import dates
from factlint.extract.lexicon import MONTH_RE, MONTHS, TIME_REFERENCE_NOUNS, TIME_REFERENCE_WORDS, WEEKDAY_RE
from factlint.extract.quantities import timex_duration
from factlint.extract.tense import local_tense
from factlint.extract.numbers import parse_amount
from factlint.records import Kind

DURATION = re.compile(
    r"^(?:(?:about|some|nearly|over|almost|around|just|only|more\s+than|less\s+than)\s+)?(?:the\s+)?(?:last\s+|past\s+|next\s+|first\s+)?"
    r"(?P<n>[\w.,]+(?:[\s-]+(?:and\s+a\s+half|[\w]+))?)[\s-]+(?P<unit>year|month|week|day|hour|minute|second|decade)s?(?:[\s-]+old)?$", re.I)
LEADING_BOUND = re.compile(r"^(?P<w>at\s+least|at\s+the\s+latest|no\s+later\s+than|as\s+early\s+as|by|until|till|before|after|since|from|through)\s+", re.I)
BOUND_OF = {"at least": "after", "as early as": "after", "after": "after", "since": "after", "from": "after",
            "by": "before", "until": "before", "till": "before", "before": "before", "no later than": "before",
            "at the latest": "before", "through": "before"}
RELATIVE_LATER = re.compile(r"^(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>later|earlier|before|after)$", re.I)
ANCHORED = re.compile(rf"(month|year|week|day|{WEEKDAY_RE}|{MONTH_RE}|\d{{4}}|christmas|new year|weekend|morning|afternoon|evening|tonight|today|yesterday|tomorrow|quarter)", re.I)
VAGUE = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:years|months|weeks|days|decades|centuries)$|annual|yearly|daily|weekly|monthly|several|few|many|recent|coming|past\s+(?:few|several)|^(?:a|one|the)\s+(?:year|month|week|day)$", re.I)


@dataclass
class Timeline:
    """The publication date, and the last resolved full date (anchor for 'two days later')."""

    published: date | None
    last: date | None = None  # the last full date mentioned
    last_year: int | None = None  # the year of the last date of any precision


def claims(sent: Span, offset: int, timeline: Timeline, ctx: dict, ents: list[Span] | None = None) -> Iterator[dict]:
    yield from _references(sent, offset, ctx)
    for item in _claims(sent, offset, timeline, ctx, ents):
        if item is not None and item["kind"] is Kind.QUANTITY and item.get("label") == "DURATION" and not item["attrs"].get("age"):
            value = timex_duration(item["value"], item.get("unit"))
            if value:
                item["attrs"].update(timex_type="DURATION", timex=value)
        yield item


def _references(sent: Span, offset: int, ctx: dict) -> Iterator[dict]:
    """'now', 'recently', 'the past': time expressions with no calendar value. A date claim with no
    value, its TimeML value (PRESENT_REF, PAST_REF, FUTURE_REF) in ``attrs.timex``."""
    for t in sent:
        low = t.lower_
        ref = TIME_REFERENCE_WORDS.get(low)
        first = t
        if ref is None and low in TIME_REFERENCE_NOUNS and t.i > sent.start and t.nbor(-1).lower_ == "the" \
                and (t.i + 1 >= sent.end or not t.nbor(1).is_alpha or t.nbor(1).pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")):
            ref, first = TIME_REFERENCE_NOUNS[low], t.nbor(-1)
        if ref is None or t.ent_type_ or (low == "now" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("that", "than")):
            continue
        yield {"kind": Kind.DATE, "start": offset + first.idx, "end": offset + t.idx + len(t.text), "value": None, "label": "DATE",
               "attrs": {**ctx, "timex_type": "DATE", "timex": ref}}


def _claims(sent: Span, offset: int, timeline: Timeline, ctx: dict, ents: list[Span] | None = None) -> Iterator[dict]:
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        span = _trim(ent)
        text = span.text
        if _BARE.match(text):
            yield _bare_number(span, offset, ctx)
            continue
        age_of = _AGE_OF.match(text)
        if age_of:  # 'at the age of 56': the number is an age, not a date
            yield {"kind": Kind.QUANTITY, "start": offset + span.start_char + age_of.start("n"),
                   "end": offset + span.start_char + age_of.end("n"), "value": float(age_of["n"]), "unit": "years",
                   "label": "AGE", "attrs": dict(ctx)}
            continue
        head, sep, tail = text.rpartition(", ")
        if sep and _duration(tail) is not None and dates.resolve(head, timeline.published).value is not None:
            # "Wednesday, November 16, three days (after the vote)": a date and a duration
            cut = span.start_char + len(head)
            date_span = span.doc.char_span(span.start_char, cut)
            tail_span = span.doc.char_span(cut + 2, span.end_char)
            if date_span is not None and tail_span is not None:
                item = _date(date_span, offset, timeline, ctx)
                if item is not None:
                    yield item
                n, unit, age = _duration(tail)
                yield {"kind": Kind.QUANTITY, "start": offset + tail_span.start_char, "end": offset + tail_span.end_char,
                       "value": n, "unit": unit, "label": "DURATION", "attrs": dict(ctx)}
                continue
        rng = _RANGE.match(text)
        if rng and all(dates.resolve(rng[k], timeline.published).value for k in ("a", "b")):
            # "2024 to 2027": two dates, linked like a quantity range
            items = []
            for k in ("a", "b"):
                part = span.doc.char_span(span.start_char + rng.start(k), span.start_char + rng.end(k))
                item = _date(part, offset, timeline, ctx) if part is not None else None
                if item is None:
                    break
                item["attrs"].update({"range": "from", "range_role": "start" if k == "a" else "end"})
                items.append(item)
            if len(items) == 2:
                yield from items
                continue
        duration = _duration(text)
        if duration is not None:
            n, unit, age = duration
            role = _term_preposition(span)
            yield {"kind": Kind.QUANTITY, "start": offset + span.start_char, "end": offset + span.end_char,
                   "value": n, "unit": unit, "label": "DURATION",
                   "attrs": {**ctx, **({"age": True} if age else {}), **({"role": role} if role else {})}}
            continue
        if ent.label_ == "TIME" and not _SPECIAL.match(text):
            continue  # clock times are neither dates nor quantities ("this morning" is a date)
        item = _date(span, offset, timeline, ctx)
        if item is not None:
            yield item


def _trim(ent: Span) -> Span:
    span = ent
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
        span = span[:-1]
    return span


_RANGE = re.compile(r"^(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:\bto\b|\band\b|\bthrough\b|-|–)\s*(?P<b>(?:\w+,?\s+)?\w+\s*\d*,?\s*\d{4}|\d{4}|\w+\s+\d{1,2})$", re.I)
_BARE = re.compile(r"^\d{1,3}$")
_AGE_OF = re.compile(r"^(?:the\s+)?age\s+of\s+(?P<n>\d{1,3})$", re.I)


def _bare_number(span: Span, offset: int, ctx: dict) -> dict | None:
    """spaCy tags the age in 'Margit Havel, 52, said' as a DATE; it is a quantity (an age)."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    is_age = before == "," and after in (",", ")") and span.start > 1 and (
        doc[span.start - 2].ent_type_ == "PERSON" or doc[span.start - 2].pos_ == "PROPN") or before.lower() == "aged"
    return {"kind": Kind.QUANTITY, "start": offset + span.start_char, "end": offset + span.end_char,
            "value": float(span.text), "unit": "years" if is_age else None, "label": "AGE" if is_age else "CARDINAL",
            "attrs": dict(ctx)}


def _duration(text: str):
    if text.lower().endswith(("ago", "later", "earlier")):
        return None
    m = DURATION.match(text)
    if not m:
        return None
    n = parse_amount(m["n"])
    if n is None:
        return None
    return n, m["unit"].lower() + "s", text.lower().endswith("old")


def _date(span: Span, offset: int, timeline: Timeline, ctx: dict) -> dict | None:
    text = span.text
    tense = local_tense(span)
    attrs: dict = {}
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in BOUND_OF and root.head.i == span.start - 1:
        # 'held until Saturday', 'by Friday morning': the preposition outside the entity sets a limit
        attrs["bound"] = BOUND_OF[root.head.lower_]
    # a limit in a present-tense clause ('can be held until Friday', 'must decide by Monday') lies ahead
    resolve_tense = "future" if attrs.get("bound") == "before" and tense == "present" else tense
    value = dates.resolve(text, timeline.published, resolve_tense)
    start_char, end_char = span.start_char, span.end_char
    if value.value is None and not value.attrs.get("invalid"):
        # "November 11, three days later": keep the part that is a date
        head, sep, _ = text.partition(",")
        if sep and dates.resolve(head, timeline.published, tense).value:
            value = dates.resolve(head, timeline.published, tense)
            end_char = start_char + len(head)
    if value.value is None and not value.attrs.get("invalid"):
        m = LEADING_BOUND.match(text)
        if m:
            rest = text[m.end():]
            bound = BOUND_OF[re.sub(r"\s+", " ", m["w"].lower())]
            # a limit in a present-tense clause ('can be held until Friday', 'must decide by Monday') lies ahead
            v2 = dates.resolve(rest, timeline.published, "future" if bound == "before" and tense == "present" else tense)
            if v2.value:
                value = v2
                attrs["bound"] = bound
    if value.value is None and not value.attrs.get("invalid"):
        rel = RELATIVE_LATER.match(text)
        anchor = timeline.last if rel and rel["unit"].lower() in ("day", "week") else (
            date(timeline.last_year, 1, 1) if timeline.last_year else None)
        if rel and anchor is not None:
            value = _relative(rel, anchor)
    if value.value is None and not value.attrs.get("invalid"):
        special = _special(text, timeline.published, tense)
        if special is not None:
            value = special
    if value.value is None and not value.attrs.get("invalid"):
        m = re.match(r"^(?:the\s+)?(?P<mod>end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+(?P<rest>.+)$", text, re.I)
        if m and dates.resolve(m["rest"], timeline.published, tense).value:
            value = dates.resolve(m["rest"], timeline.published, tense)
            attrs["modifier"] = m["mod"].lower()
    if value.value is None and not value.attrs.get("invalid") and (
            VAGUE.search(text) or not ANCHORED.search(text) or not re.search(r"\d|" + _NAMED, text, re.I)):
        return None  # "several years", "annual", "the fourth day": not a point in time we can place
    if value.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
        timeline.last = date.fromisoformat(value.value)
    if value.value and re.match(r"\d{4}", value.value):
        timeline.last_year = int(value.value[:4])
    verb = _verb_of(span)
    if verb:
        attrs["verb"] = verb
    return {"kind": Kind.DATE, "start": offset + start_char, "end": offset + end_char,
            "value": value.value, "label": "DATE", "attrs": {**ctx, **value.attrs, **attrs, "tense": tense}}


def _verb_of(span: Span) -> str | None:
    """The verb a date hangs on through its preposition ('born on May 4, 1950' -> 'born')."""
    tok = span.root
    for _ in range(3):
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "appos") or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lower_
    return None


def _term_preposition(span: Span) -> str | None:
    """'jailed for ten years', 'sentenced to five years': the preposition a duration is the object
    of, when it has one; such a duration is a term, not the interval between two dates."""
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    return prev.lower_ if prev.dep_ == "prep" and prev.pos_ == "ADP" else None


def _relative(m: re.Match, anchor: date) -> dates.DateValue:
    n = parse_amount(m["n"])
    if n is None:
        return dates.DateValue(None)
    sign = 1 if m["dir"].lower() in ("later", "after") else -1
    unit = m["unit"].lower()
    attrs = {"anchor": anchor.isoformat(), "offset_amount": n, "offset_unit": unit + "s", "offset_direction": m["dir"].lower()}
    if unit == "day":
        return dates.DateValue((anchor + timedelta(days=sign * int(n))).isoformat(), attrs)
    if unit == "week":
        return dates.DateValue((anchor + timedelta(weeks=sign * int(n))).isoformat(), attrs)
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + sign * int(n)
        return dates.DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", attrs)
    years = int(n) * (10 if unit == "decade" else 1)
    return dates.DateValue(f"{anchor.year + sign * years:04d}", attrs)


_NAMED = rf"{MONTH_RE}|{WEEKDAY_RE}|christmas|easter"
_SPECIAL = re.compile(r"^(?:the\s+)?(?:(?P<mod>end|beginning|start|middle|rest)\s+of\s+(?:the\s+)?)?(?P<what>month|year|week|weekend|previous\s+year|year\s+before|last\s+quarter|previous\s+quarter|this\s+quarter|current\s+quarter|christmas|new\s+year|this\s+morning|this\s+afternoon|this\s+evening|tonight|this\s+weekend|(?P<mon>" + MONTH_RE + r")\s+(?P<rel>next|last|this)\s+year|(?P<rel2>next|last)\s+(?P<mon2>" + MONTH_RE + r"))$", re.I)


def _special(text: str, pub: date | None, tense: str) -> dates.DateValue | None:
    if pub is None:
        return None
    m = _SPECIAL.match(text.strip())
    if not m:
        return None
    what = re.sub(r"\s+", " ", m["what"].lower())
    q = (pub.month - 1) // 3 + 1
    if m["mon"]:
        year = pub.year + {"next": 1, "last": -1, "this": 0}[m["rel"].lower()]
        return dates.DateValue(f"{year:04d}-{MONTHS[m['mon'].lower()]:02d}")
    if m["mon2"]:
        month = MONTHS[m["mon2"].lower()]
        year = pub.year + (1 if m["rel2"].lower() == "next" and month <= pub.month else 0) - (1 if m["rel2"].lower() == "last" and month >= pub.month else 0)
        return dates.DateValue(f"{year:04d}-{month:02d}")
    if what == "month":
        return dates.DateValue(f"{pub.year:04d}-{pub.month:02d}", {"modifier": m["mod"]} if m["mod"] else {})
    if what == "year":
        return dates.DateValue(f"{pub.year:04d}", {"modifier": m["mod"]} if m["mod"] else {})
    if what in ("previous year", "year before"):
        return dates.DateValue(f"{pub.year - 1:04d}")
    if what in ("last quarter", "previous quarter"):
        year, quarter = (pub.year, q - 1) if q > 1 else (pub.year - 1, 4)
        return dates.DateValue(f"{year:04d}-Q{quarter}")
    if what in ("this quarter", "current quarter"):
        return dates.DateValue(f"{pub.year:04d}-Q{q}")
    if what in ("week",):
        iso = pub.isocalendar()
        return dates.DateValue(f"{iso.year:04d}-W{iso.week:02d}")
    if what in ("weekend", "this weekend"):
        iso = (pub - timedelta(days=7) if tense == "past" and pub.weekday() < 5 else pub).isocalendar()
        return dates.DateValue(f"{iso.year:04d}-W{iso.week:02d}-WE")
    if what == "christmas":
        year = pub.year if (tense != "past" or pub >= date(pub.year, 12, 25)) else pub.year - 1
        return dates.DateValue(f"{year:04d}-12-25")
    if what == "new year":
        year = pub.year + 1 if tense != "past" and pub.month > 1 else pub.year
        return dates.DateValue(f"{year:04d}-01-01")
    if what in ("this morning", "this afternoon", "this evening", "tonight"):
        return dates.DateValue(pub.isoformat())
    return None
