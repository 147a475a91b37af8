"""What every check family needs to read one document: its claims by sentence and paragraph,
the text between claims, and small predicates on claims. Pure Python over claims and offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from factlint.extract.lexicon import RATE_AFTER, alternation
from factlint.extract.numbers import format_number, parse_words
from factlint.records import Claim, Document, Kind

CURRENCIES = {"USD", "EUR", "GBP", "JPY", "RUB", "CNY", "INR", "CHF", "CAD", "AUD", "SGD", "HKD"}
NOT_COUNTS = CURRENCIES | {"percent", "percentage points"}


@dataclass
class Context:
    doc: Document
    claims: tuple[Claim, ...]
    by_id: dict[str, Claim] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.claims}

    @cached_property
    def clauses(self) -> list[list[Claim]]:
        """The quantities bound to each clause (one verb of the parse: ``attrs.clause``), in text order."""
        by_clause: dict[int, list[Claim]] = {}
        for c in self.claims:
            if c.kind is Kind.QUANTITY and c.attrs.clause is not None:
                by_clause.setdefault(c.attrs.clause, []).append(c)
        return list(by_clause.values())

    @cached_property
    def persons_by_surname(self) -> dict[str, Claim]:
        """Surname -> the first person named in the document with it (canonical name's last word)."""
        first: dict[str, Claim] = {}
        for n in self.claims:
            if n.kind is Kind.NAME and n.label == "PERSON" and str(n.value).split():
                first.setdefault(str(n.value).split()[-1], n)
        return first

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.doc.sentences]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def sentence(self, c: Claim) -> tuple[int, int]:
        if not self.doc.sentences:
            return (0, len(self.doc.text))
        return self.doc.sentences[self.sentence_index(c.start)]

    def sentence_text(self, c: Claim) -> str:
        s, e = self.sentence(c)
        return self.doc.text[s:e]

    @cached_property
    def _by_sentence(self) -> dict[int, list[Claim]]:
        """Claims grouped by sentence once, so families that ask per claim stay linear."""
        groups: dict[int, list[Claim]] = {}
        for x in self.claims:
            groups.setdefault(self.sentence_index(x.start), []).append(x)
        return groups

    def in_sentence(self, c: Claim, kind: Kind | None = None) -> list[Claim]:
        bucket = self._by_sentence.get(self.sentence_index(c.start), []) if self.doc.sentences else self.claims
        return [x for x in bucket if kind is None or x.kind is kind]

    def of_sentence(self, index: int, kind: Kind | None = None) -> list[Claim]:
        """The claims of the sentence numbered ``index`` (of ``kind`` when given), in text order."""
        return [x for x in self._by_sentence.get(index, []) if kind is None or x.kind is kind]

    def between(self, a: Claim, b: Claim) -> str:
        return self.doc.text[a.end:b.start] if a.end <= b.start else ""

    def before(self, c: Claim, n: int = 40) -> str:
        s, _ = self.sentence(c)
        return self.doc.text[max(s, c.start - n):c.start]

    def after(self, c: Claim, n: int = 40) -> str:
        _, e = self.sentence(c)
        return self.doc.text[c.end:min(e, c.end + n)]

    @cached_property
    def _headline(self) -> int:
        """How many paragraphs the headline block takes: up to the one that is the document's title
        (a .txt's first line, or the line after a breadcrumb such as 'All news'; a page that repeats
        its headline), 0 when the text does not start with it. A reader counts the body only."""
        if not self.doc.title:
            return 0
        title = " ".join(self.doc.title.split())
        for n, (s, e) in enumerate(self.doc.paragraphs[:2], start=1):
            if " ".join(self.doc.text[s:e].split()) == title:
                return n
        return 0

    def paragraph_no(self, c: Claim) -> int:
        """The claim's paragraph as a reader counts them: 1 is the first after the headline; 0 or less is the headline."""
        return (c.attrs.para or 0) + 1 - self._headline

    def paragraph(self, c: Claim) -> str:
        """Where the claim is, for a message: 'paragraph 3', or 'the headline'."""
        n = self.paragraph_no(c)
        return f"paragraph {n}" if n > 0 else "the headline"

    @cached_property
    def published(self) -> date | None:
        return date.fromisoformat(self.doc.published) if self.doc.published else None

    def relation_id(self, check: str, *claims: Claim) -> str:
        return f"{self.doc.id}/{check}/" + "-".join(c.id for c in claims)


