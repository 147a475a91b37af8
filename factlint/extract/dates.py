"""Normalise date expressions to ISO 8601 / TIMEX3-style values at the precision the text gives.

``resolve`` is a pure function of the expression, the publication date and the tense of the
sentence it sits in; it never guesses a year it has no grounds for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from factlint.extract.lexicon import DATE_FOCUS_WORDS, MONTHS, PARTS_OF_DAY, SEASONS, TENS, UNITS, WEEKDAYS
from factlint.extract.numbers import parse_amount

# a year written in words: 'nineteen ninety-seven', 'two thousand', 'two thousand and one'
_TEEN = "|".join(w for w, n in UNITS.items() if 10 <= n <= 19) + "|twenty"
_BELOW_100 = rf"(?:(?:{'|'.join(TENS)})(?:[\s-]+(?:{'|'.join(w for w, n in UNITS.items() if 1 <= n <= 9)}))?|{'|'.join(w for w, n in UNITS.items() if 1 <= n <= 19)})"
YEAR_WORDS = re.compile(rf"(?P<c>{_TEEN})[\s-]+(?P<r>{_BELOW_100}|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?P<r2>{_BELOW_100}))?", re.I)
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_GAP = r"(?:\s+|(?<=\.))"  # 'Oct. 12', and 'Oct.12' as some wires write it

PATTERNS = [
    ("mdy", re.compile(rf"^(?:the\s+)?{_WD}{_MON}{_GAP}{_DAY},?\s+{_YEAR}$", re.I)),
    ("dmy", re.compile(rf"^(?:the\s+)?{_WD}{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}$", re.I)),
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})$")),
    ("slash", re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})$")),
    ("md", re.compile(rf"^(?:the\s+)?{_WD}{_MON}{_GAP}{_DAY}$", re.I)),
    ("dm", re.compile(rf"^(?:the\s+)?{_WD}{_DAY}(?:\s+of)?\s+{_MON}$", re.I)),
    ("md_rel", re.compile(rf"^(?:the\s+)?{_WD}{_MON}{_GAP}{_DAY},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year$", re.I)),
    ("dm_rel", re.compile(rf"^(?:the\s+)?{_WD}{_DAY}(?:\s+of)?\s+{_MON},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year$", re.I)),
    ("my_rel", re.compile(rf"^(?:(?P<mod>early|mid|late)[\s-]+)?{_MON},?\s+(?:(?:of\s+)?(?P<rel>this|last|next)\s+year|(?P<rel2>next)$)", re.I)),
    ("my", re.compile(rf"^(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?{_MON},?\s+{_YEAR}$", re.I)),
    ("year", re.compile(r"^(?:the\s+(?=\d{4}\s+fiscal))?(?:(?:in|early|mid|late|pre|post|the\s+year|(?:the\s+)?fiscal(?:\s+year)?)[\s-]+)?(?P<year>(?:1\d|20)\d{2})(?:\s+fiscal(?:\s+year)?)?$", re.I)),
    ("decade", re.compile(r"^(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<year>(?:1[5-9]|20)\d)0['’]?s$", re.I)),
    # 'the '60s', 'the late 70s' (not 'his 60s', an age: without the apostrophe only after 'the')
    ("decade_short", re.compile(r"^(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<apo>['’])?(?P<d>\d)0['’]?s$", re.I)),
    ("quarter", re.compile(r"^(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<year>\d{4})$", re.I)),
    ("quarter_rel", re.compile(r"^(?:the\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?"
                               r"(?:the\s+)?(?:(?P<rel>this|last|next|current|previous)\s+(?:fiscal\s+)?|(?=fiscal\s))(?:fiscal\s+)?year$", re.I)),
    ("month_quarter", re.compile(rf"^(?:the\s+)?{_MON}\s*(?:-|–|to|through|-to-)\s*(?P<mon2>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?:fiscal\s+)?(?:period|quarter)$", re.I)),
    ("month_end_quarter", re.compile(rf"^(?:the\s+)?{_MON}\s+(?:fiscal\s+)?quarter$", re.I)),
    ("quarter_noyear", re.compile(r"^(?:the\s+|an?\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter$", re.I)),
    ("year_quarter", re.compile(r"^(?:the\s+)?(?P<year>(?:19|20)\d{2})\s+(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter$", re.I)),
    ("qshort", re.compile(r"^Q(?P<q>[1-4])\s+(?P<year>\d{4})$", re.I)),
    ("half", re.compile(r"^(?:the\s+)?(?P<h>first|second)\s+half\s+(?:of\s+)?(?P<year>\d{4})$", re.I)),
    ("half_noyear", re.compile(r"^(?:the\s+)?(?:fiscal\s+)?(?P<h>first|second)\s+half$", re.I)),
    ("half_q", re.compile(r"^(?:the\s+)?(?P<h>first|last|second)\s+two\s+(?:fiscal\s+)?quarters\s+(?:of\s+)?(?P<year>\d{4})$", re.I)),
    ("season", re.compile(r"^(?:the\s+|this\s+|last\s+|next\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>\d{4})$", re.I)),
    ("season_rel", re.compile(r"^(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past)\s+)?"
                              r"(?P<season>spring|summer|autumn|fall|winter)$", re.I)),
    ("season_of_rel", re.compile(r"^(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                                 r"(?P<rel>this|last|next)\s+year$", re.I)),
    # 'this decade', 'the end of the decade': the one under way (not 'the next decade', a length as often as a date)
    ("decade_now", re.compile(r"^(?:(?P<mod>early|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)\s+)?"
                              r"(?:this|the\s+current|(?<=of\s)the)\s+decade$", re.I)),
    ("month", re.compile(rf"^(?:(?:early|mid|late|in)[\s-]+)?{_MON}$", re.I)),
    ("this_month", re.compile(rf"^(?:(?P<mod>early|mid|late)[\s-]+)?(?P<rel>this\s+past|this|next|last)\s+{_MON}$", re.I)),
    # 'earlier Monday', 'later on Tuesday': a time of that day, as 'early Monday' is
    ("weekday", re.compile(r"^(?:(?:earlier|later|early|late)(?:\s+on)?\s+)?(?:(?P<rel>last|next|this\s+coming|this|on|(?:the\s+)?previous)\s+)?(?:(?:early|late)\s+)?(?P<wd>" + "|".join(WEEKDAYS)
                           + r")(?:\s+(?P<part>morning|afternoon|evening|night))?$", re.I)),
    ("ago", re.compile(r"^(?:(?:just|only|barely|exactly)\s+)?(?P<bound>over|more\s+than|nearly|almost|about|some|around|less\s+than)?\s*(?P<n>[\w\s,-]+?)\s+(?P<unit>day|week|month|year|decade|century|centurie)s?(?P<so>\s+or\s+so)?\s+ago(?:\s+(?P<this>this\s+(?:month|week)|today))?$", re.I)),
    ("thisunit", re.compile(r"^(?P<mod>earlier|later|early|late|mid|sometime|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)?[\s-]*"
                            r"(?P<rel>this|last|next|(?:the\s+)?current)\s+(?:fiscal\s+|calendar\s+)?(?P<unit>week|month|year)$", re.I)),
    ("weekend", re.compile(r"^(?P<rel>last|this\s+past|past|next|this\s+coming)\s+weekend$", re.I)),
    ("deictic", re.compile(r"^(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow)$", re.I)),
]
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@dataclass
class DateValue:
    value: str | None
    attrs: dict[str, Any] = field(default_factory=dict)


def _shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


NEAR_PAST = "past, near future allowed"
NEAR_EITHER = "the nearer side"  # a weekday in a plan reported in the past ('did not plan to move him on Thursday')
NEAR_DAYS = 92  # how far after publication a month or day in a past report can still lie ahead
NEXT_WEEKDAY_DAYS = 2  # an untensed weekday this close ahead is the coming one (the last one is five or more days back)


def resolve(text: str, published: date | None, tense: str = "present") -> DateValue:
    """Value of one date expression. ``tense`` is past, present or future, or ``NEAR_PAST``: a past
    report of something the clause does not date by its own verb ('a cut in supply in September'),
    which may lie up to ``NEAR_DAYS`` ahead of publication."""
    t = YEAR_WORDS.sub(_year_digits, re.sub(r"\s+", " ", text.strip()))
    t = re.sub(r"\bfinancial(?=\s+(?:year|quarter)\b)", "fiscal", t, flags=re.I)  # 'the last financial quarter
    shifted = _days_from(t, published, tense)
    if shifted is not None:
        return shifted
    focused = _FOCUS.match(t)
    if focused:  # 'just last month': the date the rest names
        return resolve(t[focused.end():], published, tense)
    owner = _YEARS_PART.match(t)
    if owner:  # "next year's first quarter", "1988's second half": the part 'of' that year
        return resolve(f"{owner['part']} of {owner['year']}", published, tense)
    for kind, pattern in PATTERNS:
        m = pattern.match(t)
        if m:
            if tense == NEAR_EITHER:
                tense = NEAR_EITHER if kind == "weekday" else NEAR_PAST
            try:
                return _RESOLVERS[kind](m, published, tense if tense not in (NEAR_PAST, NEAR_EITHER) or kind in ("month", "md", "dm", "weekday") else "past")
            except OverflowError:  # counted past the calendar's ends from a publication date near year 1 or 9999
                return DateValue(None, {"unresolved": "date out of the calendar's range"})
    return DateValue(None, {"unresolved": "expression not understood"})


_FOCUS = re.compile(r"^(?:" + "|".join(DATE_FOCUS_WORDS) + r")\s+(?=\S)", re.I)
_DAYS_FROM = re.compile(r"^(?:the\s+)?(?:(?P<n>[\w-]+)\s+days|(?P<one>a\s+|one\s+)?day)\s+(?P<dir>before|after)\s+(?P<rest>\S.*)$", re.I)


_YEARS_PART = re.compile(r"^(?P<year>(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year|(?:19|20)\d{2})\s*'s\s+"
                         r"(?P<part>(?:fiscal\s+)?(?:" + "|".join(ORDINAL_Q) + r")[\s-]+(?:fiscal\s+)?(?:quarter|half))$", re.I)


def _days_from(t: str, published: date | None, tense: str) -> DateValue | None:
    """'the day before last Tuesday', 'two days after March 3', 'the day after tomorrow': counted in days
    from the date named after 'before'/'after'. None unless that date is a whole day."""
    m = _DAYS_FROM.match(t)
    if m is None:
        return None
    n = 1 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else _number_words(m["n"])
    base = resolve(m["rest"], published, tense)
    if not n or base.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
        return None
    d = date.fromisoformat(base.value) + timedelta(days=n if m["dir"].lower() == "after" else -n)
    # the weekday and the time of day belong to the date counted from, not to this one
    return DateValue(d.isoformat(), {k: v for k, v in base.attrs.items() if k not in ("weekday", "timex_type", "timex")})


def _number_words(words: str) -> int:
    return sum(UNITS.get(w, TENS.get(w, 0)) for w in re.split(r"[\s-]+", words.lower()))


def _year_digits(m: re.Match) -> str:
    if m["c"]:
        rest = m["r"].lower()
        return str(_number_words(m["c"]) * 100 + (0 if rest == "hundred" else _number_words(rest)))
    return str(2000 + (_number_words(m["r2"]) if m["r2"] else 0))


def _mon(m: re.Match) -> int:
    return MONTHS[m["mon"].lower().rstrip(".")]


def _full(m: re.Match, year: int, month: int, day: int) -> DateValue:
    d = _valid(year, month, day)
    if d is None:
        return DateValue(None, {"unresolved": "not a real calendar date", "invalid": True})
    attrs: dict[str, Any] = {}
    wd = m.groupdict().get("wd")
    if wd:
        attrs["weekday"] = wd.capitalize()
        attrs["weekday_matches"] = WEEKDAYS[wd.lower()] == d.weekday()
    return DateValue(d.isoformat(), attrs)


def _mdy(m, pub, tense):
    return _full(m, int(m["year"]), _mon(m), int(m["day"]))


def _iso(m, pub, tense):
    return _full(m, int(m["year"]), int(m["mon"]), int(m["day"]))


def _slash(m, pub, tense):
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12:
        return _full(m, year, b, a)
    if b > 12 or a == b:
        return _full(m, year, a, b)
    dv = _full(m, year, a, b)  # US order by default, but say it is ambiguous
    dv.attrs.update({"ambiguous": True, "alternative": _valid(year, b, a).isoformat()})
    return dv


HALF_YEAR_DAYS = 183  # with no tense to go by, a date without a year is the one nearer publication
JUST_AFTER_DAYS = 7  # a past-tense day-and-month this close after publication keeps the publication year


def _partial(m, pub, tense):
    month, day = _mon(m), int(m["day"])
    attrs: dict[str, Any] = {"year_from": "publication date"}
    wd = m.groupdict().get("wd")
    if wd:
        attrs["weekday"] = wd.capitalize()
    if pub is None:
        if _valid(2000, month, day) is None:
            return DateValue(None, {"unresolved": "not a real calendar date", "invalid": True})
        return DateValue(f"XXXX-{month:02d}-{day:02d}", {"unresolved": "year unknown: no publication date"})
    year = pub.year
    d = _valid(year, month, day) or _valid(year - 1, month, day) or _valid(year + 1, month, day)
    if d is None:
        return DateValue(None, {"unresolved": "not a real calendar date", "invalid": True})
    fits = wd is not None and WEEKDAYS[wd.lower()] == d.weekday()
    if tense == NEAR_PAST:
        if pub < d <= pub + timedelta(days=NEAR_DAYS) or (d < pub and (_valid(d.year + 1, month, day) or d) <= pub + timedelta(days=NEAR_DAYS)):
            d = d if d > pub else (_valid(d.year + 1, month, day) or d)
            return DateValue(d.isoformat(), {**attrs, **({"weekday_matches": WEEKDAYS[wd.lower()] == d.weekday()} if wd else {})})
        tense = "past"
    if tense == "past" and d > pub and (d - pub).days > JUST_AFTER_DAYS and not fits:
        # a past event on a date well after publication is last year's; a date just after
        # publication (a misread tense, a scheduled event) keeps the year, so a weekday written
        # with it is checked against the publication year and not moved to a year it happens to fit
        d = _valid(d.year - 1, month, day) or d
        attrs["year_from"] = "publication date, previous year (past tense)"
    elif tense == "future" and (pub - d).days > 31:
        d = _valid(d.year + 1, month, day) or d
        attrs["year_from"] = "publication date, next year (future tense)"
    elif tense == "present" and abs((d - pub).days) > HALF_YEAR_DAYS and not fits:
        # a clause with no tense to go by: the nearer of the two ('Jan. 4' in a December article)
        step = -1 if d > pub else 1
        d = _valid(d.year + step, month, day) or d
        attrs["year_from"] = "publication date, nearest year"
    if wd:
        attrs["weekday_matches"] = WEEKDAYS[wd.lower()] == d.weekday()
    return DateValue(d.isoformat(), attrs)


def _md_rel(m, pub, tense):
    """'March 3 last year', '4 May this year': the day in the year the words count from publication."""
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    year = pub.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return _full(m, year, _mon(m), int(m["day"]))


def _my_rel(m, pub, tense):
    """'January of this year', 'Sept. next year': the month in the year the words count from publication."""
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    year = pub.year + {"last": -1, "next": 1}.get((m["rel"] or m["rel2"]).lower(), 0)  # 'due in January next': next year's
    return DateValue(f"{year:04d}-{_mon(m):02d}", {"modifier": m["mod"].lower()} if m["mod"] else {})


def _my(m, pub, tense):
    return DateValue(f"{int(m['year']):04d}-{_mon(m):02d}")


def _year(m, pub, tense):
    return DateValue(m["year"])


def _decade(m, pub, tense):
    # TimeML writes a decade as its first three digits ('the 1990s' -> '199')
    mod = {"modifier": m["mod"].lower()} if m["mod"] else {}
    if m["year"].endswith("0") and m["year"] < "200":  # 'the 1800s': the century, its hundreds ('18') as for 'the 19th century'
        return DateValue(m["year"][:2] + "XX", {"timex_type": "DATE", "timex": m["year"][:2], **mod})
    return DateValue(m["year"] + "X", {"decade": True, "timex_type": "DATE", "timex": m["year"], **mod})


def _decade_short(m, pub, tense):
    """'the '60s': the 1960s; a decade of this century only once it is over ('the '00s' written in 2013)."""
    if not (m["apo"] or m["the"]):
        return DateValue(None, {"unresolved": "a number of tens with no 'the' may be an age"})
    century = "20" if pub is not None and int(f"20{m['d']}0") + 10 <= pub.year else "19"
    return DateValue(f"{century}{m['d']}X", {"decade": True, "timex_type": "DATE", "timex": f"{century}{m['d']}",
                                            **({"modifier": m["mod"].lower()} if m["mod"] else {})})


def _quarter(m, pub, tense):
    return DateValue(f"{m['year']}-Q{ORDINAL_Q[m['q'].lower()]}")


def _quarter_rel(m, pub, tense):
    """'the second quarter of last year': the quarter in the year the words count from publication."""
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    year = pub.year + {"last": -1, "previous": -1, "next": 1}.get((m["rel"] or "this").lower(), 0)  # 'of the fiscal year': the current one
    return DateValue(f"{year:04d}-Q{ORDINAL_Q[m['q'].lower()]}")


def _month_quarter(m, pub, tense):
    """'the July-September quarter': the calendar quarter those months make, in its year as 'the third quarter'
    would be; None when the months make no calendar quarter."""
    first, last = _mon(m), MONTHS[m["mon2"].lower()]
    if first % 3 != 1 or last != first + 2:
        return DateValue(None, {"unresolved": "months that make no calendar quarter"})
    q = (first - 1) // 3 + 1
    if pub is None:
        return DateValue(f"XXXX-Q{q}", {"unresolved": "year unknown: no publication date"})
    year = pub.year - 1 if q > (pub.month - 1) // 3 + 1 and tense != "future" else pub.year
    return DateValue(f"{year:04d}-Q{q}", {"year_from": "publication date"})


def _month_end_quarter(m, pub, tense):
    """'the September quarter': the calendar quarter that ends in that month, in its year as 'the third
    quarter' would be; None for a month no calendar quarter ends in ('the November quarter' of a fiscal year)."""
    month = _mon(m)
    if month % 3:
        return DateValue(None, {"unresolved": "a quarter ending in a month no calendar quarter ends in"})
    q = month // 3
    if pub is None:
        return DateValue(f"XXXX-Q{q}", {"unresolved": "year unknown: no publication date"})
    year = pub.year - 1 if q > (pub.month - 1) // 3 + 1 and tense != "future" else pub.year
    return DateValue(f"{year:04d}-Q{q}", {"year_from": "publication date"})


