"""Date claims from spaCy DATE/TIME entities, resolved by ``factlint.extract.dates``; durations found
in those entities ("three years", "thirty minutes") become quantities instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

from spacy.tokens import Span

from factlint.extract import dates
from factlint.extract.lexicon import (APPROX_WORDS, HALF_YEAR_CONTEXT_WORDS, CENTURY_NOW_PHRASES, SET_ADJECTIVES, PROJECTION_PATTERNS, BOUND_PHRASES, TIME_REFERENCE_AHEAD_WORDS, DATE_FOCUS_WORDS, CLOCK_ZONE_WORDS, REPORTING_PRESENT, BOUND_WORDS, COMPARISON_PREPOSITIONS, DEFER_VERBS, DURATION_FILLERS, FREQUENCY_WORDS, LENGTH_CONTINUATIONS, NOT_RATE_AFTER, RATE_PERIODS, VAGUE_COUNT_WORDS, NUMBER_LABEL_NOUNS, NUMBER_PART, SCHEDULE_WORDS, MONTH_RE, MONTHS, PARTS_OF_DAY, RISE_WORDS, SEASONS, FALL_WORDS, SET_WORDS, TIME_REFERENCE_ADJECTIVES, TIME_REFERENCE_NOUNS,
                                     TIME_EXPRESSION_WORDS, TIME_REFERENCE_PHRASES, TIME_REFERENCE_WORDS, TIME_UNIT_CODES, WEEKDAY_EITHER_HEADS, WEEKDAY_RE, WEEKDAYS)
from factlint.extract.quantities import bare_age, timex_duration
from factlint.extract.tense import event_tense, local_tense, without_own_tense
from factlint.extract.numbers import parse_amount
from factlint.records import Kind

DURATION_HEDGE = re.compile(
    r"^(?:(?:about|some|nearly|over|almost|around|just|only|roughly|approximately|barely|well|another|more\s+than|less\s+than|fewer\s+than"
    r"|up\s+to|no\s+more\s+than|at\s+least|close\s+to|under)\s+)+", re.I)
DURATION = re.compile(
    r"^(?:the\s+)?(?:an?\s+(?=[\w.,]+[\s-]+(?:year|month|week|day|hour|minute|second|decade)))?"
    r"(?:last\s+|past\s+|next\s+|first\s+)?(?P<n>[\w.,]+(?:[\s-]+(?:and\s+a\s+half|[\w]+))?)(?:\s+of)?"
    r"[\s-]+(?P<unit>year|month|week|day|hour|minute|second|decade)s?(?:[\s-]+old)?$", re.I)
_AND_A_HALF = re.compile(r"(?<=[a-z])\s+and\s+a\s+half$", re.I)
_FILLER = re.compile(r"\b(?:" + "|".join(sorted(DURATION_FILLERS)) + r")\s+", re.I)
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
    year_sent: int = -99  # the sentence it was named in
    last_month: str | None = None  # the month of the last date of month precision or finer ('1989-03')
    last_quarter: str | None = None  # the last quarter named ('1989-Q3'): what 'the quarter' refers back to
    quarter_sent: int = -99  # the sentence it was named in
    month_sent: int = -99  # the sentence the last month was named in


def claims(sent: Span, offset: int, timeline: Timeline, ctx: dict, ents: list[Span] | None = None) -> Iterator[dict]:
    yield from _references(sent, offset, ctx)
    found = [*_claims(sent, offset, timeline, ctx, ents), *_rates(sent, offset, ctx), *_bare_years(sent, offset, timeline, ctx), *_untagged(sent, offset, timeline, ctx),
             *_zone_clocks(sent, offset, timeline, ctx)]
    _link_year_ranges(sent, offset, found)
    _share_years(sent, offset, found)
    for item in found:
        if item is not None and item["kind"] is Kind.QUANTITY and item.get("label") == "DURATION" and not item["attrs"].get("age"):
            value = timex_duration(item["value"], item.get("unit"))
            if value and value.endswith("DE"):  # TimeML writes decades in years: 'two decades' -> P20Y
                value = f"P{float(value[1:-2]) * 10:g}Y"
            if value and "timex" not in item["attrs"]:  # ('in five years' ahead: a date)
                item["attrs"].update(timex_type="DURATION", timex=value)
        yield item


_YEAR_RANGE_GAP = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", re.I)


def _link_year_ranges(sent: Span, offset: int, found: list) -> None:
    """'from 2026 to 2028', 'between 2030 and 2032' when the model tagged each year on its own: the two
    years are the ends of one range (``range`` / ``range_role``), not a lower and an upper limit."""
    years = sorted((c for c in found if c is not None and c["kind"] is Kind.DATE and re.fullmatch(r"\d{4}", str(c["value"] or ""))
                    and not c["attrs"].get("range")), key=lambda c: c["start"])
    if len(years) < 2:
        return
    # the sentence's own text: Doc.text joins every token of the paragraph on each call
    text, base = sent.text, offset + sent.start_char - (sent.doc[0].idx if len(sent.doc) else 0)
    for a, b in zip(years, years[1:]):
        gap = text[a["end"] - base:b["start"] - base]
        before = text[max(0, a["start"] - base - 8):a["start"] - base].lower().split()
        opener = before[-1] if before else ""
        if not _YEAR_RANGE_GAP.fullmatch(gap) or opener not in ("from", "between") or int(b["value"]) <= int(a["value"]) \
                or (opener == "between") != (gap.strip().lower() == "and"):
            continue
        for c, role in ((a, "start"), (b, "end")):
            c["attrs"].pop("bound", None)
            c["attrs"].update(range="from", range_role=role)  # (as the other year ranges are written)


_SHARED_YEAR_GAP = re.compile(r"\s*(?:(?P<range>to|through|until|till|-|–)|,?\s*(?:and|or))\s*", re.I)
_INFERRED_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _share_years(sent: Span, offset: int, found: list) -> None:
    """'from March 4 to March 9, 1987', 'on June 3 and July 9 last year': dates joined by a
    range word or a coordination share the year the last of them gives; the first took the publication
    date's year only because it writes none. Across a range the first end may lie in the year before
    ('from December 20 to January 5, 1992'); across 'and' only the same year is read."""
    days = sorted((c for c in found if c is not None and c["kind"] is Kind.DATE and isinstance(c["value"], str)
                   and _INFERRED_DAY.fullmatch(c["value"])), key=lambda c: c["start"])
    if len(days) < 2:
        return
    text, base = sent.text, offset + sent.start_char - (sent.doc[0].idx if len(sent.doc) else 0)
    for a, b in zip(reversed(days[:-1]), reversed(days[1:])):  # last to first: 'A, B and C, 1991'
        gap = _SHARED_YEAR_GAP.fullmatch(text[a["end"] - base:b["start"] - base])
        if gap is not None and gap["range"] and "year_from" in a["attrs"] and "year_from" in b["attrs"]:
            _order_range(a, b)  # 'from March to May': neither end writes a year
            continue
        if gap is None or "year_from" not in a["attrs"] or "year_from" in b["attrs"] or a["attrs"].get("bound"):
            continue
        ya, ma, da = _INFERRED_DAY.fullmatch(a["value"]).groups()
        yb, mb, db = _INFERRED_DAY.fullmatch(b["value"]).groups()
        if (da is None) != (db is None):
            continue
        year = int(yb) if (ma, da or "") <= (mb, db or "") else int(yb) - 1 if gap["range"] else None
        if year is None or year == int(ya):
            continue
        old = a["value"]
        a["value"] = f"{year:04d}" + old[4:]
        if a["attrs"].get("timex") == old:
            a["attrs"]["timex"] = a["value"]
        a["attrs"]["year_from"] = "the date it is joined to"


_ZONE_CLOCK = re.compile(r"(?<![(\d])\b(?P<h>[01]\d|2[0-3])(?P<colon>:)?(?P<m>[0-5]\d)\s+(?:GMT|UTC)\b"
                         r"|(?<![(\d])\b(?P<h2>[01]?\d|2[0-3])(?P<colon2>:)(?P<m2>[0-5]\d)(?=\s+local\s+time\b)")  # '14:30 local time'


def _zone_clocks(sent: Span, offset: int, timeline: Timeline, ctx: dict) -> Iterator[dict]:
    """'at 0600 GMT on Friday': a clock time in military notation that the model reads as a number.
    Not '(0735 GMT)' in brackets after a local time, which restates that time in another zone."""
    text = sent.text  # (a Span's text is joined from its tokens on every call)
    if "GMT" not in text and "UTC" not in text and "local time" not in text:
        return
    for m in _ZONE_CLOCK.finditer(text):
        span = sent.char_span(m.start(), m.end())
        if span is None or len(span) != (1 if m["h2"] else 2) \
                or span[0].ent_type_ not in ("", "CARDINAL", "DATE", "TIME", "QUANTITY", "PRODUCT", "ORG"):
            continue  # (a tagged four-digit 'year' before the zone is skipped by _claims, and read here)
        if (m["colon"] or m["colon2"]) and span[0].ent_type_ in ("DATE", "TIME"):
            continue  # '06:15 GMT' the model tagged as a time: read by _claims
        after = _date_after(span)
        dv = dates.resolve(after, timeline.published, local_tense(span)) if after else None
        day = dv.value if dv is not None and dv.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dv.value) else (
            timeline.published.isoformat() if timeline.published else "XXXX-XX-XX")
        yield _time_claim(span.start_char, span.end_char, offset, f"{day}T{int(m['h'] or m['h2']):02d}:{m['m'] or m['m2']}", ctx, local_tense(span))


def _references(sent: Span, offset: int, ctx: dict) -> Iterator[dict]:
    """'now', 'recently', 'the past': time expressions with no calendar value. A date claim with no
    value, its TimeML value (PRESENT_REF, PAST_REF, FUTURE_REF) in ``attrs.timex``."""
    text = sent.text
    # one regex over the sentence; only the words it finds become Tokens (a Token per word of every
    # sentence cost more than the rest of this module)
    for word in _REFERENCE_WORD.finditer(text):
        found = sent.char_span(word.start(), word.end())
        if found is None or len(found) != 1:
            continue
        t = found[0]
        low = t.lower_
        ref = TIME_REFERENCE_WORDS.get(low)
        first = t
        if ref is None and low in TIME_REFERENCE_NOUNS and t.i > sent.start and t.nbor(-1).lower_ == "the" \
                and (t.i + 1 >= sent.end or not t.nbor(1).is_alpha or t.nbor(1).pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") and t.nbor(1).lower_ != "of"):
            ref, first = TIME_REFERENCE_NOUNS[low], t.nbor(-1)
        ttype = "DATE"
        if ref is None and low in TIME_REFERENCE_ADJECTIVES and t.dep_ == "amod" and t.head.pos_ == "NOUN" \
                and t.head.lemma_.lower() not in TIME_UNIT_CODES:
            ref = TIME_REFERENCE_ADJECTIVES[low]  # 'the current slump'; 'recent weeks' is an expression of its own
        if ref is None and low in TIME_REFERENCE_AHEAD_WORDS and _ahead(t):
            ref = TIME_REFERENCE_AHEAD_WORDS[low]  # 'will soon close'
        if ref is None and low in SET_WORDS and (t.pos_ == "ADV" and t.head.pos_ in ("VERB", "AUX") or low in SET_ADJECTIVES and t.dep_ == "amod"):
            ref, ttype = SET_WORDS[low], "SET"  # 'published daily'
        if ref is None or t.ent_type_ or (low == "now" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("that", "than")):
            continue
        yield {"kind": Kind.DATE, "start": offset + first.idx, "end": offset + t.idx + len(t.text), "value": None, "label": "DATE",
               "attrs": {**ctx, "timex_type": ttype, "timex": ref}}
    for m in _VAGUE_LENGTH.finditer(text):  # 'for several months' the model left untagged (or called a count)
        if not _in_entity(sent, m.start(), m.end(), allow=("CARDINAL",)):
            yield {"kind": Kind.DATE, "start": offset + sent.start_char + (m.start("x") if m["x"] else m.start("u")), "end": offset + sent.start_char + m.end(),
                   "value": None, "label": "DATE", "attrs": {**ctx, "timex_type": "DURATION", "timex": _period(m["u"].lower())}}
    for m in _UNIT_LONG.finditer(text):  # 'a year-long inquiry', 'the weeklong festival': the model leaves them untagged
        covered = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        unit = m["u"].lower()
        # (or tags the unit alone, 'decade | -long', which reads as no date of its own)
        if covered is not None and not any(t.ent_type_ and not (t.ent_type_ == "DATE" and t.lower_ == unit) for t in covered):
            yield {"kind": Kind.DATE, "start": offset + sent.start_char + m.start(), "end": offset + sent.start_char + m.end(),
                   "value": None, "label": "DATE", "attrs": {**ctx, "timex_type": "DURATION",
                                                             "timex": "P100Y" if unit == "century" else _period(unit, "1")}}
    for m in _REF_PHRASE.finditer(text):
        if not _in_entity(sent, m.start(), m.end()):
            yield {"kind": Kind.DATE, "start": offset + sent.start_char + m.start(), "end": offset + sent.start_char + m.end(),
                   "value": None, "label": "DATE",
                   "attrs": {**ctx, "timex_type": "DATE", "timex": TIME_REFERENCE_PHRASES[re.sub(r"\s+", " ", m[0].lower())]}}


def _ahead(tok) -> bool:
    """'soon' in a clause about what is still to come: a future verb ('will soon close'), or a
    to-infinitive it modifies ('expects sales to soon recover'). Not 'as soon as', which joins two events."""
    if tok.i > tok.sent.start and tok.nbor(-1).lower_ == "as" or tok.i + 1 < tok.sent.end and tok.nbor(1).lower_ in ("as", "after", "afterward", "afterwards"):
        return False
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return local_tense(tok.doc[tok.i:tok.i + 1]) == "future"


_RATE = re.compile(rf"^(?:(?:{'|'.join(sorted(FREQUENCY_WORDS))}|[\w.,-]+\s+times)\s+)?(?:a|an|per)\s+(?:{'|'.join(sorted(RATE_PERIODS))})$", re.I)


def _rate_at(doc, k: int, first: int) -> bool:
    """Whether 'a'/'per' at token ``k``, before a unit of time, makes a rate of what comes before it:
    '$5 million a year', '50,000 barrels a day', '20 cents per share a year', 'twice a week'. Not
    'a day after the vote', 'a year ago', 'for a month'."""
    if k + 1 >= len(doc) or doc[k].lower_ not in ("a", "an", "per") or doc[k + 1].lower_ not in RATE_PERIODS:
        return False
    after = doc[k + 2] if k + 2 < len(doc) else None
    if after is not None and (after.lower_ in NOT_RATE_AFTER or after.tag_ == "POS" or after.text in ("-", "'s")):
        return False
    if after is not None and after.lower_ in ("and", "or") and k + 3 < len(doc) and (doc[k + 3].like_num or doc[k + 3].lower_ in LENGTH_CONTINUATIONS):
        return False  # 'a year and a half', 'a day or two'
    j = k - 1
    while j >= first and k - j <= 4:
        t = doc[j]
        if t.lower_ in FREQUENCY_WORDS or t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or t.text == "%":
            return True
        if t.lower_ == "of" and j - 1 >= first and (doc[j - 1].like_num or doc[j - 1].ent_type_ == "CARDINAL"):
            return True  # 'hundreds of calls | a day', 'dozens of flights | a week': a count before its noun
        if not (t.pos_ == "NOUN" or t.lower_ in ("per", "a", "an")):
            return False
        j -= 1  # past the counted noun: '50,000 barrels | a day', '20 cents per share | a year'
    return False


def _rate_claim(span: Span, offset: int, ctx: dict) -> dict:
    """A rate's period as a repetition (TimeML SET, 'a year' -> 'P1Y'), with no date of its own."""
    return _set_claim(span, offset, ctx, _period(span[-1].lower_, "1"))


