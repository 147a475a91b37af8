"""Quantity claims: numbers in digits or words with their unit or counted noun, ranges split
into linked pairs, hedges and additive cues kept as attributes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterator

from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from factlint.extract.lexicon import (APPROX_WORDS, BIRTHDAY_WORDS, BOUND_PHRASES, BOUND_WORDS, COLLECTIVES, CURRENCY_CODES, CURRENCY_NOUNS, FRACTION_OF, FRACTIONS,
                                      HYPHEN_NOT_QUANTITY, HYPHEN_NOT_UNIT, MEASURE_WORDS, MEMBERSHIP_NOUNS, METRE_AFTER, MULTIPLE_AFTER, MULTIPLES, MULTIPLIER_WORDS, NEGATIVE_WORDS, NUMBER_LABEL_NOUNS, RANGE_NOUNS,
                                      NUMBER_PART, NUMBER_WORDS, ONE_COUNT_AFTER, ONE_NOT_COUNT_BEFORE, PARTITIVE_PREPOSITIONS, RELATIVE_PARTITIVE_PRONOUNS, SCALES, SCORE_WORDS, TENS,
                                      TIMES_MULTIPLE_AFTER, UNITS)
from factlint.extract import binding
from factlint.extract.numbers import parse_digits, parse_words
from factlint.extract.lexicon import COLLECTIVE_COUNT_NOUNS, FALL_WORDS, MONTHS, RISE_WORDS, WEEKDAY_RE
from factlint.records import Kind

NON_QUANTITY_ENTS = {"DATE", "TIME", "PERSON", "ORG", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "LOC", "ORDINAL"}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "c$": "CAD", "a$": "AUD", "s$": "SGD", "hk$": "HKD", "rs": "INR", "rs.": "INR",
                    "nt$": "TWD", "r$": "BRL", "nz$": "NZD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "yuan": "CNY", "rupees": "INR", "francs": "CHF", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "peso": "MXN", "pesos": "MXN",
    "rand": "ZAR", "won": "KRW", "riyals": "SAR", "dinars": "IQD", "shekels": "ILS", "kronor": "SEK", "kroner": "NOK",
    "marks": "DEM", "guilders": "NLG", "guilder": "NLG",
}
SUBUNITS = {"cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "p": ("GBP", 0.01), "fen": ("CNY", 0.01), "kopecks": ("RUB", 0.01),
            "kopeks": ("RUB", 0.01), "paise": ("INR", 0.01)}
MEASURES = {"gb", "mb", "tb", "kb", "km", "kg", "ghz", "mhz", "mm", "cm", "db", "mph", "kw", "mw", "gw", "kwh", "ft", "lb", "lbs", "mi", "m2", "km2", "bps", "mbps", "gbps", "bpd"}
ATTACHED_SCALES = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000}
APPROX = set(APPROX_WORDS) | {"an"}  # "an estimated 300"
ADDITIVE_AFTER = {"more", "other", "additional", "further", "extra"}
ADDITIVE_BEFORE = {"another", "additional", "further"}
DURATION_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades", "minutes", "minute",
                  "second", "seconds"}
CLOCK_UNITS = {"hour": 3600, "hours": 3600, "minute": 60, "minutes": 60, "second": 1, "seconds": 1}  # in seconds
ONE_UNITS = DURATION_UNITS | set(SCALES) | set(CURRENCY_WORDS) | {"percent", "%", "per", "person", "man", "woman"}


@dataclass
class _Q:
    """A number phrase found in a sentence, before it becomes a claim."""

    first: int  # token index of the first token of the claim span
    last: int  # token index of the last number token
    value: float
    unit: str | None = None
    label: str = "CARDINAL"
    end_tok: int | None = None  # last token of the claim span (the counted noun), default ``last``
    attrs: dict[str, Any] | None = None


_DIGIT = re.compile(r"\d")
_START_WORDS = frozenset(get_string_id(w) for w in NUMBER_WORDS | set(COLLECTIVES) | set(MULTIPLIER_WORDS) | {"a", "an"}
                         | {f"{w}-" for w in NUMBER_WORDS})  # 'a four- day visit'
DURATION_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "hour": "H", "minute": "M", "second": "S"}


def timex_duration(value: float, unit: str | None) -> str | None:
    """TimeML value of a length of time: (3, 'years') -> 'P3Y', (30, 'minutes') -> 'PT30M'."""
    u = (unit or "").lower()
    u = u[:-1] if u.endswith("s") else u
    code = DURATION_CODES.get(u)
    if code is None or value is None:
        return None
    clock = u in ("hour", "minute", "second")
    whole, part = divmod(float(value), 1)
    smaller = _NEXT_UNIT.get(u)
    if part and smaller and (part * smaller[1]).is_integer():
        # 'a minute and a half' -> 'PT1M30S': TimeML writes a fraction in the next smaller unit
        rest = f"{int(part * smaller[1])}{smaller[0]}"
        head = f"{int(whole)}{code}" if whole else ""
        return f"PT{head}{rest}" if clock else (f"P{head}T{rest}" if smaller[0] == "H" else f"P{head}{rest}")
    num = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return f"PT{num}{code}" if clock else f"P{num}{code}"


# The next smaller unit of a length of time and how many of it make one: how TimeML writes a fraction.
_NEXT_UNIT = {"year": ("M", 12), "week": ("D", 7), "day": ("H", 24), "hour": ("M", 60), "minute": ("S", 60)}


def candidates(doc: Doc, text: str | None = None) -> list[int]:
    """Indices of the tokens a number phrase can start at, in order: every token with a digit,
    every number word or collective, and 'a'/'an' ('a dozen'). Found from the text and the
    lower-case ids, without making a Token object per token: 7 % of news tokens are candidates,
    and testing every token in Python cost more than the rest of the quantity scan. ``text`` is
    ``doc.text`` when the caller has it (``Doc.text`` rebuilds it token by token)."""
    lowers, starts = doc.to_array(LOWER).tolist(), doc.to_array(IDX).tolist()
    found = {i for i, h in enumerate(lowers) if h in _START_WORDS}
    found.update(bisect_right(starts, m.start()) - 1 for m in _DIGIT.finditer(doc.text if text is None else text))
    return sorted(found)


def model_numbers(paras, numbers: list[list[int]]) -> set[str]:
    """Numbers the article uses as names ('Boeing 737', 'Terminal 3', 'iPhone 4'): the same
    digits later on their own ('the 737 program') are names too. ``numbers`` holds each
    paragraph's ``candidates``."""
    found: set[str] = set()
    for para, indices in zip(paras, numbers):
        for i in indices:
            t = para.doc[i]
            if i > 0 and parse_digits(t.text) is not None and (_names_a_thing(t) and not _measure_adjective(t) or _named_by_next(t)) \
                    and not _alone_in_date(t):
                found.add(t.text)
    return found


