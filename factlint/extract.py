"""Turn spaCy paragraphs into ``Claim`` records: dates, quantities and names.

This is the one place that reads spaCy ``Doc`` objects; everything downstream sees claims only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from factlint import dates, nlp
from factlint.numbers import COLLECTIVES, FRACTIONS, MULTIPLES, NUMBER_WORDS, SCALES, UNITS, TENS, parse_digits, parse_words
from factlint.published import infer
from factlint.records import Claim, Document, Kind

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
NON_QUANTITY_ENTS = {"DATE", "TIME", "PERSON", "ORG", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "LOC", "ORDINAL"}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "c$": "CAD", "a$": "AUD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "yuan": "CNY", "rupees": "INR", "francs": "CHF",
}
APPROX = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "circa", "approx", "close"}
BOUNDS = {"over": "min", "above": "min", "least": "min", "more": "min", "under": "max", "below": "max", "most": "max", "fewer": "max", "less": "max", "up": "max"}
ADDITIVE_AFTER = {"more", "other", "additional", "further", "extra"}
ADDITIVE_BEFORE = {"another", "additional", "further"}
DURATION_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades"}
_DURATION = re.compile(r"^(?:(?:about|some|nearly|over|almost|around)\s+)?(?:the\s+)?(?:last\s+|past\s+|next\s+)?(?P<n>[\w.,-]+(?:\s+[\w-]+)?)[\s-]+(?P<unit>year|month|week|day|hour|decade)s?(?:[\s-]+old)?$", re.I)
ROLE_WORDS = {
    "minister", "spokesperson", "spokesman", "spokeswoman", "president", "ceo", "chairman", "chairwoman",
    "chair", "secretary", "director", "analyst", "official", "ambassador", "governor", "mayor", "senator",
    "representative", "chief", "head", "leader", "general", "commander", "judge", "prosecutor", "envoy",
    "premier", "chancellor", "king", "queen", "prince", "captain", "officer", "executive", "founder",
    "economist", "professor", "manager", "editor", "correspondent", "reporter", "coach", "deputy", "adviser",
    "advisor", "lawyer", "attorney", "vice-president", "cfo", "coo", "cto", "spokesperson", "pope",
}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."}


@dataclass
class _Q:
    """A number phrase found in a sentence, before it becomes a Claim."""

    first: int  # token index of the first token of the claim span
    last: int  # token index of the last number token
    value: float
    unit: str | None = None
    label: str = "CARDINAL"
    end_tok: int | None = None  # last token of the claim span (counted noun), defaults to last
    attrs: dict[str, Any] | None = None


def extract_all(docs: Iterable[Document], model: str | None = None) -> Iterator[tuple[Document, tuple[Claim, ...]]]:
    """Fill in publication dates, parse and extract claims, one document at a time."""
    docs = [infer(d) for d in docs]
    for doc, paras in zip(docs, nlp.parse((d.text for d in docs), model)):
        yield doc, extract(doc, paras)


def extract(doc: Document, paras: list[nlp.Paragraph]) -> tuple[Claim, ...]:
    pub = date.fromisoformat(doc.published) if doc.published else None
    raw: list[dict[str, Any]] = []
    sent_no = 0
    for p_no, para in enumerate(paras):
        for sent in para.doc.sents:
            ctx = {"para": p_no, "sent": sent_no}
            raw.extend(_dates(sent, para.start, pub, ctx))
            raw.extend(_quantities(sent, para.start, ctx))
            raw.extend(_names(sent, para.start, ctx))
            sent_no += 1
    raw.sort(key=lambda c: (c["start"], c["end"], c["kind"].value))
    _canonical_names(raw)
    claims = []
    id_of = {}
    for n, c in enumerate(raw, start=1):
        id_of[id(c)] = f"c{n}"
    for n, c in enumerate(raw, start=1):
        attrs = c.get("attrs", {})
        if "pair" in attrs:
            attrs["pair"] = id_of[attrs["pair"]]
        claims.append(Claim(id=f"c{n}", kind=c["kind"], text=doc.text[c["start"]:c["end"]], start=c["start"],
                            end=c["end"], value=c["value"], unit=c.get("unit"), label=c.get("label"), attrs=attrs))
    return tuple(claims)


def _tense(sent: Span) -> str:
    words = {t.lower_ for t in sent}
    if words & {"will", "shall", "'ll", "tomorrow"} or ("going" in words and "to" in words):
        return "future"
    root = sent.root
    verbs = [root, *[t for t in root.children if t.dep_ in ("aux", "auxpass")]]
    if any(v.tag_ in ("VBD", "VBN") for v in verbs):
        return "past"
    return "present"


def _local_tense(span: Span) -> str:
    """Tense of the clause governing a span: its nearest verb, else the sentence's."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
                return "future"
            if tok.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in auxes):
                return "present"
            if tok.tag_ in ("VBG", "VB") and not auxes and tok.head is not tok:
                tok = tok.head  # "starting on November 1": the tense is the clause's above
                continue
            break
        if tok.head is tok:
            break
        tok = tok.head
    return _tense(span.sent)


