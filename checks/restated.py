"""Restated facts: the same measure of the same thing stated twice must carry the same value.

Three kinds of fact, each bound through extraction's typed attributes, never a window of words:

- a count or an amount: the same counted noun, unit and label, the same verb as written (one event,
  one tense), the same owner ('the Velder Trust's 40 branches'), the same entity the parse binds it to
  (subject, possessor, 'at' phrase, 'At X,' topic; an acronym read from a name's initials) or the same
  sole entity named in both sentences, and the same dates in both sentences (one period);
- the size of a named body ('the 120-member Harbour Council'), from the count that modifies its name;
- a person's age in apposition ('Mara Lindqvist, 52,'), matched on the person;
- the date of one event of one entity (a birth, a founding), read from the date's verb;
- a share one entity holds ('owns 40 percent of', "Ostmark's 40 percent stake in", 'its 40 percent
  interest'), by its holder: the parse's entity, 'its' for the clause's subject, or a description
  ('the Norvik energy group') resolved to the organisation the article introduced with its words;
- the level of a running total of one class ('the death toll rose to 9' ... 'taking to 9 the number of
  bodies recovered'), a few sentences apart and nothing setting the two apart;
- a count or an amount referred back to a few sentences on in another role ('inspected by 14
  engineers' ... 'the 14 engineers who inspected it'; 'Sixty of the 450 passengers'), bound by
  noun, unit and qualifiers when nothing says the two are different sets (``_references``).

A number that is a part of a whole, a whole with parts, or an item of a coordination is never
related here: 'the first A of the N hostages' is not a second count of the N, and 'A passengers and
B crew' is not a second statement of 'all N passengers and crew'. Binding that falls short of that
(no entity named, a light verb such as 'had' or 'was') gives a ``weak`` relation, which can only
warn. Definite back-references ('the 21 wounded') belong to ``counts.agreement``; a pair of plain
counts bound alike here is left to this family there.
"""

from __future__ import annotations

import re
from datetime import date

from checks import counts
from checks.context import Context, date_parts, hedge_of, is_percent, rounding
from factlint.extract.lexicon import (
    BODY_CONTRAST_WORDS,
    AGE_AT_WORDS,
    AGE_REACHED_WORDS,
    BACK_REFERENCE_WORDS,
    BIRTHDAY_WORDS,
    COUNT_GENERIC_NOUNS,
    DEATH_OBJECT_VERBS,
    CURRENCY_NOUNS,
    CUMULATIVE_PATTERNS,
    EVENT_DATE_VERBS,
    EVENT_VERB_CLASSES,
    DESCRIPTOR_STOP_WORDS,
    GENERIC_PERSON_NOUNS,
    NAMING_WORDS,
    INCREMENT_WORDS,
    LEGAL_SUFFIXES,
    HELD_STAKE_NOUNS,
    STAKE_ACQUIRED_VERBS,
    STAKE_VERBS,
    IRREGULAR_PARTICIPLES,
    LIGHT_VERBS,
    MODAL_VERBS,
    MEMBER_WORDS,
    MEMBERSHIP_NOUNS,
    OTHER_OCCASION_WORDS,
    OTHER_SET_WORDS,
    RELATIVE_NOUNS,
    RELATIVE_WORDS,
    head_noun,
    singular,
)
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHECK = "restated.value"
_MODIFIER = re.compile(r"[-\s]\s*([A-Za-z]+)\s+")  # '-member ' after the number of 'the 120-member Council'
_DESCRIPTOR = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}")  # '37-year-old| supermarket worker |Tom Brandt'
_AGED = re.compile(r"\b(?:" + "|".join(AGE_AT_WORDS) + r")\s+$", re.I)  # 'died aged 56', 'at the age of 56'
_REACHED = re.compile(r"\b(?:" + "|".join(AGE_REACHED_WORDS) + r")\s+$", re.I)  # 'turned 60'
_APPOSED_DESCRIPTOR = re.compile(r",\s+(?:a|an|the)\s+")  # 'Lindqvist|, a |52-year-old teacher'
_SURNAME_BEFORE = re.compile(r"\b([A-Z][\w'-]+)(?:, | \()$")
_SUBJECT_GAP = re.compile(r"(?:,\s+who)?\s+")  # 'Lindqvist| |turned 60', 'Lindqvist|, who |turned 60'
_BIRTHDAY = re.compile(r"\s+(?:" + "|".join(BIRTHDAY_WORDS) + r")\b", re.I)
_OWNER_GAP = re.compile(r"['’]s\s+")  # "Lindqvist|'s |60th birthday"
_PRONOUN_BEFORE = re.compile(r"\b(?:his|her)\s+$", re.I)  # 'her |60th birthday'
# after 'the 45-year-old': a clause's verb or a comma, not a noun ('the 30-year-old woman')
_PERSON_HEAD_AFTER = re.compile(r"\s*[,;]|\s+(?:" + "|".join(sorted(LIGHT_VERBS | MODAL_VERBS | {"who", "said", "says", "told", "he", "she"})) + r")\b")
_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # 'the |52-year-old'
_POSSESSIVE = re.compile(r"['’]s\b|\b(?:his|her|their|whose)\b", re.I)  # someone else's age ('her son, aged 12')
# 'Lindqvist| was born on |', 'Lindqvist|, who died in |': a surname, then the date's clause up to the date
_SURNAME_CLAUSE = re.compile(r"\b([A-Z][\w'-]+)(?:,\s+who)?\s+(?:was\s+|were\s+|had\s+|has\s+)?([a-z]+)\s+(?:on\s+|in\s+)?$")
_PURPOSE = re.compile(r"\s+for\s+((?:[a-z][\w-]*\s*){1,5})")  # '$2 million| for the new port|'
_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "him", "her", "us", "me", "you", "each", "one"})
_PURPOSE_END = frozenset({"of", "in", "on", "at", "to", "from", "by", "with", "and", "or", "which", "that", "who", "after", "before"})
_CUMULATIVE = re.compile(r"\b(?:" + "|".join(CUMULATIVE_PATTERNS) + r")\b", re.I)
_DESCRIPTOR_WORDS = re.compile(r"((?:\s+[A-Za-z]+){0,3})")  # the words right after '80-year-old'
_DESCRIPTOR_STOPS = LIGHT_VERBS | MODAL_VERBS | RELATIVE_WORDS | DESCRIPTOR_STOP_WORDS
_IN_RELATIVE = re.compile(r"\b(?:which|whom|where)\s+(?:[a-z]+\s+)?$")  # 'in which eight died', 'where two were hurt'
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """One relation per fact stated again in a later sentence: the later statement against the
    nearest earlier one with the same key. Facts are grouped by key, so the cost is linear."""
    ctx = Context(doc, claims)
    wholes = {c.attrs.part_of for c in claims if c.kind is Kind.QUANTITY} | \
             {c.attrs.conj_of for c in claims if c.kind is Kind.QUANTITY}
    last: dict[tuple, tuple[Claim, object, str]] = {}
    relations: list[Relation] = []
    # 'the 68-seat House of Counties' ... 'the 68-seat upper house': an unnamed body is the named one
    # of its head noun when the article gives the size of one such body only
    sizes = {c.id: f for c in claims if (f := _size(ctx, c)) is not None}
    named: dict[tuple, set[str]] = {}
    for c in claims:
        if c.id in sizes and sizes[c.id][2] == "strong" and c.attrs.modifies is not None:
            named.setdefault((c.attrs.noun, c.attrs.modifies), set()).add(sizes[c.id][1])
    for c in claims:
        fact = _fact(ctx, c, wholes, sizes)
        if fact is None:
            continue
        if fact[0][0] == "size" and fact[2] == "weak" and len(bodies := named.get((c.attrs.noun, fact[0][2]), set())) == 1 \
                and not _contrasted(ctx, c):
            body = next(iter(bodies))
            fact = ("size", c.attrs.noun, body), body, "weak", f"{c.attrs.noun}s of {body}"
        key, owner, strength, thing = fact
        # the nearest earlier statement of the key by the same named entity, else the nearest of any
        # ('net at A fell 3% ... net at B fell 5% ... At A, net dropped 3%': A's statements are the pair)
        name = owner[0] if isinstance(owner, tuple) and isinstance(owner[0], str) else owner if isinstance(owner, str) else None
        before = (last.get((key, name)) if name is not None else None) or last.get(key)
        last[key] = (c, owner, strength)
        if name is not None:
            last[(key, name)] = (c, owner, strength)
        if before is None or ctx.sentence_index(before[0].start) == ctx.sentence_index(c.start):
            continue
        e, e_owner, e_strength = before
        if key[0] == "tally":  # one running total's level told again a few sentences on, nothing setting them apart
            if ctx.sentence_index(c.start) - ctx.sentence_index(e.start) <= REFERENCE_WINDOW and _one_tally(ctx, e, c):
                relations.append(_relation(ctx, e, c, "weak", thing))
            continue
        if key[0] == "stake":  # one holder's share: of one named thing (strong), or of what one side leaves unnamed
            if owner[1] is not None and e_owner[1] is not None and owner[1] != e_owner[1]:
                continue
            # (a stake bought may have grown or shrunk since: only weakly the stake held)
            strength = "strong" if owner[1] is not None and owner[1] == e_owner[1] and "weak" not in (strength, e_strength) else "weak"
            relations.append(_relation(ctx, e, c, strength, thing))
            continue
        if key[0] == "age" and str(owner).startswith("the ") and not _DEFINITE_BEFORE.search(ctx.doc.text, max(0, c.start - 6), c.start):
            continue  # 'a 35-year-old farmer' ... 'a 24-year-old farmer': only 'the' refers back to the one before
        if _cumulative(ctx, e) != _cumulative(ctx, c):
            continue  # 'N were killed on Friday ... In all, M have died': one event's figure and the running total
        others = e_others = None
        if isinstance(owner, tuple):  # a count: (owner, the other figures of its noun in the sentence, an amount's purpose)
            (owner, others, purpose), (e_owner, e_others, e_purpose) = owner, e_owner
            if others and e_others and not others & e_others:
                continue
            if purpose != e_purpose and (purpose is not None and e_purpose is not None or _change(e) or _change(c)):
                continue  # 'paid $2 million for the port' / 'paid $3 million for the ship': two payments
            if purpose is not None and purpose == e_purpose and "weak" in (e_strength, strength) and not _change(c):
                e_strength = strength = "strong"  # the same payer, verb and purpose: one amount
            if e.attrs.agent and c.attrs.agent and e.attrs.agent != c.attrs.agent:
                continue  # 'the economy added N jobs' and 'the industry added M jobs': two doers
        if isinstance(owner, frozenset) or isinstance(e_owner, frozenset):
            # a change in a sentence naming several entities: bound to the one entity both sentences name
            shared = _names(owner) & _names(e_owner)
            if len(shared) != 1:
                continue
            owner = e_owner = next(iter(shared))
            e_strength = "weak"
        if e_owner != owner and (e_owner is not None and owner is not None or _change(e) or _change(c)):
            continue  # two entities' figures; a change ('rose 5 percent') of an unnamed series may be another series'
        toll = key[0] == "count" and key[4] in EVENT_VERB_CLASSES.values() and (None in (e_owner, owner) or e.attrs.verb != c.attrs.verb)
        if toll:  # a toll nobody owns, or one told by two verbs: one occasion only if nothing tells two apart
            if not _one_occasion(ctx, e, c, others == e_others or c.attrs.noun not in RELATIVE_NOUNS):
                continue
            e_strength = "weak"
        elif e_owner is None and owner is None:
            continue  # nobody named on either side: whose figure it is is unknown
        strong = e_owner == owner is not None and e_strength == strength == "strong"
        if not strong and e.kind is Kind.QUANTITY and key[0] != "stake" and (_years(ctx, e) != _years(ctx, c) or key[0] == "count" and e.attrs.counted != c.attrs.counted):
            continue  # bound weakly, and one sentence dates itself to a year the other does not name, or
            # the counted things are qualified differently ('three players' / 'two teenage players')
        # an age reached ('turned 60') may be a year behind the age now
        tolerance = 1.0 if "reached" in (e_strength, strength) else 0.0
        relations.append(_relation(ctx, e, c, "strong" if strong else "weak", thing, tolerance))
    relations += _references(ctx, relations)
    return relations + _qualified_references(ctx, relations)