def _set_claim(span: Span, offset: int, ctx: dict, timex: str) -> dict:
    return {"kind": Kind.DATE, "start": offset + span.start_char, "end": offset + span.end_char, "value": None, "label": "DATE",
            "attrs": {**ctx, "timex_type": "SET", "timex": timex}}


_EVERY = re.compile(r"\b(?:every|each)\s+(?:(?P<n>[\w-]+)\s+)?(?P<u>" + "|".join([*TIME_UNIT_CODES, *PARTS_OF_DAY, *SEASONS])
                    + r")(?P<s>s)?\b", re.I)


def _repetition(text: str) -> str | None:
    """TimeML value of 'every'/'each' and a unit, a part of the day or a season: 'every spring'
    ('XXXX-SP'), 'each night' ('XXXX-XX-XXTNI'), 'every other week' ('P2W'), 'every few years' ('PXY')."""
    m = _EVERY.fullmatch(text.strip())
    if m is None:
        return None
    n, unit, plural = (m["n"] or "").lower(), m["u"].lower(), bool(m["s"])
    if unit in TIME_UNIT_CODES:
        if unit == "second" and not n or not n and plural:
            return None  # 'every second counts'
        count = "1" if not n else "2" if n == "other" else "X" if n in VAGUE_COUNT_WORDS else (
            f"{parse_amount(n):g}" if parse_amount(n) else None)
        if count is None or plural != (count not in ("1", "2") or count == "2" and n != "other"):
            return None  # 'every year', 'every other year', 'every two years', not 'every years'
        return _period(unit, count)
    if n or plural or unit in ("tonight", "overnight"):
        return None
    return f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}" if unit in PARTS_OF_DAY else f"XXXX-{SEASONS[unit]}"


def _rates(sent: Span, offset: int, ctx: dict) -> Iterator[dict]:
    """Rates and repetitions the model left out of every entity: '$40 a day', '3% a year', 'three
    times a week', 'every spring', 'every other day'."""
    doc = sent.doc
    for m in _EVERY.finditer(sent.text):
        found = sent.char_span(m.start(), m.end())
        value = _repetition(m[0]) if found is not None and not any(t.ent_type_ for t in found) else None
        if value is not None:
            yield _set_claim(found, offset, ctx, value)
    for k in range(sent.start, sent.end - 1):
        t, unit = doc[k], doc[k + 1]
        if unit.ent_type_ in ("DATE", "TIME") or unit.lower_ not in RATE_PERIODS or not _rate_at(doc, k, sent.start):
            continue
        start = k
        if k - 1 >= sent.start and doc[k - 1].lower_ in FREQUENCY_WORDS and doc[k - 1].ent_type_ not in ("DATE", "TIME"):
            start = k - 1 if doc[k - 1].lower_ != "times" or k - 2 < sent.start else k - 2  # 'twice a week', 'three times a day'
        yield _rate_claim(doc[start:k + 2], offset, ctx)


_YEAR_TOKEN = re.compile(r"(?:1[5-9]|20)\d{2}")
_YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "before", "after", "during"})  # 'in 2008' is a year
_YEAR_RANGE_PREPOSITIONS = {"from": ("to", "through", "until", "till"), "between": ("and",)}


def _bare_years(sent: Span, offset: int, timeline: Timeline, ctx: dict) -> Iterator[dict]:
    """Years the model left out of every entity: 'since 1999', 'nine years from 1996 to 2005'. Only
    after a preposition of time, or as both ends of 'from Y1 to Y2' / 'between Y1 and Y2' rising and
    not on a verb of change ('rose from 1980 to 2015' can be an index's points)."""
    if not _YEAR_TOKEN.search(sent.text):
        return
    years = [t for t in sent if _YEAR_TOKEN.fullmatch(t.text) and t.dep_ == "pobj" and (
        t.ent_type_ in ("", "CARDINAL") or t.ent_type_ == "DATE" and t.ent_iob_ == "B" and (t.i + 1 >= sent.end or t.nbor(1).ent_iob_ != "I"))]
    taken: set[int] = set()
    for t in years:
        prep = t.head
        if t.i in taken or prep.dep_ != "prep":
            continue
        low = prep.lower_
        found = [t] if low in _YEAR_PREPOSITIONS else []
        if low in _YEAR_RANGE_PREPOSITIONS:
            for other in years:
                linked = other.head.lower_ in _YEAR_RANGE_PREPOSITIONS[low] and other.head.i > t.i and other.i - t.i == 2 \
                    or low == "between" and other.dep_ == "conj" and other.head.i == t.i
                if other.i > t.i and (linked or other.head.i == t.i + 1 and other.head.lower_ in _YEAR_RANGE_PREPOSITIONS[low]):
                    if int(other.text) > int(t.text) and not _is_change_word(prep.head):
                        found = [t, other]
                    break
        bare = [y for y in found if y.ent_type_ != "DATE"]  # a year the model tagged is a claim already
        for k, y in enumerate(found):
            taken.add(y.i)
            item = _date(sent.doc[y.i:y.i + 1], offset, timeline, ctx) if y in bare else None
            if item is not None and item["value"]:
                if len(bare) == 2:
                    item["attrs"].pop("bound", None)  # 'from' opens the range here, it sets no limit
                    item["attrs"].update({"range": "from", "range_role": "start" if k == 0 else "end"})
                yield item


_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)  # 'told reporters late Wednesday': a weekday has a capital
_UNTAGGED = re.compile(r"\b(?:(?i:(?:last|next|this)\s+(?:week|month|year|weekend)|today|yesterday|tomorrow"
                       r"|the\s+following\s+(?:day|week|month|year)|the\s+(?:latest|most\s+recent)\s+(?:period|quarter)"
                       r"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year)"
                       r"|(?:fiscal\s+)?(?:first|second|third|fourth)[\s-]quarter"
                       r"|(?:(?:earlier|later)\s+)?(?:that|the)\s+(?:very\s+)?same\s+day|(?:(?:earlier|later)\s+)?that\s+(?:day|morning|afternoon|evening|night)|the\s+(?:next|following)\s+(?:day|morning)"
                       r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:decade|year|month|week|day)s?\s+ago"
                       r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]+century|(?:pre|post)-(?:1[5-9]|20)\d{2})"
                       rf"|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?"
                       rf"|(?i:early|late|earlier|later)(?:\s+on)?\s+(?:{_WEEKDAY_NAMES})\b|(?:{_WEEKDAY_NAMES})\b(?!\s+[A-Z]))\b(?![\d%.,]\d)")


def _untagged(sent: Span, offset: int, timeline: Timeline, ctx: dict) -> Iterator[dict]:
    """Dates the model left out of its DATE entities: 'last month' after a quote, 'Today' opening a
    quotation, 'the Aug. 4 bombings' (tagged as an event). Placed as the tagged ones are."""
    text = sent.text
    if not _UNTAGGED_HINT.search(text):
        return
    for m in _UNTAGGED.finditer(text):
        span = sent.char_span(m.start(), m.end())
        if span is None or any(t.ent_type_ in ("DATE", "TIME", "WORK_OF_ART", "ORG", "PERSON", "PRODUCT", "MONEY", "CARDINAL") for t in span):
            continue
        if len(span) > 1 and span[-1].is_title and span[-1].lower_ in TIME_UNIT_CODES:
            continue  # 'This Week', 'Next Year': a title
        if any(t.lower_ == "that" and t.dep_ != "det" for t in span):
            continue  # 'said that day after day ...': 'that' opens a clause, it points at no day
        if len(span) == 1 and (span[0].dep_ in ("compound", "nmod", "amod") and "-" not in span.text
                               or span.end < sent.end and span[0].nbor(1).tag_ == "POS"):
            continue  # "today's youth": these times, not the day; 'the Today show': a name
        if re.fullmatch(WEEKDAY_RE, span[0].text, re.I) and span.start > sent.start and span[0].nbor(-1).is_title \
                and span[0].nbor(-1).lower_ != "on":
            continue  # 'Super Tuesday', 'Good Friday', 'the Sunday Times': a name, not a day
        item = _date(span, offset, timeline, ctx) if span[-1].lower_ not in PARTS_OF_DAY else _clock(span, offset, timeline, ctx, None)
        if item is not None and (item["value"] or item["attrs"].get("timex")):
            yield item


_UNTAGGED_HINT = re.compile(r"(?i:pre-\d|post-\d|last|next|this|today|yesterday|tomorrow|following|latest|recent|ago|century|same\s+day|that\s+(?:day|morning|afternoon|evening|night)|in\s+the\s+(?:day|week|month|year)\b|quarter)|(?:" + _MONTH_NAMES + r")\.?\s+\d"
                            r"|\b(?:" + _WEEKDAY_NAMES + r")\b")