def _quarter_noyear(m, pub, tense):
    """'the third quarter' with no year: the publication year's, or the year before when that quarter
    has not begun and the clause is not about the future (a past or present quarter has begun)."""
    q = ORDINAL_Q[m["q"].lower()]
    if pub is None:
        return DateValue(f"XXXX-Q{q}", {"unresolved": "year unknown: no publication date"})
    current = (pub.month - 1) // 3 + 1
    year = pub.year - 1 if q > current and tense != "future" else pub.year
    return DateValue(f"{year:04d}-Q{q}", {"year_from": "publication date"})


def _qshort(m, pub, tense):
    return DateValue(f"{m['year']}-Q{m['q']}")


def _half(m, pub, tense):
    return DateValue(f"{m['year']}-H{1 if m['h'].lower() == 'first' else 2}")


def _half_noyear(m, pub, tense):
    """'the second half' with no year: the publication year's, or the year before when that half has not
    begun and the clause is a past one."""
    h = 1 if m["h"].lower() == "first" else 2
    if pub is None:
        return DateValue(f"XXXX-H{h}", {"unresolved": "year unknown: no publication date"})
    year = pub.year - 1 if h == 2 and pub.month <= 6 and tense == "past" else pub.year
    return DateValue(f"{year:04d}-H{h}", {"year_from": "publication date"})


