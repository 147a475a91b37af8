"""Find an article's publication date when no metadata gives it: from a dateline, with the year
inferred from constraints in the text (weekdays, explicit years) and the reasoning kept."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factlint.extract.dates import resolve
from factlint.extract.lexicon import MONTHS, WEEKDAYS
from factlint.records import Document

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
# "BRUSSELS, October 18. /TASS/." | "LONDON, March 5, 2015 (Reuters) -" | "March 01, 2008" on its own line
# | "PORTVILLE, NORTH REGION, May 2 (Agency) --" (a place and its region, both in capitals)
DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z .'’-]{{1,40}}(?:,\s+[A-Z][A-Z .'’-]{{1,40}})?),\s+)?(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
    rf"(?:\s*[.,]?\s*(?:/[A-Za-z ]+/\.?|\([A-Za-z ]+\)|[-–—]+)|\s*$)",
    re.M | re.I,
)
_WEEKDAY_MENTION = re.compile(r"\b(?:on|this|last)?\s*(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
_YEAR_MENTION = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
HEAD_CHARS = 1500  # a dateline sits in the first paragraphs


def find_dateline(text: str) -> re.Match | None:
    for m in DATELINE.finditer(text[:HEAD_CHARS]):
        if m["place"] or m["year"] or m.group(0).strip().endswith(("/", ".", "-", ")")):
            return m
    return None


def infer(doc: Document) -> Document:
    """Fill ``published`` from the dateline when metadata and the CLI gave none."""
    if doc.published:
        return doc
    m = find_dateline(doc.text)
    if not m:
        note = doc.published_note or "no publication date in metadata, --published or a dateline; dates that need it stay unresolved"
        return replace(doc, published_note=note)
    month, day = MONTHS[m["mon"].lower()], int(m["day"])
    if m["year"]:
        try:
            d = date(int(m["year"]), month, day)
        except ValueError:
            return replace(doc, published_note=f"dateline {m.group(0).strip()!r} is not a real date")
        return replace(doc, published=d.isoformat(), published_source="dateline",
                       published_note=f"dateline {m.group(0).strip()!r}")
    year, reasoning = infer_year(doc.text, month, day, m.end())
    label = f"{m['mon']} {day}"
    if year is None:
        return replace(doc, published_note=f"dateline gives {label} without a year and {reasoning}; dates that need the year stay unresolved")
    return replace(doc, published=date(year, month, day).isoformat(), published_source="inferred",
                   published_note=f"dateline gives {label} without a year; {reasoning}")


def weekdays_that_decided(doc: Document) -> tuple[tuple[int, int], ...]:
    """Character spans of the weekday mentions that chose the publication year (``infer_year``),
    or () when the year did not come from them. A check must not test those weekdays against the
    publication date: they agree with it by construction."""
    if doc.published_source != "inferred":
        return ()
    m = find_dateline(doc.text)
    return tuple(span for span, _ in _weekdays_near_dateline(doc.text, m.end())) if m else ()


def infer_year(text: str, month: int, day: int, after: int) -> tuple[int | None, str]:
    """The year of a dateline: it must not precede any year the text mentions, and any weekday
    the text gives for 'today' must fall on it. Returns (year, reasoning)."""
    years = sorted({int(y) for y in _YEAR_MENTION.findall(text)})
    lower = years[-1] if years else None
    weekdays = [w for _, w in _weekdays_near_dateline(text, after)]
    reasons = []
    if lower is None:
        return None, "the text mentions no year to anchor it"
    reasons.append(f"the latest year mentioned is {lower}, so it is {lower} or later")
    candidates = []
    for y in range(lower, lower + 12):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if all(d.weekday() == WEEKDAYS[w.lower()] for w in weekdays):
            candidates.append(y)
    if weekdays:
        names = " and ".join(sorted(set(weekdays)))
        reasons.append(f"'on {names}' in the same paragraph as the dateline fixes the weekday")
        if not candidates:
            return None, "; ".join(reasons) + ", but no year in range fits"
        year = candidates[0]
        reasons.append(f"the first such year is {year} ({date(year, month, day):%A, %B %-d, %Y})")
        return year, "; ".join(reasons)
    return None, "; ".join(reasons) + ", but no weekday mention narrows it to one year"


def _weekdays_near_dateline(text: str, after: int) -> list[tuple[tuple[int, int], str]]:
    """Weekdays named in the dateline's paragraph, with their spans: they describe the day of the report."""
    end = text.find("\n\n", after)
    para = text[after: end if end != -1 else len(text)]
    found = []
    for m in _WEEKDAY_MENTION.finditer(para):
        value = resolve(m.group(1), None)
        if value.attrs.get("weekday"):
            found.append(((after + m.start(1), after + m.end(1)), m.group(1)))
    return found
