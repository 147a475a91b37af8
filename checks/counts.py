"""Count agreement: the same counted thing stated twice must carry the same number.

"21 people were wounded ... Among the 21 wounded"; "revoked eight accreditations ... The eight
colleagues who lost their accreditation"; "cost 400 jobs ... the 400 job cuts". A later
definite mention ("the", "all", "none of the", a possessive) points back at a count stated
before; the earlier count it means is the one with the same noun, the same event word and the
same qualifiers, or the one recent count of a narrower noun of the class a wider one names ('14
smugglers ... the 14 people'), or the one count of a set introduced by what holds it ('the depot had
340 buses ... the 340 buses'). Only that evidence relates two counts: resemblance alone (a shared noun or
shared words around two plain counts, a noun named only in a relative clause) related different
groups on real news far more often than one group twice, so it relates nothing (issue 15).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.context import RATE_AFTER_FIGURE, Context, date_parts, hedge_of, is_count
from factlint.extract.lexicon import (
    COUNT_AUXILIARIES,
    COUNT_CLAUSE_VERBS,
    COUNT_GENERIC_NOUNS,
    COUNT_MARGIN_NOUNS,
    COUNT_STOP_WORDS,
    EVENT_VERB_CLASSES,
    FRACTIONS,
    FREQUENCY_ADJECTIVES,
    HOLDING_VERBS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PLURALS,
    LIGHT_VERBS,
    MEMBER_WORDS,
    NUMBER_WORDS,
    SUBSET_WORDS,
    TALLY_CLASSES,
    VICTIM_NOUNS,
    alternation,
    counts_people,
    HYPERNYMS,
    PEOPLE_HYPERNYMS,
    hyponym_of,
)
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHECK = "counts.agreement"

WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
STOP = COUNT_STOP_WORDS
# 'N passengers and crew': the counted noun coordinated with a noun (not a number, not a verb)
UNION = re.compile(r"\s+(?:and|or|&)\s+(?!\d)(?!(?:" + alternation(NUMBER_WORDS) + r")\b)([a-z]+)\b(?<!ed)(?<!ing)(?!\s+\d)")
MEMBER = re.compile(r"\b(" + alternation(MEMBER_WORDS) + r")\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", re.I)
TOTAL_AFTER = re.compile(r"^\s*(?:in all|in total|altogether|combined|overall)\b", re.I)
TOTAL_BEFORE = re.compile(r"\b(?:total of|a total|all|altogether)\s+$", re.I)
DEFINITE = re.compile(r"(?:\b(?:the|all|those|these|none of the|all of the|each of the|of (?:its|their|his|her))|(?P<owner>\w+)['’]s)\s+$", re.I)
PARTITIVE_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|his|her)\s+$", re.I)  # 'Forty of the |300 recruits'
# a sentence opened on a definite count it breaks down: 'Of the 40 routes, ...', 'Of her 11 novels, ...'
OPENING_WHOLE = re.compile(r"\s*(?:Of|Out\s+of)\s+(?:the|these|those|its|their|his|her)\s+")
CLAUSE_CUT = re.compile(r",|;|:|\s[-–—]\s|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bcompared\b")
MARGIN_VERBS = re.compile(r"\b(?:won|wins|win|winning|beat|beats|beating|led|leads|leading|defeated|defeats|"
                          r"finished|finishing|finishes|ahead|clear|edged|edges)\b", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """One relation per count that refers back to an earlier count of the same thing: a definite
    mention matched on noun, event word and qualifiers. Where several earlier counts fit equally
    well and differ, none is chosen; a count marked as a total ('nine charges in all') is preferred."""
    ctx = Context(doc, claims)
    # the first item of 'A X and B Y' (the parser also hangs an apposed breakdown, 'the N X, A Y, B Z', on
    # the whole N as a coordination: only a plain 'and'/'or' between the two makes N an item)
    by_id = {c.id: c for c in claims}
    coordinated = {c.attrs.conj_of for c in claims if c.kind is Kind.QUANTITY and c.attrs.conj_of in by_id
                   and re.fullmatch(r"\s+(?:and|or)\s+", doc.text[by_id[c.attrs.conj_of].end:c.start])}
    mentions = [_mention(ctx, c, coordinated) for c in claims if _countable(ctx, c)]
    relations: list[Relation] = []
    index = _Index()
    pending: list[_Mention] = []  # mentions of the current sentence: only earlier sentences are referred back to
    for k, m in enumerate(mentions):
        if pending and pending[0].sent < m.sent:
            for e in pending:
                index.add(e)
            pending = []
        # Only strong evidence relates two counts: on real news, resemblance alone (a shared noun, a
        # shared word around the numbers) relates different groups far more often than one group twice.
        candidates = index.candidates(m)
        scored = [(score, e) for e in candidates if (score := _evidence(m, e)) is not None]
        pending.append(m)
        sole = len(scored) == 1 and sum(1 for e in candidates if e.noun == m.noun) == 1
        relation = _relation(ctx, m, scored, sole) if scored else \
            _wider_reference(ctx, m, earlier := mentions[:k]) or _toll_reference(ctx, m, earlier)
        if relation is not None:
            relations.append(relation)
    relations.extend(_margins(ctx))
    return relations


# Per key, how many earlier mentions (of distinct wording or value) a later one is compared with:
# a back-reference points at a recent statement, and a long document must not cost all pairs.
RECENT = 64


class _Index:
    """Earlier mentions by what can make ``_evidence`` non-empty: the counted noun, the last
    modifier, the words around a noun-less or generic count. A later mention is
    compared only with the mentions under its own keys, never with every earlier one. Mentions
    worded identically with the same value are one entry (the latest), and each key keeps the
    ``RECENT`` latest entries."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[tuple, _Mention]] = {}

    def add(self, e: _Mention) -> None:
        keys = []
        if not e.generic:
            keys.append(("noun", e.noun))
            if e.mods:
                keys.append(("mod", e.mods[-1]))
        else:
            keys.extend(("near", w) for w in set(e.left) | set(e.right))
        if e.noun is None:
            keys.extend(("context", w) for w in e.context)
        sig = (e.noun, e.mods, e.left, e.right, e.definite, e.partitive, e.events, e.restrict, e.sentence,
               e.total, e.part, e.item, e.union, e.others, e.measure_of, e.claim.value, e.claim.attrs.noun, e.claim.attrs.verb, e.claim.unit, e.claim.label)
        for key in keys:
            bucket = self.keys.setdefault(key, {})
            bucket.pop(sig, None)
            bucket[sig] = e
            if len(bucket) > RECENT:
                del bucket[next(iter(bucket))]

    def candidates(self, m: _Mention) -> list[_Mention]:
        keys = []
        if not m.generic:
            keys += [("noun", m.noun), ("mod", m.noun)]
            keys += [("noun", w) for w in m.mods[-1:]]
        else:
            keys += [("near", w) for w in m.events]
        keys += [("noun", w) for w in m.restrict]
        keys += [("context", w) for w in set(m.mods) | m.restrict]
        found: dict[str, _Mention] = {}
        for key in keys:
            for e in self.keys.get(key, {}).values():
                found[e.claim.id] = e
        return sorted(found.values(), key=lambda e: e.claim.start)