def _is_change_word(tok) -> bool:
    return tok.lower_ in RISE_WORDS or tok.lower_ in FALL_WORDS


def _in_entity(sent: Span, start: int, end: int, allow: tuple[str, ...] = ()) -> bool:
    """Whether any token of the sentence's characters start..end is in a named entity (of a type not in ``allow``)."""
    span = sent.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ and t.ent_type_ not in allow for t in span)


_REFERENCE_WORD = re.compile(r"\b(?:" + "|".join(sorted({*TIME_REFERENCE_WORDS, *TIME_REFERENCE_NOUNS, *TIME_REFERENCE_ADJECTIVES, *SET_WORDS,
                                                           *TIME_REFERENCE_AHEAD_WORDS}))
                             + r")\b", re.I)
_VAGUE_LENGTH = re.compile(r"(?:\b(?P<x>several|a\s+few|many)\s+|\bfor\s+)(?P<u>day|week|month|quarter|year|decade|hour|minute)s\b", re.I)
_UNIT_LONG = re.compile(r"\b(?<!-)(?P<u>year|month|week|day|decade|century)-?long\b", re.I)
_REF_PHRASE = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in TIME_REFERENCE_PHRASES) + r")\b", re.I)


def _claims(sent: Span, offset: int, timeline: Timeline, ctx: dict, ents: list[Span] | None = None) -> Iterator[dict]:
    day_of_sentence: str | None = None
    ents = _regroup([e for e in (sent.ents if ents is None else ents) if e.label_ in ("DATE", "TIME")])
    time_of = _times_of_dates(ents)  # 'Saturday | night', 'noon | Friday': date entity -> its time entity
    joined = {id(t) for t in time_of.values()}
    for ent in ents:
        if id(ent) in joined:
            continue
        span = _trim(ent)
        text = span.text
        if re.fullmatch(r"\d{4}", text) and span.end < len(span.doc) and span.doc[span.end].lower_ in ("gmt", "utc"):
            continue  # '(0735 GMT)': the clock time before it, given in another zone
        if _unit_on_unit(span):
            continue  # 'up 4 percent year on year': a comparison with the same period before, not a date
        repeated = _repetition(text)
        if repeated is not None:  # 'every spring', 'each night', 'every other week'
            yield _set_claim(span, offset, ctx, repeated)
            continue
        if _RATE.match(text) and _rate_at(span.doc, span.end - 2, sent.start):
            yield _rate_claim(span.doc[span.start:span.end], offset, ctx)  # 'twice a week', '20 cents a share a year'
            continue
        if len(span) == 1 and text.islower() and text in MONTHS:
            continue  # 'a 20-kilometre march', 'may': a month is written with a capital
        if _BARE.match(text):
            bare = _bare_number(span, offset, ctx)
            if bare is not None:
                yield bare
            continue
        age_of = _AGE_OF.match(text)
        age = parse_amount(age_of["n"]) if age_of else None
        if age is not None and 0 < age < 130:  # 'at the age of 56', 'the early age of six': the number is an age, not a date
            yield {"kind": Kind.QUANTITY, "start": offset + span.start_char + age_of.start("n"),
                   "end": offset + span.start_char + age_of.end("n"), "value": float(age), "unit": "years",
                   "label": "AGE", "attrs": {**ctx, **_age_bound(span)}}
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
        ended = _PERIOD_ENDED.match(text)
        if ended and ((ended["sep"] or "of").lower() != "of" or dates.resolve(text, timeline.published).value is None):  # 'the fiscal year ended June 30': a period and the date it ends on
            items = _period_ended(span, ended, offset, timeline, ctx)
            if items:
                yield from items
                continue
        rng = _RANGE.match(text)
        short = _DAY_RANGE.match(text) or _YEAR_SPAN.match(text)
        if short:  # 'Nov. 15 to 26', '1957-58': the second end is written short, in the first one's month or century
            rng = short
        if rng and all(dates.resolve(rng[k], timeline.published).value for k in (("a",) if short else ("a", "b"))):
            # "2024 to 2027": two dates, linked like a quantity range
            items = []
            for k in ("a", "b"):
                part = span.doc.char_span(span.start_char + rng.start(k), span.start_char + rng.end(k))
                item = _date(part, offset, timeline, ctx) if part is not None and not (short and k == "b") else None
                end = _short_end(items[0]["value"], rng["b"]) if part is not None and k == "b" and short and items else None
                if end is not None:
                    first = items[0]
                    first["attrs"].pop("bound", None)  # 'from' opens the range here, it sets no limit
                    item = {**first, "start": offset + part.start_char, "end": offset + part.end_char, "value": end,
                            "attrs": dict(first["attrs"])}
                if item is None:
                    break
                item["attrs"].update({"range": "from", "range_role": "start" if k == "a" else "end"})
                items.append(item)
            if len(items) == 2 and short is not None and short.re is _DAY_RANGE and short["y"]:
                for item in items:  # 'March 2-7, 2006': the year written after the second end is both ends' year
                    item["value"] = short["y"] + item["value"][4:]
                    item["attrs"].pop("year_from", None)
            if len(items) == 2:
                _order_range(*items)
                for item in items:
                    item["attrs"].pop("bound", None)  # 'from 1993 to 2004': the ends of a range, not limits
                yield from items
                continue
        if _someday(span):
            yield {"kind": Kind.DATE, "start": offset + span.start_char, "end": offset + span.end_char, "value": None, "label": "DATE",
                   "attrs": {**ctx, "timex_type": "DATE", "timex": "FUTURE_REF", "tense": "future"}}
            continue
        lengths = _duration_range(span, offset, ctx)
        if lengths:  # '6 to 8 months', 'between two and three years': a range of lengths, as the quantity extractor gives one
            yield from lengths
            continue
        duration = _duration(text)
        if duration is not None:
            n, unit, age = duration
            role = _term_preposition(span)
            ahead = None if age or role != "in" else _in_time_ahead(span, n, unit, timeline.published)
            # 'a 6-month-old', 'three years old': an age, labelled as the quantity extractor labels ages
            yield {"kind": Kind.QUANTITY, "start": offset + span.start_char, "end": offset + span.end_char,
                   "value": n, "unit": unit, "label": "AGE" if age else "DURATION",
                   "attrs": {**ctx, **({"age": True} if age else {}), **({"role": role} if role else {}), **_duration_hedge(text),
                             **({"timex_type": "DATE", "timex": ahead} if ahead else {})}}
            continue
        if ent.label_ == "TIME" and not _SPECIAL.match(text) and text.lower() not in SET_WORDS and not _WEEKDAY_PART.match(text) \
                or ent.label_ == "DATE" and _CLOCK.match(text):
            night = _WEEKDAY_TIME.match(text) if ent.label_ == "TIME" else None
            day = span.doc.char_span(span.start_char + night.start("wd"), span.start_char + night.end("wd")) if night else None
            item = _date(day, offset, timeline, ctx) if day is not None else None
            if item is not None and item["value"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["value"]):
                # 'on Saturday night': the weekday's date, the part of the day its TimeML time
                item["start"], item["end"] = offset + span.start_char, offset + span.end_char
                item["attrs"].update(timex_type="TIME", timex=item["value"] + "T" + PARTS_OF_DAY[night["pod"].lower()])
                day_of_sentence = item["value"]
                yield item
                continue
            of = _PART_OF.match(text)
            day = span.doc.char_span(span.start_char + of.start("day"), span.end_char) if of else None
            item = _date(day, offset, timeline, ctx) if day is not None else None
            if item is not None and item["value"]:
                # 'on the night of March 5': the date (TBAQ leaves the part of the day out of it, as in
                # 'the night of | March 5' when the model tags the two apart)
                yield item
                continue
            # a clock time is no date a check can use: its TimeML value only, on the day it names or
            # the last date of the sentence ('on May 3 at 10:35 a.m.'), else the publication date
            item = _clock(span, offset, timeline, ctx, day_of_sentence)
            if item is None and ent.label_ == "TIME":
                item = _vague_time(span, offset, ctx)  # 'for hours', 'several minutes': a length, no clock time
            if item is not None:
                yield item
            continue
        item = _date(span, offset, timeline, ctx)
        full = item is not None and item["value"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["value"])
        if full:
            day_of_sentence = item["value"]
        part = span.doc[span.end] if span.end < sent.end else None
        if full and id(ent) not in time_of and part is not None and not part.ent_type_ and part.lower_ in PARTS_OF_DAY \
                and part.lower_ not in ("tonight", "overnight") and _WEEKDAY_OR_DEICTIC.fullmatch(text) and "timex" not in item["attrs"]:
            # 'tomorrow | morning', 'Friday | evening' with the part of the day left out of the entity: one time
            item["end"] = offset + part.idx + len(part.text)
            item["attrs"].update(timex_type="TIME", timex=f"{item['value']}T{PARTS_OF_DAY[part.lower_]}")
        if id(ent) in time_of:
            clock = _time_of_day(time_of[id(ent)].text)
            if full and clock:
                item["attrs"].update(timex_type="TIME", timex=item["value"] + clock)
            else:
                extra = _clock(_trim(time_of[id(ent)]), offset, timeline, ctx, day_of_sentence)
                if extra is not None:
                    yield extra
        if item is not None:
            yield item


_MONTH_OR_DAY = re.compile(r"(?P<y>\d{4})(?P<rest>-\d{2}(?:-\d{2})?)")


def _order_range(start: dict, end: dict) -> None:
    """'held the town from March to May' (told in a past clause in April): each end placed from the
    publication date alone comes out May of last year after March of this one. A range runs forward:
    in a past clause the start goes back a year, otherwise the end goes on one."""
    a, b = (_MONTH_OR_DAY.fullmatch(x["value"] or "") for x in (start, end))
    if a is None or b is None or start["value"] <= end["value"] or len(a["rest"]) != len(b["rest"]):
        return
    past = start["attrs"].get("tense") == "past" or end["attrs"].get("tense") == "past"
    moved, m, step = (start, a, -1) if past else (end, b, 1)
    if moved["attrs"].get("year_from") and int(b["y"]) - int(a["y"]) == -1:
        old = moved["value"]
        moved["value"] = f"{int(m['y']) + step:04d}{m['rest']}"
        if moved["attrs"].get("timex") == old:
            moved["attrs"]["timex"] = moved["value"]


def _regroup(ents: list[Span]) -> list[Span]:
    """The model's time entities cut where it ran on or split one expression: 'three months | and ended |
    last week' (a clause the entity ran into: the parts either side of 'and <verb>'), 'Early Thursday' +
    'morning' (a weekday and its part of the day tagged apart: one time) and 'the day' + 'before' + 'last
    Tuesday' (a day counted from a date the model tagged apart)."""
    out: list[Span] = []
    for ent in ents:
        cut = next((k for k in range(1, len(ent) - 1) if ent[k].dep_ == "cc" and ent[k + 1].pos_ == "VERB"), None)
        if cut is None:
            out.append(ent)
            continue
        doc = ent.doc
        rest = next((k for k in range(cut + 2, len(ent)) if ent[k].pos_ not in ("VERB", "ADV", "AUX", "PART")), None)
        for a, b in ((ent.start, ent.start + cut), (ent.start + rest, ent.end) if rest is not None else (0, 0)):
            if b > a:  # each part a time only when it has a clock or a part of the day ('four hours later' is a date)
                part = doc[a:b]
                timeish = _CLOCK.search(part.text) or any(t.lower_ in PARTS_OF_DAY for t in part)
                out.append(Span(doc, a, b, label="TIME" if ent.label_ == "TIME" and timeish else "DATE"))
    merged: list[Span] = []
    for ent in out:
        prev = merged[-1] if merged else None
        doc = ent.doc
        if prev is not None and prev.end == ent.start and len(ent) == 1 and ent[0].lower_ in PARTS_OF_DAY \
                and re.fullmatch(WEEKDAY_RE, prev[-1].lower_) and not _CLOCK.search(prev.text):
            merged[-1] = Span(doc, prev.start, ent.end, label="TIME")  # 'Early Thursday | morning'
        elif prev is not None and all(t.lower_ in ("-", "–", "to", "through") for t in doc[prev.end:ent.start]) \
                and _MONTH_SPAN_PERIOD.match(doc[prev.start:ent.end].text):
            merged[-1] = Span(doc, prev.start, ent.end, label="DATE")  # 'July | -to- | September quarter'
        elif prev is not None and ent.start == prev.end + 1 and doc[prev.end].lower_ in ("before", "after") and ent.label_ == prev.label_ == "DATE" \
                and re.fullmatch(r"the\s+day", prev.text, re.I) \
                and dates.resolve(doc[prev.start:ent.end - (ent[-1].tag_ == "POS")].text, _ANY_DAY).value:
            # 'The day | before | last Tuesday': counted from that day ('two days | before | Thursday' stays a
            # length and a date, which the offset check compares)
            merged[-1] = Span(doc, prev.start, ent.end, label="DATE")
        elif _MONTH_SPAN_PERIOD.match(ent.text + " period") and ent.end < len(doc) and doc[ent.end].lower_ in ("period", "quarter"):
            merged.append(Span(doc, ent.start, ent.end + 1, label="DATE"))  # 'the July-September | period'
        else:
            merged.append(ent)
    return merged