def _half_q(m, pub, tense):
    """'the first two quarters of 2027': the first half of that year."""
    return DateValue(f"{m['year']}-H{1 if m['h'].lower() == 'first' else 2}")


def _season(m, pub, tense):
    return DateValue(f"{m['year']}-{SEASONS[m['season'].lower()]}")


# the months a season spans, as (first, last) of the northern-hemisphere calendar; winter is
# named by the year its January falls in
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_rel(m, pub, tense):
    """'last fall', 'this summer', 'next spring', 'the early summer': a season with no year, placed
    from the publication date. 'last'/'this past' is the latest one over before publication, 'next'
    the first one that starts after it; a bare season goes back a year in a past clause when it has
    not begun yet, and forward in a future clause when it is over."""
    code = SEASONS[m["season"].lower()]
    if pub is None:
        return DateValue(f"XXXX-{code}", {"unresolved": "year unknown: no publication date"})
    first, last = SEASON_MONTHS[code]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    month = pub.month
    if code == "WI":  # months counted from the December before the January that names it
        current = pub.year + 1 if month == 12 else pub.year  # the winter in progress or just over
        in_progress = month in (12, 1, 2)
        if rel in ("last", "this past", "past"):
            year = current - 1 if in_progress else current
        elif rel in ("next", "this coming") or (tense == "future" and not in_progress):
            year = current + 1
        else:
            year = current
        return DateValue(f"{year:04d}-{code}", {"year_from": "publication date"})
    begun, over = month >= first, month > last
    year = pub.year
    if rel in ("last", "this past", "past"):
        year = pub.year if over else pub.year - 1
    elif rel in ("next", "this coming"):
        year = pub.year if not begun else pub.year + 1
    elif rel == "this":
        year = pub.year
    elif tense == "past" and not begun:
        year = pub.year - 1
    elif tense == "future" and over:
        year = pub.year + 1
    return DateValue(f"{year:04d}-{code}", {"year_from": "publication date"})