def _named_by_next(t: Token) -> bool:
    """'the 340 Falcon', 'a 9000 Series': three or more digits with no comma before a singular
    proper noun name a model (a count takes a plural: '300 Marines')."""
    if not re.fullmatch(r"\d{3,}", t.text) or t.i + 1 >= len(t.doc):
        return False
    nxt = t.nbor(1)
    return nxt.tag_ == "NNP" and nxt.is_title and not _attached(t.doc, nxt.i) and nxt.lower_ not in MONTHS \
        and nxt.lower_ not in CURRENCY_NOUNS and nxt.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "NORP", "LOC") \
        and not (t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS"))  # '103 Oslo-listed firms' counts firms


def _names_a_thing(t: Token) -> bool:
    if _counts_after_name(t):
        return False
    prev = t.nbor(-1)
    if prev.text in CURRENCY_CODES:
        return False  # 'RMB 30': a currency code, not a model's maker
    if t.i + 1 < len(t.doc) and t.nbor(1).lower_ in _SHARE_SCALES and t.nbor(1).lower_ != "dozen":
        return False  # "Norway's 5 million people": a scaled number counts, no model is named in millions
    if prev.tag_ == "POS" and t.i > 1:  # "Boeing's 787"
        prev = t.nbor(-2)
    if prev.pos_ == "PROPN" and (prev.is_title or prev.text[:1].islower() or prev.is_upper) and prev.ent_type_ not in ("DATE", "MONEY"):
        return prev.lower_ not in ("us", "u.s.") and prev.lower_ not in CURRENCY_SYMBOLS and prev.lower_ not in NEGATIVE_WORDS
    return bool(re.fullmatch(r"[A-Z]{1,3}", prev.text) and prev.idx + len(prev.text) == t.idx)


def _counts_after_name(t: Token) -> bool:
    """"Hebron's 120,000 residents", "the party's 34 percent", 'in Ukraine 169 prisoners': after a name a
    number still counts when it is spelled out or grouped in thousands (no model is named so), takes
    a unit, or counts a plural noun ('Boeing 747s' is one token; a model takes a singular)."""
    if parse_digits(t.text) is None or _GROUPED.fullmatch(t.text):
        return True
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is None:
        return False
    if nxt.text == "%" or nxt.lower_ in ("percent", "pct") or nxt.lower_ in MEASURES or nxt.lower_ in CURRENCY_NOUNS \
            or nxt.lower_ in MEASURE_WORDS:
        return True  # "the women's 100 meter dash"
    if _inner_hyphen(t.doc, t.i + 1) and t.i + 2 < len(t.doc) and (t.nbor(2).lower_ in MEMBERSHIP_NOUNS or t.nbor(2).lower_ in _SHARE_SCALES):
        return True  # "the bloc's 25-member states", "the director's 340-million-yuan film"
    if nxt.lower_ in ("or", "to") and t.i + 2 < len(t.doc) and parse_digits(t.nbor(2).text) is not None:
        return True  # "Japan's 10 or 11 medals": a range of counts
    return t.dep_ == "nummod" and t.head.i > t.i and t.head.tag_ == "NNS"


def quantities(sent: Span, offset: int, ctx: dict, model_nums: set[str] = frozenset(),
               numbers: list[int] | None = None, metres_written: bool = False,
               defined: dict[str, str] | None = None) -> Iterator[dict]:
    """The number phrases of a sentence; ``numbers`` is its paragraph's ``candidates``, where a
    phrase can start (computed here when not given); ``metres_written``: the article writes
    metres as 'Nm' somewhere (``writes_metres``); ``defined``: abbreviations the article defines
    as a price per unit (``defined_prices``)."""
    doc = sent.doc
    if numbers is None:
        numbers = candidates(doc)
    found: list[_Q] = []
    i = sent.start
    while True:
        at = bisect_left(numbers, i)
        if at == len(numbers) or numbers[at] >= sent.end:
            break
        i = start_i = numbers[at]
        if doc[i].lower_ in ("a", "an") and i + 1 < sent.end and (doc[i + 1].lower_ in ("dozen", "couple") or doc[i + 1].lower_ in _A_SCALES
                                                                  and not _inner_hyphen(doc, i + 2)):
            i += 1  # 'a dozen', 'more than a million votes' (not 'a million-dollar home')
        t = doc[i]
        share = _share_phrase(doc, i, sent)
        if share is not None:  # 'half of the voters', 'a quarter of staff', 'two thirds of them'
            q = _Q(first=start_i, last=share[0], value=share[1])
            if doc[q.last].lower_ in _SHARE_SCALES:
                _unit(doc, q, sent)  # 'half a million people'
            found.append(q)
            i = share[0] + 1
            continue
        birthday = _birthday_age(doc, i, sent)
        if birthday is not None:  # 'his 91st birthday': the age reached that day
            found.append(_Q(first=i, last=i, value=birthday, unit="years", label="AGE", attrs={"age": True}))
            i = start_i + 1
            continue
        if t.lower_ in MULTIPLIER_WORDS:
            if t.lower_ != "twice" or (i + 1 < sent.end and doc[i + 1].lower_ in MULTIPLE_AFTER):
                found.append(_Q(first=i, last=i, value=float(MULTIPLIER_WORDS[t.lower_]), label="MULTIPLE"))
            i = start_i + 1
            continue
        if not _is_number_token(t) or _alone_in_date(t) and bare_age(doc, t.i) or (
                t.ent_type_ in NON_QUANTITY_ENTS and not _numbers_only_date(t) and not _alone_in_date(t) and not _glued_amount(t)
                                        and not (t.ent_type_ in ("DATE", "TIME") and _GROUPED.fullmatch(t.text))
                                        and not _clock_duration(t) and not _measure_adjective(t)
                                        and not (_OPEN_HYPHEN.match(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("or", "to", "and"))) \
                or _is_identifier(t, model_nums):
            i = start_i + 1
            continue
        j = i
        while j + 1 < sent.end and _continues_number(doc, j + 1, sent.end):
            j += 1
        words = [doc[k].text for k in range(start_i, j + 1) if not (_attached_scale(doc, k) or doc[k].lower_ in _APART_SCALES)]
        glued = (_suffixed(doc[i]) or (_glued_unit(doc[i]) or (None,))[0]) if i == j else None
        value = glued if glued is not None else parse_words(words)
        scale = next((x for k in range(i + 1, j + 1) if (x := _attached_scale(doc, k) or _APART_SCALES.get(doc[k].lower_))), 1)
        if value is None or _skip_word(doc, start_i, j, sent) or _zero_compound(doc, start_i, j) or (
                j + 2 < sent.end and doc[j + 1].text in ("-", "–") and doc[j + 2].lower_ in HYPHEN_NOT_QUANTITY and _attached(doc, j + 1)):
            i = j + 1  # 'two-way trade'
            continue
        metres = _metres(doc, start_i, j, sent, metres_written)
        q = _Q(first=start_i, last=j, value=value * scale)
        if metres:  # 'the 200m final'
            q.value, q.unit = (value if scale != 1 else value / 1_000_000), "m"
        elif _glued_unit(t) is not None:  # '-12C', '3.5GHz', '40pc'
            q.value, q.unit, q.label = _glued_unit(t)
        else:
            _unit(doc, q, sent)
        if defined and q.last + 1 < sent.end and doc[q.last + 1].lower_ in defined and q.label == "CARDINAL":
            q.unit, q.label, q.end_tok = defined[doc[q.last + 1].lower_], "MONEY", q.last + 1  # '4.60 dpk'
        if q.first > sent.start and doc[q.first - 1].lower_ in NEGATIVE_WORDS and q.value > 0:
            q.first, q.value = q.first - 1, -q.value  # 'minus 12 degrees'
        _multiple(doc, q, sent)
        if _is_age(doc, q, sent):
            q.unit, q.label = "years", "AGE"
        elif q.label == "CARDINAL" and _after_aged(doc, q, sent):  # 'pupils aged between 11 and 13'
            q.unit, q.label = "years", "AGE"
        elif q.label == "CARDINAL" and q.unit is None and q.first - 2 >= sent.start and doc[q.first - 1].lower_ == "of" \
                and doc[q.first - 2].lower_ == "age":  # 'at the tender age of 15'
            q.unit, q.label = "years", "AGE"
        if q.unit is None and (_is_year_like(doc, q) or _day_after_date(doc, q)):
            i = j + 1
            continue
        found.append(q)
        i = j + 1
    found = _join_clock_durations(doc, found)
    scores = _scores(doc, found, sent)
    found = [q for q in found if id(q) not in scores]
    _pair(doc, found)
    _bind(doc, found, offset)
    out = []
    for q in found:
        attrs = {**ctx, **(q.attrs or {}), **_hedge(doc, q), **_additive(doc, q)}
        if q.label == "DURATION" and timex_duration(q.value, q.unit):
            attrs.update(timex_type="DURATION", timex=timex_duration(q.value, q.unit))
        end_tok = q.end_tok if q.end_tok is not None else q.last
        last = doc[end_tok].text
        # '$300m.', 'minus 5C.': the tokenizer keeps the sentence's full stop on the last word; the claim ends before it
        end = len(last) - (len(last) > 1 and last.endswith(".") and last.count(".") == 1 and doc[end_tok].is_sent_end)
        out.append({"kind": Kind.QUANTITY, "start": offset + doc[q.first].idx, "end": offset + doc[end_tok].idx + end,
                    "value": q.value, "unit": q.unit, "label": q.label, "attrs": attrs, "_q": q})
    by_q = {id(item["_q"]): item for item in out}
    for item in out:
        for link in ("pair", "restates", "part_of", "conj_of"):
            partner = item["attrs"].pop(f"{link}_q", None)
            if partner is not None:
                item["attrs"][link] = id(by_q[id(partner)])
    for item in out:
        del item["_q"]
    return iter(out)


_NUMERALS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_DIGIT_RUN = re.compile(r"[\d,.]+")
_LETTERS_IN_NUMBER = re.compile(r"\d[A-Za-z]|[A-Za-z]\d|\d-\d")


def as_written(text: str) -> dict[str, Any]:
    """How the number of a quantity claim is written, read once here so that checks need not
    parse claim text: the value and decimals of its first run of digits ('2.3' in '$2.3
    million'), the leading words that write the number, the words after them (the counted
    thing), and whether digits touch letters ('30GB', '777-200LR')."""
    out: dict[str, Any] = {}
    m = _NUMERALS.search(text)
    if m:
        out["numerals"] = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        out["decimals"] = len(m.group(2) or "")
    words = text.split()
    k = 0
    while k < len(words) and (words[k].lower() in NUMBER_PART or _DIGIT_RUN.fullmatch(words[k])):
        k += 1
    out["number_words"] = " ".join(words[:k])
    lowers = [w.lower() for w in _WORD.findall(text)]
    k = 0
    while k < len(lowers) and (lowers[k] in NUMBER_PART or _DIGIT_RUN.fullmatch(lowers[k])):
        k += 1
    out["counted"] = tuple(lowers[k:])
    if _LETTERS_IN_NUMBER.search(text):
        out["letters_in_number"] = True
    return out


_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|bln|m|k|b|tn)$", re.I)


def _suffixed(t: Token) -> float | None:
    """'15bn' -> 15e9, '269m' -> 269e6 (a number with its scale glued on)."""
    m = _SUFFIXED.match(t.text)
    if not m or parse_digits(m[1]) is None:
        return None
    return parse_digits(m[1]) * ATTACHED_SCALES[m[2].lower()]


def _is_number_token(t: Token) -> bool:
    low = t.lower_
    if _suffixed(t) is not None or _glued_unit(t) is not None:
        return True
    if _OPEN_HYPHEN.match(t.text) and t.i + 2 < len(t.doc) and t.nbor(1).lower_ in ("or", "to", "and"):
        return True  # '2- or 4-lane', '10- to 12-metre'
    if _broken_compound(t):
        return True  # 'a four- day visit'
    if low in NUMBER_WORDS or low in COLLECTIVES:
        return low not in ("half", "hundred", "thousand", "million", "billion", "trillion") or t.i == 0 or t.nbor(-1).lower_ in ("a", "one")
    return parse_digits(t.text) is not None


_OPEN_HYPHEN = re.compile(r"^\d[\d,.]*[-–]$")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # '5,312.40': digits grouped in thousands are no date or clock time


_WORD_HYPHEN = re.compile(r"^(?:\d[\d,.]*|[a-z]+)[-–]$", re.I)


def _broken_compound(t: Token) -> bool:
    """'a four- day visit', 'a 145- kilometer march': wire copy breaks a hyphenated measure after the
    hyphen; the number still takes the unit after the space."""
    if not _WORD_HYPHEN.match(t.text) or t.i + 1 >= len(t.doc) or _attached(t.doc, t.i + 1):
        return False
    num = t.text[:-1].lower()
    unit = t.nbor(1).lower_
    return (num in NUMBER_WORDS or parse_digits(num) is not None) and (
        unit in DURATION_UNITS or unit in MEASURE_WORDS or unit in MEMBERSHIP_NOUNS)


def _attached(doc: Doc, k: int) -> bool:
    return k > 0 and doc[k - 1].idx + len(doc[k - 1].text) == doc[k].idx


def _skip_word(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """'one' is a pronoun or an article far more often than a count; keep it only with a unit."""
    if first == last and doc[first].lower_ == "one":
        nxt = doc[last + 1].lower_ if last + 1 < sent.end else ""
        return nxt not in ONE_UNITS and nxt not in ADDITIVE_AFTER and not _one_counts(doc, first, sent)
    if first == last and doc[first].lower_ in ("half", "couple", "dozen", "pair", "score", "dozens"):
        return True
    if last == first + 1 and doc[first].lower_ == "a" and doc[last].lower_ in ("couple", "pair") and (
            last + 1 >= sent.end or doc[last + 1].lower_ != "of" and doc[last + 1].tag_ != "NNS"):
        return True  # 'a couple must register': a pair of people, not the number two
    return False


_TIME_WORD = re.compile(r"^(?:\d{4}s?|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?$|^(?:" + WEEKDAY_RE
                       + r"|years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|quarters?|"
                       r"today|yesterday|tomorrow|ago|am|pm|a\.m\.|p\.m\.|[\d.:]+(?:am|pm)|\d+:\d+|gmt|old|aged?)$", re.I)


_GLUED_UNIT = re.compile(r"^([-−+]?\d[\d,]*(?:\.\d+)?)(°?[A-Za-z]+)\.?$")  # '40C.' ends a sentence as one token
# Units written glued to the number, beyond MEASURES: unit as claimed, label, factor.
GLUED_UNITS = {"c": ("°C", "CARDINAL", 1), "°c": ("°C", "CARDINAL", 1), "f": ("°F", "CARDINAL", 1), "°f": ("°F", "CARDINAL", 1),
               "pc": ("percent", "PERCENT", 1), "p": ("GBP", "MONEY", 0.01), "mins": ("minutes", "DURATION", 1),
               "min": ("minutes", "DURATION", 1), "secs": ("seconds", "DURATION", 1), "sec": ("seconds", "DURATION", 1),
               "hrs": ("hours", "DURATION", 1), "hr": ("hours", "DURATION", 1),
               "in": ("in", "CARDINAL", 1)}


_GLUED_MONEY = re.compile(r"^([A-Za-z]{1,3}\$|Rs\.?)(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|m|k|tn|b)?$", re.I)


def _glued_unit(t: Token) -> tuple[float, str, str] | None:
    """'-12C' -> (-12, '°C', CARDINAL), '3.5GHz' -> (3.5, 'GHz', CARDINAL), '40pc' -> (40, 'percent',
    PERCENT), '245p' -> (2.45, 'GBP', MONEY), 'HK$10' -> (10, 'HKD', MONEY): a number and its unit
    written as one token. Letters that are no unit ('3G', '4S', '747s') leave it an identifier."""
    money = _GLUED_MONEY.match(t.text)
    if money and money[1].lower() in CURRENCY_SYMBOLS and parse_digits(money[2]) is not None:
        scale = ATTACHED_SCALES[money[3].lower()] if money[3] else 1
        return parse_digits(money[2]) * scale, CURRENCY_SYMBOLS[money[1].lower()], "MONEY"
    m = _GLUED_UNIT.match(t.text)
    if not m or parse_digits(m[1]) is None:
        return None
    value, suffix = parse_digits(m[1]), m[2]
    low = suffix.lower()
    if low in ("c", "f") and suffix.islower():
        return None  # '12c' is no temperature
    if low in GLUED_UNITS:
        unit, label, factor = GLUED_UNITS[low]
        return round(value * factor, 10), unit, label
    if low in MEASURES:
        return value, suffix, "CARDINAL"
    return None


def _glued_amount(t: Token) -> bool:
    """'350k', '-12C': an amount written as one token, whatever entity spaCy guessed for it
    (it tags some as products), unless it is a date or a time ('45mins' ago)."""
    glued = _glued_unit(t)
    if glued is not None and glued[2] != "DURATION":
        return True  # spaCy takes '245p' for a time
    return t.ent_type_ not in ("DATE", "TIME") and (_suffixed(t) is not None or glued is not None)


def _metres(doc: Doc, first: int, last: int, sent: Span, metres_written: bool = False) -> bool:
    """'200m' in 'the 200m final' or 'a 30m-long wall' is metres, not millions: the 'm' is lower
    case, no currency comes before or after, and the word after is a race, a dimension or
    nothing a count would take ('won the 400m.')."""
    glued = _SUFFIXED.match(doc[last].text) if first == last else None
    if glued:
        if glued[2] != "m":
            return False
    elif not (doc[last].text == "m" and last > first and _attached(doc, last)):
        return False
    prev = doc[first - 1] if first > sent.start else None
    if prev is not None and (prev.text.lower() in CURRENCY_SYMBOLS or prev.text == "#" or prev.lower_ in CURRENCY_NOUNS):
        return False
    k = last + 1
    nxt = doc[k] if k < sent.end else None
    if nxt is None:
        return _metres_by_words(prev, nxt)
    if nxt.text in ("-", "–") and k + 1 < sent.end and _attached(doc, k) and _attached(doc, k + 1):
        return doc[k + 1].lower_ in METRE_AFTER
    if nxt.lower_ in CURRENCY_NOUNS or nxt.lower_ in CURRENCY_WORDS:
        return False
    if _metres_by_words(prev, nxt):
        return True
    # A bare 'Nm' counting nothing ('she ran 22 seconds at 200m and ...') in an article that
    # writes metres that way elsewhere is metres too: one article does not switch the meaning.
    return metres_written and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and not _money_in(sent)


def _money_in(sent: Span) -> bool:
    return any(t.text.lower() in CURRENCY_SYMBOLS or t.lower_ in CURRENCY_NOUNS or t.lower_ in CURRENCY_WORDS
               for t in sent)


_PRICE_ABBREVIATION = re.compile(r"\b(?P<cur>[A-Za-z]+)\s+(?:per|a)\s+[a-z]+\s+\((?P<abbr>[a-z]{2,5})\)")


def defined_prices(texts) -> dict[str, str]:
    """Abbreviations an article defines for a price per unit, lower case -> currency: '4.55 U.S.
    dollars per kilogram (dpk)' makes a later '4.60 dpk' money in dollars."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _PRICE_ABBREVIATION.finditer(text):
            currency = CURRENCY_WORDS.get(m["cur"].lower())
            if currency is not None and m["abbr"] not in MEASURES:
                found.setdefault(m["abbr"], currency)
    return found


def writes_metres(docs) -> bool:
    """Whether the article writes 'Nm' that is metres by its own words ('the 200m final', 'the 100m
    in 9.9 seconds') in any of its paragraphs' ``docs``."""
    for doc in docs:
        for t in doc:
            if not t.text.endswith("m"):
                continue
            glued = _SUFFIXED.match(t.text)
            if not (glued and glued[2] == "m" or t.text == "m" and t.i > t.sent.start and _attached(doc, t.i)
                    and doc[t.i - 1].like_num):
                continue
            first = t.i if glued else t.i - 1
            prev = doc[first - 1] if first > t.sent.start else None
            nxt = doc[t.i + 1] if t.i + 1 < t.sent.end else None
            if _metres_by_words(prev, nxt):
                return True
    return False


def _metres_by_words(prev: Token | None, nxt: Token | None) -> bool:
    """The words around 'Nm' make it metres: a race or a dimension after it ('the 200m final'), or
    'the' before it and nothing a count would take after ('won the 400m.', 'the 100m in 9.9 seconds')."""
    if nxt is not None and nxt.lower_ in METRE_AFTER:
        return True
    return prev is not None and prev.lower_ == "the" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _entity_extent(t: Token) -> tuple[int, int]:
    """First and last token index of the entity ``t`` is inside."""
    doc, a, b = t.doc, t.i, t.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I":
        b += 1
    return a, b


def _clock_duration(t: Token) -> bool:
    """A number in a TIME entity that is a length of time the date extractor leaves: one part of
    '2 hours 10 minutes', or '0.4 seconds later' (a single 'nine hours' is its)."""
    if t.ent_type_ != "TIME" or t.i + 1 >= len(t.doc) or t.nbor(1).lower_ not in CLOCK_UNITS:
        return False
    doc, (a, b) = t.doc, _entity_extent(t)
    words = [doc[k].lower_ for k in range(a, b + 1)]
    if any(":" in w or w in ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "ago") for w in words):
        return False
    return sum(w in CLOCK_UNITS for w in words) >= 2 or words[-1] in ("later", "earlier")


def _join_clock_durations(doc: Doc, found: list[_Q]) -> list[_Q]:
    """'50 minutes 12.5 seconds': one length of time, in the smaller unit (3012.5 seconds)."""
    out: list[_Q] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit in CLOCK_UNITS and q.unit in CLOCK_UNITS and q.first == (prev.end_tok or prev.last) + 1 \
                and CLOCK_UNITS[prev.unit] > CLOCK_UNITS[q.unit] and q.value >= 0:
            prev.value = prev.value * CLOCK_UNITS[prev.unit] / CLOCK_UNITS[q.unit] + q.value
            prev.unit, prev.end_tok, prev.label = q.unit, q.end_tok if q.end_tok is not None else q.last, "DURATION"
            continue
        out.append(q)
    return out


def _share_phrase(doc: Doc, i: int, sent: Span) -> tuple[int, float] | None:
    """'half of the voters', 'half the matches', 'a quarter of staff', 'two thirds of them': a
    fraction of something, as (last token, value); not 'the second half of the year'."""
    t = doc[i]
    low = t.lower_
    k = i
    if low in FRACTIONS:
        if low != "half" or (i > sent.start and doc[i - 1].lower_ in _NOT_SHARE_BEFORE | {"a", "an", "one"}):
            return None
        value = FRACTIONS[low]
    elif low in ("a", "an", "one") or low in UNITS:
        k = i + 1
        if k >= sent.end or doc[k].lower_ not in FRACTIONS or doc[k].lower_ == "half":
            return None
        if i > sent.start and doc[i - 1].lower_ in _NOT_SHARE_BEFORE:
            return None
        value = parse_words([low, doc[k].lower_])
        if value is None:
            return None
    else:
        return None
    scale_at = k + 3 if k + 1 < sent.end and doc[k + 1].lower_ == "of" else k + 2  # 'a quarter of a million', 'half a million'
    if scale_at < sent.end and doc[scale_at - 1].lower_ in ("a", "an") and doc[scale_at].lower_ in _SHARE_SCALES:
        return scale_at, value * _SHARE_SCALES[doc[scale_at].lower_]
    if k + 1 >= sent.end or doc[k + 1].lower_ not in FRACTION_OF:
        return None
    return k, value


_SHARE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000}


_NOT_SHARE_BEFORE = frozenset({"the", "first", "second", "third", "fourth", "last", "latter", "former", "other", "this", "that",
                               "each", "every"})


def _after_aged(doc: Doc, q: _Q, sent: Span) -> bool:
    """'aged 6 to 9', 'aged between 30 and 45': ages."""
    k = q.first - 1
    while k > sent.start and (doc[k].lower_ in ("between", "from", "to", "and", "-", "–") or _is_number_token(doc[k])):
        k -= 1
    return k >= sent.start and doc[k].lower_ == "aged"


def _numbers_only_date(t: Token) -> bool:
    """spaCy tags 'between 15 and 25 (people)' as a DATE; an entity with no calendar or clock word
    in it is a number phrase."""
    if t.ent_type_ != "DATE":
        return False
    doc, (a, b) = t.doc, _entity_extent(t)
    # a lone number ('Felix, 19,') is read in temporal.py (an age); a month just before the entity
    # ('Nov. 17 to 19') makes it days
    before = max(0, a - 1) if a == 0 or doc[a - 1].lower_ != "aged" else a  # 'aged 15 to 24' is read as ages
    return b > a and not any(_TIME_WORD.match(doc[k].text) for k in range(before, min(len(doc), b + 2)))


def _alone_in_date(t: Token) -> bool:
    """spaCy tags a bare number as a DATE now and then ('stood at 32, officials said'); alone in its
    entity (past the punctuation the model runs on into) it is a count to bind like any other, read
    here. Ages ('Margit Havel, 52,') are left to the date extractor (``bare_age``)."""
    if t.ent_type_ != "DATE" or t.ent_iob_ != "B" or not re.fullmatch(r"\d{1,3}", t.text):
        return False
    _, b = _entity_extent(t)
    return all(t.doc[k].is_punct or t.doc[k].lower_ in ("and", "or", "to") for k in range(t.i + 1, b + 1))


def bare_age(doc: Doc, i: int) -> bool:
    """A bare number in digits that is an age: set off by commas after a name ('Margit Havel, 52,
    said') or after 'aged'. spaCy tags these as DATEs; the date extractor makes them AGE claims."""
    if not re.fullmatch(r"\d{1,3}", doc[i].text):
        return False
    before = doc[i - 1].text if i > 0 else ""
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return before == "," and after in (",", ")") and i > 1 and (doc[i - 2].ent_type_ == "PERSON" or doc[i - 2].pos_ == "PROPN") \
        or before.lower() == "aged"


def _one_counts(doc: Doc, i: int, sent: Span) -> bool:
    """'one soldier was killed', 'one of them': 'one' counting something; not 'no one', 'the one',
    'one another', 'one day'."""
    k = i - 1
    while k >= sent.start and doc[k].lower_ in ONE_COUNT_AFTER:  # 'only one', 'at least one', but not 'the only one'
        k -= 1
    prev = doc[k].lower_ if k >= sent.start else ""
    if i + 1 >= sent.end or prev in ONE_NOT_COUNT_BEFORE and not (
            prev == "which" and doc[i].dep_ == "nummod" and doc[i].head.i == i + 1 and doc[i + 1].pos_ == "NOUN"):
        return False  # 'which one' is a pronoun; 'in which one guard died' counts
    nxt = doc[i + 1]
    if doc[i].dep_ == "appos" and doc[i].head.i < i and _is_number_token(doc[i].head):
        return True  # 'wounded 80, one critically'
    if _one_of_a_breakdown(doc[i]):
        return True
    k = i + 1
    while k < min(i + 3, sent.end) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].lower_ not in ("one", "another"):
        k += 1
    if k > i + 1 and k + 1 < sent.end and doc[k].lower_ in ("and", "or") and _is_number_token(doc[k + 1]) and doc[k + 1].lower_ != "one":
        return True  # 'one Iranian and four Lebanese': a count coordinated with another count
    if nxt.lower_ == "of":
        return i + 2 < sent.end and doc[i + 2].lower_ in ("the", "them", "those", "these", "its", "their", "his", "her", "our", "us", "whom")
    head = doc[i].head
    if doc[i].dep_ == "nummod" and 1 < head.i - i <= 4 and all(
            doc[m].pos_ in ("PROPN", "ADJ") or doc[m].pos_ == "NOUN" and doc[m].dep_ in ("compound", "nmod") for m in range(i + 1, head.i)):
        nxt = head  # 'one Dutch engineer', 'one senior official', 'one UN rights treaty'
    return doc[i].dep_ == "nummod" and nxt.pos_ == "NOUN" and nxt.tag_ == "NN" and nxt.ent_type_ not in ("DATE", "TIME") \
        and nxt.lower_ not in ("another", "way", "thing", "time", "side", "point")


def _one_of_a_breakdown(t: Token) -> bool:
    """'three coaches: one for defence, and one for attack', 'two were killed and one was hurt':
    'one' as an item of a breakdown, beside a counted noun or a counted parallel subject."""
    if t.dep_ == "conj" and t.head.lower_ == "one" and t.head.i < t.i:
        t = t.head
    head = t.head
    if t.dep_ == "appos" and head.i < t.i and _counted(head):
        return True
    if t.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "conj" and head.head.i < t.i:
        return any(c.dep_ in ("nsubj", "nsubjpass") and _counted(c) for c in head.head.children)
    return False


def _counted(t: Token) -> bool:
    """'4' or 'four soldiers': a number other than 'one', or a noun it counts."""
    if _is_number_token(t):
        return t.lower_ != "one"
    return t.pos_ == "NOUN" and any(c.dep_ == "nummod" and _is_number_token(c) and c.lower_ != "one" for c in t.children)


def _multiple(doc: Doc, q: _Q, sent: Span) -> None:
    """'three times as large', 'a 4-fold rise': the number is a multiple."""
    k = q.last + 1
    if q.unit == "times" and q.end_tok is not None and q.end_tok + 1 < sent.end and (
            doc[q.end_tok + 1].lower_ in TIMES_MULTIPLE_AFTER or _possessive_name(doc, q.end_tok + 1, sent)):
        q.label = "MULTIPLE"  # ('1.5 times Delta's net worth')
    elif k + 1 < sent.end and doc[k].lower_ == "times" and doc[k + 1].lower_ in TIMES_MULTIPLE_AFTER:
        q.label, q.unit, q.end_tok = "MULTIPLE", None, k  # 'three times the region's output': not a count of regions
    elif k + 1 < sent.end and doc[k].text == "-" and doc[k + 1].lower_ == "fold" and _attached(doc, k) and _attached(doc, k + 1):
        q.label, q.unit, q.end_tok = "MULTIPLE", None, k + 1
    elif k < sent.end and doc[k].lower_ == "fold":  # 'up to 10 fold'
        q.label, q.unit, q.end_tok = "MULTIPLE", None, k


_A_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _zero_compound(doc: Doc, first: int, last: int) -> bool:
    """'zero-coupon bonds', 'a zero-tolerance policy': a kind of thing, no count of nought. Not
    'zero-percent financing', which is a rate."""
    return first == last and doc[first].lower_ == "zero" and _inner_hyphen(doc, last + 1) and last + 2 < len(doc) \
        and doc[last + 2].lower_ not in ("percent", "per")


def _possessive_name(doc: Doc, k: int, sent: Span) -> bool:
    """A name with a possessive after it ('Delta's'), one or two words."""
    for n in (1, 2):
        if k + n < sent.end and doc[k + n].tag_ == "POS" and all(doc[m].pos_ == "PROPN" for m in range(k, k + n)):
            return True
    return False


# scale abbreviations that stand apart from the digits too ('7.2 bn'); not 'm' or 'b' (metres, a grade)
_APART_SCALES = {"bn": 1_000_000_000, "mn": 1_000_000, "bln": 1_000_000_000, "mln": 1_000_000}


def _attached_scale(doc: Doc, k: int) -> int | None:
    """The scale of a token glued to the number before it ('269|m'), else None."""
    return ATTACHED_SCALES.get(doc[k].lower_) if k > 0 and _attached(doc, k) else None


_AND_A_FRACTION = ("-", "and", "-", "a", "-")


def _in_hyphen_fraction(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is in the '-and-a-half' of 'three-and-a-half', written in one word after a number."""
    for j in range(max(0, k - 6), k):
        run = doc[j + 1:j + 7]
        if len(run) == 6 and tuple(x.lower_ for x in run[:5]) == _AND_A_FRACTION and run[5].lower_ in FRACTIONS \
                and all(_attached(doc, x.i) for x in run) and (doc[j].lower_ in NUMBER_WORDS or parse_digits(doc[j].text) is not None):
            return True
    return False


def _continues_number(doc: Doc, k: int, end: int) -> bool:
    t, prev = doc[k], doc[k - 1]
    low = t.lower_
    if _in_hyphen_fraction(doc, k):
        return True  # 'three-and-a-half years'
    if low in ("-", "–") and k + 1 < end and _attached(doc, k) and _attached(doc, k + 1):
        nxt = doc[k + 1].lower_
        if nxt in _SHARE_SCALES and nxt != "dozen" and (prev.lower_ in NUMBER_WORDS or parse_digits(prev.text) is not None):
            return True  # 'a 10-billion-dollar loan', 'two-million barrels'
        return (prev.lower_ in TENS and nxt in UNITS) or (prev.lower_ in UNITS and nxt in FRACTIONS and nxt not in ("half",))
    if prev.text in ("-", "–") and k >= 2 and _attached(doc, k - 1) and _attached(doc, k):
        before = doc[k - 2].lower_
        if (before in TENS and low in UNITS) or (before in UNITS and low in FRACTIONS):
            return True
    if low in ("hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "lakh", "lakhs", "crore", "crores"):
        return True
    if low in _APART_SCALES and parse_digits(prev.text) is not None:
        return True  # 'US$ 7.2 bn': the scale written apart from the digits
    if _attached_scale(doc, k) and parse_digits(prev.text) is not None:
        return True  # '269m' (the tokenizer splits a sentence's full stop off: factlint/extract/nlp.py)
    if low == "dozen" and (prev.lower_ in UNITS or parse_digits(prev.text) is not None):
        return True  # 'two dozen', '3 dozen'
    if low in ATTACHED_SCALES and _attached(doc, k) and parse_digits(prev.text) is not None:
        return True
    if low in UNITS or low in TENS:
        return prev.lower_ in TENS or (prev.lower_ == "and" and k >= 2 and doc[k - 2].lower_ in ("hundred", "thousand"))
    if low == "and" and k + 1 < end:
        nxt = doc[k + 1].lower_
        if prev.lower_ in ("hundred", "thousand") and (nxt in UNITS or nxt in TENS):
            return True
        if prev.lower_ in UNITS and nxt == "a" and k + 2 < end and doc[k + 2].lower_ in FRACTIONS:
            return True  # "one and a half"
    if low == "a" and prev.lower_ == "and" and k + 1 < end and doc[k + 1].lower_ in FRACTIONS:
        return True
    if low in FRACTIONS and prev.lower_ == "a" and k >= 2 and doc[k - 2].lower_ == "and":
        return True
    return False


def _is_identifier(t: Token, model_nums: set[str]) -> bool:
    """'F-16', 'G20', 'COVID-19', 'Boeing 737', 'Terminal 3', '3G', '15,599th', 'GMT +8'."""
    text = t.text
    if re.search(r"[A-Za-z]", text) and re.search(r"\d", text) and _suffixed(t) is None and _glued_unit(t) is None:
        return True
    if text.startswith("+"):
        return True
    if t.i > 0:
        prev = t.nbor(-1)
        if prev.text in ("No.", "no.", "No", "number", "Nos.") or (prev.text == "." and t.i > 1 and t.nbor(-2).lower_ == "no") or (prev.text == "-" and _attached(t.doc, t.i)
                                                                     and t.i > 1 and t.nbor(-2).is_alpha and _attached(t.doc, t.i - 1)):
            return True
        if prev.text == "#" and not _money_hash(t):
            return True
        if prev.text in ("-", "–") and t.i > 1 and _attached(t.doc, t.i) and _attached(t.doc, t.i - 1) and t.nbor(-2).text in model_nums:
            return True  # the variant in 'the 340-5'
        if prev.lower_ in NUMBER_LABEL_NOUNS and re.fullmatch(r"\d{1,3}[A-Za-z]?", text):
            return True  # 'phase 2 trials', 'gate 14', 'article 5'
        if _names_a_thing(t) and not _measure_adjective(t) and not _alone_in_date(t):
            return True  # ('the Labour Party 17' in a list of seats: spaCy tags a count it reads as a date)
    if t.i + 1 < len(t.doc):
        nxt = t.nbor(1)
        if _attached(t.doc, nxt.i) and nxt.is_alpha and nxt.lower_ not in ATTACHED_SCALES and nxt.lower_ not in MEASURES and nxt.lower_ != "s":
            return True  # 3G, 4S, 15,599 th
        if nxt.lower_ in ("th", "st", "nd", "rd", "gmt", "utc"):
            return True  # 15,599th; '0830 GMT' is a clock time
        if t.is_title and not t.is_sent_start and t.lower_ in NUMBER_WORDS and nxt.is_title and (
                nxt.pos_ == "PROPN" or nxt.pos_ == "NOUN" and not t.nbor(-1).is_punct):
            return True  # 'the Three Rivers Cup'
    if t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "NN" and t.nbor(1).pos_ == "NOUN" and not _attached(t.doc, t.i + 1) \
            and re.fullmatch(r"\d{2,}", text) and t.nbor(1).lower_ not in DURATION_UNITS | MEASURES | set(SCALES) | CURRENCY_NOUNS | set(SUBUNITS) | {"percent", "per", "fold"} \
            and (t.i == 0 or t.nbor(-1).text.lower() not in CURRENCY_SYMBOLS) \
            and not (t.i + 2 < len(t.doc) and (t.nbor(2).tag_ == "NNS" or _inner_hyphen(t.doc, t.i + 2))) \
            and t.nbor(1).lower_ not in MEMBERSHIP_NOUNS and t.nbor(1).lower_ not in MEASURE_WORDS \
            and t.nbor(1).lower_ not in COLLECTIVE_COUNT_NOUNS \
            and not (t.i > 0 and (t.nbor(-1).lower_ in APPROX or t.nbor(-1).lower_ in ("than", "least", "most", "over", "under"))) \
            and not _after_relative_partitive(t) \
            and not (len(text) == 2 and _plural_form(t.nbor(1))) \
            and not (t.dep_ == "nummod" and t.head.i > t.i + 1 and t.head.tag_ == "NNS"):
        # ('more than 600 staff': a hedged figure is an amount; no one hedges a model name; '11
        # seismographs' is a plural the tagger missed; '13 drug trafficking cases' counts the cases)
        # "737 narrowbody airliner": a plural count would take a plural noun; but "300 pay rises",
        # "14 silver medals" count the plural noun the compound modifies, and "20 yuan" is money.
        return True
    if text in model_nums:
        small = (parse_digits(text) or 0) < 100
        return not (small and t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "NNS")
    return False


def _after_relative_partitive(t: Token) -> bool:
    """'120 people, of whom 70 work in Lyon': a number right after 'of whom' / 'among which' counts part of
    what was just counted (the tagger may read the verb after it as a singular noun); no model is named so."""
    return t.i > 1 and t.nbor(-1).lower_ in RELATIVE_PARTITIVE_PRONOUNS and t.nbor(-2).lower_ in PARTITIVE_PREPOSITIONS


def _plural_form(t: Token) -> bool:
    """A lower-case noun with a plural ending, whatever tag it got ('seismographs')."""
    low = t.text
    return low.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "series", "news"))


def _measure_adjective(t: Token) -> bool:
    """'(Asia's) 400-meter (champion)', 'the Index 50-stock (basket)': a number with a hyphenated unit
    after it measures something, even after a name or in what spaCy takes for a time; lengths of
    time ('10-minute') are the date extractor's."""
    doc, k = t.doc, t.i + 1
    return k + 1 < len(doc) and doc[k].text in ("-", "–") and _attached(doc, k) and _attached(doc, k + 1) \
        and doc[k + 1].is_alpha and doc[k + 1].pos_ == "NOUN" and doc[k + 1].lower_ not in HYPHEN_NOT_UNIT \
        and doc[k + 1].lower_ not in DURATION_UNITS and doc[k + 1].lower_ not in ("hour", "minute", "second", "decade", "century")


def _money_hash(t: Token) -> bool:
    """Wikinews dumps write '£' as '#': '#13 billion' is money, '#1' is a rank."""
    nxt = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
    return "." in t.text or nxt in SCALES or nxt in ("million", "billion")


def _is_age(doc: Doc, q: _Q, sent: Span) -> bool:
    """'Giulia Ferrante, 29, said': a bare number set off by commas after a name is an age."""
    if q.first != q.last or q.unit is not None or not (0 < q.value < 130) or q.first < 2 or q.last + 1 >= sent.end:
        return False
    return doc[q.first - 1].text == "," and doc[q.last + 1].text in (",", ")") and doc[q.first - 2].pos_ == "PROPN"


_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)


def _birthday_age(doc: Doc, i: int, sent: Span) -> float | None:
    """'her 60th birthday': an ordinal in digits before 'birthday' is an age in years."""
    m = _ORDINAL_DIGITS.match(doc[i].text)
    if m is None or i + 1 >= sent.end or doc[i + 1].lower_ not in BIRTHDAY_WORDS or not 0 < int(m[1]) < 130:
        return None
    return float(m[1])


def _day_after_date(doc: Doc, q: _Q) -> bool:
    """'from Nov. 15 to 26', 'between April 7 and 9': the day that closes a range of days in a month."""
    k = q.first
    if q.first != q.last or not re.fullmatch(r"\d{1,2}", doc[k].text) or not 1 <= int(doc[k].text) <= 31 or k < 3:
        return False
    if doc[k - 1].lower_ not in ("to", "and", "-", "–", "through", "till", "until"):
        return False
    day, month = doc[k - 2], doc[k - 3]
    return re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", day.text) is not None and month.lower_.rstrip(".") in MONTHS \
        and int(re.match(r"\d+", day.text)[0]) < int(doc[k].text)


def _is_year_like(doc: Doc, q: _Q) -> bool:
    return q.first == q.last and re.fullmatch(r"(1[89]|20)\d{2}", doc[q.first].text) is not None


def _unit(doc: Doc, q: _Q, sent: Span) -> None:
    """Currency, percent or counted noun of a number phrase, and the token the claim ends on."""
    prev = doc[q.first - 1] if q.first > sent.start else None
    if prev is not None and prev.text in CURRENCY_CODES:
        q.unit, q.label, q.first = CURRENCY_CODES[prev.text], "MONEY", q.first - 1  # 'RMB 300', 'USD 5 million'
        return
    if prev is not None and (prev.text.lower() in CURRENCY_SYMBOLS or (prev.text == "#" and _money_hash(doc[q.first]))):
        q.unit, q.label = CURRENCY_SYMBOLS.get(prev.text.lower(), "GBP"), "MONEY"
        q.first -= 1
        pp = doc[q.first - 1] if q.first > sent.start else None
        if pp is not None and pp.text in ("US", "U.S.", "USD") and (_attached(doc, q.first) or pp.text == "US"):
            q.first -= 1
        return
    k = q.last + 1
    if _hyphen_unit(doc, q, sent) or _open_hyphen_unit(doc, q, sent):
        return
    if q.first == q.last and _broken_compound(doc[q.last]):
        low = doc[k].lower_
        q.unit, q.end_tok = (None if low in HYPHEN_NOT_UNIT else low if low in MEASURES else _plural(low)), k
        q.label = "DURATION" if q.unit in DURATION_UNITS else q.label
        return
    if k < sent.end:
        nxt, low = doc[k], doc[k].lower_
        if nxt.text in CURRENCY_CODES:
            q.unit, q.label, q.end_tok = CURRENCY_CODES[nxt.text], "MONEY", k  # '3.92 USD', '300 RMB'
            return
        if nxt.text in ("°", "º") and k + 1 < sent.end and doc[k + 1].text in ("C", "F"):
            q.unit, q.end_tok = "°" + doc[k + 1].text, k + 1  # '5 °C'
            return
        if nxt.text == "%" or low in ("percent", "pct"):
            q.unit, q.label, q.end_tok = "percent", "PERCENT", k
            if low == "percent" and k + 1 < sent.end and doc[k + 1].lower_ == "points":
                q.unit, q.end_tok = "percentage points", k + 1
            return
        if low == "per" and k + 1 < sent.end and doc[k + 1].lower_ == "cent":
            q.unit, q.label, q.end_tok = "percent", "PERCENT", k + 1
            return
        if low == "percentage" and k + 1 < sent.end and doc[k + 1].lower_ == "points":
            q.unit, q.label, q.end_tok = "percentage points", "PERCENT", k + 1
            return
        if low in CURRENCY_WORDS:
            q.unit, q.label, q.end_tok = CURRENCY_WORDS[low], "MONEY", k
            return
        if nxt.text in ("US", "U.S.", "U.S", "USD") and k + 1 < sent.end and doc[k + 1].lower_ in ("dollar", "dollars"):
            q.unit, q.label, q.end_tok = "USD", "MONEY", k + 1  # 'N billion U.S. dollars' ('U.S dollars' without its last period)
            return
        if low in SUBUNITS:
            q.unit, q.label, q.end_tok = SUBUNITS[low][0], "MONEY", k
            q.value = round(q.value * SUBUNITS[low][1], 10)
            return
        if low in MEASURES:
            q.unit, q.end_tok = nxt.text, k
            if k + 2 < sent.end and doc[k + 1].text == "/" and _attached(doc, k + 1) and _attached(doc, k + 2) \
                    and doc[k + 2].lower_.rstrip(".") in ("h", "hr", "s", "sec") and doc[k + 2].text.count(".") <= 1:
                # '90 km/h'; '90 km/h.' ending a sentence, where the tokenizer keeps the full stop on the 'h'
                q.unit, q.end_tok = f"{nxt.text}/{doc[k + 2].text.rstrip('.')}", k + 2
            return
        if low in MULTIPLES:
            return
        if low in MEMBERSHIP_NOUNS and nxt.tag_ == "NN" and not _inner_hyphen(doc, k + 1):
            q.unit, q.end_tok = _plural(low), k  # 'the 120 seat assembly': the size of a body
            return
    noun = _counted_noun(doc, q, sent)
    if noun is not None:
        q.unit = noun.lower_
        if noun.i > q.last and noun.i - q.last <= 4:
            q.end_tok = noun.i
        if q.unit in DURATION_UNITS:
            q.label = "DURATION"


def _hyphen_unit(doc: Doc, q: _Q, sent: Span) -> bool:
    """'a 12-storey block', 'a 40-tonne crane', 'a 3-metre-long crack', 'a 6-month-old': a measure
    written as an adjective; its unit is the word after the hyphen (plural, as a count names it)."""
    k = q.last + 1
    if not (k + 1 < sent.end and doc[k].text in ("-", "–") and _attached(doc, k) and _attached(doc, k + 1)):
        return False
    word = doc[k + 1]
    low = word.lower_
    end = k + 1
    if low in ("square", "cubic") and end + 2 < sent.end and doc[end + 1].text in ("-", "–") and doc[end + 2].is_alpha \
            and _attached(doc, end + 1) and _attached(doc, end + 2):
        end += 2  # 'a 20,000-square-foot store'
        low = f"{low} {doc[end].lower_}"
    elif not word.is_alpha or low in HYPHEN_NOT_UNIT or low in NUMBER_PART or low in FRACTIONS or word.pos_ not in ("NOUN", "PROPN"):
        return False  # 'a 24-strong squad' says how many, with no unit
    if low in CURRENCY_WORDS:
        q.unit, q.label, q.end_tok = CURRENCY_WORDS[low], "MONEY", end  # 'a 10-billion-dollar loan'
        return True
    if low in ("percent", "pct"):
        q.unit, q.label, q.end_tok = "percent", "PERCENT", end  # 'a 25-percent stake'
        return True
    unit = low if low in MEASURES else _plural(low)
    if end + 2 < sent.end and doc[end + 1].text in ("-", "–") and doc[end + 2].lower_ == "old" and _attached(doc, end + 1):
        q.unit, q.label, q.end_tok = unit, "AGE", end + 2  # 'a 6-month-old'
        return True
    q.unit, q.end_tok = unit, end
    if unit in DURATION_UNITS:
        q.label = "DURATION"
    return True


def _open_hyphen_unit(doc: Doc, q: _Q, sent: Span) -> bool:
    """'3- to 5-year contracts', '100- and 200-metre races': the first number takes the unit after
    the second's hyphen (the second may be the date extractor's)."""
    k = q.last + 1
    if not (_OPEN_HYPHEN.match(doc[q.last].text) and k + 3 < sent.end and doc[k].lower_ in ("or", "to", "and")):
        return False
    if parse_digits(doc[k + 1].text) is None or doc[k + 2].text not in ("-", "–") or not _attached(doc, k + 3) \
            or not doc[k + 3].is_alpha or doc[k + 3].pos_ != "NOUN" or doc[k + 3].lower_ in HYPHEN_NOT_UNIT:
        return False
    low = doc[k + 3].lower_
    q.unit = low if low in MEASURES else _plural(low)
    if q.unit in DURATION_UNITS:
        q.label = "DURATION"
    return True


def _plural(word: str) -> str:
    if word.endswith("foot"):
        return word[:-4] + "feet"
    if word.endswith(("s", "x", "ch", "sh")):
        return word if word.endswith("s") else word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _counted_noun(doc: Doc, q: _Q, sent: Span) -> Token | None:
    tok = doc[q.last]
    for _ in range(4):
        if tok.dep_ in ("quantmod", "compound", "nummod") and tok.head.pos_ == "NUM" and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    gloss = binding.gloss(doc, q.last + 1, tok.head.i) if tok.dep_ == "nummod" and tok.head.i > q.last else set()
    if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > q.last \
            and not any(k not in gloss and (_is_number_token(doc[k]) or (doc[k].is_punct and not _inner_hyphen(doc, k)) or _date_after(doc, q, k))
                        for k in range(q.last + 1, tok.head.i + 1)):
        return None if _participle_read_as_noun(tok.head, q.value) else binding.past_model_name(doc, tok.head)
    for k in range(q.last + 1, min(q.last + 4, sent.end)):
        t = doc[k]
        if _date_after(doc, q, k):
            break  # '4,000 last year': a count and then a date, not a count of years
        if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NN"):
            return None if _participle_read_as_noun(t, q.value) else t
        if t.pos_ not in ("ADJ", "ADV") and t.lower_ not in ADDITIVE_AFTER:
            break
    return None


def _participle_read_as_noun(t: Token, value: float) -> bool:
    """'five were charged, four freed, two fined': a verb with its auxiliary left out, which the tagger
    reads as a singular noun after a count above one. Such a 'noun' heads a clause of its own."""
    return value != 1 and t.tag_ == "NN" and t.lower_.endswith("ed") and t.dep_ in ("advcl", "conj", "ROOT", "ccomp", "acl", "xcomp")


def _inner_hyphen(doc: Doc, k: int) -> bool:
    """The hyphen inside a compound word ('state-owned'), touching the words on both sides."""
    return doc[k].text in ("-", "–") and k + 1 < len(doc) and _attached(doc, k) and _attached(doc, k + 1)


def _date_after(doc: Doc, q: _Q, k: int) -> bool:
    """Token ``k`` after the number starts a date of its own ('600 | last year'), other than a time
    unit written right after it ('300 days')."""
    t = doc[k]
    return t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" and doc[q.last].ent_type_ not in ("DATE", "TIME") \
        and not (k == q.last + 1 and t.lower_ in DURATION_UNITS) \
        and not (t.tag_ == "JJ" and t.dep_ == "amod" and t.head.i > k and t.head.pos_ == "NOUN" and not t.head.ent_type_)  # '14 nightly crossings'


def _pair(doc: Doc, found: list[_Q]) -> None:
    """'from 20 to 10 people', 'between 30 and 40', '15-20%': two claims, linked, sharing the
    unit; '1.83 and 2 GHz' shares the unit without being a range."""
    for a, b in zip(found, found[1:]):
        gap = [doc[k].lower_ for k in range(a.last + 1, b.first)]
        if a.end_tok is not None and a.end_tok >= b.first:
            a.end_tok = None
        k = a.first - 1
        while k > 0 and doc[k].lower_ in APPROX | {"least", "at", "than", "more", "over"}:
            k -= 1  # "from about 20 to 10"
        before = doc[k].lower_ if k >= 0 else ""
        if a.end_tok is not None and a.unit is not None and a.unit == b.unit and (
                before == "between" or (before == "of" and k > 0 and doc[k - 1].lower_ in RANGE_NOUNS)):
            # 'between 5 percent and 8 percent', 'a range of 1.25 percent to 1.75 percent'; 'from 52
            # percent to 61 percent' names two values (a change), each with its unit
            gap = [doc[m].lower_ for m in range(a.end_tok + 1, b.first)]
        hyphen = gap in (["-"], ["–"]) and _attached(doc, a.last + 1) and _attached(doc, b.first)
        if gap in (["to"], ["and"], ["or"], ["-"], ["–"]):
            # 'fell from 80 to 40 million': a fall's start is the larger end
            falling = gap == ["to"] and before == "from" and any(doc[m].lower_ in FALL_WORDS for m in range(max(0, k - 3), k))
            _share_scale(doc, a, b, falling)
            sub = doc[b.end_tok].lower_ if b.end_tok is not None else None
            if not a.unit and sub in SUBUNITS and b.label == "MONEY":
                a.value = round(a.value * SUBUNITS[sub][1], 10)  # 'gained 8 and 12 cents': 8 cents
        if gap == ["to"] and (before == "by" or before in RISE_WORDS | FALL_WORDS and a.unit is not None and b.unit == a.unit):
            # 'rose by $2 million to $14 million', 'gold rose $12.50 to $1,210': the amount of a change and
            # the level it reached ('rose 2 to 3 percent', the first with no unit of its own, is a range)
            a.attrs = {**(a.attrs or {}), "by_to_q": b}
        elif gap in (["to"], ["and"], ["-"], ["–"]) and (before in ("from", "between") or gap == ["to"] or hyphen):
            kind = before if before in ("from", "between") else "to"
            a.attrs = {**(a.attrs or {}), "range": kind, "range_role": "start", "pair_q": b}
            if b.value >= a.value:  # both ends of a range ('15 to 20'); 'from 20 to 10' is a change, not a range
                a.attrs["high"] = b.value
            b.attrs = {**(b.attrs or {}), "range": kind, "range_role": "end", "pair_q": a}
        elif gap not in (["and"], ["or"]):
            continue
        if b.unit and not a.unit:
            a.unit, a.label = b.unit, b.label
        elif a.label == "MONEY" and b.unit is None:
            b.unit, b.label = a.unit, a.label  # '$2 to 3 million'


def _share_scale(doc: Doc, a: _Q, b: _Q, falling: bool = False) -> None:
    """'3 to 5 million', '$2 or 3 billion': the first number takes the second's scale word when
    it has none of its own and is the smaller of the two as written, or the start of a fall ('cut
    from 80 to 40 million') that the scale keeps larger than its end."""
    if any(doc[k].lower_ in _SHARE_SCALES or doc[k].lower_ in ATTACHED_SCALES for k in range(a.first, a.last + 1)):
        return
    scale_tok = doc[b.last]
    low = scale_tok.lower_
    scale = _SHARE_SCALES.get(low) or (ATTACHED_SCALES.get(low) if _attached(doc, b.last) else None)
    if not scale or scale < 1_000 or b.last == b.first or b.unit == "m":
        return
    if a.value * scale <= b.value or falling and a.value < 1_000 and a.value * scale > b.value > a.value:
        a.value *= scale


def _scores(doc: Doc, found: list[_Q], sent: Span) -> set[int]:
    """'a 5-1 win', 'a 3-2 defeat', 'won 2-0': a score, not two quantities. A hyphenated pair
    going down is no range; with whole numbers and no unit it is a score or a model ('the 340-5')."""
    out: set[int] = set()
    for a, b in zip(found, found[1:]):
        if b.first == a.last + 2 and doc[a.last + 1].text in ("-", "–") and _attached(doc, a.last + 1) and _attached(doc, b.first):
            nxt = b.last + 1
            down = b.value <= a.value and a.first == a.last and b.first == b.last and a.unit is None and float(a.value).is_integer() \
                and float(b.value).is_integer()  # equal ends ('level at 1-1') are no range either
            if down or (nxt < sent.end and doc[nxt].lower_ in SCORE_WORDS) or b.unit in SCORE_WORDS or _in_score_list(doc, a.first, b.last, sent):
                out.update((id(a), id(b)))
    for q in found:  # one end of a listed score the scan did not take as a number ('25-20 victory')
        if q.first == q.last and q.unit is None and (
                _hyphen_pair(doc, q.first, sent) and _in_score_list(doc, q.first, q.first + 2, sent)
                or _hyphen_pair(doc, q.first - 2, sent) and _in_score_list(doc, q.first - 2, q.first, sent)):
            out.add(id(q))
    return out


def _hyphen_pair(doc: Doc, k: int, sent: Span) -> bool:
    """Tokens k..k+2 are 'N-M' with whole numbers."""
    return sent.start <= k and k + 2 < sent.end and doc[k + 1].text in ("-", "–") and re.fullmatch(r"\d{1,3}", doc[k].text) is not None \
        and re.fullmatch(r"\d{1,3}", doc[k + 2].text) is not None and _attached(doc, k + 1) and _attached(doc, k + 2)


def _in_score_list(doc: Doc, first: int, last: int, sent: Span) -> bool:
    """'won 22-25, 25-23, 25-20', '7-6 (7-4), 6-3': hyphenated pairs listed one after another, or with a
    tie-break in brackets, are set or game scores."""
    if last + 1 < sent.end and doc[last + 1].text == "(" and _hyphen_pair(doc, last + 2, sent):
        return True
    if first - 1 > sent.start and doc[first - 1].text in (")", "(") and _hyphen_pair(doc, first - 4, sent):
        return True
    if first - 2 > sent.start and doc[first - 1].text == "," and doc[first - 2].text == ")" and _hyphen_pair(doc, first - 5, sent):
        return True
    return (last + 1 < sent.end and doc[last + 1].text == "," and _hyphen_pair(doc, last + 2, sent)) or \
        (first - 1 > sent.start and doc[first - 1].text == "," and _hyphen_pair(doc, first - 4, sent))


def _bind(doc: Doc, found: list[_Q], offset: int) -> None:
    """What each number of the sentence is bound to (``binding.bind``), as claim attributes; links
    to other numbers are kept as their ``_Q`` until the claims have ids."""
    if not found:
        return
    phrases = binding.bind(doc, [q.last for q in found])
    by_head = {}
    for q in found:
        by_head.setdefault(phrases[q.last].head, q)
    for q in found:
        p = phrases[q.last]
        attrs = dict(q.attrs or {})
        for key, value in (("noun", p.noun), ("owner", p.owner), ("role", p.role), ("modifies", binding.modified(doc, p))):
            if value is not None:
                attrs[key] = value
        if p.verb is not None:
            attrs["verb"] = doc[p.verb].lower_
            attrs["clause"] = offset + doc[p.verb].idx
            who = binding.agent(doc, p.verb, p.head)
            if who is not None:
                attrs["agent"] = who
            tally = binding.tally(doc, p.verb, p.head) if p.role in ("to", "at") else None
            if tally is not None:
                attrs["tally"] = tally
            d = binding.direction(doc, p.verb)
            if d is not None:
                attrs["direction"] = d
        named = binding.entity(doc, p.verb, p.head)
        if named is not None:
            attrs["entity"] = named
        for link, head in (("restates", p.restates), ("part_of", p.part_of), ("conj_of", p.conj_of)):
            other = by_head.get(head) if head is not None else None
            if other is not None and other is not q:
                attrs[f"{link}_q"] = other
        q.attrs = attrs
    for q in found:  # 'by A to B' on one verb: A is the amount, B the level, whatever the parse made of them
        b = q.attrs.pop("by_to_q", None)
        if b is not None and q.attrs.get("verb") is not None:
            q.attrs["role"] = "by"
            for key in ("restates_q", "part_of_q", "conj_of_q"):
                b.attrs.pop(key, None)
                q.attrs.pop(key, None) if q.attrs.get(key) is b else None
            b.attrs.update(role="to", **{k: q.attrs[k] for k in ("verb", "clause", "direction") if k in q.attrs})


def _hedge(doc: Doc, q: _Q) -> dict:
    before = [doc[k].lower_ for k in range(max(0, q.first - 2), q.first)]
    if not before:
        return {}
    last = before[-1]
    if before == ["age", "of"]:  # 'under the age of seven': the word before 'the (tender) age' sets the limit
        k = q.first - 3
        while k > 0 and (doc[k].lower_ == "the" or doc[k].pos_ == "ADJ"):
            k -= 1
        return {"hedge": "bound", "hedge_word": doc[k].lower_, "bound": BOUND_WORDS[doc[k].lower_]} if doc[k].lower_ in BOUND_WORDS else {}
    if last in APPROX - {"an"} or before[-2:] in (["an", "estimated"], ["close", "to"]):
        return {"hedge": "approx", "hedge_word": last}
    if len(before) == 2 and (before[0], last) in BOUND_PHRASES:
        return {"hedge": "bound", "hedge_word": " ".join(before), "bound": BOUND_PHRASES[(before[0], last)]}
    if last in BOUND_WORDS and doc[q.first - 1].dep_ != "prep":
        return {"hedge": "bound", "hedge_word": last, "bound": BOUND_WORDS[last]}
    return {}


def _additive(doc: Doc, q: _Q) -> dict:
    nxt = doc[q.last + 1].lower_ if q.last + 1 < len(doc) else ""
    prev = doc[q.first - 1].lower_ if q.first > 0 else ""
    if nxt in ADDITIVE_AFTER or prev in ADDITIVE_BEFORE:
        return {"additive": True}
    return {}