def _dates(sent: Span, offset: int, pub: date | None, ctx: dict) -> Iterator[dict]:
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        span = ent
        if span[0].lower_ in ("the",) and not re.match(r"(?i)the\s+(end|start|beginning|middle|first|second|third|fourth|\d{4})", span.text):
            span = span[1:] if len(span) > 1 else span
        text = span.text
        dm = _DURATION.match(text)
        if dm and not text.lower().endswith("ago"):
            n = parse_digits(dm["n"]) if parse_digits(dm["n"]) is not None else parse_words(dm["n"].replace("-", " ").split())
            if n is not None:
                unit = dm["unit"].lower() + "s"
                yield {"kind": Kind.QUANTITY, "start": offset + span.start_char, "end": offset + span.end_char,
                       "value": n, "unit": unit, "label": "DURATION", "attrs": {**ctx, "age": text.lower().endswith("old")}}
                continue
        value = dates.resolve(text, pub, _local_tense(span))
        yield {"kind": Kind.DATE, "start": offset + span.start_char, "end": offset + span.end_char,
               "value": value.value, "label": "DATE", "attrs": {**ctx, **value.attrs}}


def _is_number_token(t: Token) -> bool:
    low = t.lower_
    if low in NUMBER_WORDS or low in COLLECTIVES or low in ("half",):
        return True
    return parse_digits(t.text) is not None


def _quantities(sent: Span, offset: int, ctx: dict) -> Iterator[dict]:
    doc = sent.doc
    found: list[_Q] = []
    i = sent.start
    while i < sent.end:
        t = doc[i]
        start_i = i
        if t.lower_ in ("a", "an") and i + 1 < sent.end and doc[i + 1].lower_ in ("dozen", "couple", "half"):
            i += 1
        if not _is_number_token(doc[i]) or doc[i].ent_type_ in NON_QUANTITY_ENTS or _is_identifier(doc[i]):
            i = start_i + 1
            continue
        j = i
        while j + 1 < sent.end and _continues_number(doc, j + 1, sent.end):
            j += 1
        words = [doc[k].text for k in range(start_i, j + 1)]
        value = parse_words(words)
        if value is None or (doc[start_i].lower_ == "one" and start_i == j and doc[start_i].dep_ != "nummod"):
            i = j + 1
            continue
        if doc[start_i].lower_ in ("half",) and start_i == j:
            i = j + 1
            continue
        q = _Q(first=start_i, last=j, value=value)
        _unit(doc, q, sent)
        if _is_year_like(doc, q):
            i = j + 1
            continue
        found.append(q)
        i = j + 1
    _pair_ranges(doc, found)
    out = []
    for q in found:
        q.attrs = {**ctx, **(q.attrs or {}), **_hedge(doc, q), **_additive(doc, q)}
        end_tok = q.end_tok if q.end_tok is not None else q.last
        item = {"kind": Kind.QUANTITY, "start": offset + doc[q.first].idx, "end": offset + doc[end_tok].idx + len(doc[end_tok].text),
                "value": q.value, "unit": q.unit, "label": q.label, "attrs": q.attrs, "_q": q}
        out.append(item)
    by_q = {id(item["_q"]): item for item in out}
    for item in out:
        q = item.pop("_q")
        partner = (q.attrs or {}).get("pair_q")
        if partner is not None:
            del item["attrs"]["pair_q"]
            item["attrs"]["pair"] = id(by_q[id(partner)])
    return iter(out)


def _continues_number(doc: Doc, k: int, end: int) -> bool:
    t = doc[k]
    low = t.lower_
    if low in SCALES and low not in ("m", "k") and low not in ("hundred",) or low in ("hundred", "thousand", "million", "billion", "trillion"):
        return True
    if low in UNITS or low in TENS:
        return doc[k - 1].lower_ in TENS or doc[k - 1].lower_ in ("hundred", "thousand", "and") and doc[k - 2].lower_ in ("hundred", "thousand") if k >= 2 else False
    if low == "and" and k + 1 < end and doc[k - 1].lower_ in ("hundred", "thousand", "one", "two", "three") and (doc[k + 1].lower_ in UNITS or doc[k + 1].lower_ in TENS or doc[k + 1].lower_ == "a"):
        return doc[k + 1].lower_ != "a" or (k + 2 < end and doc[k + 2].lower_ in FRACTIONS)
    if low == "a" and doc[k - 1].lower_ == "and" and k + 1 < end and doc[k + 1].lower_ in FRACTIONS:
        return True
    if low in FRACTIONS and doc[k - 1].lower_ == "a" and k >= 2 and doc[k - 2].lower_ == "and":
        return True
    return False