_ANY_DAY = date(2000, 1, 5)  # a publication date to ask whether words resolve at all: the answer does not depend on it
_MONTH_SPAN_PERIOD = re.compile(r"^(?:the\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s*(?:-|–|to|through|-to-)\s*(?:"
                                + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:fiscal\s+)?(?:period|quarter)$", re.I)


_PART_OF_YEAR = re.compile(rf"^(?:fiscal\s+)?(?:{'|'.join(dates.ORDINAL_Q)})[\s-]+(?:fiscal\s+)?(?:quarter|half)$", re.I)


def _someday(span: Span) -> bool:
    """'will one day win', 'hopes to one day lead', 'One day, it will': some time
    ahead (TimeML FUTURE_REF), no length of a day. Told before the verb it dates, under a modal or 'to',
    or opening a clause about the future; 'lasted one day' is a length."""
    if span.text.lower() != "one day" or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    if span.start == span.sent.start:
        return after.text == "," and local_tense(span) == "future"
    before = span.doc[span.start - 1]
    return before.tag_ in ("MD", "TO") or before.lower_ == "to" or after.tag_ == "VB" or (
        before.dep_ in ("nsubj", "nsubjpass") and after.pos_ in ("VERB", "AUX") and local_tense(span) != "past") or (
        # ('hope they one day go back': between a subject and its verb, where a length is never told)
        after.pos_ in ("PRON", "PROPN", "NOUN", "DET") and local_tense(span) == "future" and span.root.head.i > span.root.i)


def _trim(ent: Span) -> Span:
    span = ent
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS" and not _decade_s(span) or span[-1].lower_ in ("and", "or", "to")
                             or span[-1].lower_ in ("before", "after") and span.end < len(span.doc) and span.doc[span.end].is_alpha):
        span = span[:-1]  # 'between April 7 and | 9', 'four minutes before | half-time': the model ran on into the next words
    if len(span) > 1 and span[0].lower_ == "between" and (ent.end < len(ent.doc) and ent.doc[ent.end - 1].lower_ == "and"
                                                          or not any(t.lower_ == "and" for t in span)):
        span = span[1:]  # 'between March 2020 | and May 2021': the model tagged the ends apart
    cut = next((k for k in range(1, len(span) - 1) if span[k].tag_ == "POS" and _is_time_unit(span[k - 1])), None)
    if cut is not None and not _PART_OF_YEAR.match(span[cut + 1:].text):  # "next year's first quarter" is one date
        span = span[:cut]  # "two weeks' holiday": the model runs the entity on into the noun the length modifies
    if len(span) > 2 and span[0].lower_ in ("the", "a", "an") and span[1].pos_ == "NOUN" and not _timeish(span[1]):
        k = next((k for k in range(2, len(span) - 1) if (span[k].like_num or span[k].lower_ in ("several", "few", "many"))
                  and _is_time_unit(span[k + 1])), None)
        if k is not None:
            span = span[k:]  # 'came into (the limelight) six years ago': a noun phrase before the date
    if len(span) > 3 and span[0].like_num and span[1].lower_ in ("a", "an") and _is_time_unit(span[2]):
        span = span[1:]  # 'up from seven | a year ago': the model runs a count on into the date after it
    if len(span) > 1 and span[0].lower_ in DATE_FOCUS_WORDS and span[0].pos_ == "ADV":
        span = span[1:]  # 'just | last month': the adverb stresses the date, TimeML leaves it out
    first = span[0]
    if span.start > first.sent.start and first.nbor(-1).lower_ in ("this", "last", "next") and first.nbor(-1).dep_ in ("det", "amod") \
            and first.nbor(-1).head.i == first.i and first.lower_ in TIME_UNIT_CODES:
        span = span.doc[span.start - 1:span.end]  # "this year's election": the model tags 'year' alone
    doc = span.doc
    if len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in ("day", "week", "month", "year") and span.end + 1 < len(doc) \
            and doc[span.end].lower_ in ("before", "after") and not doc[span.end + 1].is_alpha:
        span = doc[span.start:span.end + 1]  # 'The day | before, the minister resigned': counted from the day being told
    if len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in ("day", "week", "month", "year") and span.start >= first.sent.start + 2 \
            and span.doc[span.start - 1].lower_ == "in" and span.doc[span.start - 2].lower_ in ("earlier", "later"):
        span = span.doc[span.start - 2:span.end]  # 'later in | the day': the model tags the noun phrase alone
    if len(span) > 2 and span[-2].pos_ == "NOUN" and _is_time_unit(span[-2]) and span[0].lower_ in ("the", "a", "an") \
            and (span[-1].is_title and re.fullmatch(WEEKDAY_RE, span[-1].lower_) or span[-1].lower_ in ("today", "yesterday")):
        span = span[-1:]  # 'for the third straight day | Friday': the length runs into the day that dates the clause
    if len(span) > 1 and re.fullmatch(r"(?:pre|post)-(?:1[5-9]|20)\d{2}", span[0].lower_):
        span = span[:1]  # 'its pre-2001 boom years': the year, not the noun it dates
    if len(span) > 1 and span[-1].pos_ == "NOUN" and not _timeish(span[-1]) and re.fullmatch(r"(?:the\s+)?(?:1[5-9]|20)\d{2}", span[:-1].text):
        span = span[-2:-1]  # 'the 2008 | season', 'the 2012 | campaign': the year, not the noun it dates
    if len(span) > 1 and span[-1].pos_ == "NOUN" and not _timeish(span[-1]) and _YEAR_SPAN.match(span[:-1].text):
        span = span[:-1]  # 'the 1957-58 | season': the model runs the years on into the noun they date
        span = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
    if len(span) == 1 and span.end < len(doc) and doc[span.end].tag_ == "POS" and span.start > span.sent.start \
            and doc[span.start - 1].lower_ in ("the", "early", "mid", "late") and _decade_s(doc[span.start:span.end + 1]):
        span = doc[span.start:span.end + 1]  # 'in the 1960 | 's': the model leaves the decade's ending out
    return span


def _unit_on_unit(span: Span) -> bool:
    """'year on year', 'month-on-month': a unit word that is one end of such a phrase."""
    if len(span) != 1 or span[0].lower_ not in TIME_UNIT_CODES:
        return False
    doc, unit = span.doc, span[0].lower_
    words = [t.lower_ for t in doc[max(0, span.start - 4):span.end + 4] if t.text != "-"]
    k = next(i for i in range(len(words)) if words[i] == unit)
    return words[k + 1:k + 3] == ["on", unit] or words[max(0, k - 2):k] == [unit, "on"]


