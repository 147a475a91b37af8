"""Name claims (PERSON, ORG, GPE, NORP): titles attached to people, short forms linked to full
names, hyphenated variants of one organisation grouped."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span

from factlint.extract.lexicon import (BACK_REFERENCE_DETERMINERS, COPULAS, ENTITY_KINDS, LIST_NOUN_KINDS, LIST_OPEN_WORDS, LIST_PARTIAL_WORDS, MEMBER_NOUNS,
                                      NAMING_PARTICIPLES)
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
    # (an organisation whose name opens with a title word and ends in a plural, 'General Motors', is no person)
    if k and label in ("PERSON", "ORG") and span[k].is_title and not (label == "ORG" and len(span) - k == 1 and span[k].tag_ == "NNPS"):
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


# -- enumerations: a count and the members it names beside it --------------------------------------

LIST_OPENERS = {":": "colon", "-": "dash", "--": "dash", "—": "dash", "–": "dash", "(": "paren", ",": "appos"}
LIST_OPENER_REACH = 8  # tokens between the counted noun and the list's opening: its post-modifiers


def enumerations(sent: Span, offset: int, counted: list[dict], following: tuple[Span, int] | None = None) -> None:
    """Give each small count in ``counted`` the list of its members the parse sets beside it ('three
    unions - A, B and C'; 'the two teenagers, identified as A and B'): ``listed`` (the items' document
    offsets), ``listed_by`` (how the list is set off) and ``listed_fits`` (do the items' entity labels
    name the kind of thing the counted noun counts: True, False, or None when either is unknown)."""
    for c in counted:
        value = c.get("value")
        if c["kind"] is not Kind.QUANTITY or c.get("label") != "CARDINAL" or not isinstance(value, (int, float)) \
                or not float(value).is_integer() or not 2 <= value <= 20:
            continue
        number = next((t for t in reversed(sent) if c["start"] <= offset + t.idx < c["end"] and t.like_num), None)
        found = _enumeration(number, following[0] if following else None) if number is not None else None
        if found is None:
            continue
        items, form, fits = found
        at = {id(sent.doc): offset} | ({id(following[0].doc): following[1]} if following else {})
        attrs = c.setdefault("attrs", {})
        attrs["listed"] = [at[id(span.doc)] + x for span in items for x in (span.start_char, span.end_char)]
        attrs["listed_by"] = form
        if fits is not None:
            attrs["listed_fits"] = fits


def _enumeration(number, following: Span | None = None) -> tuple[list[Span], str, bool | None] | None:
    noun = number.head
    if number.dep_ != "nummod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i < number.i:
        return None
    named = _named_as(noun)
    if named is not None:
        chain = _conjuncts(named)
        return _finish(noun, chain, "as") if chain else None
    before = _names_before(noun) or _copula_list(noun)
    if before:
        return _finish(noun, before, "before")
    places = _places_of(noun)
    if places:
        return _finish(noun, places, "of")
    found = _set_off(noun) or _apposed_before_verb(noun) or _after_clause_colon(noun)
    if found is not None:
        return found
    earlier = _named_earlier(number, noun)
    if earlier:
        return _finish(noun, earlier, "back")
    later = _framed_later(noun, following)
    return _finish(noun, later, "again") if later else None


def _set_off(noun) -> tuple[list[Span], str, bool | None] | None:
    """The list after the counted noun and an opening: a colon, dash, bracket, comma or 'namely'."""
    doc, sent = noun.doc, noun.sent
    k = noun.i + 1
    while k < sent.end and k - noun.i <= LIST_OPENER_REACH and doc[k].text not in LIST_OPENERS:
        if not noun.left_edge.i <= k <= noun.right_edge.i and doc[k].ent_type_ not in ("DATE", "TIME"):
            return None  # the words after the counted noun leave its phrase: what follows is not set beside it
        k += 1
    if k >= sent.end - 1 or doc[k].text not in LIST_OPENERS:
        return None
    form = LIST_OPENERS[doc[k].text]
    start = k + 1
    if doc[start].lower_ == "namely":
        form, start = "namely", start + 1 + (doc[start + 1].text == "," if start + 1 < sent.end else 0)
    if start >= sent.end or doc[start].lower_ in LIST_PARTIAL_WORDS:
        return None
    first = doc[start]
    while first.head.i != first.i and first.head.left_edge.i == start and first.head.i >= start:
        first = first.head  # the phrase that opens right after the opening
    chain = _conjuncts(first)
    if not chain:
        # 'two disasters - the losses of A and B': a head said of every item
        of = [p.i for p in first.children if p.dep_ == "prep" and p.lower_ == "of"]
        pobj = [t for t in first.doc[of[0]].children if t.dep_ == "pobj"] if len(of) == 1 else []
        chain = _conjuncts(pobj[0]) if pobj and first.pos_ == "NOUN" else []
    if not chain or any((t.text in LIST_OPENERS and t.text not in ",:" or t.text == ")") and not _bracketed_number(t)
                        for t in doc[chain[0].i:chain[-1].i]):
        return None  # 'two ministers - A, B - and C': the coordination runs past the list's close
    if form == "appos" and not (first.dep_ == "appos" and first.head.i == noun.i
                                and (all(t.pos_ == "PROPN" for t in chain) and k == noun.i + 1 or _apposed_members(chain))):
        return None  # a comma opens a list of its members only as the counted noun's own apposition of names, or
        # of singular nouns each with its article, closed by a comma ('two treaties, a trade pact and a defence accord,')
    between = doc[noun.i + 1:k]
    nearer = _nearer_noun(noun, between)
    result = _finish(noun, chain, form)
    if result is None or nearer is None:
        return result
    # 'five reforms demanded by the coalition - A, B and C': the list may name the nearer noun's members.
    # It is the count's only when the nearer noun is the whole of a noun of membership ('the five members of
    # the council - ...') or the items are the kind the count counts and not the kind of the nearer noun.
    if noun.lower_ in MEMBER_NOUNS and between[0].lower_ == "of":
        return result
    kind = _noun_kind(noun)
    if result[2] is True and kind != (ENTITY_KINDS.get(nearer.ent_type_) or _noun_kind(nearer)):
        return result
    return None


APPOSED_ITEM_REACH = 30  # tokens from the opening comma to the closing one


def _apposed_before_verb(noun) -> tuple[list[Span], str, bool | None] | None:
    """'Two aides to the premier, policy adviser A B and Cabinet Secretary C D, flew ...'; 'two people on board,
    the pilot and a nurse, were killed': the count's phrase (with its post-modifier), a comma, a series closed
    by 'and' or 'or', and a comma right before the clause's verb. Set off between two commas before the verb
    it is the phrase's apposition, whatever the parse hangs where. Each item is a name (its title before it)
    or a singular noun with its article, one member each."""
    doc, sent = noun.doc, noun.sent
    if noun.dep_ == "pobj":
        return None  # 'In two cities, A and B, ...': an opening phrase, and the names the clause's subject
    k = noun.i + 1
    while k < sent.end and k - noun.i <= LIST_OPENER_REACH and doc[k].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
        k += 1  # the counted noun's post-modifier ('to the premier', 'on board')
    if k >= sent.end or doc[k].text != "," or any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in doc[noun.i + 1:k]):
        return None
    end = next((j for j in range(k + 1, min(sent.end - 1, k + APPOSED_ITEM_REACH))
                if doc[j].text == "," and doc[j + 1].pos_ in ("VERB", "AUX")), None)
    if end is None:
        return None
    cuts, joins = [k], 0
    for j in range(k + 1, end):
        t = doc[j]
        if t.is_punct and t.text != "," or t.like_num or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
            return None  # a clause, a figure or other punctuation: no plain series
        if t.lower_ in ("and", "or") and t.ent_iob_ != "I":
            joins += 1
            cuts.append(j)
        elif t.text == ",":
            cuts.append(j)
    cuts.append(end)
    if joins != 1 or not doc[cuts[-2]].lower_ in ("and", "or"):
        return None  # the conjunction comes before the last item, and only there
    items = []
    for a, b in zip(cuts, cuts[1:]):
        item = doc[a + 1 + (doc[a].text == "," and doc[a + 1].lower_ in ("and", "or")):b]
        if not len(item) or len(item) > 7 or item[0].lower_ in LIST_PARTIAL_WORDS | LIST_OPEN_WORDS:
            return None
        last = item[-1]
        named = last.pos_ == "PROPN" and last.ent_type_ in ENTITY_KINDS
        member = last.tag_ == "NN" and item[0].lower_ in ("a", "an", "the") and not any(t.pos_ == "PROPN" for t in item)
        if not (named or member):
            return None
        items.append(doc[_name_start(item) if named else item.start:item.end])
    if len(items) < 2:
        return None
    return items, "appos", _fits(noun, [t[-1] for t in items])


CLAUSE_COLON_REACH = 15  # tokens from the counted noun to the colon that ends its clause


def _after_clause_colon(noun) -> tuple[list[Span], str, bool | None] | None:
    """'Three teams qualified for the final on Sunday: A, B and C.': the count is its clause's subject and the
    clause ends in a colon; the coordination after it, running to the sentence's end, names what was counted.
    Another figure or plural noun in the clause could be what the list names, so none may come between."""
    doc, sent = noun.doc, noun.sent
    # 'Three teams qualified ...:' is often parsed as a noun with a participle, the sentence ending at the colon
    opening = noun.dep_ == "ROOT" and noun.left_edge.i == sent.start and any(t.dep_ in ("amod", "acl") for t in noun.rights)
    if noun.dep_ not in ("nsubj", "nsubjpass") and not opening:
        return None
    colon = next((t.i for t in doc[noun.i + 1:min(len(doc), noun.i + CLAUSE_COLON_REACH)] if t.is_punct), None)
    if colon is None or doc[colon].text != ":" or colon < noun.head.i or colon + 1 >= len(doc):
        return None
    sent = doc[colon + 1].sent  # the list may be parsed as a sentence of its own
    if any(t.like_num or t.tag_ in ("NNS", "NNPS") or t.pos_ == "PRON" for t in doc[noun.i + 1:colon]):
        return None
    start = colon + 1
    if start >= sent.end or doc[start].lower_ in LIST_PARTIAL_WORDS:
        return None
    first = doc[start]
    while first.head.i != first.i and first.head.left_edge.i == start and first.head.i >= start:
        first = first.head
    chain = _conjuncts(first)
    if not chain or any(t.is_punct and t.text not in ",." or t.pos_ in ("VERB", "AUX") for t in doc[start:sent.end]):
        return None  # clauses, or a list that does not run to the sentence's end
    if any(not t.is_punct for t in doc[chain[-1].right_edge.i + 1:sent.end]):
        return None
    return _finish(noun, chain, "clause-colon")


def _name_start(item: Span) -> int:
    """Where the name that ends ``item`` begins (after its title: 'policy adviser A B' -> 'A B')."""
    k = item.end - 1
    while k > item.start and item.doc[k - 1].pos_ == "PROPN" and item.doc[k - 1].ent_type_ == item.doc[k].ent_type_ \
            and item.doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _bracketed_number(t) -> bool:
    """A token of '(7)' in 'A (7), B (6) and C (5)': a figure given after each item, not the list's close."""
    doc = t.doc
    start = t.i - {"(": 0, ")": 2}.get(t.text, 1)
    return 0 <= start and start + 2 < len(doc) and doc[start].text == "(" and doc[start + 1].like_num and doc[start + 2].text == ")"