def _is_identifier(t: Token) -> bool:
    """'F-16', 'G20', 'COVID-19', 'Boeing 737': digits that name a thing, not count it."""
    if re.search(r"[A-Za-z]", t.text) and re.search(r"\d", t.text):
        return True
    prev = t.nbor(-1) if t.i > 0 else None
    if prev is not None and prev.text in ("-", "#", "No.", "no.") and t.idx == prev.idx + len(prev.text):
        return True
    return False


def _is_year_like(doc: Doc, q: _Q) -> bool:
    t = doc[q.first]
    return (q.first == q.last and re.fullmatch(r"(1[89]|20)\d{2}", t.text) is not None and q.unit is None)


def _unit(doc: Doc, q: _Q, sent: Span) -> None:
    """Currency, percent or counted noun of a number phrase, and the token the claim ends on."""
    first = doc[q.first]
    prev = doc[q.first - 1] if q.first > sent.start else None
    if prev is not None and prev.text.lower() in CURRENCY_SYMBOLS:
        q.unit, q.label = CURRENCY_SYMBOLS[prev.text.lower()], "MONEY"
        q.first -= 1
        pp = doc[q.first - 1] if q.first > sent.start else None
        if pp is not None and pp.text in ("US", "U.S.") and pp.idx + len(pp.text) == prev.idx:
            q.first -= 1
        return
    nxt_i = q.last + 1
    if nxt_i < sent.end:
        nxt = doc[nxt_i]
        low = nxt.lower_
        if nxt.text == "%" or low in ("percent", "pct"):
            q.unit, q.label, q.end_tok = "percent", "PERCENT", nxt_i
            if low == "percent" and nxt_i + 1 < sent.end and doc[nxt_i + 1].lower_ in ("points",):
                q.unit, q.end_tok = "percentage points", nxt_i + 1
            return
        if low == "per" and nxt_i + 1 < sent.end and doc[nxt_i + 1].lower_ == "cent":
            q.unit, q.label, q.end_tok = "percent", "PERCENT", nxt_i + 1
            return
        if low == "percentage" and nxt_i + 1 < sent.end and doc[nxt_i + 1].lower_ == "points":
            q.unit, q.label, q.end_tok = "percentage points", "PERCENT", nxt_i + 1
            return
        if low in CURRENCY_WORDS:
            q.unit, q.label, q.end_tok = CURRENCY_WORDS[low], "MONEY", nxt_i
            return
        if low in MULTIPLES:
            return
    noun = _counted_noun(doc, q, sent)
    if noun is not None:
        q.unit = noun.lemma_.lower() if noun.lemma_ and noun.lemma_ != noun.text.lower() and False else noun.lower_
        if noun.i > q.last and noun.i - q.last <= 4:
            q.end_tok = noun.i
        if q.unit in DURATION_UNITS:
            q.label = "DURATION"


def _counted_noun(doc: Doc, q: _Q, sent: Span) -> Token | None:
    tok = doc[q.last]
    for _ in range(4):
        if tok.dep_ in ("quantmod", "compound", "nummod") and tok.head.pos_ == "NUM" and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > q.last:
        return tok.head
    for k in range(q.last + 1, min(q.last + 4, sent.end)):
        t = doc[k]
        if t.pos_ in ("NOUN",) and t.tag_ in ("NNS", "NN"):
            return t
        if t.pos_ not in ("ADJ", "ADV") and t.lower_ not in ADDITIVE_AFTER:
            break
    if doc[q.last].head.pos_ == "NOUN" and doc[q.last].dep_ in ("nummod",):
        return doc[q.last].head
    return None