def _decade_s(span: Span) -> bool:
    """'the late 1980's': the apostrophe writes a decade, not a possessive ('1980's budget')."""
    year = span[-2].text
    return len(year) == 4 and year.isdigit() and year.endswith("0") and (
        span[0].lower_ in ("the", "early", "mid", "late") or span.end >= len(span.doc) or span.doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ"))


def _is_time_unit(t) -> bool:
    low = t.lower_
    return low in TIME_UNIT_CODES or low.endswith("s") and low[:-1] in TIME_UNIT_CODES or low == "centuries"


def _timeish(t) -> bool:
    """A word that can be part of a time expression: a unit, a calendar name, a number, 'ago'."""
    low = t.lower_
    return _is_time_unit(t) or t.like_num or low in MONTHS or low in SEASONS or low in PARTS_OF_DAY or low in TIME_EXPRESSION_WORDS \
        or re.fullmatch(WEEKDAY_RE, low) is not None


_PERIOD_ENDED = re.compile(r"^(?P<p>(?:the\s+)?(?:(?:first|last|latest|past)\s+)?(?:fiscal\s+)?(?:(?P<n>[\w-]+)\s+)??"
                           r"(?P<u>years?|quarters?|months?|weeks?))\s+(?:(?:that\s+)?(?P<sep>ended|ending|ends|through|to|of)\s+)?"
                           r"(?P<d>(?(sep).+|(?:(?:this|last)\s+year|(?:19|20)\d{2})))$", re.I)


def _period_ended(span: Span, m: re.Match, offset: int, timeline: Timeline, ctx: dict) -> list[dict]:
    """'the year ended March 31', 'the quarter ending Sept. 30', 'the nine months ended June 30': the
    end date as a date claim, and the period before it as its TimeML reading (attributes only)."""
    doc = span.doc
    skip = len(m["d"]) - len(re.sub(r"^in\s+", "", m["d"], flags=re.I))  # 'ending in March': the date is 'March'
    date_span = doc.char_span(span.start_char + m.start("d") + skip, span.end_char)
    period_span = doc.char_span(span.start_char, span.start_char + m.end("p"))
    if date_span is None or period_span is None:
        return []
    item = _date(date_span, offset, timeline, ctx)
    full = item is not None and item["value"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["value"])
    unit = m["u"].lower().rstrip("s")
    some = not m["n"] and m["u"].lower().endswith("s")  # 'the first months of the year': some months, not one
    n = parse_amount(m["n"]) if m["n"] else None if some else 1
    if n is not None and not float(n).is_integer():
        return []  # 'the third week of May': an ordinal, not a third of a week
    counted = bool(m["n"]) and n and unit in ("month", "week", "year") and item is not None and item["value"]
    if counted:
        # 'the first nine months of 2006', 'the past 18 months ending in June': a length of time the
        # text counts (a DURATION quantity, as 'nine months' elsewhere) and the date that bounds it
        length = {"kind": Kind.QUANTITY, "start": offset + span.start_char + m.start("n"), "end": offset + span.start_char + m.end("u"),
                  "value": float(n), "unit": unit + "s", "label": "DURATION", "attrs": {**ctx, "role": "period"}}
        return [length, item]
    sep = (m["sep"] or "of").lower()  # 'the first nine months this year': as 'of this year'
    if item is None or not item["value"] or not full and sep != "of" and not re.fullmatch(r"\d{4}-\d{2}", item["value"]):
        return []  # (a period that ends in a month, 'the year ending in March', is read as one ending on a day)
    if unit == "quarter" and n == 1 and re.match(r"\d{4}-\d{2}", item["value"]):
        year, month = int(item["value"][:4]), int(item["value"][5:7])
        timex = ("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
    elif unit == "week" and full and n == 1 and sep == "of":  # 'the week of May 4'
        iso = date.fromisoformat(item["value"]).isocalendar()
        timex = ("DATE", f"{iso.year:04d}-W{iso.week:02d}")
    elif n or some:
        timex = ("DURATION", _period(unit, f"{n:g}" if n else "X"))
    else:
        return [item]
    period = {"kind": Kind.DATE, "start": offset + period_span.start_char, "end": offset + period_span.end_char, "value": None,
              "label": "DATE", "attrs": {**ctx, "timex_type": timex[0], "timex": timex[1], "tense": item["attrs"].get("tense")}}
    return [period, item]


_RANGE_OPEN = r"^(?:from\s+|between\s+|(?:the\s+)?(?:fiscal\s+)?year\s+(?:of\s+)?)?"  # 'the fiscal year of 2024-25': a span of two years
_RANGE = re.compile(_RANGE_OPEN + r"(?P<a>.+?)\s*(?:\bto\b|\band\b|\bthrough\b|-|–)\s*(?P<b>(?:\w+,?\s+)?\w+\s*\d*,?\s*\d{4}|\d{4}|\w+\s+\d{1,2}"
                    r"|(?:(?:early|mid|late)[\s-]+)?(?:" + "|".join(MONTHS) + r")\.?|" + WEEKDAY_RE + r")$", re.I)
_DAY_RANGE = re.compile(rf"^(?:from\s+|between\s+)?(?P<a>(?:{MONTH_RE}|{'|'.join(a.lower() for a in MONTHS)})\.?\s+\d{{1,2}})\s*(?:\bto\b|\band\b|\bthrough\b|-|–)\s*(?P<b>\d{{1,2}})(?:,\s*(?P<y>(?:1[5-9]|20)\d{{2}}))?$", re.I)
_YEAR_SPAN = re.compile(_RANGE_OPEN + r"(?P<a>(?:1[5-9]|20)\d{2})\s*(?:-|–|/)\s*(?P<b>\d{2})$", re.I)
_BARE = re.compile(r"^\d{1,3}$")


def _short_end(first: str | None, written: str) -> str | None:
    """The end of a range written short after its start: day '26' after '2024-11-15' -> '2024-11-26';
    year '58' after '1957' -> '1958', '01' after '1999' -> '2001'. None unless it comes after the start."""
    if first and re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        day = int(written)
        return f"{first[:8]}{day:02d}" if int(first[8:]) < day <= 31 else None
    if first and re.fullmatch(r"\d{4}", first):
        year = int(first[:2] + written)
        year += 100 if year <= int(first) else 0
        return f"{year:04d}" if 0 < year - int(first) < 100 else None
    return None
_AGE_OF = re.compile(r"^(?:the\s+)?(?:(?:early|young|tender|ripe|old|advanced|late)\s+)?age\s+of\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)$", re.I)


def _age_bound(span: Span) -> dict:
    """'over the age of 45': the limit the word before 'the age of' sets."""
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return {"hedge": "bound", "hedge_word": prev, "bound": BOUND_WORDS[prev]} if prev in BOUND_WORDS else {}


def _bare_number(span: Span, offset: int, ctx: dict) -> dict | None:
    """spaCy tags the age in 'Margit Havel, 52, said' as a DATE; it is a quantity (an age). Any other
    bare number is a count the quantity extractor reads, with its binding."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    if before.lower() in NUMBER_LABEL_NOUNS or not bare_age(doc, span.start):
        return None  # ('at gate 14', 'phase 2': a label, not a quantity)
    return {"kind": Kind.QUANTITY, "start": offset + span.start_char, "end": offset + span.end_char,
            "value": float(span.text), "unit": "years", "label": "AGE", "attrs": dict(ctx)}


_DURATION_RANGE = re.compile(r"^(?:(?:for|between|from)\s+)?(?:(?:the\s+)?(?:next|past|last|first|coming)\s+)?(?P<a>[\w.,]+)\s*(?:\bto\b|\band\b|\bor\b|--|-|–|—)\s*(?P<b>[\w.,]+)\s+"
                             r"(?P<unit>year|month|week|day|hour|minute|decade)s?$", re.I)


def _duration_range(span: Span, offset: int, ctx: dict) -> list[dict]:
    """'6 to 8 months': two DURATION quantities linked as a range (low end first, ``high`` on it)."""
    m = _DURATION_RANGE.match(span.text)
    if not m:
        return []
    a, b = parse_amount(m["a"]), parse_amount(m["b"])
    if a is None or b is None or not a < b:
        return []
    unit = m["unit"].lower() + "s"
    start = span.start_char + m.start("a")
    first = span.text.split()[0].lower()
    kind = first if first in ("between", "from") else "to"
    role = _term_preposition(span) or ("for" if first == "for" else None)
    if role:
        ctx = {**ctx, "role": role}  # 'jailed for two to three years': a term
    low = {"kind": Kind.QUANTITY, "start": offset + start, "end": offset + start + len(m["a"]), "value": float(a), "unit": unit,
           "label": "DURATION", "attrs": {**ctx, "range": kind, "range_role": "start", "high": float(b)}}
    high = {"kind": Kind.QUANTITY, "start": offset + span.start_char + m.start("b"), "end": offset + span.end_char, "value": float(b),
            "unit": unit, "label": "DURATION", "attrs": {**ctx, "range": kind, "range_role": "end"}}
    low["attrs"]["pair"], high["attrs"]["pair"] = id(high), id(low)
    return [low, high]


_OPEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[a-z])")  # 'a four- day visit': wire copy breaks the compound after its hyphen


def _duration_hedge(text: str) -> dict:
    """'just over two months', 'roughly six hours': the hedge or bound the words before a length set."""
    m = DURATION_HEDGE.match(text)
    if not m:
        return {}
    words = m[0].lower().split()
    pair = tuple(words[-2:])
    if pair in BOUND_PHRASES:
        return {"hedge": "bound", "hedge_word": " ".join(pair), "bound": BOUND_PHRASES[pair]}
    if words[-1] in BOUND_WORDS:
        return {"hedge": "bound", "hedge_word": words[-1], "bound": BOUND_WORDS[words[-1]]}
    if words[-1] in APPROX_WORDS:
        return {"hedge": "approx", "hedge_word": words[-1]}
    return {"additive": True} if words[-1] == "another" else {}


def _duration(text: str):
    if text.lower().endswith(("ago", "later", "earlier")):
        return None
    half = _AND_A_HALF.search(text)
    if half:  # 'a minute and a half', 'two hours and a half': the half follows the unit
        found = _duration(text[:half.start()])
        return None if found is None or found[2] else (found[0] + 0.5, found[1], False)
    m = DURATION.match(_FILLER.sub("", DURATION_HEDGE.sub("", _OPEN_HYPHEN.sub("-", text))))
    if not m:
        return None
    if not all(w.lower() in NUMBER_PART or re.fullmatch(r"[\d.,]+", w) for w in re.split(r"[\s-]+", m["n"])):
        return None  # '450,000 last year': a count and a date, not a length of time
    n = parse_amount(m["n"])
    if n is None:
        return None
    return n, m["unit"].lower() + "s", text.lower().endswith("old")


def _date(span: Span, offset: int, timeline: Timeline, ctx: dict) -> dict | None:
    text = span.text
    repeated = _every_weekday(span, offset, ctx)
    if repeated is not None:
        return repeated
    tense = local_tense(span)
    if tense == "past" and _scheduled(span):
        tense = "future"  # 'declared a dividend payable Dec. 1': the payment is still ahead
    attrs: dict = {}
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.lower_ in PARTS_OF_DAY:
        root = root.head  # 'until Tuesday | morning': the weekday of a time, the preposition before both
    if root.dep_ == "pobj" and root.head.lower_ in BOUND_OF and root.head.i == span.start - 1:
        # 'held until Saturday', 'by Friday morning': the preposition outside the entity sets a limit
        attrs["bound"] = BOUND_OF[root.head.lower_]
    # a limit in a present-tense clause ('can be held until Friday', 'must decide by Monday') lies ahead,
    # and so does the day a thing was put off until ('postponed the vote until Tuesday')
    deferred = attrs.get("bound") == "before" and _deferred_until(root) or _deferred_to(root)
    resolve_tense = "future" if attrs.get("bound") == "before" and tense == "present" or deferred else tense
    if (tense == "past" or tense == "future" and not _WILL.search(span.sent.text)) and without_own_tense(span):
        # (a 'future' read only from 'would'/'could'/'may' in reported speech says nothing of a date on a noun)
        resolve_tense = dates.NEAR_PAST  # 'agreed to a fare cut in May' (in April): this May
        if _PROJECTION.search(span.sent.text[:max(0, span.start_char - span.sent.start_char)]) and not _pluperfect(span):
            # 'did not plan to move him on Thursday': a day either side ('had been scheduled to lapse on
            # Monday' tells of a plan overtaken: its day has gone by)
            resolve_tense = dates.NEAR_EITHER
        if deferred:
            resolve_tense = "future"
    if tense in ("past", "present") and _either_side(span) and not deferred:
        resolve_tense = dates.NEAR_EITHER  # 'called a strike for Monday', 'a meeting beginning Thursday'
    if tense == "present" and _to_infinitive(span):
        resolve_tense = "future"  # 'is threatening to cut supplies Monday', 'hopes to open the plant in February'
    if tense == "present" and _happens_now(span):
        resolve_tense = "future"  # 'polls close Monday', 'the talks resume on Friday': the coming one
    if _HALF_NO_YEAR.match(text) and not _half_of_year(span):
        return None  # 'scored in the second half': a half of a match, not of the year
    value = _previous_weekday(text, timeline) or dates.resolve(text, timeline.published, resolve_tense)
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
        if rel and _compared(span) and timeline.published is not None and rel["dir"].lower() in ("earlier", "before"):
            # 'up from $4 million a year earlier': the figure compared with is the current one, so the
            # offset counts from publication; no anchor attribute, so no check reads it as stated from a date
            value = dates.DateValue(_relative(rel, timeline.published).value)
        elif rel and anchor is not None:
            value = _relative(rel, anchor)
    month_told = re.fullmatch(r"(?:the\s+)?month", text.strip(), re.I) and timeline.last_month \
        and ctx.get("sent", 0) - timeline.month_sent <= QUARTER_SCOPE  # read by _contextual: the month being told
    ahead = _FROM_NOW.match(text.strip())
    if value.value is None and not value.attrs.get("invalid") and ahead and timeline.published is not None:
        n = parse_amount(ahead["n"])  # 'three years from now': a date counted from publication
        found = _counted_from(timeline.published, int(n), ahead["u"]) if n and float(n).is_integer() else None
        if found is not None:
            value = dates.DateValue(found, {"anchored_to_publication": True})
    if value.value is None and not value.attrs.get("invalid") and timeline.published is not None and _UNIT_END.match(text.strip()):
        value = _unit_end(span, timeline.published, tense)
    if value.value is None and not value.attrs.get("invalid") and _YEAR_BEFORE.match(text.strip()) and tense == "past" \
            and timeline.last_year and timeline.year_sent == ctx.get("sent", 0):
        # 'revenue fell to $3 million last year, from $4 million the year before': the year before the one
        # this sentence named, not the year before publication
        value = dates.DateValue(f"{timeline.last_year - 1:04d}")
    if value.value is None and not value.attrs.get("invalid") and not month_told:
        special = _special(text, timeline.published, tense)
        if special is not None:
            value = special
    if value.value is None and not value.attrs.get("invalid"):
        m = re.match(r"^(?:the\s+)?(?P<mod>end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+(?P<rest>.+)$", text, re.I)
        whole = (dates.resolve(m["rest"], timeline.published, tense) if dates.resolve(m["rest"], timeline.published, tense).value
                 else _special(m["rest"], timeline.published, tense)) if m else None
        if whole is not None and whole.value:
            value = dates.DateValue(whole.value, dict(whole.attrs))
            attrs["modifier"] = re.sub(r"\s+", " ", m["mod"].lower())
            if attrs["modifier"].endswith("half") and re.fullmatch(r"\d{4}", whole.value):
                # 'the second half of this year': TimeML '2026-H2'; the value stays the year a check reads
                attrs.update(timex_type="DATE", timex=f"{whole.value}-H{1 if attrs['modifier'].startswith('first') else 2}")
    if value.value is None and not value.attrs.get("invalid"):
        timex = _contextual(text, timeline, tense, ctx.get("sent", 0)) or _past_unit(span) or _vague(text)
        if timex is not None and text.lower() in SET_WORDS and span.root.pos_ != "ADV" and text.lower() not in SET_ADJECTIVES:
            timex = None  # 'a quarterly dividend': a kind of payment, not a repetition the text states
        if timex is not None:
            # a reading that rests on context ('the quarter' after 'third-quarter profit') or has no
            # calendar value ('recent years', 'every month'): TimeML attributes only, so no check uses it
            return {"kind": Kind.DATE, "start": offset + start_char, "end": offset + end_char, "value": None, "label": "DATE",
                    "attrs": {**ctx, "timex_type": timex[0], "timex": timex[1], "tense": tense}}
    if value.value is None and not value.attrs.get("invalid") and (
            VAGUE.search(text) or not ANCHORED.search(text) or not re.search(r"\d|" + _NAMED, text, re.I) or re.fullmatch(r"\d{5,}", text)):
        return None  # "several years", "annual", "the fourth day", '80486' (a model number): not a point in time we can place
    if value.value and (_YEAR_BACK.match(text) or _LAST_YEAR.match(text) and _compared(span)) and timeline.last_quarter \
            and ctx.get("sent", 0) - timeline.quarter_sent <= QUARTER_SCOPE:
        # 'profit rose from a year ago', 'compared with earnings of $3 million last year' in a report on a
        # quarter: the same quarter a year before (TimeML)
        attrs.update(timex_type="DATE", timex=_quarter_back(timeline.last_quarter))
    if value.value and re.fullmatch(r"\d{4}-Q\d", value.value) and (tense == "past" or _quarter_over(value.value, timeline.published)):
        timeline.last_quarter, timeline.quarter_sent = value.value, ctx.get("sent", 0)
    if value.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
        timeline.last = date.fromisoformat(value.value)
    if value.value and re.match(r"\d{4}", value.value):
        timeline.last_year, timeline.year_sent = int(value.value[:4]), ctx.get("sent", 0)
    if value.value and re.match(r"\d{4}-\d{2}", value.value):
        timeline.last_month, timeline.month_sent = value.value[:7], ctx.get("sent", 0)
    length = _length_before_later(text)
    if value.value and length and not _compared(span) and "timex" not in attrs and "timex" not in value.attrs:
        attrs.update(timex_type="DURATION", timex=length)  # 'three days later': TimeML reads the length
    verb = _verb_of(span)
    if verb:
        attrs["verb"] = verb
    return {"kind": Kind.DATE, "start": offset + start_char, "end": offset + end_char,
            "value": value.value, "label": "DATE", "attrs": {**ctx, **value.attrs, **attrs, "tense": tense}}


_YEAR_BEFORE = re.compile(r"^(?:the\s+)?(?:(?:previous|prior|preceding)\s+year|year\s+before)$", re.I)
_FROM_NOW = re.compile(r"^(?P<n>[\w-]+)\s+(?P<u>day|week|month|year)s?\s+from\s+(?:now|today)$", re.I)
_UNIT_END = re.compile(r"^(?:the\s+)?(?P<u>year|month)(?:[\s-]end|'s\s+end)$", re.I)


def _unit_end(span: Span, published: date, tense: str) -> dates.DateValue:
    """'by year-end', 'since month end', 'at year's end': the end of the current year or month, or of
    the one before when counted 'since' or told in the past (''debt stood at $4 billion at year-end'').
    Read as the year's (or month's) own end: the period, with the modifier 'end'."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    back = before == "since" or tense == "past" and before not in BOUND_OF
    if _UNIT_END.match(span.text.strip())["u"].lower() == "year":
        return dates.DateValue(f"{published.year - back:04d}", {"modifier": "end"})
    total = published.year * 12 + published.month - 1 - back
    return dates.DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", {"modifier": "end"})


_PREVIOUS_WEEKDAY = re.compile(rf"^(?:the\s+)?(?:previous|preceding)\s+(?P<wd>{WEEKDAY_RE})$", re.I)


def _previous_weekday(text: str, timeline: Timeline) -> dates.DateValue | None:
    """'down 4% from the previous Friday' after 'on Friday': 'previous' counts back from the day being
    told (the last full date named, when it is no later than publication), where 'last Friday' counts
    from publication. None when the text is no such phrase or no day has been named."""
    m = _PREVIOUS_WEEKDAY.match(text.strip())
    last = timeline.last
    if m is None or last is None or timeline.published is None or last > timeline.published:
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    when = last - timedelta(days=(last.weekday() - wd) % 7 or 7)
    return dates.DateValue(when.isoformat(), {"weekday": m["wd"].capitalize(), "anchor": last.isoformat()})


_WEEKDAY_PLURAL = re.compile(rf"^(?P<wd>{WEEKDAY_RE})s$", re.I)
_EVERY_WEEKDAY = re.compile(rf"^(?:every|each)\s+(?P<wd>{WEEKDAY_RE})$", re.I)


def _every_weekday(span: Span, offset: int, ctx: dict) -> dict | None:
    """'every Monday', 'each Friday', 'on Sundays': a repetition (TimeML SET 'XXXX-WXX-1'), no date.
    None when the span is no such expression."""
    doc, text = span.doc, span.text
    before = doc[span.start - 1] if span.start > 0 else None
    plural = _WEEKDAY_PLURAL.match(text)
    inside = _EVERY_WEEKDAY.match(text)
    every = before is not None and before.lower_ in ("every", "each") and re.fullmatch(WEEKDAY_RE, text, re.I)
    if not (plural or every or inside):
        return None
    name = (plural["wd"] if plural else inside["wd"] if inside else text).lower()
    start = before.idx if every else span.start_char
    return {"kind": Kind.DATE, "start": offset + start, "end": offset + span.end_char, "value": None, "label": "DATE",
            "attrs": {**ctx, "timex_type": "SET", "timex": f"XXXX-WXX-{WEEKDAYS[name] + 1}"}}


_PROJECTION = re.compile(r"\b(?:" + "|".join(p for p in PROJECTION_PATTERNS if p not in ("will", "would", "could", "might", "by"))
                         + r")\b", re.I)
_WILL = re.compile(r"\b(?:will|shall|won't|tomorrow|next|coming|upcoming|ahead|scheduled|planned|due|expected|set\s+(?:to|for)|(?:is|are)\s+to)\b|'ll\b", re.I)
STORY_DAYS = 31  # 'later in the day' after a day named this long before publication counts from publication
QUARTER_SCOPE = 3  # sentences after a quarter is named within which 'a year ago' compares with it
_LAST_YEAR = re.compile(r"^last\s+year$", re.I)
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier|before)$|^year[\s-](?:ago|earlier)$", re.I)
_QUARTER_NOW = re.compile(r"^(?:the\s+)?(?:latest|last|most\s+recent|recent|current|same)?\s*(?:fiscal\s+)?(?:quarter|period)$", re.I)
_QUARTER_BACK = re.compile(r"^(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?:first|second|third|fourth))?(?:\s+(?:fiscal\s+)?(?:quarter|period))?$", re.I)