def _apposed_members(chain: list) -> bool:
    """'two hostages, a man and a woman,': each item a singular noun (or a name) with its own article,
    and the apposition closed by a comma or the sentence's end: one member each."""
    doc = chain[0].doc
    after = chain[-1].right_edge.i + 1
    closed = after >= chain[-1].sent.end or doc[after].text in (",", ".", ";") or doc[after].is_punct and doc[after].text != "-"
    return closed and all(t.pos_ == "PROPN" or t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children)
                          for t in chain)


def _named_as(noun):
    """'the two teenagers, identified (respectively) as A and B': the first item after the naming participle, which
    follows the counted noun (after a comma) whether the parse hangs it on the noun or on the clause."""
    doc, k = noun.doc, noun.i + 1
    k += k < len(doc) and doc[k].text == ","
    if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lower_ in NAMING_PARTICIPLES:
        k = noun.head.i  # 'Three suspects were identified as A, B and C'
    if k < len(doc) and doc[k].lower_ in NAMING_PARTICIPLES and doc[k].dep_ in ("acl", "advcl", "conj", "ROOT", "ccomp"):
        for p in doc[k].children:
                if p.dep_ == "prep" and p.lower_ == "as":
                    return next((t for t in p.children if t.dep_ == "pobj"), None)
                if p.dep_ in ("oprd", "dobj") and p.pos_ == "PROPN":
                    return p
    return None