def _season_of_rel(m, pub, tense):
    """'the summer of last year', 'the spring of next year': that season of the year named from publication."""
    code = SEASONS[m["season"].lower()]
    if pub is None:
        return DateValue(f"XXXX-{code}", {"unresolved": "year unknown: no publication date"})
    year = pub.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return DateValue(f"{year:04d}-{code}", {"year_from": "publication date", **({"modifier": m["mod"].lower()} if m["mod"] else {})})


def _decade_now(m, pub, tense):
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    mod = {"modifier": re.sub(r"^the\s+|\s+of$", "", m["mod"].lower())} if m["mod"] else {}
    return DateValue(f"{pub.year // 10}X", {"decade": True, "timex_type": "DATE", "timex": f"{pub.year // 10}", **mod})


def _this_month(m, pub, tense):
    """'this September', 'next March', 'last May': the month of the publication year, or the
    nearest one before ('last') or after ('next') the publication month."""
    month = _mon(m)
    if pub is None:
        return DateValue(f"XXXX-{month:02d}", {"unresolved": "year unknown: no publication date"})
    rel = m["rel"].lower()
    rel = "last" if rel.startswith("this") and rel.endswith("past") else rel  # 'this past November': the last one
    year = pub.year
    if rel == "last" and month >= pub.month:
        year -= 1
    elif rel == "next" and month <= pub.month:
        year += 1
    mod = {"modifier": m["mod"].lower()} if m["mod"] else {}  # 'late last July'
    return DateValue(f"{year:04d}-{month:02d}", {"year_from": "publication date", **mod})


