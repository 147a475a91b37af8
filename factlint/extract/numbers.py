"""Read the value of a number written in digits or words ("1,500", "eight", "a dozen", "2.4 billion")."""

from __future__ import annotations

import math
import re

from factlint.extract.lexicon import COLLECTIVES, FRACTIONS, SCALES, TENS, UNITS

_DIGITS = re.compile(r"^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+−]?\.\d+$")


_SPLIT_POINT = re.compile(r"(?<=^\d)\. (?=\d{1,2}$)|(?<=^\d\d)\. (?=\d{1,2}$)|(?<=^\d\d\d)\. (?=\d{1,2}$)")


def parse_digits(text: str) -> float | None:
    """'1,500' -> 1500.0, '8.5' -> 8.5, '-0' -> -0.0; None if not a plain number or not finite."""
    t = _SPLIT_POINT.sub(".", text.strip().replace("\u2212", "-"))  # '45. 3' (a decimal broken after its point)
    if not _DIGITS.match(t):
        return None
    try:
        value = float(t.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_words(words: list[str]) -> float | None:
    """Number words to a value: ['twenty', 'five'] -> 25, ['one', 'and', 'a', 'half'] -> 1.5,
    ['a', 'dozen'] -> 12, ['two', 'million'] -> 2e6, ['1.5', 'million'] -> 1.5e6."""
    tokens = [w.lower().strip() for w in words if w.strip()]
    tokens = [t for part in tokens for t in part.split("-") if t]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    fraction_pending = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        digits = parse_digits(t)
        if digits is not None:
            current += digits
            seen = True
        elif t in UNITS:
            current += UNITS[t]
            seen = True
        elif t in TENS:
            current += TENS[t]
            seen = True
        elif t in ("a", "an"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt in COLLECTIVES or nxt in SCALES or nxt in FRACTIONS:
                current += 1 if nxt in SCALES else 0
                fraction_pending = nxt in FRACTIONS
            else:
                return None
        elif t in COLLECTIVES and t not in FRACTIONS:
            current = (current or 1) * COLLECTIVES[t]
            seen = True
        elif t in FRACTIONS:
            if fraction_pending or current == 0:
                current += FRACTIONS[t]
            else:  # "two thirds"
                current = current * FRACTIONS[t]
            fraction_pending = False
            seen = True
        elif t == "and":
            pass
        elif t in SCALES:
            scale = SCALES[t]
            if current == 0:
                current = 1
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    value = total + current
    return value if math.isfinite(value) else None


def parse_amount(raw: str) -> float | None:
    """The amount in a phrase like 'two years' or 'a decade': 'a'/'an'/'one' -> 1, digits, or
    number words (hyphens allowed: 'twenty-five')."""
    text = raw.replace("-", " ").strip()
    if text.lower() in ("a", "an", "one"):
        return 1.0
    if re.fullmatch(r"(?i)half\s+an?", text):
        return 0.5  # 'half an hour'
    if re.fullmatch(r"(?i)(?:a|an|one)\s+and\s+a\s+half", text):
        return 1.5  # 'a year and a half' is written after the unit; 'one and a half years' before it
    digits = parse_digits(text)
    return digits if digits is not None else parse_words(text.split())


def format_number(value: float) -> str:
    """Shortest faithful rendering for messages: 10.0 -> '10', 1500000.0 -> '1,500,000', 2.5 -> '2.5'.
    Scaling leaves float noise ('4.1 million' is 4099999.9999999995): it is rounded off first."""
    value = round(value, 6) if abs(value) >= 1 else value
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1 else f"{value:.6g}"