def _names_before(noun) -> list:
    """'A and B, two blue chips owned by C,'; 'A, B, C and D -- the council's four members --': the count's phrase
    set in apposition right after a coordination of names (a comma or dash between them) counts the names."""
    doc, left = noun.doc, noun.left_edge.i
    if noun.dep_ != "appos" or left < 3 or doc[left - 1].text not in LIST_OPENERS or doc[left - 1].text in ":(":
        return []
    last = doc[left - 2]
    while last.dep_ in ("compound", "flat") and last.head.i == last.i + 1:
        last = last.head
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    chain = _conjuncts(first) if first.i != last.i else []
    return chain if chain and chain[-1].i == last.i and all(t.pos_ == "PROPN" for t in chain) else []


def _named_earlier(number, noun) -> list:
    """'talks between A and B ... the two countries': a definite count of a kind of entity refers back to the last
    coordination before it, in its sentence or the one before, whose names are all of that kind."""
    kind = _noun_kind(noun)
    if kind is None or not any(t.dep_ == "det" and t.lower_ in BACK_REFERENCE_DETERMINERS for t in noun.children if t.i < number.i):
        return []
    doc, sent = noun.doc, noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start:number.i]):
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        chain = _conjuncts(t)
        if chain and chain[-1].i < number.i:
            fits = all(t.pos_ == "PROPN" and ENTITY_KINDS.get(t.ent_type_) == kind for t in chain)
            # 'A and B beat the two champions': names that are an argument of the count's own verb are other parties
            own = chain[0].dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr") and chain[0].head.i == _clause(noun).i
            return chain if fits and not own else []
    return []