def _year_quarter(m, pub, tense):
    return DateValue(f"{m['year']}-Q{ORDINAL_Q[m['q'].lower()]}")


def _month(m, pub, tense):
    month = _mon(m)
    if pub is None:
        return DateValue(f"XXXX-{month:02d}", {"unresolved": "year unknown: no publication date"})
    year = pub.year
    ahead = (month - pub.month) % 12
    if tense == NEAR_PAST and 0 < ahead <= NEAR_DAYS // 30:
        year += 1 if month < pub.month else 0  # 'a cut in September' reported in August: this September
    elif tense in ("past", NEAR_PAST) and month > pub.month:
        year -= 1
    elif tense == "future" and month < pub.month:
        year += 1
    elif tense == "present" and abs(month - pub.month) > 6:
        year += 1 if month < pub.month else -1  # no tense to go by: the nearer one ('in January' in November)
    return DateValue(f"{year:04d}-{month:02d}", {"year_from": "publication date"})


def _weekday(m, pub, tense):
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    rel = "last" if rel.endswith("previous") else rel  # 'the previous Friday': the one before publication
    attrs: dict[str, Any] = {"weekday": m["wd"].capitalize()}
    if pub is None:
        return DateValue(None, {**attrs, "unresolved": "weekday needs a publication date"})
    if rel in ("next", "this coming"):
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif tense == "future" and rel != "last":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)  # 'will meet on Friday' on a Friday: that day
    elif tense == NEAR_PAST and not rel:
        # a day on a noun in a past report ('a verdict due Thursday', 'Sunday's race'): the last one, unless
        # it is at most two days ahead (a day gone by five or more days back is told with its own verb)
        ahead = (wd - pub.weekday()) % 7
        d = pub + timedelta(days=ahead) if 0 < ahead <= NEXT_WEEKDAY_DAYS else pub - timedelta(days=(pub.weekday() - wd) % 7)
    elif tense == "present" and rel in ("", "on") and 0 < (wd - pub.weekday()) % 7 <= NEXT_WEEKDAY_DAYS:
        # a present-tense clause ('the forum slated for Saturday', 'the club can win on Sunday'): news tells a
        # day five or more days gone by in the past tense, so one at most two days ahead is the coming one
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    elif tense == NEAR_EITHER and not rel:
        # a day in a plan reported in the past ('did not plan to move him on Thursday'): the nearer of
        # the last and the next one, the last one on a tie
        back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
        d = pub + timedelta(days=ahead) if 0 < ahead < back else pub - timedelta(days=back)
    elif rel == "last":
        delta = (pub.weekday() - wd) % 7 or 7
        d = pub - timedelta(days=delta)
    else:
        d = pub - timedelta(days=(pub.weekday() - wd) % 7)
    attrs["anchored_to_publication"] = True
    if m["part"]:  # 'Friday night': a part of that day (TimeML TIME)
        attrs.update(timex_type="TIME", timex=f"{d.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}")
    return DateValue(d.isoformat(), attrs)


