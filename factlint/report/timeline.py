"""The timeline of a document's dates: ISO/TIMEX-style values placed as intervals, drawn as inline SVG.

A value is placed at the precision it has (a day is a dot, ``2020-Q3`` a bar over the quarter);
values that cannot be placed (``XXXX-10-06``, unresolved expressions) are listed, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

# (first month, months covered) of the TIMEX season codes; winter runs into the next year.
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    """[first day, first day after) of ``count`` months from year-month."""
    end_total = year * 12 + month - 1 + count
    return date(year, month, 1), date(end_total // 12, end_total % 12 + 1, 1)


def interval(value: object) -> tuple[date, date] | None:
    """The days a value covers as [start, end), or None when it cannot be placed on a calendar."""
    if not isinstance(value, str):
        return None
    try:
        if m := _DAY.match(value):
            start = date(int(m[1]), int(m[2]), int(m[3]))
            return start, start + timedelta(days=1)
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return _months(int(m[1]), 1, 12)
        if m := _QUARTER.match(value):
            return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
        if m := _HALF.match(value):
            return _months(int(m[1]), 6 * int(m[2]) - 5, 6)
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=7)
        if m := _SEASON.match(value):
            return _months(int(m[1]), *SEASONS[m[2]])
        if m := _DECADE.match(value):
            return _months(int(m[1]) * 10, 1, 120)
        if m := _CENTURY.match(value):
            return _months(int(m[1]) * 100, 1, 1200)
    except (ValueError, OverflowError):  # 2021-02-30, week 54, year 0 or 9999 overflowing
        return None
    return None


@dataclass
class Point:
    """One distinct date value and every claim that states it."""

    value: str
    start: date
    end: date
    claims: list[dict] = field(default_factory=list)

    @property
    def is_day(self) -> bool:
        return (self.end - self.start).days <= 1


def collect(claims: list[dict]) -> tuple[list[Point], list[dict]]:
    """Date claims split into placeable points (one per distinct value, in time order) and the rest."""
    points: dict[str, Point] = {}
    unplaced: list[dict] = []
    for c in claims:
        if c.get("kind") != "date":
            continue
        span = interval(c.get("value"))
        if span is None:
            unplaced.append(c)
            continue
        points.setdefault(c["value"], Point(c["value"], *span)).claims.append(c)
    return sorted(points.values(), key=lambda p: (p.start, p.end, p.value)), unplaced


# Drawing, in SVG user units (the SVG scales to the width of its box).
WIDTH, PAD, LANE, AXIS, CHAR = 1000, 16, 22, 38, 7.6


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    days = (hi - lo).days
    if days <= 62:
        step = max(1, days // 8)
        first, fmt = lo, "%d %b"
        out, d = [], first
        while d <= hi:
            out.append((d, d.strftime(fmt)))
            d += timedelta(days=step)
        return out
    if days <= 3 * 366:
        step = max(1, round(days / 30.4 / 8))
        out, (y, m) = [], (lo.year, lo.month)
        while y <= 9999 and date(y, m, 1) <= hi:
            d = date(y, m, 1)
            if d >= lo:
                out.append((d, d.strftime("%b %Y")))
            m += step
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return out
    years = days / 365.25
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if years / s <= 8)
    out = []
    y = (lo.year // step + (lo.year % step > 0)) * step
    while y <= hi.year:
        if y >= 1:
            out.append((date(y, 1, 1), str(y)))
        y += step
    return out


def svg(points: list[Point], published: str | None) -> str:
    """Inline SVG of the points on one time axis, publication date marked; '' when nothing to draw."""
    pub = interval(published)
    if not points:
        return ""
    lo = min([p.start for p in points] + ([pub[0]] if pub else []))
    hi = max([p.end for p in points] + ([pub[1]] if pub else []))
    span_days = (hi - lo).days
    pad_days = max(15, span_days // 25)
    lo, hi = lo - timedelta(days=min(pad_days, (lo - date.min).days)), hi + timedelta(days=min(pad_days, (date.max - hi).days))
    scale = (WIDTH - 2 * PAD) / max(1, (hi - lo).days)

    def x(d: date) -> float:
        return round(PAD + (d - lo).days * scale, 1)

    lanes: list[float] = []  # right edge of the last label in each lane
    items = []
    for p in points:
        x0, x1 = x(p.start), max(x(p.end), x(p.start) + 3)
        n = len(p.claims)
        label = p.value + (f" \u00d7{n}" if n > 1 else "")
        right = max(x1, x0) + 6 + len(label) * CHAR
        anchor_end = right > WIDTH - 2
        left, right = (x0 - 6 - len(label) * CHAR, x1) if anchor_end else (x0, right)
        lane = next((i for i, edge in enumerate(lanes) if edge < left - 4), len(lanes))
        if lane == len(lanes):
            lanes.append(right)
        else:
            lanes[lane] = right
        items.append((p, x0, x1, label, lane, anchor_end))

    height = AXIS + LANE * max(1, len(lanes)) + 14
    out = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" role="group" aria-labelledby="tl-title">'
           '<title id="tl-title">Timeline of the dates the text mentions</title>']
    out.append(f'<line class="axis" x1="{PAD}" y1="{AXIS - 14}" x2="{WIDTH - PAD}" y2="{AXIS - 14}"/>')
    for d, text in _ticks(lo, hi):
        tx = x(d)
        if PAD <= tx <= WIDTH - PAD:
            half = len(text) * CHAR / 2
            anchor = "start" if tx - half < 0 else "end" if tx + half > WIDTH else "middle"
            out.append(f'<line class="tick" x1="{tx}" y1="{AXIS - 18}" x2="{tx}" y2="{height}"/>'
                       f'<text class="tick-label" x="{tx}" y="{AXIS - 24}" text-anchor="{anchor}">{escape(text)}</text>')
    if pub:
        px = x(pub[0])
        label = f"published {published}"
        right = px + 4 + len(label) * CHAR > WIDTH
        out.append(f'<line class="pub" x1="{px}" y1="{AXIS - 18}" x2="{px}" y2="{height}"/>'
                   f'<text class="pub-label" x="{px - 4 if right else px + 4}" y="{height - 3}" '
                   f'text-anchor="{"end" if right else "start"}">{escape(label)}</text>')
    for p, x0, x1, label, lane, anchor_end in items:
        y = AXIS + lane * LANE
        written = "; ".join(dict.fromkeys(c["text"] for c in p.claims))
        ids = " ".join(c["id"] for c in p.claims)
        mark = (f'<circle class="pt" cx="{x0}" cy="{y}" r="4.5"/>' if p.is_day
                else f'<rect class="bar" x="{x0}" y="{y - 4}" width="{round(x1 - x0, 1)}" height="8" rx="2"/>')
        tx, anchor = ((x0 - 7, "end") if anchor_end else (max(x0, x1) + 7, "start"))
        out.append(f'<a href="#claim-{escape(p.claims[0]["id"])}" data-claims="{escape(ids)}">'
                   f'<title>{escape(p.value)}: {escape(written)}</title>{mark}'
                   f'<text x="{round(tx, 1)}" y="{y + 4}" text-anchor="{anchor}">{escape(label)}</text></a>')
    out.append("</svg>")
    return "".join(out)
