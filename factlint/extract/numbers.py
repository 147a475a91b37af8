"""Read the value of a number written in digits or words ("1,500", "eight", "a dozen", "2.4 billion")."""

from __future__ import annotations

import math
import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
    "m": 1_000_000, "k": 1_000,
}
# Words that stand for a number only in a counting phrase ("a dozen", "a couple of").
COLLECTIVES = {"dozen": 12, "dozens": 12, "couple": 2, "pair": 2, "half": 0.5, "score": 20}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
MULTIPLES = {
    "doubled": 2, "double": 2, "twofold": 2, "tripled": 3, "triple": 3, "threefold": 3,
    "quadrupled": 4, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "halved": 0.5,
}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "thousand", "million", "billion", "trillion"}

_DIGITS = re.compile(r"^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+−]?\.\d+$")


def parse_digits(text: str) -> float | None:
    """'1,500' -> 1500.0, '8.5' -> 8.5, '-0' -> -0.0; None if not a plain number or not finite."""
    t = text.strip().replace("\u2212", "-")
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
    digits = parse_digits(text)
    return digits if digits is not None else parse_words(text.split())


def format_number(value: float) -> str:
    """Shortest faithful rendering for messages: 10.0 -> '10', 1500000.0 -> '1,500,000', 2.5 -> '2.5'."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1 else f"{value:.6g}"