@dataclass(frozen=True)
class _Mention:
    claim: Claim
    sent: int
    noun: str | None  # stem of the counted noun; None when the count stands alone
    mods: tuple[str, ...]  # stems of the words between the number and the noun
    left: tuple[str, ...]  # words of the clause before the number, lower case, in order
    right: tuple[str, ...]  # words of the clause after the claim
    definite: bool
    partitive: bool  # 'two of the nine': a part, not a count of its own thing
    events: frozenset[str]  # participles that say what happened to the counted things
    restrict: frozenset[str]  # stems of what narrows the set: 'yet to be tested', 'in the second cohort'
    sentence: frozenset[str]  # stems of every word of the sentence
    total: bool
    part: bool = False  # bound as a part of a whole in the parse ('A of the N', 'N ..., A of them')
    item: bool = False  # an item of a coordination of counts ('A passengers and B crew')
    union: bool = False  # the counted noun is coordinated with another noun ('N passengers and crew')
    others: bool = False  # its sentence singles out another member of the set ('a third bus ... the two buses')
    measure_of: str | None = None  # stem of the noun the count measures ('quota' in 'a quota of N barrels')
    owner: str | None = None  # stem of whose the counted things are: "the country's N monks", "Apple's N stores"

    @property
    def generic(self) -> bool:
        return self.noun is None or self.noun in COUNT_GENERIC_NOUNS

    @property
    def context(self) -> set[str]:
        return {stem(w) for w in self.left + self.right if w not in STOP} | set(self.mods) | ({self.noun} if self.noun else set())