def _ago(m, pub, tense):
    n = 0.5 if re.fullmatch(r"half\s+an?", m["n"].strip(), re.I) else parse_amount(m["n"])
    if n is None:
        return DateValue(None, {"unresolved": "amount not understood"})
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit
    attrs: dict[str, Any] = {"offset_amount": n, "offset_unit": "centuries" if unit == "century" else unit + "s", "offset_direction": "ago"}
    bound = (m["bound"] or "").lower()
    if bound in ("over", "more than"):
        attrs["bound"] = "before"
    elif bound in ("less than",):
        attrs["bound"] = "after"
    elif bound or m["so"]:  # 'about a year ago', 'a week or so ago'
        attrs["approximate"] = True
    if pub is None:
        return DateValue(None, {**attrs, "unresolved": "needs a publication date"})
    this = re.sub(r"\s+", " ", (m["this"] or "").lower())
    if this and unit in ("year", "decade", "century") and float(n).is_integer():
        # '20 years ago this month', '50 years ago today': the anniversary, as precise as the words after
        years = int(n) * {"year": 1, "decade": 10, "century": 100}[unit]
        when = _valid(pub.year - years, pub.month, pub.day) or _valid(pub.year - years, pub.month, 28)
        if this == "today":
            return DateValue(when.isoformat(), attrs)
        if this == "this week":
            iso = when.isocalendar()
            return DateValue(f"{iso.year:04d}-W{iso.week:02d}", attrs)
        return DateValue(when.isoformat()[:7], attrs)
    if unit == "day":
        return DateValue((pub - timedelta(days=int(n))).isoformat(), attrs)
    if unit == "week":
        iso = (pub - timedelta(weeks=int(n))).isocalendar()
        return DateValue(f"{iso.year:04d}-W{iso.week:02d}", attrs)
    months = int(n * 12) if unit == "year" else int(n * 120) if unit == "decade" else int(n * 1200) if unit == "century" else int(n)
    y, mo = _shift_months(pub, -months)
    return DateValue(f"{y:04d}" if unit in ("year", "decade", "century") else f"{y:04d}-{mo:02d}", attrs)