def _clause(t):
    """The verb whose clause holds ``t`` (the sentence root when none)."""
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t


def _framed_later(noun, following: Span | None) -> list:
    """'a visit to four countries ... He will pay visits to A, B, C and D': the names that fill the count's place
    again (the same noun or verb and preposition) later in its sentence or in the next, when most of them are
    of the kind the count counts."""
    kind, prep = _noun_kind(noun), noun.head
    if kind is None or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    stem = prep.head.lower_.rstrip("s")
    after = list(noun.doc[noun.i + 1:noun.sent.end]) + (list(following) if following is not None else [])
    for t in after:
        if t.lower_.rstrip("s") != stem or t.i == prep.head.i:
            continue
        for p in t.children:
            pobj = [x for x in p.children if x.dep_ == "pobj"] if p.dep_ == "prep" and p.lower_ == prep.lower_ else []
            chain = _conjuncts(pobj[0]) if pobj else []
            if chain and all(x.pos_ == "PROPN" for x in chain) \
                    and 2 * sum(ENTITY_KINDS.get(x.ent_type_) == kind for x in chain) > len(chain):
                return chain
    return []


def _copula_list(noun) -> list:
    """'A, B and C are the three founding members'; 'The three winners were A, B and C': the names a copula sets
    equal to the count's phrase."""
    verb = noun.head
    if verb.lower_ not in COPULAS or noun.dep_ not in ("attr", "nsubj"):
        return []
    other = next((t for t in verb.children if t.dep_ == ("nsubj" if noun.dep_ == "attr" else "attr")), None)
    chain = _conjuncts(other) if other is not None else []
    return chain if chain and all(t.pos_ == "PROPN" for t in chain) else []