@lru_cache(maxsize=1 << 16)  # every word of every counted sentence passes here; a newsroom vocabulary is small
def stem(word: str) -> str:
    """A crude singular: 'accreditations' -> 'accreditation', 'people' -> 'person', 'cuts' -> 'cut'."""
    w = re.sub(r"['’]s$", "", word.lower().strip("'’."))
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _restrictor(right: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The words after a counted noun that say which ones are meant, up to the clause's own verb:
    'killed' in 'the three people killed were ...', 'lost ... accreditation' in 'who lost their
    accreditation will ...'. Returns their stems and the participle that names the event."""
    seq = list(right)
    if seq and seq[0] in ("who", "that", "which"):
        seq = seq[1:]
        while seq and seq[0] in COUNT_AUXILIARIES:
            seq = seq[1:]
    events = {seq[0]} if seq and _participle(seq[0]) else set()
    words = []
    for w in seq:
        if w in COUNT_CLAUSE_VERBS and w not in events:
            break
        words.append(w)
    return {stem(w) for w in words if w not in STOP}, events


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PARTICIPLES


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _countable(ctx: Context, c: Claim) -> bool:
    """Counts of things that can be compared: not a measure ('30GB'), a fraction ('two-thirds') or a
    model number ('777-200LR'), not the start of a range, not an addition ('two more')."""
    if not is_count(c) or (c.unit and not re.fullmatch(r"[a-z][a-z\-]*", c.unit)) or c.unit in FRACTIONS:
        return False
    if c.attrs.letters_in_number:
        return False
    if c.attrs.range in ("from", "between") or (c.attrs.range and c.attrs.range_role == "start"):
        return False
    if c.attrs.additive or RATE_AFTER_FIGURE.match(ctx.doc.text, c.end):
        return False  # 'two more', 'one step at a time'
    before = _words(ctx.before(c, 20))
    return not (before and before[-1] in ("other", "another", "additional", "extra", "further", "more", "first", "top"))


def _mention(ctx: Context, c: Claim, coordinated: set[str]) -> _Mention:
    rest = c.attrs.counted
    noun = stem(rest[-1]) if rest else None
    if c.unit and not rest:
        noun = stem(c.unit)
    sent_start, sent_end = ctx.sentence(c)
    text = ctx.doc.text
    others = [x for x in ctx.in_sentence(c) if x.kind is not Kind.NAME and x.id != c.id]
    left_start = max([sent_start] + [x.end for x in others if x.end <= c.start])
    right_end = min([sent_end] + [x.start for x in others if x.start >= c.end])
    left_text = text[left_start:c.start]
    cuts = list(CLAUSE_CUT.finditer(left_text))
    if cuts:
        left_text = left_text[cuts[-1].end():]
    raw_right = text[c.end:right_end]
    cut = CLAUSE_CUT.search(raw_right)
    right_text = raw_right[: cut.start()] if cut else raw_right
    left = tuple(_words(left_text)[-6:])
    right = tuple(_words(right_text)[:8])
    before_text = text[max(sent_start, c.start - 30):c.start]
    definite_match = DEFINITE.search(before_text)
    definite = bool(definite_match)
    owner = (definite_match["owner"] if definite_match and definite_match["owner"] else c.attrs.owner)
    partitive = not rest and bool(re.match(r"\s+of\s+(?:the|them|those|these|their|its|his|her|us|whom|which)\b", raw_right, re.I))
    restrict, events = _restrictor(right)
    total = bool(TOTAL_AFTER.match(text[c.end:right_end]) or TOTAL_BEFORE.search(before_text))
    return _Mention(claim=c, sent=ctx.sentence_index(c.start), noun=noun, mods=tuple(stem(w) for w in rest[:-1]),
                    left=left, right=right, definite=definite, partitive=partitive, events=frozenset(events),
                    restrict=frozenset(restrict),
                    sentence=frozenset(stem(w) for w in _words(text[sent_start:sent_end])), total=total,
                    part=c.attrs.part_of is not None, item=c.attrs.conj_of is not None or c.id in coordinated,
                    union=bool(noun and UNION.match(raw_right)), others=_others(text[sent_start:sent_end], c, sent_start, noun),
                    measure_of=_measure_of(c, left), owner=stem(owner) if owner else None)


def _measure_of(c: Claim, left: tuple[str, ...]) -> str | None:
    """'a quota of N barrels' -> 'quota': the noun a count bound through 'of' measures (None for
    'a total of N' and other filler, and for a verb's object)."""
    if c.attrs.role != "of" or len(left) < 2 or left[-1] != "of":
        return None
    word = left[-2]
    return stem(word) if word.isalpha() and word not in STOP and not _participle(word) and word not in COUNT_CLAUSE_VERBS else None


def _others(sentence: str, c: Claim, offset: int, noun: str | None) -> bool:
    """Whether the sentence names one more member of what ``c`` counts outside ``c``: 'a third bus'."""
    if noun is None:
        return False
    for m in MEMBER.finditer(sentence):
        if c.start - offset <= m.start() < c.end - offset:
            continue
        # (a singular noun and the crude stem of its plural: 'bus' / 'buses' -> 'buse')
        if any(w and noun in (stem(w), stem(w + "es")) for w in (m.group(2), m.group(3))):
            return True
    return False


def _evidence(m: _Mention, e: _Mention) -> int | None:
    """How well the later mention ``m`` refers back to ``e`` (higher is closer), or None when the
    words do not make it a reference to the same set."""
    if not m.definite or e.partitive or m.partitive:
        return None
    if e.claim.id in (m.claim.attrs.part_of, m.claim.attrs.conj_of) or m.claim.id in (e.claim.attrs.part_of, e.claim.attrs.conj_of):
        return None  # a part and its own whole
    if e.part and not m.events:
        return None  # 'the first A of the N ...' is a subgroup: only a mention naming what singles it out refers to it
    if e.item != m.item:
        return None  # 'A passengers and B crew' is a breakdown, never a second count of a whole
    if set(m.mods) & SUBSET_WORDS or m.others:
        return None
    if (e.claim.attrs.role == "by") != (m.claim.attrs.role == "by"):
        return None  # 'rose by N' is the size of a change, never a second count of a level
    if m.owner and m.owner != e.owner and m.owner not in e.sentence:
        return None  # "the country's N monks" names its own set: whose, the earlier sentence does not say
    if e.measure_of and e.measure_of not in m.sentence:
        return None  # 'a quota of N barrels': the N is the quota's, and the later sentence is not about a quota
    return _definite_score(m, e)


def _definite_score(m: _Mention, e: _Mention) -> int | None:
    e_context = e.context
    nouns = {m.noun, e.noun}
    overlap = len((set(m.mods) | m.restrict) & e_context - nouns)
    compound = m.mods[-1:] == (e.noun,) or e.mods[-1:] == (m.noun,)  # 'the 300 pay rises' / '300 pays'
    event = bool(m.events & (set(e.left) | set(e.right)))
    mods_found = all(x in e_context for x in m.mods if x not in STOP)
    restrict_found = not m.restrict or (m.restrict - nouns) <= e.sentence
    if not (mods_found and restrict_found):
        return None
    if not m.generic and not e.generic and (m.noun == e.noun or compound):
        # 'some N local members ... the N members': the earlier count is narrowed by a word the later one
        # drops, so the later one counts a larger set, not the same one again (the word elsewhere in the
        # later sentence, as another count's noun, does not narrow the later count)
        m_own = set(m.mods) | m.restrict | {stem(w) for w in m.left}
        # (a frequency the later drops, '14 nightly crossings' ... 'the 14 crossings', narrows nothing)
        if any(x not in STOP and x not in m_own and x not in FREQUENCY_ADJECTIVES for x in e.mods) or (m.events and not event):
            return None
        return 10 + overlap
    if m.generic and e.generic and m.events & (set(e.right[:3]) | set(e.left[-2:])):
        return 8 + overlap  # 'three people were killed ... the four killed'
    return None


def _relation(ctx: Context, m: _Mention, scored: list[tuple[int, _Mention]], sole: bool = False) -> Relation | None:
    """The later mention against the earlier count it refers to; None when several earlier counts
    fit and differ, so which one is meant would be a guess (the value under test must not choose).
    ``sole``: the text counted the later mention's noun once before, whatever the number."""
    mc = m.claim
    totals = [s for s in scored if s[1].total]
    pool = totals or scored
    best = max(score for score, _ in pool)
    top = [e for score, e in pool if score == best]
    if len({e.claim.value for e in top}) > 1:
        return None
    e = max(top, key=lambda e: e.claim.start)
    ec = e.claim
    hedge = hedge_of(ec, mc)
    if e.union != m.union and hedge == "exact":
        # 'all N poultry and birds' after 'N poultry': the second noun may only rename the first, or add
        # to it ('N passengers and crew' after 'N passengers'). Which, the words do not say: a warning at most.
        hedge = "weak"
    introduced = len(scored) == 1 and _introduced(ctx, e, m)
    # (the whole of a partitive told before, 'A of the N X', is restated.value's to relate)
    opening = sole and _opening_whole(ctx, m) and not PARTITIVE_WHOLE_BEFORE.search(ctx.before(e.claim, 14))
    if not _same_event(e, m) and not introduced and not opening:
        # a noun and its qualifiers are matched, but nothing says the same thing happened to both sets
        # ('20 officers were deployed' ... 'all 25 officers were back'): on real news such pairs were
        # different groups of one kind (two countries' garrisons, a toll and a deployed force, an
        # index's level and its drop), never one set stated twice, so no relation (issue 15)
        return None
    if (introduced or opening) and hedge == "exact":
        hedge = "weak"
    noun, event = _thing(e, m)
    if not e.generic and not m.generic and e.noun != m.noun and e.noun not in m.mods + tuple(m.restrict) and m.noun not in e.mods:
        # Two names for one set ('eight staffers' / 'eight diplomats'): show both as written.
        here, there = f"{ec.text} ({ctx.paragraph(ec)})", f"{mc.text} ({ctx.paragraph(mc)})"
        thing = f"({event})" if event else ""
    else:
        here, there = f"{_number(ec)} ({ctx.paragraph(ec)})", f"{_number(mc)} ({ctx.paragraph(mc)})"
        thing = " ".join(x for x in (noun, event) if x)
    return Relation(
        id=ctx.relation_id(CHECK, ec, mc), doc_id=ctx.doc.id, check=CHECK, claims=(ec.id, mc.id),
        spans=merge_spans([ec.span, mc.span]), stated=float(mc.value), computed=float(ec.value),
        working=f"{here} and {there} {thing}".strip(), hedge=hedge, said=_number(mc),
        messages=(f"{here} and {there} {thing}".strip(), f"{here} vs {there} {thing}".strip()),
    )


# Sentences back a definite 'the N people' may point (its antecedent is a recent statement).
WIDER_WINDOW = 3


def _wider_reference(ctx: Context, m: _Mention, earlier: list[_Mention]) -> Relation | None:
    """'14 smugglers were held ... The 14 people live in ...', '12 trucks ... the 12 vehicles were':
    a definite count of a wider class (people, vehicles: the lexicon's ``hyponym_of``) with nothing
    narrowing it (no qualifier, its clause's verb right after it) or narrowed by the earlier count's own
    event ('the 14 people held' after '14 smugglers were held') points back to the one count of the
    last few sentences of that class, whatever narrower noun that count used. Any other count of the
    class (by the wide noun or a narrower one), or of nothing named, in those sentences could be the one
    meant: then nothing is related. Which set a wider noun refers to is read, not parsed: a disagreement
    warns."""
    c = m.claim
    wider = m.noun if m.noun in PEOPLE_HYPERNYMS or m.noun in HYPERNYMS else None
    if wider is None or not (m.definite and not m.mods and not m.owner and not (m.partitive or m.part or m.item or m.union
                                                                                 or m.others or m.total)) \
            or not (c.attrs.role == "subject" and _verb_follows(ctx, c) or m.events):
        return None
    near = [e for e in earlier if 0 < m.sent - e.sent <= WIDER_WINDOW or e.sent == m.sent and e.claim.start < c.start]
    fit = [e for e in near if e.noun is None or e.noun == wider or (e.generic and wider in PEOPLE_HYPERNYMS) or hyponym_of(e.noun, wider)]
    if len(fit) != 1 or not hyponym_of(fit[0].noun, wider) or fit[0].sent == m.sent:
        return None
    e = fit[0]
    if e.partitive or e.part or e.item or e.others or e.claim.attrs.additive or e.claim.attrs.range:
        return None  # a part of a set, an item of a breakdown: the definite mention counts a whole
    if m.events and not m.events & (set(e.left) | set(e.right)):
        return None  # 'the 30 people injured' after '30 smugglers were held': the participle names another set
    return _read_reference(ctx, e.claim, c)


def _read_reference(ctx: Context, ec: Claim, c: Claim) -> Relation:
    """A count referred back to by words a reader interprets rather than the parse binds: exact
    figures can only warn when they disagree."""
    hedge = hedge_of(ec, c)
    here, there = f"{ec.text} ({ctx.paragraph(ec)})", f"{c.text} ({ctx.paragraph(c)})"
    return Relation(
        id=ctx.relation_id(CHECK, ec, c), doc_id=ctx.doc.id, check=CHECK, claims=(ec.id, c.id),
        spans=merge_spans([ec.span, c.span]), stated=float(c.value), computed=float(ec.value),
        working=f"{here} and {there}", hedge="weak" if hedge == "exact" else hedge, said=_number(c),
        messages=(f"{here} and {there}", f"{here} vs {there}"),
    )


def _toll_reference(ctx: Context, m: _Mention, earlier: list[_Mention]) -> Relation | None:
    """'The storm killed 12 people ... The 12 victims included four children': a definite count of a
    toll's noun (victims, dead, wounded: the lexicon's ``TALLY_CLASSES``) points back to the one count
    of the last few sentences whose verb tells a death or an injury, when it is the only such count
    there (a death toll and an injury toll: which one 'the victims' are, the words do not say). Read,
    not parsed: a disagreement warns."""
    c = m.claim
    klass = TALLY_CLASSES.get(m.noun or "")
    if klass not in ("death", "injury") or not m.definite or m.mods or m.owner \
            or m.partitive or m.part or m.item or m.union or m.others or m.total:
        return None
    near = [e for e in earlier if 0 < m.sent - e.sent <= WIDER_WINDOW]
    tolls = [e for e in near if EVENT_VERB_CLASSES.get(e.claim.attrs.verb or "") in ("death", "injury")
             or TALLY_CLASSES.get(e.noun or "") in ("death", "injury")]
    if len(tolls) != 1:
        return None
    e = tolls[0]
    told = EVENT_VERB_CLASSES.get(e.claim.attrs.verb or "") or TALLY_CLASSES.get(e.noun or "")
    if told != klass and m.noun not in VICTIM_NOUNS or e.partitive or e.part or e.item or e.claim.attrs.additive \
            or e.claim.attrs.range or e.union or not (e.generic or e.noun == m.noun or counts_people(e.noun)):
        return None  # ('the 12 dead' after '12 were injured'; '12 buildings destroyed' counts no people)
    return _read_reference(ctx, e.claim, c)


def _verb_follows(ctx: Context, c: Claim) -> bool:
    """Whether the count's own verb comes right after it, auxiliaries aside ('the 14 people live',
    'the 14 people were later freed'): nothing between says which of them are meant."""
    words = _words(ctx.doc.text[c.end:c.end + 60])
    while words and words[0] in COUNT_AUXILIARIES:
        words.pop(0)
    return bool(words) and words[0] == c.attrs.verb


def _opening_whole(ctx: Context, m: _Mention) -> bool:
    """'Of the 40 routes, 25 run ...', 'Of her 11 novels, seven ...': a sentence opened on a definite
    count that it then breaks down names a set the reader has already been told of, whatever happens to
    it in either sentence."""
    c = m.claim
    start = ctx.sentence(c)[0]
    return bool(OPENING_WHOLE.fullmatch(ctx.doc.text[start:c.start])) and ctx.doc.text[c.end:c.end + 2].startswith(",")


def _introduced(ctx: Context, e: _Mention, m: _Mention) -> bool:
    """'the depot had 340 buses ... the 340 buses were sold': a set introduced by
    what holds it (a verb of having) and then referred to with 'the', whatever happens to it next. Only
    when it is the one earlier count of its noun that fits and the two sentences name no different
    years: a holding counted in two years is two counts."""
    if e.claim.attrs.verb not in HOLDING_VERBS or m.left[-1:] not in (("the",), ("these",), ("those",)):
        return False
    years = [{p[0] for d in ctx.in_sentence(x.claim, Kind.DATE) if (p := date_parts(d.value)) is not None} for x in (e, m)]
    return not (years[0] and years[1] and not years[0] & years[1])


def _same_event(e: _Mention, m: _Mention) -> bool:
    """Whether the two mentions say what happened to the counted things in the same word: a participle
    of one in the other's clause ('three were killed' ... 'the three killed'), or one clause verb that
    is not a light verb ('wounded' in both)."""
    if m.events & (set(e.left) | set(e.right)) or e.events & (set(m.left) | set(m.right)):
        return True
    if m.mods[-1:] == (e.noun,) or e.mods[-1:] == (m.noun,):
        return True  # 'cost 400 jobs' ... 'the 400 job cuts': the later noun names the event
    for x, y in ((e, m), (m, e)):
        said = {stem(w) for w in (*x.left[-2:], *x.right[:3]) if _participle(w) and w not in LIGHT_VERBS}
        if said & set(y.mods):
            return True  # 'destroyed 120 homes' ... 'the 120 destroyed homes'
    verbs = {x.claim.attrs.verb for x in (e, m)}
    return len(verbs) == 1 and None not in verbs and not verbs & LIGHT_VERBS


def _number(c: Claim) -> str:
    """The number as the text writes it ('eight', '1,500'), else the whole claim."""
    return c.attrs.number_words or c.text


def _thing(e: _Mention, m: _Mention) -> tuple[str | None, str | None]:
    """What was counted and what happened to it, for the message: ('accreditations', 'revoked')."""
    noun = next((x.claim.unit for x in (e, m) if not x.generic and x.claim.unit), None) or next(
        (x.claim.unit for x in (e, m) if x.claim.unit), None)
    event = next((w for w in reversed(e.left[-2:]) if _participle(w)), None) or next(
        (w for w in e.right[:3] if _participle(w)), None) or next(iter(sorted(m.events)), None)
    return noun, event


def _margins(ctx: Context) -> list[Relation]:
    """'Verbeek's 42-second margin' refers back to 'won ... by 42 seconds' / '42 seconds ahead':
    a winning margin stated twice. Weak evidence: a race or vote can have more than one margin."""
    text = ctx.doc.text
    measures = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.unit and isinstance(c.value, (int, float))
                and c.unit not in ("percent",) and not c.attrs.range]
    out = []
    for m in measures:
        after = text[m.end:m.end + 20]
        nxt = re.match(r"\s*(\w+)", after)
        if "-" not in m.text or not nxt or nxt.group(1).lower() not in COUNT_MARGIN_NOUNS:
            continue
        msent = ctx.sentence_index(m.start)
        candidates = []
        for e in measures:
            if e.end > m.start or e.unit != m.unit or ctx.sentence_index(e.start) >= msent or "-" in e.text:
                continue
            before = text[max(ctx.sentence(e)[0], e.start - 60):e.start]
            after_e = text[e.end:e.end + 12]
            if re.match(r"\s*(?:ahead|clear)\b", after_e, re.I) or (re.search(r"\bby\s+$", before) and MARGIN_VERBS.search(before)):
                candidates.append(e)
        if not candidates:
            continue
        e = candidates[-1]  # several margins stated before: the nearest (the values must not choose)
        hedge = hedge_of(e, m)
        hedge = "weak" if hedge == "exact" else hedge
        here, there = f"{e.text} ({ctx.paragraph(e)})", f"{m.text} {nxt.group(1)} ({ctx.paragraph(m)})"
        out.append(Relation(
            id=ctx.relation_id(CHECK, e, m), doc_id=ctx.doc.id, check=CHECK, claims=(e.id, m.id),
            spans=merge_spans([e.span, m.span]), stated=float(m.value), computed=float(e.value),
            working=f"margin {here} and {there}", hedge=hedge, said=m.text,
            messages=(f"the margin agrees: {here} and {there}", f"the margin differs: {here} vs {there}"),
        ))
    return out