def _thisunit(m, pub, tense):
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "next": 1}.get(rel, 0)  # this, current, the current
    attrs = {"modifier": m["mod"].lower()} if m["mod"] else {}
    if unit == "year":
        return DateValue(f"{pub.year + step:04d}", attrs)
    if unit == "month":
        y, mo = _shift_months(pub, step)
        return DateValue(f"{y:04d}-{mo:02d}", attrs)
    iso = (pub + timedelta(weeks=step)).isocalendar()
    return DateValue(f"{iso.year:04d}-W{iso.week:02d}", attrs)


def _weekend(m, pub, tense):
    """'last weekend': the Saturday and Sunday before publication (TimeML '1998-W09-WE'); 'next weekend':
    the one a week after publication's."""
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in ("last", "this past", "past"):
        when = pub - timedelta(days=pub.weekday() + 1)  # the Sunday that ends the week before
    elif rel == "next":
        when = pub + timedelta(days=7)
    else:  # 'this coming weekend'
        when = pub
    iso = when.isocalendar()
    return DateValue(f"{iso.year:04d}-W{iso.week:02d}-WE")


def _deictic(m, pub, tense):
    if pub is None:
        return DateValue(None, {"unresolved": "needs a publication date"})
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()]
    return DateValue((pub + timedelta(days=shift)).isoformat(), {"modifier": m["mod"].lower()} if m["mod"] else {})


_RESOLVERS = {
    "mdy": _mdy, "dmy": _mdy, "md_rel": _md_rel, "my_rel": _my_rel, "dm_rel": _md_rel, "iso": _iso, "slash": _slash, "md": _partial, "dm": _partial,
    "my": _my, "year": _year, "decade": _decade, "decade_short": _decade_short, "season_of_rel": _season_of_rel, "decade_now": _decade_now, "quarter": _quarter, "quarter_noyear": _quarter_noyear, "quarter_rel": _quarter_rel, "month_quarter": _month_quarter, "month_end_quarter": _month_end_quarter, "qshort": _qshort,
    "half": _half, "half_q": _half_q, "half_noyear": _half_noyear, "season": _season, "month": _month, "weekday": _weekday, "ago": _ago,
    "thisunit": _thisunit, "deictic": _deictic, "season_rel": _season_rel, "this_month": _this_month,
    "year_quarter": _year_quarter, "weekend": _weekend,
}