def _places_of(noun) -> list:
    """'the three southern provinces of A, B and C': a count of places and the places its 'of' names."""
    if _noun_kind(noun) != "place":
        return []
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1]
    pobj = [t for t in of[0].children if t.dep_ == "pobj"] if of else []
    chain = _conjuncts(pobj[0]) if pobj else []
    return chain if chain and all(t.pos_ == "PROPN" for t in chain) else []


def _listed_apposition(t, c) -> bool:
    """'A, B, C and D' parsed with B in apposition to A and C, D coordinated with B: a name after a comma
    that goes on into a coordination of names is the list's next item, not another name for A."""
    return c.dep_ == "appos" and c.i > t.i and t.pos_ == c.pos_ == "PROPN" and "" not in (t.ent_type_, c.ent_type_) \
        and t.doc[c.left_edge.i - 1].text == "," and any(x.dep_ == "conj" for x in c.children)


def _conjuncts(first) -> list:
    """``first`` and the words coordinated with it, in order; empty unless they are joined by a
    conjunction ('A, B and C'), which closes a list. A series of names the parse does not coordinate
    (it often hangs a name on the one before as a modifier) is read from the surface."""
    chain = _parsed_conjuncts(first)
    series = _name_series(first) if first.pos_ == "PROPN" else []
    chain = series if len(series) > len(chain) and all(any(s.i == t.i for s in series) for t in chain) else chain
    return [] if chain and _region_follows(chain[-1]) else chain


def _region_follows(last) -> bool:
    """'..., and Reno, Nevada': a place after the last name, set off by a comma, is its region, so
    the places are written 'city, region' and the commas do not separate items."""
    doc, after = last.doc, last.i + 1
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    return last.ent_type_ == "GPE" and after + 1 < last.sent.end and doc[after].text == "," and doc[after + 1].ent_type_ == "GPE"


def _name_runs(doc, i: int, end: int) -> list[tuple[int, int]]:
    """The runs of proper nouns from token ``i``: 'A, B C, D and E F' -> [A], [B C], [D], [E F], each run
    its own entity; ends at the first run not followed by a list separator. The small words inside
    names ('Bank of Japan', "St John's") are part of a run."""
    runs, k = [], i
    while k < end:
        start = k + (doc[k].lower_ == "the" and k + 1 < end)
        if start >= end or doc[start].pos_ != "PROPN":
            break
        j = start
        while j + 1 < end and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].lower_ in ("of", "'s", "’s", "&", "de")
                               and j + 2 < end and doc[j + 2].pos_ == "PROPN"):
            j += 1 + (doc[j + 1].pos_ != "PROPN")
        runs.append((start, j + 1))
        k = j + 1
        if k < end and doc[k].text == ",":
            k += 1
        if k < end and doc[k].lower_ in ("and", "or"):
            runs.append((-1, -1))  # the conjunction: one more run closes the series
            k += 1
            continue
        if k == j + 1:
            break
    return runs


def _name_series(first) -> list:
    """'A, B C, D and E': the last token of each run of proper nouns in a comma series closed by 'and' or
    'or' before its last run, when every run is one named entity; empty otherwise. Places written 'city,
    region' pair up, so a series of places that could be such pairs is none."""
    doc, sent = first.doc, first.sent
    i = first.i
    while i > sent.start and doc[i - 1].pos_ == "PROPN" and doc[i].ent_iob_ == "I":
        i -= 1
    runs = _name_runs(doc, i, sent.end)
    if (-1, -1) not in runs or runs.index((-1, -1)) != len(runs) - 2 or len(runs) < 3:
        return []
    runs = [r for r in runs if r != (-1, -1)]
    after = runs[-1][1]
    if after < sent.end and (doc[after].pos_ == "PROPN" or doc[after].lower_ in LIST_OPEN_WORDS):
        return []
    labels = []
    for a, b in runs:
        ent = {(t.ent_type_, t.ent_iob_) for t in doc[a:b]}
        if not doc[a].ent_type_ or doc[a].ent_iob_ != "B" or any(t.ent_iob_ != "I" for t in doc[a + 1:b] if t.pos_ == "PROPN") \
                or b < sent.end and doc[b].ent_iob_ == "I" or not ent:
            return []
        labels.append(doc[a].ent_type_)
    if "GPE" in labels and len(runs) % 2 == 0:
        return []  # 'Akron, Ohio, and Reno, Nevada'
    return [doc[b - 1] for a, b in runs]