_ANAPHORIC = re.compile(r"^(?:(?:earlier|later|early|late)\s+)?(?:(?:the|that)\s+)?(?:very\s+)?(?P<rel>following|same|that)\s+(?P<u>day|week|month|year)\.?$"
                        r"|^(?:earlier|later)\s+in\s+the\s+(?P<u4>day|week|month|year)$"
                        r"|^the\s+(?P<u5>day|week|month|year)\s+(?P<rel5>before|after)$"
                        r"|^(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(?P<rel2>next|following|previous|preceding|same)\s+(?P<u2>day|morning|afternoon|evening|night)\.?$"
                        r"|^(?:(?:earlier|later|early|late)\s+)?(?:that\s+)(?:(?P<rel3>same)\s+)?(?P<u3>morning|afternoon|evening|night)\.?$", re.I)


_THAT_SEASON = re.compile(rf"^(?:that|the\s+same)\s+(?P<s>{'|'.join(SEASONS)})$", re.I)
_THE_NEXT = re.compile(r"^the\s+next\s+(?P<u>week|month|year)$", re.I)  # not 'next year': that counts from publication
_FULL_YEAR = re.compile(r"^(?:the\s+)?(?:full|whole|entire)[\s-]+(?:fiscal\s+)?year$", re.I)
_YEAR_QUARTER = re.compile(r"^(?:the\s+)?(?P<y>(?:19|20)\d{2})\s+(?:fiscal\s+)?(?:quarter|period)$", re.I)