def _pair_ranges(doc: Doc, found: list[_Q]) -> None:
    """'from 20 to 10 people', 'between 30 and 40': two claims, linked, sharing the unit."""
    for a, b in zip(found, found[1:]):
        gap = [doc[k].lower_ for k in range(a.last + 1, b.first)]
        if gap not in (["to"], ["and"], ["-"], ["–"]):
            continue
        k = a.first - 1
        while k > 0 and (doc[k].lower_ in APPROX or doc[k].lower_ in ("least", "at", "than", "more", "over")):
            k -= 1  # "from about 20 to 10"
        before = doc[k].lower_ if k >= 0 else ""
        kind = {"from": "from", "between": "between"}.get(before)
        if kind is None and gap != ["to"]:
            continue
        if b.unit and not a.unit:
            a.unit, a.label = b.unit, b.label
        if a.end_tok is not None and a.end_tok >= b.first:
            a.end_tok = None
        a.attrs = {**(a.attrs or {}), "range": kind or "to", "range_role": "start", "pair_q": b}
        b.attrs = {**(b.attrs or {}), "range": kind or "to", "range_role": "end", "pair_q": a}


def _hedge(doc: Doc, q: _Q) -> dict:
    before = [doc[k].lower_ for k in range(max(0, q.first - 2), q.first)]
    if not before:
        return {}
    last = before[-1]
    if last in APPROX or before[-2:] == ["an", "estimated"]:
        return {"hedge": "approx", "hedge_word": last}
    if last in ("than", "least", "most", "to") and len(before) == 2 and before[0] in ("more", "less", "fewer", "at", "up"):
        return {"hedge": "bound", "hedge_word": " ".join(before), "bound": BOUNDS.get(before[0] if before[0] != "at" else last, "min")}
    if last in ("over", "above", "under", "below") and doc[q.first - 1].dep_ != "prep":
        return {"hedge": "bound", "hedge_word": last, "bound": BOUNDS[last]}
    return {}


def _additive(doc: Doc, q: _Q) -> dict:
    nxt = doc[q.last + 1].lower_ if q.last + 1 < len(doc) else ""
    prev = doc[q.first - 1].lower_ if q.first > 0 else ""
    if nxt in ADDITIVE_AFTER or prev in ADDITIVE_BEFORE:
        return {"additive": True}
    return {}


def _names(sent: Span, offset: int, ctx: dict) -> Iterator[dict]:
    for ent in sent.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span = ent
        while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        while len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        text = span.text
        if not re.search(r"[A-Za-z]", text):
            continue
        label = "GPE" if ent.label_ == "LOC" else ent.label_
        attrs = dict(ctx)
        if label == "PERSON":
            role = _role(span)
            if role:
                attrs["role"] = role
        yield {"kind": Kind.NAME, "start": offset + span.start_char, "end": offset + span.end_char,
               "value": text, "label": label, "attrs": attrs}


def _role(span: Span) -> str | None:
    """'Russian Foreign Minister Sergey Lavrov' -> 'Russian Foreign Minister'; also 'analyst X'."""
    doc = span.doc
    k = span.start - 1
    if k < 0 or doc[k].lower_.strip(".") not in ROLE_WORDS:
        return None
    first = k
    while first - 1 >= span.sent.start:
        t = doc[first - 1]
        if t.is_punct or t.pos_ in ("DET", "ADP", "VERB", "AUX", "CCONJ", "PRON") or t.lower_ in ("said", "says"):
            break
        if not (t.is_title or t.is_upper or t.lower_.strip(".") in ROLE_WORDS):
            break
        first -= 1
        if k - first >= 5:
            break
    return doc[first:k + 1].text


def _canonical_names(raw: list[dict]) -> None:
    """Link short forms to the full name ('Lavrov' -> 'Sergey Lavrov'), give mentions the role
    stated anywhere for that person, and group hyphenated variants ('NATO-Russia Council' /
    'Russia-NATO Council') under the first form seen."""
    persons = [c for c in raw if c["kind"] is Kind.NAME and c["label"] == "PERSON"]
    full = [c["value"] for c in persons if len(c["value"].split()) >= 2]
    for c in persons:
        parts = [p for p in c["value"].split() if p.lower().strip(".") not in PERSON_TITLES]
        if len(parts) == 1:
            matches = sorted({f for f in full if f.split()[-1] == parts[0]})
            if len(matches) == 1:
                c["value"] = matches[0]
                c["attrs"]["short_form"] = True
        elif parts and " ".join(parts) != c["value"]:
            c["value"] = " ".join(parts)
    groups: dict[str, str] = {}
    for c in raw:
        if c["kind"] is Kind.NAME and c["label"] == "ORG":
            key = _org_key(c["value"])
            canonical = groups.setdefault(key, c["value"])
            if canonical != c["value"]:
                c["attrs"]["variant_of"] = canonical
                c["value"] = canonical


def _org_key(name: str) -> str:
    words = name.split()
    if words and "-" in words[0]:
        words[0] = "-".join(sorted(words[0].split("-")))
    return " ".join(words).lower()