def _parsed_conjuncts(first) -> list:
    chain, stack = [], [first]
    while stack:
        t = stack.pop()
        chain.append(t)
        stack.extend(sorted((c for c in t.children if c.dep_ == "conj" and c.i > t.i or _listed_apposition(t, c)), reverse=True))
    chain.sort(key=lambda t: t.i)
    if any(c.dep_ == "appos" for c in chain[1:]) and any(
            any(x.text not in (",", "and", "or") and not _bracketed_number(x) for x in a.doc[a.i + 1:b.left_edge.i])
            for a, b in zip(chain, chain[1:])):
        return []  # read through an apposition, the names must follow one another with nothing else between
    joins = {c.lower_ for t in chain for c in t.children if c.dep_ == "cc"} | {t.nbor(-1).lower_ for t in chain[1:]}
    if {"and", "or"} <= joins:
        return []  # 'A, B and C, or D': an item named again, or two lists
    return chain if len(chain) >= 2 and joins & {"and", "or"} else []


def _finish(noun, chain: list, form: str) -> tuple[list[Span], str, bool | None] | None:
    """The items' spans, or None when the coordination is no list of members: a breakdown ('two Danes and a
    Greek'), clauses, or a list left open ('A, B and others')."""
    doc = chain[0].doc  # the items may follow in the next paragraph
    joins = [t for t in doc[chain[0].left_edge.i:chain[-1].right_edge.i + 1] if t.lower_ in ("and", "or") and t.ent_iob_ != "I"]
    if len(joins) > 1:
        return None  # 'steel and iron, cement and gases': which words make one item is unknown
    kind = _noun_kind(noun)
    if any(t.ent_type_ == "NORP" and kind != "organisation" or t.tag_ == "NNS" and kind is not None for t in chain):
        return None  # 'twelve crew members - Greeks and Poles', 'two victims: women and children': kinds, not members
    items = []
    for t in chain:
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in LIST_OPEN_WORDS \
                or any(c.dep_ == "nummod" or c.like_num for c in t.children if c.i < t.i):
            return None
        left = min([t.i] + [c.left_edge.i for c in t.children if c.i < t.i and c.dep_ not in ("cc", "punct", "conj", "advmod", "preconj")])
        right = max([t.i] + [c.right_edge.i for c in t.children
                             if c.i > t.i and c.dep_ in ("compound", "flat", "prep", "pobj", "nmod", "amod", "poss", "nummod")
                             and not any(x in chain for x in c.subtree)])
        close = next((x.i for x in doc[t.i + 1:right + 1]
                      if x.text in "();" or x.text in ("-", "--", "—", "–") and doc[x.i - 1].whitespace_), right + 1)
        items.append(doc[left:close])
    after = chain[-1].right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in LIST_OPEN_WORDS | {"etc"}:
        return None
    return items, form, _fits(noun, chain)


def _fits(noun, chain: list) -> bool | None:
    kind = _noun_kind(noun)
    kinds = {ENTITY_KINDS.get(t.ent_type_) for t in chain}
    if kind is None or kinds == {None}:
        return None
    if kinds == {kind}:
        return True
    return False if kinds - {kind, None} else None


def _noun_kind(noun) -> str | None:
    word = noun.lower_
    for form in (word, word[:-3] + "y" if word.endswith("ies") else word, word[:-2] if word.endswith("es") else word,
                 word[:-1] if word.endswith("s") else word):
        if form in LIST_NOUN_KINDS:
            return LIST_NOUN_KINDS[form]
    return None


def _nearer_noun(noun, between):
    """The noun right before the list's opening when it is not the counted one ('five reforms demanded by
    the coalition -'): the list may be set beside it instead."""
    if not len(between):
        return None
    last = between[-1]
    while last.dep_ in ("compound", "flat") and last.head.i > last.i and last.head.i < between.end:
        last = last.head
    if last.pos_ not in ("NOUN", "PROPN") or last.i == noun.i or last.ent_type_ in ("DATE", "TIME"):
        return None
    return last