def _fact(ctx: Context, c: Claim, wholes: set, sizes: dict) -> tuple | None:
    """What fact a claim states, bound: (key, owner, strength, what it is), or None when unbound."""
    return _stake(ctx, c) or _tally(ctx, c) or sizes.get(c.id) or _count(ctx, c, wholes) or _age(ctx, c) or _event_date(ctx, c)


def facts(doc: Document, claims: tuple[Claim, ...]) -> dict[str, tuple | None]:
    """Each quantity's and date's fact as this family binds it (key, owner, strength, what it is), or
    None: which statements it could relate, before anything sets two apart. For diagnosis; the
    relations come from ``derive``."""
    ctx = Context(doc, claims)
    wholes = {c.attrs.part_of for c in claims if c.kind is Kind.QUANTITY} | \
             {c.attrs.conj_of for c in claims if c.kind is Kind.QUANTITY}
    sizes = {c.id: f for c in claims if (f := _size(ctx, c)) is not None}
    return {c.id: _fact(ctx, c, wholes, sizes) for c in claims if c.kind in (Kind.QUANTITY, Kind.DATE)}


def _one_occasion(ctx: Context, e: Claim, c: Claim, same_others: bool) -> bool:
    """Whether two counts of one event class that no entity owns on one side ('six people were killed'
    ... 'six people on the bus died') count one set: close together; the same counted words ('others'
    set against the same other figures of their sentences); no other count of the event beside either
    ('five died on the spot and two others died': parts); no place in the later sentence that the
    earlier does not name ('in Tarvik county, six died': perhaps a part); neither in a relative clause
    on another event ('a shooting in which eight died'); and no word setting either apart as one
    occasion of several ('in another attack', 'two separate blasts', 'last month', 'the third car')."""
    if ctx.sentence_index(c.start) - ctx.sentence_index(e.start) > REFERENCE_WINDOW or e.attrs.counted != c.attrs.counted \
            or not same_others:
        return False
    places = [{str(n.value) for n in ctx.in_sentence(x, Kind.NAME) if n.label in ("GPE", "LOC", "FAC")} for x in (e, c)]
    if places[1] - places[0]:  # (a place named only in the later: perhaps one part of the toll)
        return False
    text = ctx.doc.text
    if any(_IN_RELATIVE.search(text, max(0, x.start - 16), x.start) for x in (e, c)):
        return False
    event = EVENT_VERB_CLASSES[e.attrs.verb if e.attrs.verb in EVENT_VERB_CLASSES else c.attrs.verb]
    if any(EVENT_VERB_CLASSES.get(q.attrs.verb) == event for x in (e, c) for q in ctx.in_sentence(x, Kind.QUANTITY)
           if q.id != x.id and q.label == x.label):
        return False  # 'five died on the spot and two others in hospital': parts of a toll, or tolls of two places
    return not (_words_of(ctx.sentence_text(e)) | _words_of(ctx.sentence_text(c))) & (OTHER_OCCASION_WORDS | MEMBER_WORDS)


def _names(owner: str | frozenset | None) -> frozenset:
    """An owner as a set of candidate names: one entity, the entities a sentence names, or none."""
    return owner if isinstance(owner, frozenset) else frozenset() if owner is None else frozenset({owner})


