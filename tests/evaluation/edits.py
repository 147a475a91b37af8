"""Mechanical edits of numbers, years, dates and weekdays as written, for the relation perturbations.

Kept independent of factlint's own number parsing on purpose: the scorer must not share the code
it measures. An edit rewrites only the number inside an operand's surface ("$110.6 million" ->
"$221.2 million", "eight" -> "16", "91st" -> "182nd", "Wednesday" -> "Friday") and keeps the
style: digits stay digits with their thousands separators and decimals; number words become digits.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000}
WEEKDAYS = list(calendar.day_name)  # Monday .. Sunday
_NUM = re.compile(r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_ORDINAL = re.compile(r"^(st|nd|rd|th)\b")
_DAY_IN_DATE = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + "|" + "|".join(d[:3] for d in WEEKDAYS) + r")\b", re.I)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Number:
    """A number found in a surface: where (relative to the surface), its value and its style."""
    start: int
    end: int
    value: float
    decimals: int
    grouped: bool  # written with thousands separators
    words: bool  # written in words


def find_number(surface: str) -> Number | None:
    """The first number in a surface, in digits or in words (one .. nine hundred ninety-nine thousand)."""
    m = _NUM.search(surface)
    words = _find_words(surface)
    if m and (words is None or m.start() <= words.start):
        raw = re.sub(r"[,\s]", "", m.group())
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        return Number(m.start(), m.end(), float(raw), decimals, "," in m.group(), False)
    return words


def _find_words(surface: str) -> Number | None:
    tokens = list(_WORD.finditer(surface))
    for i, tok in enumerate(tokens):
        if _word_value([tok.group()]) is None:
            continue
        j = i + 1
        while j < len(tokens) and _word_value([t.group() for t in tokens[i:j + 1]]) is not None \
                and surface[tokens[j - 1].end():tokens[j].start()].strip() in ("", "and"):
            j += 1
        value = _word_value([t.group() for t in tokens[i:j]])
        return Number(tok.start(), tokens[j - 1].end(), float(value), 0, False, True)
    return None


def _word_value(words: list[str]) -> int | None:
    parts = [p for w in words for p in w.lower().split("-") if p != "and"]
    if not parts:
        return None
    total = current = 0
    seen = False
    for p in parts:
        if p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p in SCALES and seen:
            current *= SCALES[p]
            if SCALES[p] == 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current


def write_number(value: float, like: Number) -> str:
    """``value`` in the style of ``like`` (words are written as digits)."""
    decimals = like.decimals
    if decimals == 0 and abs(value - round(value)) > 1e-9:
        decimals = 1 if abs(value * 10 - round(value * 10)) < 1e-9 else 2
    text = f"{value:,.{decimals}f}" if like.grouped or (like.words and value >= 10000) else f"{value:.{decimals}f}"
    return text


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@dataclass(frozen=True)
class Edit:
    """A replacement of ``text[start:end]`` (original offsets) by ``new``."""
    start: int
    end: int
    new: str
    old_value: object
    new_value: object


def edit_number(surface: str, offset: int, value, new_displayed) -> Edit | None:
    """Replace the number in a surface at ``offset`` by ``new_displayed(displayed)``; the operand's
    value scales with it (``value`` / displayed is the surface's multiplier, e.g. a million)."""
    num = find_number(surface)
    if num is None or num.value == 0:
        return None
    new_disp = new_displayed(num.value)
    if new_disp is None or new_disp == num.value:
        return None
    new_text = write_number(new_disp, num)
    end = num.end
    rest = surface[num.end:]
    m = _ORDINAL.match(rest)
    if m and float(new_disp).is_integer():
        new_text += ordinal_suffix(int(new_disp))
        end += m.end()
    multiplier = float(value) / num.value if isinstance(value, (int, float)) and not isinstance(value, bool) else 1.0
    return Edit(offset + num.start, offset + end, new_text, value, new_disp * multiplier)


def edit_year(surface: str, offset: int, delta: int) -> Edit | None:
    m = _YEAR.search(surface)
    if not m:
        return None
    year = int(m.group(1))
    return Edit(offset + m.start(1), offset + m.end(1), str(year + delta), year, year + delta)


def edit_day(surface: str, offset: int, iso_value) -> Edit | None:
    """Move the day of month in a written date ("November 30" -> "November 28") by two days,
    staying in the month."""
    for m in _DAY_IN_DATE.finditer(surface):
        day = int(m.group(1))
        if 1 <= day <= 31:
            new = day + 2 if day <= 26 else day - 2
            new_iso = None
            if isinstance(iso_value, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", iso_value):
                new_iso = iso_value[:8] + f"{new:02d}"
            return Edit(offset + m.start(1), offset + m.end(1), str(new), iso_value, new_iso)
    return None


def edit_weekday(surface: str, offset: int, shift: int = 2) -> Edit | None:
    """Replace a weekday name (full or three-letter) by the one ``shift`` days later, same case."""
    m = _WEEKDAY.search(surface)
    if not m:
        return None
    old = m.group()
    i = [d[:3] for d in WEEKDAYS].index(old[:3].title())
    target = WEEKDAYS[(i + shift) % 7]
    new = target if len(old) > 3 else target[:3]
    new = new.upper() if old.isupper() else new.lower() if old.islower() else new
    return Edit(offset + m.start(), offset + m.end(), new, WEEKDAYS[i], target)


def weekday_of(iso: str) -> str | None:
    try:
        return WEEKDAYS[date.fromisoformat(iso[:10]).weekday()]
    except (TypeError, ValueError):
        return None


def apply(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[:e.start] + e.new + text[e.end:]
    return text


def changed_ranges(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where the new characters are in the edited text."""
    out, shift = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append((e.start + shift, e.start + shift + len(e.new)))
        shift += len(e.new) - (e.end - e.start)
    return out


def to_original(pos: int, edits: list[Edit], is_end: bool = False) -> int:
    """An offset in the edited text mapped back to the original; inside a replaced stretch it goes
    to that stretch's start (or end, for a span's end)."""
    shift = 0
    for e in sorted(edits, key=lambda e: e.start):
        new_start, new_end = e.start + shift, e.start + shift + len(e.new)
        if pos < new_start or (pos == new_start and is_end):
            break
        if pos < new_end or (pos == new_end and is_end):
            return e.end if is_end else e.start
        shift += len(e.new) - (e.end - e.start)
    return pos - shift

