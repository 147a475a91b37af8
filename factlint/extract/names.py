"""Name claims (PERSON, ORG, GPE, NORP): titles attached to people, short forms linked to full
names, hyphenated variants of one organisation grouped."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span

from factlint.records import Kind

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
ROLE_WORDS = {
    "minister", "spokesperson", "spokesman", "spokeswoman", "president", "ceo", "chairman", "chairwoman",
    "chair", "secretary", "director", "analyst", "official", "ambassador", "governor", "mayor", "senator",
    "representative", "chief", "head", "leader", "general", "commander", "judge", "prosecutor", "envoy",
    "premier", "chancellor", "king", "queen", "prince", "captain", "officer", "executive", "founder",
    "economist", "professor", "manager", "editor", "correspondent", "reporter", "coach", "deputy", "adviser",
    "advisor", "lawyer", "attorney", "vice-president", "cfo", "coo", "cto", "pope", "chief executive",
    "spokesperson", "sen.", "rep.", "gov.", "gen.", "pres.", "president-elect", "treasurer", "inspector",
}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "miss"}


def names(sent: Span, offset: int, ctx: dict, ents: list[Span] | None = None) -> Iterator[dict]:
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span, label, role = _clean(ent)
        if span is None:
            continue
        if label != "NORP" and _is_product(span):
            continue
        attrs = dict(ctx)
        if label == "PERSON":
            role = role or _role(span)
            if role:
                attrs["role"] = role
        yield {"kind": Kind.NAME, "start": offset + span.start_char, "end": offset + span.end_char,
               "value": span.text, "label": label, "attrs": attrs}


def _clean(ent: Span) -> tuple[Span | None, str, str | None]:
    """Strip articles, possessives and leading titles; drop what cannot be a name."""
    span, label, role = ent, ent.label_, None
    while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
        span = span[1:]
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
        span = span[:-1]
    k = 0
    while k < len(span) - 1 and span[k].lower_.strip(".") in ROLE_WORDS | PERSON_TITLES:
        k += 1
    if k and label in ("PERSON", "ORG") and span[k].is_title:
        role = span[:k].text if span[0].lower_.strip(".") not in PERSON_TITLES else None
        span, label = span[k:], "PERSON"
    text = span.text
    if not re.search(r"[A-Za-z]", text) or text[:1].islower():
        return None, label, None  # 'iPhone', 'vPod': products written in lower camel case
    if re.fullmatch(r"[A-Z]{1,3}\.?", text) and span.start > 0 and span.doc[span.start - 1].like_num:
        return None, label, None  # '8 GB'
    return span, label, role


def _is_product(span: Span) -> bool:
    """'Airbus A380', 'Boeing 737': the maker's name inside a model name is a product mention."""
    doc = span.doc
    if span.end < len(doc):
        nxt = doc[span.end]
        if re.fullmatch(r"[A-Z]{0,3}-?\d{2,4}[A-Za-z]*s?", nxt.text) and nxt.idx > span.end_char:
            return True
    return bool(re.search(r"\d", span.text))


def _role(span: Span) -> str | None:
    """'Russian Foreign Minister Sergey Lavrov' -> 'Russian Foreign Minister'; 'analyst David Strauss'."""
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


_ACRONYM = re.compile(r"((?:[A-Z][\w&-]+\s+(?:(?:of|and|for|the|on)\s+)*){1,7}[A-Z][\w&-]+)\s+\(([A-Z][A-Z&.]{1,7})\)")
GENERIC = {"alliance", "organization", "organisation", "agency", "company", "bank", "union", "council", "commission",
           "ministry", "court", "party", "group", "association", "institute", "committee", "fund", "board"}


def acronyms(text: str) -> dict[str, str]:
    """Aliases the text sets up: 'European Aeronautic Defence and Space Company (EADS)'."""
    found = {}
    for m in _ACRONYM.finditer(text):
        full, short = m.group(1).strip(), m.group(2).replace(".", "")
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if initials.endswith(short) or short in initials:
            start = full.split().index(next(w for w in full.split() if w[0] == short[0])) if short[0] in initials else 0
            found[short] = " ".join(full.split()[start:])
    return found


def _aliases(raw: list[dict], text: str) -> None:
    """Acronyms the text defines point at the full name; 'the Alliance' points at the organisation
    named earlier whose name contains that word."""
    defined = acronyms(text) if text else {}
    orgs: list[dict] = []
    for c in raw:
        if c["kind"] is not Kind.NAME or c["label"] != "ORG":
            continue
        if c["value"] in defined and defined[c["value"]] != c["value"]:
            c["attrs"]["alias_of"] = defined[c["value"]]
            c["value"] = defined[c["value"]]
        elif c["value"].lower() in GENERIC:
            match = next((o for o in reversed(orgs) if c["value"].lower() in o["value"].lower().split()), None)
            if match is not None:
                c["attrs"]["alias_of"] = match["value"]
                c["value"] = match["value"]
        orgs.append(c)


def canonicalise(raw: list[dict], text: str = "") -> None:
    """Link short forms to the full name ('Lavrov' -> 'Sergey Lavrov'); a lone surname-like
    PERSON that no full name explains is an organisation ('Ryanair'); group hyphenated variants
    ('NATO-Russia Council' / 'Russia-NATO Council') under the first form seen."""
    persons = [c for c in raw if c["kind"] is Kind.NAME and c["label"] == "PERSON"]
    full = [c["value"] for c in persons if len(c["value"].split()) >= 2]
    for c in persons:
        parts = [p for p in c["value"].split() if p.lower().strip(".") not in PERSON_TITLES]
        if len(parts) == 1:
            matches = sorted({f for f in full if f.split()[-1] == parts[0] or f.split()[0] == parts[0]})
            if len(matches) == 1:
                c["value"] = matches[0]
                c["attrs"]["short_form"] = True
            elif not matches and "role" not in c["attrs"]:
                c["label"] = "ORG"
        elif parts and " ".join(parts) != c["value"]:
            c["value"] = " ".join(parts)
    surnames = {f.split()[-1]: f for f in full if f.split()[-1][:1].isupper()}
    for c in raw:  # 'Angers' tagged ORG after 'Spokeswoman Sandy Angers'
        if c["kind"] is Kind.NAME and c["label"] in ("ORG", "GPE") and c["value"] in surnames and " " not in c["value"]:
            c["label"], c["value"] = "PERSON", surnames[c["value"]]
            c["attrs"]["short_form"] = True
    _aliases(raw, text)
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