def _subject_entity(ctx: Context, c: Claim) -> str | None:
    """The entity whose name holds the clause's subject word, before the figure ('Ardent Bank rose 3
    percent': the subject 'bank' is the head of 'Ardent Bank'), when the sentence names several."""
    agent = c.attrs.agent
    if agent is None:
        return None
    names = {str(n.value) for n in ctx.in_sentence(c, Kind.NAME)
             if n.label in ENTITY_LABELS and n.end <= c.start and agent in {singular(w.lower()) for w in _WORDS.findall(n.text)}}
    return next(iter(names)) if len(names) == 1 else None


_HELD = re.compile(r"\s+(?:(?:" + "|".join(sorted(HELD_STAKE_NOUNS)) + r")\s+)?(?:of|in)\s+")  # '40 percent| stake in |Velder'


def _tally(ctx: Context, c: Claim) -> tuple[tuple, None, str, str] | None:
    """The level of a running total ('the death toll rose to 14', 'taking to 14 the number of bodies recovered'),
    by the class of what it counts (extraction's ``attrs.tally``)."""
    if c.kind is not Kind.QUANTITY or c.attrs.tally is None or c.attrs.range or c.attrs.part_of or c.attrs.conj_of:
        return None
    return ("tally", c.attrs.tally), None, "weak", f"{c.attrs.tally} toll"


def _one_tally(ctx: Context, e: Claim, c: Claim) -> bool:
    """Whether two levels of a running total are one level: no place named in the later sentence only
    (a part of the toll), no date of either verb the other does not share (a toll of another day), no
    word setting either apart as another occasion ('earlier', 'another attack')."""
    places = [{str(n.value) for n in ctx.in_sentence(x, Kind.NAME) if n.label in ("GPE", "LOC", "FAC")} for x in (e, c)]
    if places[1] - places[0] or _periods(ctx, e) != _periods(ctx, c) and _periods(ctx, e) and _periods(ctx, c):
        return False
    return not (_words_of(ctx.sentence_text(e)) | _words_of(ctx.sentence_text(c))) & OTHER_OCCASION_WORDS


_POSSESSED = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")  # "Velder's |40 percent stake"
_HELD_BY = re.compile(r"\b(?:" + "|".join(sorted(STAKE_VERBS | {"has", "have", "had"})) + r")\s+(?:a|an)\s+$")  # 'owns a |40 percent stake'
_ACQUIRED = re.compile(r"\b(?:" + "|".join(sorted(STAKE_ACQUIRED_VERBS)) + r")\s+(?:a|an)\s+$")  # 'bought a |30 percent stake'
_PLANNED = re.compile(r"\b(?:would|will|could|may|might|to|shall)\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(STAKE_VERBS)) + r")\b[^,]*$")


def _stake(ctx: Context, c: Claim) -> tuple[tuple, str, str, str] | None:
    """A share one entity holds ('Ostmark owns 40 percent of the port', "Ostmark's 40 percent stake in
    Velder", 'its 40 percent interest'), keyed by the holder the parse binds it to. What is held is
    read only when it is named right after ('of Velder', 'stake in Velder'): two named holdings are two
    facts; an unnamed one ('of the port') may be either, so the pair is weak. Changes, ranges, parts
    and items of a list are not holdings."""
    a = c.attrs
    if c.kind is not Kind.QUANTITY or c.unit != "percent" or a.direction or a.range or a.part_of or a.conj_of or a.hedge == "bound":
        return None
    text = ctx.doc.text
    before = text[max(ctx.sentence(c)[0], c.start - 40):c.start]
    acquired = False
    if a.modifies in HELD_STAKE_NOUNS:  # held now: owned, held, or someone's ('its 40 percent stake'), not bought or sold
        held_now = _POSSESSED.search(before) or _HELD_BY.search(before)
        if not held_now and _ACQUIRED.search(before):
            held_now = acquired = True  # 'bought a 30 percent stake in': held since, as far as the words go
    else:  # 'owns 40 percent of'
        held_now = a.verb in STAKE_VERBS and a.role == "object" and re.search(r"\b" + a.verb + r"\s+(?:about|some|nearly|almost|around|roughly\s+)?$", before)
    if not held_now or _PLANNED.search(before):
        return None  # ('would own 70 percent': a plan, not a holding)
    holder = _bound_entity(ctx, c) or _described_entity(ctx, c)
    if holder is None:
        return None
    holder = _canonical(ctx, holder)
    held = None
    m = _HELD.match(ctx.doc.text, c.end)
    if m is not None:
        named = next((n for n in ctx.in_sentence(c, Kind.NAME) if n.label in ENTITY_LABELS and n.start >= m.end() and
                      re.fullmatch(r"(?:the\s+)?", ctx.doc.text[m.end():n.start])), None)
        held = _canonical(ctx, str(named.value)) if named is not None else None
    return ("stake", holder), (holder, held), "strong" if held and not acquired else "weak", f"stake of {holder}"


_BODY_POSSESSOR = re.compile(r"\b([A-Za-z]+)['’]s\s+(?:(?:full|entire|current|total)\s+)?$")  # "the council's |120 members"
_PREMODIFIER = re.compile(r"((?:[\w-]+ ){1,4})$")
_APPOSED_DESCRIPTION = re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,3}[\w-]+),")


def _described_entity(ctx: Context, c: Claim) -> str | None:
    """'The Norvik energy group, which controls 40 percent of ...': a subject named by a description,
    not a name, is the organisation the article introduced with one of its words ('Norvik oil group
    Ostmark', 'the energy group Ostmark'), when exactly one earlier organisation was."""
    noun = c.attrs.agent
    text = ctx.doc.text
    start = ctx.sentence(c)[0]
    m = re.search(r"\bthe\s+((?:[\w-]+\s+){0,3})" + re.escape(noun or "-") + r"s?\b", text[start:c.start], re.I) if noun else None
    if m is None or any(w[:1].isupper() and i > 0 for i, w in enumerate(m.group(1).split())):
        return None  # ('the Velder Bank': a name)
    words = {w.lower() for w in m.group(1).split()} | {noun}
    found = set()
    for n in ctx.claims:
        if n.kind is Kind.NAME and n.label == "ORG" and n.end <= start + m.start():
            sent = ctx.sentence(n)
            # the words of its description: right before the name ('Norvik oil group |Ostmark'), or apposed
            # after it ('Ostmark|, the Norvik oil group,')
            before = _PREMODIFIER.search(text, max(sent[0], n.start - 40), n.start)
            after = _APPOSED_DESCRIPTION.match(text, n.end, sent[1])
            described = {w.lower() for x in (before, after) if x is not None for w in _WORDS.findall(x.group(1))}
            if described & words - {"the", "a", "an"}:
                found.add(_canonical(ctx, str(n.value)))
    return next(iter(found)) if len(found) == 1 else None


def _bound_entity(ctx: Context, c: Claim) -> str | None:
    """The entity extraction bound the figure to (``attrs.entity``: 'Velder Systems Corp.' as written),
    as the article's name for it: the name claim written so, or so with a legal suffix after it, or the
    name that holds it ('Bank' of 'Bank of Tarvik'), or a name the article tags elsewhere. A proper noun
    no name claim holds counts only when it is at least two words or an acronym ('Velder Systems',
    'VSC'): a lone capitalised word ('Index') names too little."""
    text = c.attrs.entity
    if text is None:
        return None
    start, end = ctx.sentence(c)
    names = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label in ENTITY_LABELS]
    for n in names:
        if n.text == text or text.startswith(n.text + " ") and _bare_name(text) == n.text:
            return str(n.value)
    at = ctx.doc.text.find(text, start, end)
    holder = next((n for n in names if at >= 0 and n.start <= at and at + len(text) <= n.end), None)
    if holder is not None:
        return str(holder.value)
    bare = _bare_name(text)
    known = next((str(n.value) for n in ctx.claims if n.kind is Kind.NAME and n.label in ENTITY_LABELS and n.text == bare), None)
    return known or (bare if " " in bare or (bare.isupper() and len(bare) >= 2) else None)