def date_parts(value: object) -> tuple[int, int | None, int | None] | None:
    """A date claim's ISO value at its precision: '2021-10-18' -> (2021, 10, 18), '2021' -> (2021, None, None)."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def full_date(c: Claim) -> date | None:
    """The calendar day of a date claim, when its value is precise to the day."""
    parts = date_parts(c.value) if c.kind is Kind.DATE else None
    if parts is None or parts[2] is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def is_count(c: Claim) -> bool:
    """A whole, non-negative count of things (not money, percent, duration or a fraction)."""
    return (c.kind is Kind.QUANTITY and c.label == "CARDINAL" and c.unit not in NOT_COUNTS
            and isinstance(c.value, (int, float)) and float(c.value).is_integer() and c.value >= 0)


def is_percent(c: Claim) -> bool:
    return c.kind is Kind.QUANTITY and c.unit == "percent"


def hedge_of(*claims: Claim) -> str:
    hedges = {c.attrs.hedge for c in claims if c.kind is Kind.QUANTITY} - {None}
    return "bound" if "bound" in hedges else "approx" if "approx" in hedges else "exact"


def rounding(c: Claim) -> float:
    """Half a unit of the last digit written: '25 percent' -> 0.5, '2.3 million' -> 50,000; a
    number in words is exact below 100, in the unit it is written in ('eight' -> 0.5, 'four cents'
    as dollars -> 0.005). Reads how extraction found the number written."""
    numerals = c.attrs.numerals
    if numerals is None:
        if not c.value or abs(c.value) >= 100:
            return 0.0
        written = parse_words((c.attrs.number_words or "").split())
        scale = abs(c.value) / abs(written) if written else 1.0
        return 0.5 * scale if written is None or abs(written) < 100 else 0.0
    scale = abs(c.value) / numerals if numerals else 1.0
    return 0.5 * 10 ** (-c.attrs.decimals) * scale


def num(value: float) -> str:
    return format_number(value)


def show(c: Claim) -> str:
    """A claim as it appears, for messages: '“eight diplomats” (paragraph 6)'."""
    return f"\u201c{c.text}\u201d"


# '$86 a year', '$40 per head', 'one step at a time': a rate after a figure (never a whole; never a count to compare)
RATE_AFTER_FIGURE = re.compile(r"\s*(?:" + alternation(RATE_AFTER) + r")\b", re.I)


def sole_earlier_amount(ctx: Context, c: Claim) -> Claim | None:
    """The one amount of ``c``'s currency the article states before ``c``'s sentence as a level (not a
    change's start or amount, a range, a restatement, a part, a bound or a rate), or None when there is
    none or several: what a definite noun with no figure of its own ('of the money', 'of the cost',
    'The plan includes') refers back to. Bound by position only: whatever relates to it is weak."""
    if c.label != "MONEY" or c.unit is None:
        return None
    start = ctx.sentence(c)[0]
    found = [x for x in ctx.claims if x.kind is Kind.QUANTITY and x.end <= start and x.label == "MONEY" and x.unit == c.unit
             and x.attrs.role not in ("from", "by", "amount") and not x.attrs.range and not x.attrs.restates
             and not x.attrs.part_of and x.attrs.hedge != "bound" and not RATE_AFTER_FIGURE.match(ctx.doc.text, x.end)]
    return found[0] if len(found) == 1 else None


def same_scale(a: Claim, b: Claim) -> bool:
    """Two quantities that can be compared: same currency, or both counts/plain numbers."""
    if a.unit in CURRENCIES or b.unit in CURRENCIES:
        return a.unit == b.unit
    if is_percent(a) or is_percent(b):
        return is_percent(a) and is_percent(b)
    return a.kind is Kind.QUANTITY and b.kind is Kind.QUANTITY and a.label != "DURATION" and b.label != "DURATION"


# what joins the clause of a bare figure to the clause whose unit it leaves out: 'at 45 percent, while the Reds were on 33'
_ELIDING_JOIN = re.compile(r"^[^0-9;:()]{0,60}?(?:[,;]\s*(?:while|whereas|but|and)\b|\b(?:while|whereas)\b)[^0-9;:()]{0,40}$", re.I)


def elided_from(ctx: Context, c: Claim) -> Claim | None:
    """The figure whose unit a bare number leaves out: the quantity right before it in its sentence,
    in the clause a contrast joins it to ('Labour stood at 45 percent, while the Tories were on 33';
    'won 82 seats, and the rival took 68'). A bare number has no unit and no counted noun; the two are
    within a factor of ten of each other, or it is not the same measure."""
    if c.kind is not Kind.QUANTITY or c.label != "CARDINAL" or c.unit is not None or c.attrs.counted or c.attrs.noun \
            or not isinstance(c.value, (int, float)) or c.value <= 0 or c.attrs.range:
        return None
    before = [x for x in ctx.in_sentence(c, Kind.QUANTITY) if x.end <= c.start]
    while before and before[-1].unit is None and not before[-1].attrs.noun and before[-1].label == "CARDINAL":
        before.pop()  # another bare figure of the clause ('while the Reds were up 3 on 33')
    if not before:
        return None
    a = before[-1]
    later = [x for x in ctx.in_sentence(c, Kind.QUANTITY) if a.end <= x.start and x.end <= c.start] + [c]
    if a.unit is None and not a.attrs.noun or not isinstance(a.value, (int, float)) or a.value <= 0 or a.label == "DURATION" \
            or not _ELIDING_JOIN.match(ctx.between(a, later[0])) or re.search(r"[;:()]", ctx.between(a, c)):
        return None
    return a if 0.1 <= c.value / a.value <= 10 else None


def change_pairs(ctx: Context, quantities: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(old, new) value pairs a sentence states: 'from Y to X' and 'to X ... from Y'."""
    pairs = []
    for c in quantities:
        if c.attrs.range == "from" and c.attrs.range_role == "start":
            other = ctx.by_id.get(c.attrs.pair or "")
            if other is not None and same_scale(c, other):
                pairs.append((c, other))
    used = {x.id for p in pairs for x in p}
    tos = [c for c in quantities if c.id not in used and re.search(r"\bto\s*$", ctx.before(c, 6))]
    froms = [c for c in quantities if c.id not in used and re.search(r"\bfrom\s*$", ctx.before(c, 8))]
    for new in tos:
        old = next((f for f in froms if f.start > new.end and same_scale(new, f)), None)
        if old is not None:
            pairs.append((old, new))
    return pairs