def _anaphoric(m: re.Match, timeline: Timeline) -> tuple[str, str] | None:
    """'that year', 'the following month', 'later that day', 'the next morning', 'that same day': counted
    from the last date the article named (the year of any date; the day, week or month of the last full one)."""
    rel = (m["rel"] or m["rel2"] or m["rel3"] or {"before": "previous", "after": "following"}.get((m["rel5"] or "").lower()) or "that").lower()
    unit = (m["u"] or m["u2"] or m["u3"] or m["u4"] or m["u5"]).lower()
    step = 1 if rel in ("following", "next") else -1 if rel in ("previous", "preceding") else 0
    if m["u4"] and timeline.published is not None and (unit != "day" or timeline.last is None
                                                       or (timeline.published - timeline.last).days > STORY_DAYS):
        # 'earlier in the year': the current one, unless a day is being told ('later in the day'); a day
        # named long before publication ('the tank that crashed through the gates on May 1, 1975') is history
        # told in passing, not the day of the story
        timeline = Timeline(timeline.published, timeline.published, timeline.published.year, timeline.published.isoformat()[:7])
    if unit in PARTS_OF_DAY:  # 'the next morning', 'that night': a part of the day counted from the last full date
        return ("TIME", f"{(timeline.last + timedelta(days=step)).isoformat()}T{PARTS_OF_DAY[unit]}") if timeline.last else None
    if unit == "year":
        return ("DATE", f"{timeline.last_year + step:04d}") if timeline.last_year else None
    if unit == "month" and timeline.last_month is not None:  # 'in March ... the following month'
        total = int(timeline.last_month[:4]) * 12 + int(timeline.last_month[5:]) - 1 + step
        return "DATE", f"{total // 12:04d}-{total % 12 + 1:02d}"
    if timeline.last is None:
        return None
    if unit == "day" and step == 0 and timeline.last_month is not None and timeline.last.isoformat()[:7] != timeline.last_month:
        return "DATE", f"{timeline.last_month}-XX"  # 'on May 3 ... in October ... that same day': a day of the month last named
    d = timeline.last
    if unit == "day":
        return "DATE", (d + timedelta(days=step)).isoformat()
    if unit == "week":
        iso = (d + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{iso.year:04d}-W{iso.week:02d}"
    total = d.year * 12 + d.month - 1 + step
    return "DATE", f"{total // 12:04d}-{total % 12 + 1:02d}"


_SAME_BACK = re.compile(r"^(?:the\s+)?same\s+(?P<u>period|quarter|month|week|time|day)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year"
                        r"|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before)$", re.I)
_MONTH_THAT_YEAR = re.compile(r"^(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:of\s+)?(?:that|the\s+same)\s+year$", re.I)
_SAME_OF = re.compile(r"^(?:the\s+)?same\s+(?P<u>period|quarter|month|week|time)\s+(?:of|in)\s+(?P<y>(?:19|20)\d{2})$", re.I)
_LAST_CENTURY = re.compile(r"^(?:the\s+)?(?:last|previous|past)\s+century$", re.I)


def _same_back(unit: str, timeline: Timeline, sent_no: int) -> tuple[str, str]:
    """'the same quarter a year earlier', 'the same period last year': the quarter or month the article
    last named, a year before; else the year before publication."""
    if unit in ("quarter", "period") and timeline.last_quarter and sent_no - timeline.quarter_sent <= QUARTER_SCOPE:
        return "DATE", _quarter_back(timeline.last_quarter)
    if unit == "month" and timeline.last_month:
        return "DATE", f"{int(timeline.last_month[:4]) - 1:04d}{timeline.last_month[4:]}"
    return "DATE", f"{timeline.published.year - 1:04d}"


def _quarter_back(q: str) -> str:
    return f"{int(q[:4]) - 1:04d}{q[4:]}"


def _quarter_over(q: str, published: date | None) -> bool:
    """Whether a quarter ('1989-Q4') had ended by publication. A quarter still ahead, named outside a
    past-tense report of its results (a charge expected in the current quarter, losses forecast for next
    year's third quarter), is an aside: a later 'a year ago' or 'the quarter' does not refer back to it.
    (A company's fiscal quarter may be over before the calendar one: 'reported fourth-quarter profit'.)"""
    if published is None:
        return True
    year, q = int(q[:4]), int(q[-1])
    return (year, q * 3) < (published.year, published.month)


def _contextual(text: str, timeline: Timeline, tense: str, sent_no: int) -> tuple[str, str] | None:
    """'the quarter', 'the latest period', 'the year-ago quarter': the quarter the article last
    named (a year before it), or with none named, the last quarter over at publication in a past clause."""
    ana = _ANAPHORIC.match(text)
    if ana:
        return _anaphoric(ana, timeline)
    that_season = _THAT_SEASON.match(text.strip())
    if that_season and timeline.last_year:  # 'In 2009 the plant opened. That summer ...': the season of that year
        return "DATE", f"{timeline.last_year:04d}-{SEASONS[that_season['s'].lower()]}"
    story_next = _THE_NEXT.match(text.strip())
    if story_next and tense == "past":  # 'In 2011 it was sold. The next year ...': as 'the following year'
        return _anaphoric(_ANAPHORIC.match(f"the following {story_next['u']}"), timeline)
    if _FULL_YEAR.match(text) and timeline.published is not None:
        return "DATE", f"{timeline.published.year:04d}"  # 'for the full year': the current (fiscal) year
    if re.fullmatch(r"(?:the\s+)?month", text.strip(), re.I) and timeline.last_month and sent_no - timeline.month_sent <= QUARTER_SCOPE:
        return "DATE", timeline.last_month  # 'prices rose 0.3 percent in the month' after 'in November': that month
    that_year = _MONTH_THAT_YEAR.match(text)
    if that_year:  # 'in September that year': the month in the year the article last named
        return ("DATE", f"{timeline.last_year:04d}-{MONTHS[that_year['mon'].lower().rstrip('.')]:02d}") if timeline.last_year else None
    same_of = _SAME_OF.match(text)
    if same_of:  # 'the same period of 2012': that year's quarter of the one being reported on
        quarter = timeline.last_quarter if same_of["u"].lower() in ("quarter", "period") and sent_no - timeline.quarter_sent <= QUARTER_SCOPE else None
        return "DATE", f"{same_of['y']}{quarter[4:]}" if quarter else same_of["y"]
    same = _SAME_BACK.match(text)
    if same and timeline.published is not None:
        return _same_back(same["u"].lower(), timeline, sent_no)
    if _LAST_CENTURY.match(text) and timeline.published is not None:
        return "DATE", f"{timeline.published.year // 100 - 1:02d}"  # 'in the last century': TimeML '19' in 2013
    year_q = _YEAR_QUARTER.match(text)
    if year_q:  # 'the 1988 quarter': that year's quarter of the one the article reports on
        return ("DATE", f"{year_q['y']}{timeline.last_quarter[4:]}") if timeline.last_quarter else None
    now, back = _QUARTER_NOW.match(text), _QUARTER_BACK.match(text)
    if not (now or back):
        return None
    quarter = timeline.last_quarter
    if now and re.search(r"\b(?:latest|most\s+recent)\s+quarter", text, re.I) and tense == "past":
        quarter = None  # 'the latest quarter' in a report: the last one over at publication
    if quarter is None and timeline.published is not None and tense == "past" and (back or "quarter" in text.lower()):
        q, year = (timeline.published.month - 1) // 3, timeline.published.year
        quarter = f"{year:04d}-Q{q}" if q else f"{year - 1:04d}-Q4"
    if quarter is None or (now and "period" in text.lower() and sent_no - timeline.quarter_sent > QUARTER_SCOPE):
        return None
    # naming it again ('sales in the latest quarter') keeps the quarter being told in scope
    timeline.last_quarter, timeline.quarter_sent = timeline.last_quarter if back and timeline.last_quarter else quarter, sent_no
    return "DATE", _quarter_back(quarter) if back else quarter


_PAST_UNIT = re.compile(r"^(?:the\s+)?(?:past|last)\s+(?P<u>week|month|year|decade)$", re.I)


def _past_unit(span: Span) -> tuple[str, str] | None:
    """'over the past year', 'in the last decade': the length back from publication (TimeML DURATION
    'P1Y', 'P10Y'; TBAQ sometimes writes the calendar unit before instead). Not 'the last year of his term'."""
    m = _PAST_UNIT.match(span.text)
    if m is None or span.end < len(span.doc) and span.doc[span.end].lower_ in ("of", "that", "when", "before"):
        return None
    return "DURATION", _period(m["u"], "1")


_VAGUE_UNITS = "|".join(TIME_UNIT_CODES)


def _period(unit: str, amount: str = "X") -> str:
    code = TIME_UNIT_CODES[unit.lower()]
    if code == "DE" and amount != "X":  # TBAQ writes decades in years, as the quantities do: 'a decade later' -> P10Y
        return f"P{float(amount) * 10:g}Y"
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


_LATER = re.compile(rf"^(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?P<u>{'|'.join(TIME_UNIT_CODES)})s?\s+(?:later|earlier)$", re.I)


def _length_before_later(text: str) -> str | None:
    """'three days later', 'a few weeks earlier': TimeML annotates the length ('P3D', 'PXW'). Not 'a
    year earlier', which in news sets a figure against the one a year before (a date)."""
    m = _LATER.match(text.strip())
    if m is None or _YEAR_BACK.match(text.strip()):
        return None
    words = re.sub(r"\s+", " ", m["n"].lower())
    if words in ("a few", "several", "some", "many", "a couple of"):
        return _period(m["u"].lower())
    n = parse_amount(words)
    return _period(m["u"].lower(), f"{n:g}") if n else None


def _vague(text: str) -> tuple[str, str] | None:
    """TimeML reading of a time expression with no calendar value: 'recent years' (PAST_REF),
    'the coming months' (FUTURE_REF), 'several weeks' (PXW), 'daily', 'every month' (SET)."""
    length = _length_before_later(text)
    if length:
        return "DURATION", length
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(r"^(?:(?:at least|more than|less than|no more than|up to|over|about|nearly|almost|around|for|within|in) )+", "", t)
    if t in TIME_REFERENCE_PHRASES:
        return "DATE", TIME_REFERENCE_PHRASES[t]
    if t in SET_WORDS:
        return "SET", SET_WORDS[t]
    if t in CENTURY_NOW_PHRASES:
        return "DURATION", "P100Y"
    m = re.fullmatch(r"(?:the |a )?(?:(?:early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century", t)
    if m and 1 <= int(m["n"]) <= 21:  # 'the 19th century': TimeML '18' (the hundreds digits), never a year a check reads
        return "DATE", f"{int(m['n']) - 1:02d}"
    m = re.fullmatch(rf"(?:every|each|per) (?:(?P<n>\w+) )?(?P<u>{_VAGUE_UNITS})s?", t)
    if m:
        n = parse_amount(m["n"]) if m["n"] else 1
        return ("SET", _period(m["u"], f"{n:g}")) if n else None
    m = re.fullmatch(rf"(?:several|many|multi)-(?P<u>{_VAGUE_UNITS})", t)
    if m:  # 'a several-year stint', 'a multi-year deal': a length of some units
        return "DURATION", _period(m["u"])
    m = re.fullmatch(rf"(?:the )?(?:most )?recent (?P<u>{_VAGUE_UNITS})s", t)
    if m:  # 'in recent years': a length of time back from now
        return "DURATION", _period(m["u"])
    if re.fullmatch(r"(?:the )?(?:most )?recent(?: \w+)*", t) or re.fullmatch(r"(?:the )?(?:past|last) (?:several|few) \w+s", t) \
            or re.fullmatch(r"(?:several|a few|few|many|some) \w+s ago|(?:\w+s) ago", t):
        return "DATE", "PAST_REF"
    if re.fullmatch(r"(?:the )?(?:coming|upcoming|future) \w+s", t):
        return "DATE", "FUTURE_REF"
    m = re.fullmatch(rf"(?:each of )?(?:the )?(?:first|last|latest|past|next|coming|previous) (?P<n>[\w-]+(?: [\w-]+)?) (?P<u>{_VAGUE_UNITS})s(?: or so)?", t)
    if m and parse_amount(m["n"]):
        return "DURATION", _period(m["u"], f"{parse_amount(m['n']):g}")
    m = re.fullmatch(rf"(?:the )?(?:(?:next|coming|first|last|past) )?(?:(?:several|a few|few|many|some) )?(?P<u>{_VAGUE_UNITS})s(?P<ahead> ahead)?", t)
    if m and m["u"] not in ("weekend",) and not (re.fullmatch(r"the \w+s", t)):  # 'in the days after': a time, not a length
        return "DURATION", _period(m["u"])
    return None


_CLOCK = re.compile(
    r"(?:(?:at|around|about|by|until|before|after|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?|(?P<word>noon|midday|midnight)"
    r"|(?P<h2>\d{1,2})(?::(?P<mi2>\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening|night)|(?P<h3>\d{1,2}):(?P<mi3>\d{2})"
    r"|(?P<h4>\d{1,2})\s+o'clock)"
    r"(?:\s*\(?(?P<zone>(?-i:[A-Z]{2,4}T|GMT|UTC|[ECMP]T))\b\)?)?", re.I)
_PART_OF_DAY = re.compile(
    r"^(?:(?:early|late|later|earlier|mid)[\s-]+)?(?:(?P<rel>this|last|the|that|yesterday|today|tomorrow)\s+)?"
    r"(?P<pod>morning|afternoon|evening|night|tonight|overnight)(?:\s+(?P<rel2>yesterday|today|tomorrow))?$", re.I)
_DAY_SHIFT = {"yesterday": -1, "last": -1, "today": 0, "this": 0, "tomorrow": 1}


_ZONE_TAIL = re.compile(rf"\s+(?:{'|'.join(CLOCK_ZONE_WORDS)})\s+time$", re.I)
_ZONE_GAP = re.compile(rf"(?:(?i:{'|'.join(CLOCK_ZONE_WORDS)})\s+(?i:time)|[ECMP][SD]?T|GMT|UTC)(?:\s+(?i:on)|\s*,)?")


def _times_of_dates(ents: list[Span]) -> dict[int, Span]:
    """A TIME entity written against a DATE one ('Saturday night', 'noon Friday', '10 p.m. on
    Tuesday', 'mid-afternoon yesterday'): one expression that the model split in two."""
    out: dict[int, Span] = {}
    for a, b in zip(ents, ents[1:]):
        written = a.doc[a.end:b.start].text.strip()
        gap = written.lower()
        if a.label_ == "TIME" and _ZONE_GAP.fullmatch(written):
            gap = ""  # '3:15 p.m. local time | Tuesday', '10 a.m. | PT | Friday': the zone of the clock, then its day
        if gap not in ("", "on", ","):
            continue
        pair = (b, a) if a.label_ == "TIME" and b.label_ == "DATE" else (a, b) if a.label_ == "DATE" and b.label_ == "TIME" else None
        if pair and id(pair[0]) not in out and _time_of_day(pair[1].text) and _WEEKDAY_OR_DEICTIC.search(pair[0].text):
            out[id(pair[0])] = pair[1]
    return out


# 'late Wednesday', 'earlier Saturday' tagged as a time: a part of that day with no clock, dated as the day is
_WEEKDAY_PART = re.compile(rf"^(?:early|late|earlier|later)(?:\s+on)?\s+(?:{WEEKDAY_RE})$", re.I)
# 'the night of March 5' tagged as one time: the date, TBAQ leaves the part of the day out
_PART_OF = re.compile(r"^(?P<part>(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night))\s+of\s+(?P<day>\S.*)$", re.I)
_WEEKDAY_TIME = re.compile(rf"^(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY_RE})\s+(?P<pod>morning|afternoon|evening|night)$", re.I)
# (a month with its day, named in full or short: 'March 20', 'Nov. 6'; a month alone names no day)
_WEEKDAY_OR_DEICTIC = re.compile(rf"\b(?:{WEEKDAY_RE}|yesterday|today|tomorrow|(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}})\b", re.I)


def _time_of_day(text: str) -> str | None:
    """The clock part of a TimeML value for a time with no day of its own: 'night' -> 'TNI',
    '10 p.m.' -> 'T22:00', 'noon' -> 'T12:00'."""
    pod = _PART_OF_DAY.match(text)
    if pod and (pod["rel"] or "the").lower() == "the" and not pod["rel2"] and pod["pod"].lower() not in ("tonight", "overnight"):
        return "T" + PARTS_OF_DAY[pod["pod"].lower()]
    m = _CLOCK.fullmatch(_ZONE_TAIL.sub("", text.strip()))  # '7 a.m. Eastern time': the clock in its zone
    return "T" + _clock_value(m) if m else None


def _clock_value(m: re.Match) -> str | None:
    if m["word"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["word"].lower()]
    h = int(m["h"] or m["h2"] or m["h3"] or m["h4"])
    mi = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    ap = (m["ap"] or "").lower()
    if m["pod"]:
        ap = "a" if m["pod"].lower() == "morning" else "p"
    if h > 24 or mi > 59 or (ap and not 1 <= h <= 12):
        return None
    h = (h % 12) + (12 if ap == "p" else 0) if ap else h
    return f"{h:02d}:{mi:02d}"


def _clock(span: Span, offset: int, timeline: Timeline, ctx: dict, day: str | None) -> dict | None:
    """A TIME entity: '10:35 a.m.', 'noon Saturday', '5 p.m. EST, Nov. 6', 'last night'. Its TimeML
    value (``attrs.timex``, '1998-02-13T15:00', '1998-02-12TNI') on the day the entity names, else
    the last full date of its sentence, else the publication date. ``value`` stays None."""
    text = span.text
    tense = local_tense(span)
    pub = timeline.published
    ana = _ANAPHORIC.match(text)
    if ana:  # 'the next morning', 'that night': counted from the last full date of the article
        found = _anaphoric(ana, timeline)
        return None if found is None else {**_time_claim(span.start_char, span.end_char, offset, found[1], ctx, tense), "attrs": {
            **ctx, "timex_type": found[0], "timex": found[1], "tense": tense}}
    pod = _PART_OF_DAY.match(text)
    if pod:
        rel = (pod["rel"] or pod["rel2"] or "").lower()
        part = pod["pod"].lower()
        if part == "overnight" and not rel:
            rel = "last" if tense == "past" else "this"
        if rel in ("the", "that") and not day and timeline.last is not None and not any(
                c.dep_ in ("relcl", "acl", "prep") for c in span.root.children) and not (
                span.end < len(span.doc) and (span.doc[span.end].dep_ == "relcl" or span.doc[span.end].pos_ in ("DET", "PRON", "PROPN"))):
            # not 'the night (that) the roof fell': a night its own clause names
            day = timeline.last.isoformat()  # 'in the morning' after 'on Friday': the day being told
        if rel in ("", "the", "that") and part != "tonight" and not day:
            return None  # 'morning' with no day: which day is a guess
        base = date.fromisoformat(day) if day and rel in ("", "the", "that") else pub
        if base is None:
            return None
        when = base + timedelta(days=_DAY_SHIFT.get(rel, 0))
        return _time_claim(span.start_char, span.end_char, offset, f"{when.isoformat()}T{PARTS_OF_DAY[part]}", ctx, tense)
    m = _CLOCK.search(text)
    if not m:
        dv = dates.resolve(text, pub, tense)  # 'Saturday night', 'Friday morning'
        return _time_claim(span.start_char, span.end_char, offset, dv.attrs["timex"], ctx, tense) if dv.attrs.get("timex") else None
    rest = (text[:m.start()] + " " + text[m.end():]).strip(" ,")
    rest = re.sub(r"^(?:(?:local|eastern|central|mountain|pacific)\s+time\b,?\s*)?(?:on|of)?\s*", "", rest, flags=re.I)  # '9:30 a.m. Eastern time
    if rest:
        dv = dates.resolve(rest, pub, tense)
        if dv.value is None:
            dv = _special(rest, pub, tense) or dv  # '8 p.m. tonight'
        if dv.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dv.value):
            return None  # 'the 10 a.m. deadline', 'two hours': not a clock time on a day we can name
        day = dv.value
    else:
        after = _date_after(span)
        dv = dates.resolve(after, pub, tense) if after else None
        if dv is not None and dv.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dv.value):
            day = dv.value  # 'noon Saturday', '5 p.m., March 20': the clock time and its day as two entities
    if day is None:
        day = pub.isoformat() if pub else "XXXX-XX-XX"
    clock = _clock_value(m)
    if clock is None:
        return None
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if (m["h3"] or m["h4"]) and after in ("afternoon", "evening", "night") and 1 <= int(clock[:2]) < 12:
        clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"  # 'around 2:30 Tuesday afternoon': 14:30
    return _time_claim(span.start_char, span.end_char, offset, f"{day}T{clock}", ctx, tense)