def _bare_name(name: str) -> str:
    """A company's name without its legal suffix ('Velder Systems Corp.' -> 'Velder Systems')."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _canonical(ctx: Context, name: str) -> str:
    """One name for an entity, its legal suffix dropped, and its acronym: 'VSC' (or 'VS') stands for the one name of the article,
    among its names and the entities its figures are bound to, whose initials it is ('Velder Systems
    Corp.'). Two such names: which, the letters do not say."""
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
        return _bare_name(name)
    names = {str(n.value) for n in ctx.claims if n.kind is Kind.NAME and n.label in ENTITY_LABELS} | \
            {x.attrs.entity for x in ctx.claims if x.kind is Kind.QUANTITY and x.attrs.entity}
    full = {_bare_name(n) for n in names if name in (_initials(n), _initials(_bare_name(n))) and " " in n}
    return next(iter(full)) if len(full) == 1 else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _change(c: Claim) -> bool:
    return c.kind is Kind.QUANTITY and c.attrs.direction is not None


def same_binding(a: Claim, b: Claim) -> bool:
    """Two quantities this family relates when they are bound alike (noun, verb, unit), whatever
    their owners: ``counts.agreement`` leaves such pairs of plain counts to it."""
    return (a.kind is b.kind is Kind.QUANTITY and a.attrs.noun is not None and a.attrs.verb is not None
            and (a.attrs.noun, a.attrs.verb, a.unit, a.label) == (b.attrs.noun, b.attrs.verb, b.unit, b.label))


def _count(ctx: Context, c: Claim, wholes: set) -> tuple[tuple, str | None, str, str] | None:
    a = c.attrs
    if c.kind is not Kind.QUANTITY or not isinstance(c.value, (int, float)) or isinstance(c.value, bool):
        return None
    # an amount counts its currency, however written: '$1.2 billion' and '1,200 million dollars' are one
    # amount; what it was paid for (the 'for' phrase after it) is then the thing it measures
    money = c.label == "MONEY" and (a.noun is None or a.noun in CURRENCY_NOUNS)
    noun = "money" if money else a.noun
    if noun is None or a.verb is None or a.range or a.additive or a.age or c.label in ("AGE", "ORDINAL"):
        return None
    if a.part_of or a.conj_of or a.restates or c.id in wholes:
        return None  # a part, a whole with parts, an item of a list, a restatement in other units
    # an owner inside the figure itself is the unit's name ('Hong Kong dollars'), not whose figure it is
    owner = a.owner if a.owner and a.owner not in c.text else None
    entity, named = _entity(ctx, c, ENTITY_LABELS)
    bound = _bound_entity(ctx, c)
    subject = entity is None and named  # (bound even so, a sentence naming several entities binds weakly)
    if bound is not None:  # the parse names whose figure it is: its subject, possessor, 'at' phrase or topic
        entity = bound
    elif subject:  # 'Ardent Bank rose 3 percent, while Norvik Trust fell 2 percent': bound, but only weakly
        entity = _subject_entity(ctx, c)  # (the other names may say where or when, a figure of another place)
    entity = _canonical(ctx, entity) if isinstance(entity, str) else entity
    event = EVENT_VERB_CLASSES.get(a.verb)  # 'killed' and 'died' state one death toll
    # a change of a measure ('net income fell 3 percent'): the measure that changed (the verb's subject),
    # its direction and the figure's role say which change it is, whatever verb states it
    change = f"{a.direction} {a.role}: {a.agent}" if a.direction and a.agent and a.role in ("amount", "to", "from", "by") else None
    if change and entity is None and named:  # whose change: the one of these the other statement names too
        entity = frozenset(str(n.value) for n in ctx.in_sentence(c, Kind.NAME) if n.label in ENTITY_LABELS)
    if money and (a.noun is None and a.direction or a.verb in LIGHT_VERBS):
        return None  # a change of an amount whose measure the counted words do not name; 'had a loss of $N'
        # (a light verb and no counted noun: what the amount measures, and for when, the words do not say)
    if owner is None and (entity is None and named and event is None or c.unit == "percent" and (entity is None or change is None)):
        return None  # several entities named, or a percent whose base the sentence's entity does not say
    # the period: the dates bound to the same verb ('paid ... in 2019'), not every date of the sentence
    period = tuple(sorted(str(d.value) for d in ctx.in_sentence(c, Kind.DATE) if d.attrs.verb == a.verb))
    # the other figures of the same noun (or of none) in the sentence ('won A seats of the N'): two
    # statements set against different ones are about different sets
    # ('five others wounded' counts besides the figure it follows, of whatever noun: 'two killed and
    # five others wounded' and 'a toll of 35, with 60 others wounded' are set against 2 and 35)
    others = frozenset(float(x.value) for x in ctx.in_sentence(c, Kind.QUANTITY)
                       if x.id != c.id and (x.attrs.noun in (a.noun, None) or a.noun in RELATIVE_NOUNS)
                       and x.label == c.label and isinstance(x.value, (int, float)))
    key = ("count", noun, c.unit, c.label, change or event or a.verb, period)
    weak = a.verb in LIGHT_VERBS or money and not change or subject
    return key, (owner or entity, others, _purpose(ctx, c) if money else None), "weak" if weak else "strong", \
        f"change of {a.agent}" if change else " ".join(x for x in (c.unit or a.noun, a.verb) if x)


def _purpose(ctx: Context, c: Claim) -> str | None:
    """What an amount was for: the noun of a 'for' phrase right after it ('$2 million for the port')."""
    m = _PURPOSE.match(ctx.doc.text, c.end)
    if m is None:
        return None
    words = []
    for w in m.group(1).split():
        if w in _PURPOSE_END:
            break
        words.append(w)
    words = [w for w in words if w not in BACK_REFERENCE_WORDS | {"a", "an", "its", "their", "his", "her", "this", "that"}]
    return singular(words[-1]) if words and words[-1] not in _PRONOUNS else None  # 'for it': whatever was named before


def _years(ctx: Context, c: Claim) -> frozenset[int]:
    """The years other than the publication year that the claim's sentence names in its dates."""
    now = ctx.published.year if ctx.published else None
    return frozenset(p[0] for d in ctx.in_sentence(c, Kind.DATE) if (p := date_parts(d.value)) is not None and p[0] != now)


def _size(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """'the 120-member Harbour Council': a count that modifies a named body is that body's size."""
    a = c.attrs
    text = ctx.doc.text
    held = _BODY_POSSESSOR.search(text, max(ctx.sentence(c)[0], c.start - 60), c.start)
    if held is not None and c.kind is Kind.QUANTITY and isinstance(c.value, (int, float)) and not (a.range or a.part_of or a.conj_of) \
            and a.noun in MEMBERSHIP_NOUNS and c.label == "CARDINAL" and not a.modifies and len(a.counted) <= 1 \
            and (a.owner is None or a.owner.lower() in held.group(1).lower()):
        # "the council's 120 members", "the Tarvik Assembly's 90 seats": the possessor's size ("the
        # council's five permanent members" are some of them)
        named = next((n for n in ctx.in_sentence(c, Kind.NAME) if n.end == held.end(1) and n.label == "ORG"), None)
        if named is not None:
            return ("size", a.noun, str(named.value)), str(named.value), "strong", f"{a.noun}s of {named.value}"
        if held.group(1).islower():
            word = singular(held.group(1))
            return ("size", a.noun, word), f"the {word}", "weak", f"{a.noun}s of the {word}"
        return None
    if c.kind is not Kind.QUANTITY or a.noun is None or a.verb is not None or a.range or a.part_of or a.conj_of \
            or not isinstance(c.value, (int, float)):
        return None
    m = _MODIFIER.match(text, c.end)
    if m is not None and singular(m.group(1).lower()) == a.noun:
        at = m.end()
    elif a.modifies is not None and c.text.lower().endswith(a.noun) and text[c.end:c.end + 1] == " ":
        at = c.end + 1  # the claim spans the noun: '68-seat| House of Counties'
    else:
        at = None
    body = next((n for n in ctx.in_sentence(c, Kind.NAME) if n.start == at and n.label in ENTITY_LABELS), None)
    if body is not None:
        return ("size", a.noun, str(body.value)), str(body.value), "strong", f"{a.noun}s of {body.value}"
    if a.modifies is None or a.modifies == a.noun or a.noun not in MEMBERSHIP_NOUNS or c.label != "CARDINAL" \
            or a.owner or _entity(ctx, c, ENTITY_LABELS)[1]:
        return None  # ('a 2.0 percent growth' is no size)
    # 'the 12-member jury', 'a 68-seat house' with nothing named: the same body only weakly
    return ("size", a.noun, a.modifies), f"the {a.modifies}", "weak", f"{a.noun}s of the {a.modifies}"


def _contrasted(ctx: Context, c: Claim) -> bool:
    """Whether a word between a size and its body sets the body against another of its kind ('the
    450-seat *lower* house', 'the *new* 90-member council')."""
    sent = ctx.sentence(c)
    near = ctx.doc.text[max(sent[0], c.start - 20):min(sent[1], c.end + 30)].lower()
    return bool(set(_WORDS.findall(near)) & BODY_CONTRAST_WORDS)


def _entity(ctx: Context, c: Claim, labels: frozenset[str]) -> tuple[str | None, bool]:
    """The one entity the claim's sentence names (its canonical name), and whether it names any."""
    names = {str(n.value) for n in ctx.in_sentence(c, Kind.NAME) if n.label in labels}
    return (next(iter(names)) if len(names) == 1 else None), bool(names)


def _age(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """A person's age, bound in one of these ways (strong): in apposition ('Mara Lindqvist, 52,' /
    'Lindqvist (52)', the surname matched to a person named anywhere in the article), as the age of a
    descriptor just before the name ('a 37-year-old harbour pilot Mara Lindqvist') or in apposition
    after it ('Lindqvist, a 52-year-old teacher,'); weak: after 'aged' / 'at the age of' / 'turned',
    in a sentence that names one person only and no one else's possession between them ('his son,
    aged 12' is the son's age). An age reached ('turned 60') may be a year behind: it allows one."""
    if c.kind is not Kind.QUANTITY or not isinstance(c.value, (int, float)) or not float(c.value).is_integer():
        return None
    text = ctx.doc.text
    reached = _REACHED.search(text, max(0, c.start - 20), c.start)
    if c.label != "AGE" and not _apposed_number(ctx, c) and not (reached and _bare(c)):
        return None
    if c.unit not in (None, "year", "years") or c.attrs.range or c.attrs.conj_of or c.attrs.part_of:
        return None  # a 6-month-old's age in months; one of several ages ('aged 37 and 48')
    persons = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label == "PERSON"]
    person = _apposed_person(ctx, c, persons)
    if person is not None and text[c.end:c.end + 1] in (",", ")", ".", ";"):
        return ("age", person), person, "strong", f"age of {person}"
    birthday = _BIRTHDAY.match(text, c.end) is not None
    if (reached or birthday) and _other_year(ctx, c):
        return None  # 'turned 60 in 2001', 'her 60th birthday in 1990': an age of another year
    if birthday:  # 'her 60th birthday' in a sentence naming one person; "Lindqvist's 60th birthday"
        names = {str(n.value) for n in persons}
        owner = next((str(n.value) for n in persons if _OWNER_GAP.fullmatch(text, n.end, c.start)), None)
        if owner is None and len(names) == 1 and _PRONOUN_BEFORE.search(text, max(0, c.start - 10), c.start):
            owner = next(iter(names))
        return (("age", owner), owner, "reached", f"age of {owner}") if owner else None
    if reached:  # 'Lindqvist, who turned 60 in May': the person is the one who turned
        named = next((n for n in persons if n.end <= reached.start() and _SUBJECT_GAP.fullmatch(text, n.end, reached.start())), None)
        return (("age", str(named.value)), str(named.value), "reached", f"age of {named.value}") if named else None
    if c.label != "AGE":
        return None
    if c.text.endswith("-old"):
        named = next((n for n in persons if n.start >= c.end and _DESCRIPTOR.fullmatch(text, c.end, n.start)), None) \
            or next((n for n in persons if n.end <= c.start and _APPOSED_DESCRIPTOR.fullmatch(text, n.end, c.start)), None)
        if named is not None:
            return ("age", str(named.value)), str(named.value), "strong", f"age of {named.value}"
        named = _referent(ctx, c) or _sole_person(ctx, c)
        if named is not None:
            return ("age", named), named, "weak", f"age of {named}"
        described = _descriptor(ctx, c)
        if described is not None:  # 'the 80-year-old abbot' ... 'a 80-year-old abbot': one person, weakly
            return ("age", described), described, "weak", f"age of {described}"
    if _AGED.search(text, max(0, c.start - 20), c.start) and len({str(n.value) for n in persons}) == 1:
        named = persons[0]
        lo, hi = sorted((named.end, c.start)) if named.end <= c.start else (c.end, named.start)
        if _POSSESSIVE.search(text, lo, hi):
            return None
        return ("age", str(named.value)), str(named.value), "weak", f"age of {named.value}"
    return None


def _descriptor(ctx: Context, c: Claim) -> str | None:
    """'the 80-year-old abbot said': the noun an age describes when no name follows, as 'the abbot', when
    it names a role rather than anyone at all ('a 30-year-old man' is any man) and the article names no
    person with that age's descriptor word elsewhere. The noun is the last word of the lower-case words
    after the age, up to a comma, a verb ('said', '-ed') or a function word."""
    text = ctx.doc.text
    words, stop = [], None
    for w in _DESCRIPTOR_WORDS.match(text, c.end).group(1).split():
        if not w.isalpha() or w in _DESCRIPTOR_STOPS or w.endswith("ed") and words:
            stop = w
            break
        words.append(w)
    if not words or not words[-1].islower() or words[-1] in GENERIC_PERSON_NOUNS or stop in NAMING_WORDS:
        return None  # ('a 35-year-old farmer surnamed Xu': a person named, though not tagged)
    return f"the {words[-1]}"


def _referent(ctx: Context, c: Claim) -> str | None:
    """'Lindqvist was charged. The 52-year-old ...': a definite 'the N-year-old' that names nobody
    refers back to the one person named in its sentence or the one before, when nobody else is
    named there and no other number stands between them."""
    if not _DEFINITE_BEFORE.search(ctx.doc.text, max(0, c.start - 6), c.start):
        return None
    here = ctx.sentence_index(c.start)
    names = [n for n in ctx.claims if n.kind is Kind.NAME and ctx.sentence_index(n.start) in (here - 1, here)]
    persons = {str(n.value) for n in names if n.label == "PERSON"}
    if len(persons) != 1 or any(n.label != "PERSON" and n.label in ENTITY_LABELS - {"GPE", "LOC", "FAC"} for n in names):
        return None
    last = max((n.end for n in names if n.label == "PERSON" and n.end <= c.start), default=None)
    if last is None:
        return None
    text = ctx.doc.text
    if _told_of_another(ctx, c):
        return None
    if any(q.kind is Kind.QUANTITY and last <= q.start < c.start and text[last:q.start] not in (", ", " (") for q in ctx.claims):
        return None  # (the person's own apposed age aside)
    return next(iter(persons))


def _told_of_another(ctx: Context, c: Claim) -> bool:
    """'Judge Holm warned the 58-year-old ...': a person named before the age in its own sentence, not
    in apposition to it, is the subject of a verb the age comes after: the age is someone else's."""
    text = ctx.doc.text
    return any(n.label == "PERSON" and n.end <= c.start and not re.fullmatch(r",\s*|\s*\(", text[n.end:c.start])
               for n in ctx.in_sentence(c, Kind.NAME))


def _sole_person(ctx: Context, c: Claim) -> str | None:
    """'Brandt, 45, was charged. ... (paragraphs on) The 45-year-old will appear ...': a definite
    'the N-year-old' standing for a person (a verb or a comma after it, not a noun: 'the 30-year-old
    woman' is someone else) refers to the one person the article names, when no other age in the
    article is left unbound to a name (an unnamed person of another age may be meant)."""
    text = ctx.doc.text
    if not _DEFINITE_BEFORE.search(text, max(0, c.start - 6), c.start) or not _PERSON_HEAD_AFTER.match(text, c.end):
        return None
    persons = {str(n.value) for n in ctx.claims if n.kind is Kind.NAME and n.label == "PERSON"}
    if len(persons) != 1 or not any(n.kind is Kind.NAME and n.label == "PERSON" and n.end <= c.start for n in ctx.claims) \
            or _told_of_another(ctx, c):
        return None
    for x in ctx.claims:
        if x.id != c.id and x.kind is Kind.QUANTITY and x.label == "AGE":
            named = [n for n in ctx.in_sentence(x, Kind.NAME) if n.label == "PERSON"]
            if _apposed_person(ctx, x, named) is None and not any(_DESCRIPTOR.fullmatch(text, x.end, n.start) for n in named if n.start >= x.end):
                return None  # another age the article gives to nobody named
    return next(iter(persons))


def _other_year(ctx: Context, c: Claim) -> bool:
    """Whether the claim's sentence dates something to a year other than the publication year."""
    if ctx.published is None:
        return True
    parts = (date_parts(d.value) for d in ctx.in_sentence(c, Kind.DATE))
    return any(p is not None and p[0] != ctx.published.year for p in parts)


def _bare(c: Claim, most: int = 120) -> bool:
    """A whole number that counts nothing ('turned 60', 'Lindqvist, 52,')."""
    return c.label == "CARDINAL" and c.unit is None and c.attrs.noun is None and 1 <= c.value <= most


def _apposed_number(ctx: Context, c: Claim) -> bool:
    """A bare number of up to three digits set off by commas right after a word: an age when that
    word is a person's name ('Lindqvist, 52,'), which ``_apposed_person`` decides; in brackets it is
    as often a score ('Lindqvist (52)'), left to extraction's own reading of ages. (One
    past any real age, 'Lindqvist, 140,', is still in an age's place: against an age stated
    elsewhere it is the one to question.)"""
    text = ctx.doc.text
    return _bare(c, 199) and c.attrs.numerals is not None and text[c.end:c.end + 1] == "," and text[c.start - 2:c.start] == ", "


def _apposed_person(ctx: Context, c: Claim, persons: list[Claim]) -> str | None:
    """The person whose name ends right before ', N' or ' (N': a name of the sentence, or a surname
    of a person the article names (the tagger does not always tag a lone surname)."""
    text = ctx.doc.text
    named = next((n for n in persons if n.end <= c.start and text[n.end:c.start] in (", ", " (")), None)
    if named is not None:
        return str(named.value)
    m = _SURNAME_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m is None or ctx.sentence_index(m.start()) != ctx.sentence_index(c.start):
        return None
    if any(n.start <= m.start(1) < n.end and n.text != m.group(1) for n in ctx.in_sentence(c, Kind.NAME) if n.label != "PERSON"):
        return None  # the word is part of a longer name of a place or an organisation ('Lindqvist Marine, 40,')
    person = ctx.persons_by_surname.get(m.group(1))
    return str(person.value) if person is not None else None


def _event_date(ctx: Context, c: Claim) -> tuple[tuple, str | None, str, str] | None:
    """The date of a birth, a death or a founding, of the one entity the sentence names."""
    if c.kind is not Kind.DATE or not isinstance(c.value, str) or date_parts(c.value) is None:
        return None
    event = EVENT_DATE_VERBS.get(c.attrs.verb or "") or DEATH_OBJECT_VERBS.get(c.attrs.verb or "")
    if event is None or c.attrs.range or c.attrs.bound:
        return None
    if c.attrs.verb in DEATH_OBJECT_VERBS and len({str(n.value) for n in ctx.in_sentence(c, Kind.NAME) if n.label == "PERSON"}) > 1:
        return None  # 'Varga was killed by Brandt on ...': whose death, the names alone do not say
    if c.attrs.verb in DEATH_OBJECT_VERBS and not _passive_subject(ctx, c):
        return None  # 'Kowalski killed two guards on ...', 'Kowalski said a guard was killed on ...': not her death
    # whose: the nearest person (a birth, a death) or organisation (a founding) named before the date in its sentence
    labels = {"ORG"} if event == "founding" else {"PERSON"}
    names = [n for n in ctx.in_sentence(c, Kind.NAME) if n.label in labels]
    before = [n for n in names if n.end <= c.start]
    if not before:
        # 'Lindqvist was born on ...': a lone surname the tagger missed, of a person the article named
        surname = _surname_subject(ctx, c) if event != "founding" else None
        if surname is None or names:
            return None
        return ("date", event, surname), surname, "strong", f"{event} of {surname}"
    entity = str(before[-1].value)
    strength = "strong" if len({str(n.value) for n in names}) == 1 else "weak"
    return ("date", event, entity), entity, strength, f"{event} of {entity}"


def _passive_subject(ctx: Context, c: Claim) -> bool:
    """Whether a name (or a capitalised surname) is the subject of the passive verb the date belongs
    to, right before it: 'Anna Kowalski was killed on ...', 'Kowalski, who was killed on ...'."""
    pattern = r"[A-Z][\w'-]+(?:,\s+(?:who\s+)?|\s+)(?:was|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?" + c.attrs.verb + r"\s+(?:on\s+|in\s+)?$"
    return re.search(pattern, ctx.doc.text[ctx.sentence(c)[0]:c.start]) is not None


def _surname_subject(ctx: Context, c: Claim) -> str | None:
    """The person whose surname opens the date's clause ('Lindqvist was born on ...', 'Lindqvist, who
    died in ...'): the capitalised word right before the verb (or before ', who'), matched to a person
    the article names; any other capitalised word between the two is another name, and no binding."""
    text = ctx.doc.text
    start = ctx.sentence(c)[0]
    m = _SURNAME_CLAUSE.search(text[start:c.start])
    if m is None or m.group(2) != c.attrs.verb:
        return None
    persons = {str(n.value) for n in ctx.claims if n.kind is Kind.NAME and n.label == "PERSON"
               and str(n.value).split()[-1:] == [m.group(1)]}
    return next(iter(persons)) if len(persons) == 1 else None  # two people of one surname: which, the words do not say


def _day_or_year(a: Claim, b: Claim) -> tuple[float, float, str]:
    """Two dates compared at the precision both give: days when both name a day, else years."""
    pa, pb = date_parts(a.value), date_parts(b.value)
    if pa[2] is not None and pb[2] is not None:
        try:
            return float(date(*pa).toordinal()), float(date(*pb).toordinal()), "days"
        except ValueError:
            pass
    return float(pa[0]), float(pb[0]), "years"


def _relation(ctx: Context, e: Claim, m: Claim, strength: str, thing: str, tolerance: float = 0.0) -> Relation:
    here, there = f"{e.text} ({ctx.paragraph(e)})", f"{m.text} ({ctx.paragraph(m)})"
    if e.kind is Kind.DATE:
        computed, stated, _ = _day_or_year(e, m)
        hedge, slack = "exact", 0.0
    else:
        computed, stated = float(e.value), float(m.value)
        hedge = hedge_of(e, m)
        slack = max(rounding(e), rounding(m)) if e.attrs.numerals is not None and m.attrs.numerals is not None else 0.0
    if strength == "weak" and hedge == "exact":
        hedge = "weak"
    return Relation(
        id=ctx.relation_id(CHECK, e, m), doc_id=ctx.doc.id, check=CHECK, claims=(e.id, m.id),
        spans=merge_spans([e.span, m.span]), stated=stated, computed=computed,
        working=f"{here} and {there}: {thing}", hedge=hedge, said=m.text, slack=max(slack, tolerance), tolerance=tolerance,
        primary=m.id,
        messages=(f"{thing}: {here} and {there} agree", f"{thing}: {here} vs {there}"),
    )


# -- a count or an amount referred back to, whatever verb or role states it again -----------------

REFERENCE_WINDOW = 3  # sentences: a back-reference points at a recent statement
ORDINAL_MEMBER_WORDS = MEMBER_WORDS - {"last", "final"}  # 'a third bus', 'another ship' ('last week' names no member)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:(?:about|some|nearly|almost|around)\s+)?")  # 'Tom Brandt| and |12 sailors'
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(" + "|".join(sorted(RELATIVE_WORDS)) + r")\b", re.I)


class _Mention:
    """A count or an amount as the reference rule reads it: what it counts (noun, unit, label and the
    words qualifying the noun) and the words around the number that say which set it is."""

    __slots__ = ("claim", "sent", "key", "mods", "definite", "increment", "other", "relative", "said")

    def __init__(self, ctx: Context, c: Claim) -> None:
        a, text = c.attrs, ctx.doc.text
        words = [w.lower() for w in a.counted]
        start = ctx.sentence(c)[0]
        before = [w.lower() for w in _WORDS.findall(text[max(start, c.start - 40):c.start])]
        while before and before[-1] in INCREMENT_WORDS:
            before.pop()  # 'the additional 40 million': the article is before the increment word
        prefix = [w.lower() for w in _WORDS.findall(text[max(start, c.start - 40):c.start])][-1:]
        self.claim = c
        self.sent = ctx.sentence_index(c.start)
        self.key = _counted_key(c)
        self.mods = frozenset(singular(w) for w in words[:-1] if w not in INCREMENT_WORDS)
        self.definite = bool(before) and before[-1] in BACK_REFERENCE_WORDS
        self.increment = a.additive or any(w in INCREMENT_WORDS for w in prefix + words)
        self.other = any(w in OTHER_SET_WORDS for w in prefix + words)
        relative = _RELATIVE_AFTER.match(text, c.end)
        self.relative = relative is not None
        # the verb of the relative clause after it ('who were trapped'): what singles the set out
        said = [w.lower() for w in _WORDS.findall(text[relative.end():relative.end() + 40])] if relative else []
        while said and said[0] in LIGHT_VERBS | {"have", "has", "had", "been", "also", "not"}:
            said.pop(0)
        after = [w.lower() for w in _WORDS.findall(text[c.end:c.end + 20])][:1]
        if not relative and after and (after[0].endswith("ed") and len(after[0]) > 4 or after[0] in IRREGULAR_PARTICIPLES) \
                and _RELATIVE_AFTER.match(text, c.end) is None and text[c.end:c.end + 1] == " ":
            said = after  # 'the three people arrested': the participle singles the set out
        self.said = said[0] if said else None


def _counted_key(c: Claim) -> tuple:
    """What a count counts: its noun, unit and label, with synonymous nouns ('soldiers', 'troops') as one."""
    noun = c.attrs.noun
    unit = c.unit
    if unit is not None and noun is not None and singular(unit.lower()) == noun:
        unit = head_noun(noun)  # the unit of a count is its plural noun as written
    return head_noun(noun), unit, c.label


def _referable(c: Claim, text: str) -> bool:
    """A count or an amount of a named noun: not a part, a range, an age, a duration, a percent
    (whose base the words rarely say again), a modifier ('the 12-member jury': sizes are ``_size``'s) or
    digits in a model name ('777-200')."""
    a = c.attrs
    return (c.kind is Kind.QUANTITY and isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
            and a.noun is not None and c.label in ("CARDINAL", "MONEY", "QUANTITY") and c.unit != "percent"
            and not (a.range or a.age or a.part_of or a.restates or a.timex_type or a.direction or a.role == "by" or a.modifies
                     or a.letters_in_number or a.numerals is not None and "-" in (text[c.start - 1:c.start] + text[c.end:c.end + 1])))


def _references(ctx: Context, done: list[Relation]) -> list[Relation]:
    """'The dam was inspected by 14 engineers. The 14 engineers who inspected it ...': a count stated
    again in another role (a relative clause, a passive agent, the whole of a partitive 'A of the N',
    after an item of a coordination) a few sentences on. The later mention is related to the nearest
    earlier one with the same noun, unit and qualifiers when nothing says they are different sets: no
    other mention of the noun in either sentence, the same owner and years, no increment on one side
    only, no word singling out another set ('the other 12'). A definite mention ('the 14 engineers')
    is a reference (a disagreement fails) unless the two name different events; otherwise, only a
    qualified noun ('42 migrant workers') or a relative clause after the later one relates them, weakly."""
    related = {frozenset(r.claims) for r in done}
    taken = {cid for r in counts.derive(ctx.doc, ctx.claims) for cid in r.claims}  # definite references counts.agreement decides
    mentions = [_Mention(ctx, c) for c in ctx.claims if _referable(c, ctx.doc.text)]
    per_sentence: dict[tuple, int] = {}
    for m in mentions:
        per_sentence[(m.key, m.sent)] = per_sentence.get((m.key, m.sent), 0) + 1
    latest: dict[tuple, _Mention] = {}
    relations: list[Relation] = []
    for m in mentions:
        e = latest.get(m.key)
        if e is None or e.sent == m.sent:
            if e is None or per_sentence[(m.key, m.sent)] == 1:
                latest[m.key] = m
            continue
        latest[m.key] = m
        if m.sent - e.sent > REFERENCE_WINDOW or per_sentence[(e.key, e.sent)] != 1 or per_sentence[(m.key, m.sent)] != 1:
            continue  # (further back, even 'the 12 new schools' gave a false warning on held-out real news)
        if m.claim.id in taken or frozenset((e.claim.id, m.claim.id)) in related:
            continue
        strength = _reference(ctx, e, m)
        if strength is not None:
            a = m.claim.attrs
            relations.append(_relation(ctx, e.claim, m.claim, strength, " ".join(w.lower() for w in a.counted) or a.noun))
    return relations


def _reference(ctx: Context, e: _Mention, m: _Mention) -> str | None:
    """How the later mention ``m`` refers back to ``e``: "strong", "weak", or None (other sets)."""
    ec, mc = e.claim, m.claim
    if e.mods != m.mods or e.other or m.other:
        return None  # 'three players' / 'two teenage players'; 'the other 12 pilots'
    wholes = ec.attrs.role == mc.attrs.role == "of"
    # 'the first 12 of the 30 nurses who ...' ... 'all the 30 nurses': a partitive's whole sets the set out
    introduced = ec.attrs.role == "of" and any(x.attrs.part_of == ec.id for x in ctx.in_sentence(ec, Kind.QUANTITY))
    if e.definite and m.definite and not (wholes or introduced):
        return None  # 'the two countries' ... 'the three countries': each refers to a set named before, maybe another
    if _cumulative(ctx, ec) != _cumulative(ctx, mc) and not (m.definite and _cumulative(ctx, ec)):
        return None  # one event's figure and a running or overall total of the same noun (a definite
        # mention after a running total, 'among the N deaths', refers back to the total)
    if m.increment and not e.increment or e.increment and not (m.increment or m.definite):
        return None  # 'N more' added to a count, never the count again
    if e.increment and not m.increment and any(x.attrs.part_of == mc.id for x in ctx.in_sentence(mc, Kind.QUANTITY)):
        return None  # 'five more patients' ... 'Of the 30 patients, 12 are ...': a breakdown's whole is the whole set, not the added
    if ec.attrs.owner and mc.attrs.owner and ec.attrs.owner != mc.attrs.owner:
        return None
    verbs = {ec.attrs.verb, mc.attrs.verb}
    if len(verbs) == 1 and _periods(ctx, ec) and _periods(ctx, mc) and _periods(ctx, ec) != _periods(ctx, mc):
        return None  # one verb dated to two days: two events
    years = _written_years(ctx, ec), _written_years(ctx, mc)
    if years[0] and years[1] and not years[0] & years[1]:
        return None  # 'plans for 2006 ... 29 million' / 'in 2015, all the 379 million'
    if any(w in ORDINAL_MEMBER_WORDS for w in _words_of(ctx.sentence_text(mc))):
        return None  # 'the third car ... the three persons in the car': another member of the set is named
    if m.said is not None and m.said not in _words_of(ctx.sentence_text(ec)):
        return None  # 'the 200 people who were trapped' / '50,000 people who were affected'
    if not m.definite:  # nothing but the words says it is the same set: the same dates and places too
        names = [{str(n.value) for n in ctx.in_sentence(x, Kind.NAME) if n.label in ENTITY_LABELS} for x in (ec, mc)]
        dates = [{str(d.value) for d in ctx.in_sentence(x, Kind.DATE)} for x in (ec, mc)]
        if dates[0] != dates[1] or names[0] and names[1] and not names[0] & names[1]:
            return None  # 'in Tarvik, 5 soldiers ...' / 'in Norvik, 3 soldiers ...'; 'since 1985' / 'last week'
    other_event = None not in verbs and len(verbs) == 2 and not verbs & LIGHT_VERBS
    if ec.attrs.noun in COUNT_GENERIC_NOUNS and m.said is None and (len(verbs) != 1 or verbs & LIGHT_VERBS or None in verbs):
        return None  # 'four people were killed' ... 'the three people': people of what, only an event word says
    if e.definite and m.definite:
        return "weak"  # 'A of the N recruits' ... 'Of the N recruits, ...': the wholes of two partitives, likely one set
    if m.definite:
        return "weak" if other_event else "strong"
    partner = _partner(ctx, ec)
    if partner is not None and partner == _partner(ctx, mc):
        return "weak"  # 'Tom Brandt and 12 sailors' twice: the set that goes with one named person
    if m.relative or mc.attrs.role == "of" and m.mods or m.mods and not other_event:
        return "weak"
    # (a plain count told again by the same verb is not enough: on real news, 'N pilots' / 'M pilots'
    # of one verb, told in two paragraphs, were different sets far more often than one set)
    return None


def _partner(ctx: Context, c: Claim) -> str | None:
    """The named person or group a count is coordinated with ('Tom Brandt and 12 sailors')."""
    text = ctx.doc.text
    return next((str(n.value) for n in ctx.in_sentence(c, Kind.NAME)
                 if n.label in ENTITY_LABELS and n.end <= c.start and _AND_BETWEEN.fullmatch(text, n.end, c.start)), None)


def _cumulative(ctx: Context, c: Claim) -> bool:
    """Whether the figure's sentence marks a running or overall total ('In all, ...', '... so far')."""
    return bool(_CUMULATIVE.search(ctx.sentence_text(c)))


def _words_of(text: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text)}


def _written_years(ctx: Context, c: Claim) -> frozenset[int]:
    """The years the claim's sentence writes out in its dates ('in 2015'), not those resolved from
    words ('next year')."""
    return frozenset(p[0] for d in ctx.in_sentence(c, Kind.DATE)
                     if (p := date_parts(d.value)) is not None and str(p[0]) in d.text)


def _periods(ctx: Context, c: Claim) -> frozenset[str]:
    """The dates bound to the claim's own verb ('killed ... on Monday')."""
    return frozenset(str(d.value) for d in ctx.in_sentence(c, Kind.DATE) if c.attrs.verb and d.attrs.verb == c.attrs.verb)


# -- an amount named again with 'the' and the same qualifier -------------------------------------

_MEASURE_BEFORE = re.compile(r"\b(a|an|the)\s+([a-z]+)\s+of\s+(?:(?:about|some|nearly|almost|around)\s+)?$", re.I)  # 'a turnout of |48 percent'
_THE_BEFORE = re.compile(r"\bthe\s+$")  # 'the |$310 million for roads'
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?([a-z][a-z-]+)\b")  # '$310 million| for roads|'
# nouns of 'the N of X' that name no one measure ('a total of', 'the price of'), and the words that end a phrase
_NOT_MEASURED = frozenset({"total", "number", "sum", "amount", "average", "rate", "value", "cost", "price", "level"}) | _PURPOSE_END


def _qualifier(ctx: Context, c: Claim) -> tuple[str, str, str | None, str | None] | None:
    """What names an amount besides its number: the noun it is the measure of ('a turnout of P'), else
    the purpose it is for ('$N for schools'), with whether the text writes it definite ('the').
    (kind, noun, unit, definite or not) - None when nothing names it."""
    if c.kind is not Kind.QUANTITY or not isinstance(c.value, (int, float)) or c.attrs.range or c.attrs.additive \
            or c.attrs.direction or c.attrs.part_of or c.attrs.restates or c.attrs.hedge == "bound":
        return None
    before = ctx.doc.text[max(0, c.start - 40):c.start]
    m = _MEASURE_BEFORE.search(before)
    if m is not None and m.group(2).lower() not in _NOT_MEASURED and (c.attrs.noun is None or is_percent(c) or c.label == "MONEY"):
        # (a count of things is not the measure of the noun: 'the performance of 30 listed companies')
        return "of", singular(m.group(2).lower()), c.unit, "the" if m.group(1).lower() == "the" else None
    if c.label == "MONEY" and (f := _FOR_AFTER.match(ctx.doc.text, c.end)) is not None:
        return "for", singular(f.group(1)), c.unit, "the" if _THE_BEFORE.search(before) else None
    return None


def _qualified_references(ctx: Context, done: list[Relation]) -> list[Relation]:
    """'a turnout of 48 percent' ... 'The turnout of 48 percent was the lowest'; '$310 million for
    roads' ... 'the $310 million for roads would repave': an amount named again with 'the' and
    the same qualifier (the noun it measures, or what it is for) refers back to the one earlier amount
    so named in its unit. Only when the text named exactly one such amount before, whatever its value
    (two would make the choice a guess): weak, it passes or warns."""
    related = {frozenset(r.claims) for r in done}
    seen: dict[tuple, list[Claim]] = {}
    out = []
    for c in ctx.claims:
        q = _qualifier(ctx, c)
        if q is None:
            continue
        prior = seen.setdefault(q[:3], [])
        if q[3] == "the" and len(prior) == 1 and ctx.sentence_index(prior[0].start) < ctx.sentence_index(c.start) \
                and frozenset((prior[0].id, c.id)) not in related:
            out.append(_relation(ctx, prior[0], c, "weak", f"the {q[1]}" if q[0] == "of" else f"the amount for {q[1]}"))
        prior.append(c)
    return out