def _date_after(span: Span) -> str | None:
    """The text of a DATE entity right after a span ('noon | Saturday', '5 p.m., | March 20'), if any."""
    doc, i = span.doc, span.end
    if i + 1 < len(doc) and doc[i].lower_ in CLOCK_ZONE_WORDS and doc[i + 1].lower_ == "time":
        i += 2  # '10:35 a.m. local time (0235 GMT) Friday', '9:30 a.m. Eastern time on Monday'
    if i < len(doc) and doc[i].text == "(":  # '10:35 a.m. (0735 GMT) Friday': past the time in another zone
        close = next((k for k in range(i + 1, min(i + 7, len(doc))) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < len(doc) and doc[i].lower_ in ("on", ","):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "DATE" or doc[i].ent_iob_ != "B":
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return doc[i:j].text


def _vague_time(span: Span, offset: int, ctx: dict) -> dict | None:
    """A TIME entity that names some hours or minutes with no number ('several hours', 'the first
    hours'): TimeML DURATION 'PTXH'. Other units come as DATE entities. Not a bare 'minutes' ('minutes
    apart'), which TBAQ leaves unannotated."""
    found = _vague(span.text)
    if found is None or not found[1].startswith("PT") or len(span) == 1:
        return None
    return {"kind": Kind.DATE, "start": offset + span.start_char, "end": offset + span.end_char, "value": None, "label": "DATE",
            "attrs": {**ctx, "timex_type": found[0], "timex": found[1]}}


def _time_claim(start: int, end: int, offset: int, timex: str, ctx: dict, tense: str) -> dict:
    return {"kind": Kind.DATE, "start": offset + start, "end": offset + end, "value": None, "label": "DATE",
            "attrs": {**ctx, "timex_type": "TIME", "timex": timex, "tense": tense}}


def _pluperfect(span: Span) -> bool:
    """A date under a verb in the past perfect, up to three heads up ('had been scheduled to lapse on Monday')."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in tok.children):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _happens_now(span: Span) -> bool:
    """A weekday dating a present-tense event ('the court rules on Monday', 'polls close Friday'): news
    writes a past event in the past tense, so such a day is the coming one. Not a reporting verb ('police
    say Monday'), and not in a sentence that has any past-tense verb (a misread tense)."""
    if not re.fullmatch(rf"(?:on\s+)?{WEEKDAY_RE}", span.text, re.I) or event_tense(span) != "present":
        return False
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return verb.lower_ not in REPORTING_PRESENT and not any(t.tag_ in ("VBD", "VBN") for t in span.sent)


def _either_side(span: Span) -> bool:
    """A bare weekday after 'for' or a participle 'beginning' / 'starting' in a past-tense report: a day
    set for something, which may still be ahead ('called a strike for Monday', 'talks beginning Thursday')."""
    if not re.fullmatch(WEEKDAY_RE, span.text, re.I) or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_ in WEEKDAY_EITHER_HEADS and (prev.lower_ == "for" or prev.tag_ == "VBG")


_HALF_NO_YEAR = re.compile(r"^(?:the\s+)?(?:fiscal\s+)?(?:first|second)\s+half$", re.I)


def _half_of_year(span: Span) -> bool:
    """'the second half' names a half of the year when the sentence is about money or business figures,
    and no 'of' follows ('the first half of the match')."""
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return False
    return any(t.ent_type_ in ("MONEY", "PERCENT") or t.lemma_.lower() in HALF_YEAR_CONTEXT_WORDS or t.lower_ in HALF_YEAR_CONTEXT_WORDS
               for t in span.sent)


def _to_infinitive(span: Span) -> bool:
    """A date that dates a to-infinitive directly ('to switch off supplies Monday', 'to open in May'): in a
    present-tense clause the act is still to come."""
    root = span.root
    gov = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head if root.dep_ == "npadvmod" else None
    return gov is not None and gov.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)


def _deferred_to(root) -> bool:
    """'postponed to April 15', 'rescheduled for Monday': the new day of something put off lies ahead."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.pos_ == "VERB" and prep.head.lower_ in DEFER_VERBS


def _deferred_until(root) -> bool:
    """'postponed until Tuesday any action', 'has extended loans through January': the object of
    'until' / 'through' hangs on a verb that moves something later (through one noun at most)."""
    prep = root.head
    if prep.lower_ not in ("until", "till", "through"):
        return False
    gov = prep.head
    if gov.pos_ in ("NOUN", "PROPN") and gov.head is not gov:
        gov = gov.head.head if gov.dep_ == "pobj" else gov.head
    return gov.pos_ == "VERB" and gov.lower_ in DEFER_VERBS


def _scheduled(span: Span) -> bool:
    """A date that says when something falls due or takes effect ('payable Dec. 1', 'due March 3')."""
    tok = span.root
    for _ in range(4):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.lower_ in SCHEDULE_WORDS:
            return True
    return False


def _compared(span: Span) -> bool:
    """'from ... a year earlier', 'compared with ... a year before', 'than a year earlier': a comparison."""
    for tok in reversed(span.doc[max(span.sent.start, span.start - 8):span.start]):
        if tok.lower_ in COMPARISON_PREPOSITIONS:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return False
    return False


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


def _in_time_ahead(span: Span, n: float, unit: str, published: date | None) -> str | None:
    """'will be repaid in five years', 'the vote is to be held in two weeks': in a future clause, 'in' and
    a length count from publication to a date (TimeML DATE '2031', '2026-W13'). The quantity stays a
    length for the checks; only its TimeML reading changes. Not 'finished in two weeks' (past: how long
    it took), nor 'the first rise in five years' (a noun's span of time)."""
    prep = span.doc[span.start - 1]
    if published is None or not float(n).is_integer() or prep.head.pos_ not in ("VERB", "AUX") or local_tense(span) != "future":
        return None
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return None  # 'in two years of talks'
    return _counted_from(published, int(n), unit)


def _counted_from(published: date, k: int, unit: str) -> str | None:
    """The TimeML value of the date ``k`` units after publication, written to the unit: '2031',
    '2026-06', '2026-W13', '2026-03-23'; None for a unit finer or coarser than these."""
    u = unit.lower().rstrip("s")
    if u == "year":
        return f"{published.year + k:04d}"
    if u == "month":
        y, m = divmod(published.year * 12 + published.month - 1 + k, 12)
        return f"{y:04d}-{m + 1:02d}"
    if u == "week":
        iso = (published + timedelta(weeks=k)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if u == "day":
        return (published + timedelta(days=k)).isoformat()
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
_SPECIAL = re.compile(r"^(?:the\s+)?(?:(?P<mod>end|beginning|start|middle|rest)\s+of\s+(?:the\s+)?)?(?P<what>month|year|week|weekend|previous\s+year|year\s+before|last\s+quarter|previous\s+quarter|this\s+quarter|current\s+quarter|christmas(?:\s+eve|\s+day)?|new\s+year(?:'s\s+eve)?|this\s+morning|this\s+afternoon|this\s+evening|tonight|this\s+weekend|(?P<mon>" + MONTH_RE + r")\.?\s+(?:of\s+)?(?P<rel>next|last|this)\s+year|(?P<rel2>next|last)\s+(?P<mon2>" + MONTH_RE + r"))$", re.I)


def _special(text: str, pub: date | None, tense: str) -> dates.DateValue | None:
    if pub is None:
        return None
    m = _SPECIAL.match(re.sub(r"\b(?:fiscal|financial)\s+(?=quarter\b)", "", text.strip(), flags=re.I))
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
    if what in ("christmas", "christmas day", "christmas eve", "new year's eve"):
        day = {"christmas": 25, "christmas day": 25, "christmas eve": 24}.get(what, 31)
        year = pub.year if (tense != "past" or pub >= date(pub.year, 12, day)) else pub.year - 1
        return dates.DateValue(f"{year:04d}-12-{day:02d}")
    if what == "new year":
        year = pub.year + 1 if tense != "past" and pub.month > 1 else pub.year
        return dates.DateValue(f"{year:04d}-01-01")
    if what in ("this morning", "this afternoon", "this evening", "tonight"):
        part = PARTS_OF_DAY[what.split()[-1]]
        return dates.DateValue(pub.isoformat(), {"timex_type": "TIME", "timex": f"{pub.isoformat()}T{part}"})
    return None
