"""List counts: a count followed by the list of what it counts names that many items.

"three unions - the Harbour Pilots' Guild, the Crane Operators' Union and the Tug Crews'
Association -"; "four countries: the United States, Canada, Germany and Japan"; "Two teams, Team
Kestrel and Van Dijk Cycling, finished". Lists introduced by "including" or "such as" are
examples, not the whole, and are left alone; so are breakdowns ("three helicopters, two from
the coast guard and one from the navy"), which are arithmetic. Lists none of the written shapes finds are
read from the parse at extraction (``QuantityAttrs.listed``, extract/names.py): the coordination set off
after the count, named before it in apposition or by a copula, a definite count referring back to the names
just coordinated, or names filling the count's place again in the next sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checks.context import Context, is_count
from factlint.extract.lexicon import (AND_NAME_PATTERNS, COUNT_AUXILIARIES, LIST_EXAMPLE_OPENERS, LIST_LEAD_WORDS, MULTIPLE_AFTER,
                                      MULTIPLIER_WORDS, units_re)
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHECK = "lists.count"

DASH = r"\s+[-–—]{1,2}\s+|\s*[–—]\s*"
COPULA = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:were|are)(?:\s+(?:identified|named)\s+as)?\s+(?=(?:the\s+)?[A-Z])")
# 'The murdered women are ', 'Those arrested were ': a definite plural subject, its members after the copula
NAMED_LATER = re.compile(r"\s*(?:The|These|Those)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+s|men|women|children|people)\s+"
                         r"(?:are|were)(?:\s+(?:identified|named)\s+as)?\s+(?=[A-Z])")
NOUN_THEN_OPENER = re.compile(r"((?:\s+[A-Za-z][\w'’\-]*){1,3}?)(?=\s*:\s|" + DASH + ")")
# 'examined four proposals with respect to the reform of the pension system: A, B and C': a longer
# post-modifier of the counted noun, with no figure or punctuation in it, before a colon
FAR_COLON = re.compile(r"\s+(?:of|for|with|in|on|from|at|about|to|against|over|under|between|by|regarding)\b"
                       r"((?:\s+(?!(?:and|or|but|are|is|was|were|be|been|have|has|had|will|would|that|which|who)\b)"
                       r"[A-Za-z][\w'’\-]*){3,13}?)(?=:\s)")
OPENERS = [
    (re.compile(r"(" + DASH + r")"), "dash"),
    (re.compile(r"(:\s+)"), "colon"),
    (re.compile(r"(,\s+)"), "comma"),
]
SEPARATOR = re.compile(r",?\s+(?:and|or|as well as)\s+|,\s+")
# not "one": 'aged 8 and 10 and one infant' opens another group
AGE_ITEM = r"\b(?:\d{1,3}|" + units_re(2, 19) + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)\b"
# ', aged 3, 6, 7 and 17' closed by what is not another age (a comma and words, a full stop)
AGES = re.compile(r",?\s+aged\s+(" + AGE_ITEM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + AGE_ITEM + r")+)(?=\s*(?:[,.;)]|$|\s[a-z]))", re.I)
# 'Ann Lee, 25, of Springfield,' / 'Bo Tan, aged thirty,': a person's age (and home) in apposition
AGE_IN_LIST = re.compile(r"(?<=[A-Za-z]),\s+(?:aged\s+)?" + AGE_ITEM + r"(?:,\s+(?:of|from)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?"
                         r"(?=\s*(?:,|$))|\b\d{1,3}-year-old\s+")
INTRO = re.compile(r"(?:namely|i\.e\.|that is)?,?\s*", re.I)  # 'eight satellites, namely A, B ...'
# 'namely' further on in the count's sentence ('Four firms had bid, namely A, B and C'; 'to five, namely, in
# A, B ...'): it announces the members of what was counted last before it, so it opens the list wherever it is
NAMELY = re.compile(r"(?:,|\s*[-–—]{1,2})\s*(?=namely\b)", re.I)
NAMELY_REACH = 150  # characters from the count to 'namely'
# a preposition every item shares, written once before the first ('namely, in A, B and C')
SHARED_PREPOSITION = re.compile(r"^(?:in|at|to|from|on|by|for|with)\s+(?=(?:the\s+)?[A-Z])")
CONJUNCTION = re.compile(r"^,?\s+(?:and|or|as well as)\s+$")
# 'four firms, such as A, B, C and D': examples of what was counted, so at most the count
EXAMPLES = re.compile(r"(?:" + "|".join(re.escape(w) for w in LIST_EXAMPLE_OPENERS) + r"),?\s+", re.I)
PARTIAL = re.compile(r"^(?:including|includ|such as|among them|among others|notably|like|for example|for instance|"
                     r"e\.g\.|mainly|mostly|chiefly|especially|in particular|both|each|all|most|many|some|"
                     r"several|" + units_re(1, 10) + r"|\d)\b", re.I)
# 'N staff - a mixed group of A and B workers -': a description of the whole, not its members
DESCRIPTION = re.compile(r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|mix|mixture|number|range|total|team|handful|cross-section|variety)\s+of\b", re.I)
# the text before a count that is itself one item of a coordination: 'China, the two Koreas, ...'
IN_COORDINATION = re.compile(r"(?:[A-Z][\w'’\-]*|\))\s*,\s+(?:the\s+)?$|\band\s+(?:the\s+)?$")
# 'the losses of A and B': the head before the first item is said of every item
ITEM_HEAD = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+){1,2}of\s+(?=[A-Z0-9])")
# between 'N times' and the first year of its list: a few words, no partial marker ('including', 'last')
YEARS_OPENING = re.compile(r"(?::\s*)?(?:(?!\b(?:including|includ|such|most|last|latest|recently|among)\b)[^.;:()\d]){0,60}?\bin\s+")
# between two years of one list: ', West Germany in', ' and'
YEAR_GAP = re.compile(r"(?:,\s*|\s*,?\s*and\s+)(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+)?(?:in\s+)?")
# between two years each in its own phrase: ' under A, and in', ' in B, in'
YEAR_PP_GAP = re.compile(r"(?:\s+[^\d,.;:()]{1,40}?)?,\s*(?:and\s+)?in\s+")
# 'N forums, one in A and one in B' / '...: one for A, one for B and another for C': one member per 'one'
ONE_WORDS = r"(?:one|another|the other)\b(?:(?!\b(?:one|another|the other)\b)[^,;:()\d])*?"
ONE_SEPARATOR = re.compile(r"(?:,\s*|,?\s+and\s+)(?=(?:one|another|the other)\b)")
ONES = re.compile(r"(?:,|:|" + DASH + r")\s*(one\b(?:(?!\b(?:one|another|the other)\b)[^,;:()\d])*?(?:,\s*" + ONE_WORDS
                  + r")*,?\s+and\s+" + ONE_WORDS + r")(?=\s*(?:[,;:)]|" + DASH + r"|\.?$|\.\s))")
# a frequency in one word ('won it twice'), which the extractor leaves out (it is no multiple)
FREQUENCY_WORD = re.compile(r"\b(?:twice|thrice)\b", re.I)
# the item after a closed dash aside: 'and the D unit' then a verb's auxiliary or punctuation
LAST_AFTER_DASH = re.compile(r"\s*and\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,2}?)(?=\s*[,.;]|\s+(?:"
                             + "|".join(sorted(COUNT_AUXILIARIES)) + r"|[a-z]+ed)\b)")
PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:its|their|his|her|our|the)\s", re.I)
# 'three rivals, A and B among them': the items are some of what was counted
PARTIAL_AFTER = re.compile(r"\s(?:among|including|included|too|also|both|each|all)\b", re.I)
OPEN_ENDED = re.compile(r"\b(?:and others|among others|and more|etc\.?|and so on|or more|among them)\s*$", re.I)
# 'two of the five boys', 'the first of its three' (the count is the whole of a partitive); 'more than', 'per', 'every'
PARTITIVE_BEFORE = re.compile(r"\b(?:(?:\d+|" + units_re(1, 19) + r"|some|all|most|many|several|none|each|both|half|few|any|either|"
                              r"neither|rest|remainder|majority|first|second|third|last|latest|other|another)\s+(?:of|among|out of)"
                              r"|among|than|per|every)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
ONE_OF = re.compile(r"\b(?:one|either|neither|any|each)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# 'between 10 and 20' is a range; 'talks between the two countries, A and B' counts the parties it names
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# a bare number after 'to', 'from' or 'of' is an end of a change or a share ('bring the total to 19'), after
# 'below', 'above' or 'than' a level ('oxygen below 5'); with
# its counted noun ('delivered to six airlines', 'made up of five members') it opens a list
BARE_AFTER = re.compile(r"\b(?:of|to|from|below|above|than)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
NUMBERISH = re.compile(r"^(?:\W*)(?:\d|(?:" + units_re(1, 12) + r"|a dozen|"
                       r"dozens|hundreds|thousands|half|both|all|most|some|several|many|none)\b)", re.I)
# Names with 'and' inside that the parser may split: a separator inside them does not split.
AND_NAMES = re.compile(r"\b(?:" + "|".join(AND_NAME_PATTERNS) + r")\b")
# a name as a list before its count writes it: capitalised words, 'of (the)' between them ('Bank of Japan')
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*"
# 'in Oslo, Bergen and Tromso, the three largest cities of Norway': the count in apposition after its list
LIST_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME + r")*,?\s+and\s+" + _LISTED_NAME
                         + r"),\s+(?:the\s+)?$")
# what may follow the count in that apposition before it closes: a few words, 'of' and a name
# (or a 'with/where/whose' phrase on them that ends the sentence: '..., the three western regions of X with large estates.')
APPOSITION_REST = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?"
                             r"(?:\s*(?:,|;|" + DASH + r"|\.?$)|\s+(?:with|where|whose)\s[^;:()\d]*?\.?$)")
# 'A and B are among six firms that bid, the others being C, D, E and F': a list split around its count
AMONG = re.compile(r"(?P<first>" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME + r")*,?\s+and\s+" + _LISTED_NAME + r")\s+"
                   r"(?:are|were)\s+(?:(?:also|both)\s+)?among\s+(?:the\s+)?(?=\w)")
OTHERS_BEING = re.compile(r",\s+(?:with\s+)?the\s+others?\s+being\s+")
# 'A with $5 billion, B $3 billion and C $2 billion': each item followed by its figure (a currency, a
# scale or a unit word after the number; a bare number may be part of a name, 'Flight 574')
FIGURE_TAIL = re.compile(r"(?:,?\s+(?:with|at|on)\b)?\s+(?:[$€£¥]\s?\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m))?"
                         r"|\d[\d.,]*\s*(?:%|percent|per cent|(?:million|billion|trillion)(?:\s+[a-z]{2,}s)?|[a-z]{2,}s))\s*$")
NAME_REACH = 200  # characters: no name is longer, and a list's trailing region follows its last item closely
CONNECTORS = {"of", "the", "and", "de", "la", "le", "du", "des", "von", "van", "der", "den", "da", "di", "del",
              "for", "on", "in", "al", "el", "bin", "&", "y", "e", "'s", "’s"}


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """One relation per count that opens a list ('N things - A, B and C -', 'N things: A, B and C',
    'N things, A and B,', 'the N things were A, B and C'). Dash and colon lists are delimited, so a
    mismatch fails; a comma or copula list is recognised only when every item looks like a proper
    name, and its mismatch warns."""
    ctx = Context(doc, claims)
    names = sorted((c for c in claims if c.kind is Kind.NAME), key=lambda n: n.start)
    starts = [n.start for n in names]
    relations = []
    for c in claims:
        whole_of_one = not _opens_list(ctx, c) and _whole_of_one(ctx, c)
        if not _opens_list(ctx, c) and not whole_of_one:
            continue
        # Only the names around the count's sentence can sit in its list (a long document has many).
        s, e = ctx.sentence(c)
        near = names[bisect_left(starts, s - NAME_REACH):bisect_right(starts, e + NAME_REACH)]
        found = _list_after(ctx, c, near) or _parsed_list(ctx, c)
        if found is None:
            continue
        items, span, form, phrase = found
        listed = "; ".join(text for text, _ in items)
        n = len(items)
        if form in ("comma", "copula", "parsed") and abs(n - c.value) >= 2 and not PARTITIVE_AFTER.match(ctx.doc.text, c.end):
            # recognised only by its look (or, parsed, by a weak tie: a comma, a back reference, a place filled
            # again), and far from the count: not the list the count is of (a partitive, 'three of its rivals,
            # A, B and C', names its members whatever the gap)
            continue
        if whole_of_one and form not in ("colon", "dash", "far-colon"):
            continue  # 'one of three rivals, A and B': the names may be the one and another
        if form == "aged" and n < c.value:
            continue  # fewer ages than members: ages may be shared ('five boys aged 14, 15 and 16')
        if form == "examples" and (n < c.value or n - c.value >= 2):
            continue  # fewer examples than the count is what 'such as' says; far more, other things listed
        # a comma or copula list is recognised from its items' look; 'aged 12 and 14' of one may be a range
        # new shapes without tune evidence ('namely' with no closing dash, items with their figures) are weak
        weak = whole_of_one or form in ("comma", "copula", "far-colon", "dash-and", "namely-open", "figures", "parsed", "examples", "ones") or form == "aged" and n < 3 or \
            form == "namely" and not all(_name_like(t) for t, _ in items)
        relations.append(Relation(
            id=ctx.relation_id(CHECK, c), doc_id=doc.id, check=CHECK, claims=(c.id,),
            spans=merge_spans([c.span, span]), stated=float(c.value), computed=float(n),
            working=f"{n} listed ({listed})", hedge="weak" if weak else "exact", said=phrase,
            messages=(f"\u201c{phrase}\u201d and {n} listed: {listed}",
                      f"\u201c{phrase}\u201d but {n} listed: {listed}"),
        ))
    relations += _list_before(ctx, {r.claims[0] for r in relations})
    relations += _split_around(ctx, names, {r.claims[0] for r in relations})
    relations += _named_later(ctx, names, {r.claims[0] for r in relations})
    relations += _times_in_years(ctx)
    return relations


def _list_before(ctx: Context, used: set[str]) -> list[Relation]:
    """'Prices rose in Oslo, Bergen and Tromso, the three largest cities of Norway.': a count set in
    apposition (by the parse) right after a coordination of names counts them. Recognised from the
    names' look, so the relation is weak."""
    relations = []
    text = ctx.doc.text
    for c in ctx.claims:
        if c.id in used or not _opens_list(ctx, c) or c.attrs.role != "appos":
            continue
        s, e = ctx.sentence(c)
        m = LIST_BEFORE.search(text, s, c.start)
        rest = APPOSITION_REST.match(text, c.end, e)
        if m is None or rest is None:
            continue
        first = m.start(1)
        lead = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[first:m.end(1)])
        if lead and lead.group(1).lower() in LIST_LEAD_WORDS:
            first += lead.end()
        cuts = [first] + [p for x in SEPARATOR.finditer(text, first, m.end(1)) for p in x.span()] + [m.end(1)]
        items = [(text[a:b], (a, b)) for a, b in zip(cuts[::2], cuts[1::2])]
        if len(items) < 2 or not all(_name_like(t) for t, _ in items):
            continue
        n = len(items)
        listed = "; ".join(t for t, _ in items)
        phrase = text[c.start:c.end]
        relations.append(Relation(
            id=ctx.relation_id(CHECK, c), doc_id=ctx.doc.id, check=CHECK, claims=(c.id,),
            spans=merge_spans([(items[0][1][0], items[-1][1][1]), c.span]), stated=float(c.value), computed=float(n),
            working=f"{n} listed ({listed})", hedge="weak", said=phrase,
            messages=(f"\u201c{phrase}\u201d and {n} listed: {listed}", f"\u201c{phrase}\u201d but {n} listed: {listed}")))
    return relations


def _split_around(ctx: Context, names: list[Claim], used: set[str]) -> list[Relation]:
    """'Acme and Borel are among six firms that bid, the others being Castor, Delta, Egret and
    Falcon': the names before 'are among N', and those after 'the others being' in the same
    sentence, are the N together. Recognised from the names' look, so the relation is weak."""
    relations = []
    text = ctx.doc.text
    for s, e in ctx.doc.sentences:
        m = AMONG.search(text, s, e)
        if m is None:
            continue
        c = next((x for x in ctx.claims if x.start == m.end() and x.id not in used and _countable(x)), None)
        rest = OTHERS_BEING.search(text, m.end(), e)
        if c is None or rest is None or any(is_count(x) and c.end <= x.start < rest.start() for x in ctx.claims):
            continue
        first = m.start("first")
        lead = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[first:m.end("first")])
        if lead and lead.group(1).lower() in LIST_LEAD_WORDS:
            first += lead.end()
        cuts = [first] + [p for x in SEPARATOR.finditer(text, first, m.end("first")) for p in x.span()] + [m.end("first")]
        before = [(text[a:b], (a, b)) for a, b in zip(cuts[::2], cuts[1::2])]
        end = _trim_end(text, rest.end(), e)
        after = _split(_without_ages(text, rest.end(), end), rest.end(), end, [n for n in names if s <= n.start < e])
        after = _cut_after_last(after) if after is not None else None
        if not after or len(before) < 1 or not all(_name_like(t) for t, _ in before + after):
            continue
        items = before + after
        n = len(items)
        listed = "; ".join(t for t, _ in items)
        phrase = text[c.start:c.end]
        relations.append(Relation(
            id=ctx.relation_id(CHECK, c), doc_id=ctx.doc.id, check=CHECK, claims=(c.id,),
            spans=merge_spans([(before[0][1][0], before[-1][1][1]), c.span, (after[0][1][0], after[-1][1][1])]),
            stated=float(c.value), computed=float(n), working=f"{n} listed ({listed})", hedge="weak", said=phrase,
            messages=(f"\u201c{phrase}\u201d and {n} listed: {listed}", f"\u201c{phrase}\u201d but {n} listed: {listed}")))
    return relations


def _named_later(ctx: Context, names: list[Claim], used: set[str]) -> list[Relation]:
    """'Police found the bodies of all five women. ... The murdered women are A, B, C, D and E.': a
    sentence that opens with a definite plural noun and names its members after 'are' or 'were',
    taken back to the last count within the three sentences before, which must count that noun. The
    noun is matched as written, so the relation is weak."""
    relations = []
    text = ctx.doc.text
    counts = [c for c in ctx.claims if is_count(c) and c.unit and 2 <= c.value <= 20 and c.id not in used
              and not c.attrs.range and not c.attrs.hedge]
    for s, e in ctx.doc.sentences:
        m = NAMED_LATER.match(text, s, e)
        if m is None:
            continue
        noun = m.group(1).lower()
        here = ctx.sentence_index(s)
        before = [c for c in counts if c.end <= s and here - ctx.sentence_index(c.start) <= 3]
        if not before or before[-1].unit != noun or any(c.unit == noun for c in ctx.claims if s <= c.start < e):
            continue
        c = before[-1]
        found = _list_after(ctx, c, [n for n in names if s <= n.start < e], at=(m, e))
        if found is None:
            continue
        items, span, _, phrase = found
        n = len(items)
        if abs(n - c.value) >= 2:
            continue
        listed = "; ".join(t for t, _ in items)
        used.add(c.id)
        relations.append(Relation(
            id=ctx.relation_id(CHECK, c), doc_id=ctx.doc.id, check=CHECK, claims=(c.id,),
            spans=merge_spans([c.span, span]), stated=float(c.value), computed=float(n),
            working=f"{n} listed ({listed})", hedge="weak", said=phrase,
            messages=(f"\u201c{phrase}\u201d and {n} listed: {listed}", f"\u201c{phrase}\u201d but {n} listed: {listed}")))
    return relations


def _times_in_years(ctx: Context) -> list[Relation]:
    """'has expanded three times, in 1960, 1971 and 1985'; 'won it twice, in 2001 and 2005'; 'three
    more times: in 1998 under A, and in 2004 in B': a number of times and the years listed after it
    in its sentence, one occasion a year. Two occasions may fall in one year, so the relation is weak."""
    relations = []
    text = ctx.doc.text
    anchors = [(float(c.value), c.span, c) for c in ctx.claims
               if c.kind is Kind.QUANTITY and c.unit == "times" and float(c.value).is_integer() and 2 <= c.value <= 20
               and not c.attrs.hedge and not c.attrs.range]
    for s, e in ctx.doc.sentences:
        # 'met twice' (a frequency, not extracted as a quantity; 'twice the size' is a multiple)
        for m in FREQUENCY_WORD.finditer(text, s, e):
            after = re.match(r"\s*([a-z]+)", text[m.end():e])
            if not (after and after.group(1) in MULTIPLE_AFTER):
                anchors.append((float(MULTIPLIER_WORDS[m.group(0).lower()]), m.span(), None))
    for value, span, c in anchors:
        years = [d for d in ctx.claims if d.kind is Kind.DATE and isinstance(d.value, str) and re.fullmatch(r"\d{4}", d.value)
                 and d.start >= span[1] and ctx.sentence_index(d.start) == ctx.sentence_index(span[0])]
        if len(years) < 2 or not YEARS_OPENING.fullmatch(text[span[1]:years[0].start]):
            continue
        listed = [years[0]]
        for a, b in zip(years, years[1:]):
            gap = ctx.between(a, b)
            if not (YEAR_GAP.fullmatch(gap) or YEAR_PP_GAP.fullmatch(gap)):
                break
            listed.append(b)
            if re.search(r"\band\b", gap):
                break
        if len(listed) < 2 or not re.search(r"\band\b", ctx.between(listed[-2], listed[-1])):
            continue
        distinct = sorted({d.value for d in listed})
        n = len(distinct)
        phrase = text[span[0]:span[1]]
        ids = ((c.id,) if c is not None else ()) + tuple(d.id for d in listed)
        relations.append(Relation(
            id=ctx.relation_id(CHECK, *([c] if c is not None else listed)), doc_id=ctx.doc.id, check=CHECK, claims=ids,
            spans=merge_spans([span] + [d.span for d in listed]), stated=value, computed=float(n),
            working=f"{n} years listed ({'; '.join(distinct)})", hedge="weak", said=phrase,
            messages=(f"\u201c{phrase}\u201d and {n} years listed: {', '.join(distinct)}",
                      f"\u201c{phrase}\u201d but {n} years listed: {', '.join(distinct)}")))
    return relations


def _countable(c: Claim) -> bool:
    """A small exact count of things (not a share, an amount or a range)."""
    if not is_count(c) or not 2 <= c.value <= 20 or c.attrs.range or c.attrs.hedge:
        return False
    if c.attrs.additive and "other" not in (c.attrs.counted or ()):
        return False  # 'three more', 'another two'; but 'three other banks are A, B and C' names them
    return not (c.unit and (c.unit in ("thirds", "quarters", "halves") or not re.fullmatch(r"[a-z][a-z\-]*", c.unit)))


def _whole_of_one(ctx: Context, c: Claim) -> bool:
    """'one of three rivals in the final: A, B and C': the whole a single member is taken from; a list set off
    after it by a colon or dash has more than one item, so it names the whole."""
    before = ctx.doc.text[ctx.sentence(c)[0]:c.start]
    return _countable(c) and bool(c.unit) and bool(ONE_OF.search(before))


def _opens_list(ctx: Context, c: Claim) -> bool:
    before = ctx.doc.text[ctx.sentence(c)[0]:c.start]
    # 'raise it to four, namely, in A, B, C and D': a list announced right after a bare end of a change says what
    # it counts (a level, 'below 5, namely ...', is still no count)
    bare = None if c.unit else BARE_AFTER.search(before)
    named = bare is not None and bare.group(0).split()[0].lower() == "to" and re.match(r",?\s*namely\b", ctx.doc.text[c.end:c.end + 12], re.I)
    return _countable(c) and not PARTITIVE_BEFORE.search(before) and not (bare and not named) \
        and not (BETWEEN_BEFORE.search(before) and not c.unit)


def _list_after(ctx: Context, c: Claim, names: list[Claim], at: tuple[re.Match, int] | None = None
                ) -> tuple[list[tuple[str, tuple[int, int]]], tuple[int, int], str, str] | None:
    """The items of the list that follows ``c`` (or, with ``at``, the copula list that match opens in
    a sentence ending at the given offset), the list's span, its form and the count phrase as
    written; None when what follows is not a complete list."""
    text = ctx.doc.text
    _, sent_end = ctx.sentence(c)
    pos = c.end + len(re.match(r"[\w'’\-]*", text[c.end:]).group(0))  # 'Three co' -> 'Three co-defendants'
    if at is not None:
        (m, sent_end), form = at, "copula"
        return _items(ctx, c, names, m, form, sent_end, text[c.start:pos])
    m, form = _opener(text, pos, sent_end)
    if m is None and c.attrs.role == "subject":
        # 'The three winners were A, B and C': the list is the complement of the count's copula
        m = COPULA.match(text, pos, sent_end)
        form = "copula" if m else ""
    if m is None:
        # "three Acme's directors: A, B and C": a few more words of the noun phrase, then a colon or dash
        m = NOUN_THEN_OPENER.match(text, pos, sent_end)
        if m is not None:
            pos = m.end(1)
            m, form = _opener(text, pos, sent_end)
            form = form if form in ("colon", "dash") else ""
            m = m if form else None
    if m is None and c.attrs.noun:
        # 'three of its former rivals, A, B and C', "three Rally's directors: A, B and C": the list
        # follows the counted noun the parse bound to the count, a few words on
        noun = _noun_after(text, pos, sent_end, c.attrs.noun)
        if noun is not None:
            pos = noun
            m, form = _opener(text, pos, sent_end)
    ages = _ages_after(text, pos, sent_end, c) or _ones_after(text, pos, sent_end, c)
    if ages is not None:
        return ages
    if m is None and c.unit:
        far = FAR_COLON.match(text, pos, sent_end)
        if far is not None:
            m, form = re.compile(r"(:\s+)").match(text, far.end(1), sent_end), "far-colon"
    found = _items(ctx, c, names, m, form, sent_end, text[c.start:pos]) if m is not None else None
    if found is None:
        # 'Four firms had bid, namely A, B and C'; 'four bidders - all foreign - namely A, B and C'
        namely = _namely(ctx, c, pos, sent_end)
        if namely is not None and (m is None or namely.start() >= m.start()):
            found = _items(ctx, c, names, namely, "namely", sent_end, text[c.start:pos])
    return found


def _parsed_list(ctx: Context, c: Claim):
    """The list the parse sets beside the count (``QuantityAttrs.listed``, extract/names.py) when the written
    shapes above find none. Set off by a colon, dash, bracket, 'namely' or 'identified as', with items of the
    kind the count counts (or of no kind the labels tell), it is the count's members ('exact'); a comma
    apposition, or items the labels give another kind, only 'parsed' (weak)."""
    offsets = c.attrs.listed
    if not offsets:
        return None
    text = ctx.doc.text
    items = [(text[a:b], (a, b)) for a, b in zip(offsets[::2], offsets[1::2])]
    if OPEN_ENDED.search(text[items[-1][1][0]:items[-1][1][1] + 12]):
        return None
    exact = c.attrs.listed_by in ("colon", "dash", "paren", "namely") and c.attrs.listed_fits is not False \
        or c.attrs.listed_by == "as" and c.attrs.listed_fits is True
    noun_end = c.end + len(re.match(r"[\w'’\-]*", text[c.end:]).group(0))
    return items, (items[0][1][0], items[-1][1][1]), "parsed-exact" if exact else "parsed", text[c.start:noun_end]


def _namely(ctx: Context, c: Claim, pos: int, sent_end: int) -> re.Match | None:
    """'namely' after the count in its sentence, when no other count that could open a list comes
    between them (a level, 'below 5', cannot)."""
    m = NAMELY.search(ctx.doc.text, pos, min(sent_end, pos + NAMELY_REACH))
    if m is None or any(is_count(x) and c.end <= x.start < m.start() and _opens_list(ctx, x) for x in ctx.in_sentence(c)):
        return None
    return m


def _items(ctx: Context, c: Claim, names: list[Claim], m: re.Match, form: str, sent_end: int, phrase: str):
    text = ctx.doc.text
    start = m.end()
    intro = INTRO.match(text, start, sent_end).group(0)
    start += len(intro)
    if form == "comma" and intro.lower().startswith("namely"):
        form = "namely"  # 'five times, namely in A, B and C': said to be all of them
    examples = EXAMPLES.match(text, start, sent_end) if form in ("comma", "colon", "dash") else None
    if examples is not None:
        start = examples.end()
    if PARTIAL.match(text[start:sent_end]) or DESCRIPTION.match(text, start, sent_end):
        return None
    if form in ("comma", "copula") and IN_COORDINATION.search(text[max(0, c.start - 60):c.start]):
        return None  # 'talks among China, the two Koreas, A and B': the count is one item of a longer list
    if form in ("dash", "namely"):
        close = re.compile(DASH + r"|;|\(|\)").search(text, start, sent_end)
        end, closed = (close.start(), True) if close else (sent_end, False)
    elif form in ("colon", "far-colon"):
        close = re.compile(r";|\(|" + DASH).search(text, start, sent_end)
        end, closed = (close.start(), bool(close)) if close else (sent_end, False)
    else:
        end, closed = sent_end, False
    end = _trim_end(text, start, end)
    # the parse's conjunctions over the tagger's spans: a name the parse cuts into items ('namely A, B and C' with
    # 'A, B' tagged one place) is no name that a separator inside it leaves whole
    cut = c.attrs.listed[::2]
    names = [n for n in names if not any(n.start < a < n.end for a in cut)]
    items = _split(_without_ages(text, start, end), start, end, names)
    if items is not None and _and_inside_item(items):
        return None  # 'A and B, C for D and E': an item with its own 'and', or two lists; which is unknown
    if items is None and form == "dash" and closed:
        # 'five units - the A unit, the B unit, the C unit - and the D unit': an aside without a
        # conjunction, the last item after it
        last = LAST_AFTER_DASH.match(text, close.end(), sent_end)
        inner = _split(_without_ages(text, start, end), start, end, names, need_conjunction=False)
        # when the aside alone has the count's number, the item after it may be added to them
        # ('two ministers - A, B - and the premier resigned'): both readings agree, say nothing
        if last is not None and inner is not None and len(inner) >= 2 and len(inner) != c.value:
            form = "dash-and"
            item = last.group(1)
            items = inner + [(item, last.span(1), last.group(0)[:last.start(1) - last.start()])]
    if items is None:
        return None
    if form in ("comma", "copula") or not closed:
        # The list ends with the item after the last conjunction, at the next comma.
        items = _cut_after_last(items)
        if items is None:
            return None
    else:
        items = [(t, s) for t, s, _ in items]
    if not closed and items:
        items[-1] = _before_date(ctx, c, *items[-1])
    if len(items) < 2 or OPEN_ENDED.search(items[-1][0]) or PARTIAL_AFTER.search(items[-1][0]):
        return None
    if not closed and form == "comma" and c.attrs.role in ("subject", "object"):
        # (a count in an opening phrase, 'after three rounds, A and B lead', is no apposition of theirs)
        items[-1] = _name_then_clause(text, names, *items[-1])
    tails = [FIGURE_TAIL.search(t) for t, _ in items]
    figures = all(tails) and all(f.start() > 0 for f in tails)
    if figures:
        if c.unit and any(re.search(r"\b" + re.escape(c.unit[:-1] if c.unit.endswith("s") else c.unit), f.group(0)) for f in tails):
            return None  # '12 medals: A 5 medals, B 4 medals and C 3 medals' is a breakdown (arithmetic)
        items = [(t[:f.start()], (a, a + f.start())) for (t, (a, _)), f in zip(items, tails)]
    if any(_name_like(t) for t, _ in items) and any(re.match(r"(?:a|an)\s", t, re.I) for t, _ in items[1:]):
        return None  # 'A, 25, a teacher, B and C': a description set after a name is no item of its own
    shared = SHARED_PREPOSITION.match(items[0][0])
    if shared and all(_name_like(t) for t, _ in items[1:]):
        items = [(t[len(p.group(0)):], (a + len(p.group(0)), b)) if p else (t, (a, b))
                 for t, (a, b) in items for p in [SHARED_PREPOSITION.match(t)]]
    head = ITEM_HEAD.match(items[0][0])
    if head and all(_name_like(t) for t, _ in items[1:]) and _name_like(items[0][0][head.end():]):
        (first, (a, b)) = items[0]
        items[0] = (first[head.end():], (a + head.end(), b))
    for k, (item, _) in enumerate(items):
        words = item.split()
        if not words or len(words) > 7 or NUMBERISH.match(item) or re.search(r"\d", item) and not _name_like(item):
            return None
        if form == "far-colon" and not (_name_like(item) or len(words) <= 4 and any(w[:1].isupper() for w in words[1:])):
            return None  # 'the Acme plan' may be an item; a clause after the colon may not
        if (form in ("comma", "copula") or (not closed and k == len(items) - 1 and len(words) > 4)) and not _name_like(item):
            return None
    if _city_state_pairs(items, names, c.value) or _region_follows(text, items[-1][1][1], names):
        return None
    span = (items[0][1][0], items[-1][1][1])
    if examples is not None:
        form = "examples"
    elif form == "namely" and not closed:
        form = "namely-open"
    elif figures and form in ("dash", "colon"):
        form = "figures"
    return items, span, form, phrase


def _before_date(ctx: Context, c: Claim, item: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """An open list's last item ends where a date of the sentence begins ('..., Hungary and Poland on
    Friday'), without the preposition that introduces it."""
    date = next((d for d in ctx.in_sentence(c, Kind.DATE) if span[0] < d.start < span[1]), None)
    if date is None:
        return item, span
    m = re.match(r"(.*?)(?:\s+(?:on|in|at|last|this|since|from|by|until))*\s*$", ctx.doc.text[span[0]:date.start], re.S)
    cut = m.group(1)
    return cut, (span[0], span[0] + len(cut))


def _name_then_clause(text: str, names: list[Claim], item: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """'the top two, A B and C D led the heats': an apposition the writer did not close with a comma ends
    with the name the tagger found at the start of its last item, when lower-case words (the clause) follow."""
    name = next((n for n in names if n.start == span[0] and n.end < span[1]), None)
    if name is None or not re.match(r"\s+[a-z]", text[name.end:span[1]]):
        return item, span
    return text[span[0]:name.end], (span[0], name.end)


def _ages_after(text: str, pos: int, end: int, c: Claim):
    """'the four grandchildren, aged two, five, nine and 14,': one age per member counted."""
    m = AGES.match(text, pos, end)
    if m is None:
        return None
    items = [(x.group(0), (x.start(), x.end())) for x in re.finditer(AGE_ITEM, text[:m.end()]) if x.start() >= m.start(1)]
    if len(items) < 2:
        return None
    return items, (items[0][1][0], items[-1][1][1]), "aged", text[c.start:pos]


def _ones_after(text: str, pos: int, end: int, c: Claim):
    """'two forums, one in Lima and one in Quito': one member per 'one' (the last may be 'another' or 'the
    other'), each with its own words and no figure."""
    m = ONES.match(text, pos, end)
    if m is None:
        return None
    cuts = [m.start(1)] + [p for x in ONE_SEPARATOR.finditer(text, m.start(1), m.end(1)) for p in x.span()] + [m.end(1)]
    items = [(text[a:b], (a, b)) for a, b in zip(cuts[::2], cuts[1::2])]
    return items, (items[0][1][0], items[-1][1][1]), "ones", text[c.start:pos]


def _opener(text: str, pos: int, end: int) -> tuple[re.Match | None, str]:
    for pattern, form in OPENERS:
        m = pattern.match(text, pos, end)
        if m:
            return m, form
    return None, ""


def _noun_after(text: str, pos: int, end: int, noun: str) -> int | None:
    """Where the counted noun (singular as bound, or its plural) ends, when at most four words
    without punctuation come between the count and it."""
    forms = {noun, noun + "s", noun + "es"} | ({noun[:-1] + "ies"} if noun.endswith("y") else set())
    m = re.compile(r"(?:\s+[A-Za-z][\w'’\-]*){0,4}?\s+(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")\b",
                   re.I).match(text, pos, end)
    return m.end() if m else None


def _without_ages(text: str, start: int, end: int) -> str:
    """The text with people's ages blanked inside the list ('Ann Lee, 25, and 19-year-old Bo Tan'):
    an age in apposition belongs to the item before it, not an item of its own. Offsets are kept."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    middle = AGE_IN_LIST.sub(blank, text[start:end])
    return text[:start] + middle + text[end:]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .,;\"'”’\n":
        end -= 1
    return end


def _split(text: str, start: int, end: int, names: list[Claim], need_conjunction: bool = True
           ) -> list[tuple[str, tuple[int, int], str]] | None:
    """Items between separators, each with its span and the separator before it (so the last
    conjunction can be found). A separator inside a name ('Bosnia and Herzegovina') does not split."""
    protected = [(n.start, n.end) for n in names if n.start < end and n.end > start and not _merged_items(text, n, start, end)]
    protected += [m.span() for m in AND_NAMES.finditer(text, start, end)]
    items = []
    cursor, sep_before = start, ""
    for m in SEPARATOR.finditer(text, start, end):
        if any(s < m.start() and m.end() < e for s, e in protected):
            continue
        items.append((cursor, m.start(), sep_before))
        cursor, sep_before = m.end(), m.group(0)
    items.append((cursor, end, sep_before))
    out = []
    for s, e, sep in items:
        item = text[s:e].strip()
        if not item:
            return None
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        out.append((item, (s + lead, s + lead + len(item)), sep))
    if need_conjunction and not any(CONJUNCTION.match(sep) for _, _, sep in out):
        return None
    return out


def _merged_items(text: str, name: Claim, start: int, end: int) -> bool:
    """'namely Alvor, Corvo and Esker' with 'Alvor, Corvo' tagged as one organisation: a name in the list (not
    a place, which is written 'city, region') that holds a list comma between two capitalised words is two
    items the tagger merged."""
    return name.label != "GPE" and start <= name.start and name.end <= end \
        and bool(re.search(r"[A-Za-z],\s+(?:the\s+)?[A-Z]", name.text))


def _and_inside_item(items) -> bool:
    """A list opening 'A and B, C ... and D': the first 'and' joins the words of one item or closes a
    list of two, and which is unknown. ('A, B and C, who ... and ...' is a series, then its clause.)"""
    seps = [sep for _, _, sep in items[1:]]
    if not seps or not CONJUNCTION.match(seps[0]) or seps[0].lstrip().startswith(","):
        return False
    comma = next((k for k in range(1, len(seps)) if not CONJUNCTION.match(seps[k])), None)
    return comma is not None and any(CONJUNCTION.match(x) for x in seps[comma + 1:])


def _cut_after_last(items):
    """Keep items up to the first one preceded by a conjunction; the list ends there."""
    for k, (_, _, sep) in enumerate(items):
        if CONJUNCTION.match(sep):
            return [(t, s) for t, s, _ in items[: k + 1]]
    return None


def _name_like(item: str) -> bool:
    """'Team Kestrel', 'the Interior Ministry', "the Port Workers' Union": capitalised words with
    the small words of names between them."""
    words = item.replace("’", "'").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    # a number inside a name ('Flight 574', 'Palapa B-2') only after its first word
    return all(w[:1].isupper() or w.lower() in CONNECTORS or w.lower().endswith("'s") and w[:1].isupper()
               or k and w.isdigit() for k, w in enumerate(words))


def _region_follows(text: str, end: int, names: list[Claim]) -> bool:
    """'..., and Reno, Nevada': a place after the last item means places are written
    'city, region' and commas do not separate items."""
    m = re.match(r",\s+", text[end:])
    return bool(m) and any(n.label == "GPE" and n.start == end + m.end() for n in names)


def _city_state_pairs(items, names: list[Claim], count: float) -> bool:
    """'two plants, in Akron, Ohio, and Reno, Nevada': places written 'city, region'
    double the items; when that would explain the difference the list is ambiguous."""
    if len(items) != 2 * count:
        return False
    places = {(n.start, n.end) for n in names if n.label == "GPE"}
    return all(any(s <= a and b <= e for s, e in places) or re.match(r"^in\s", t) for t, (a, b) in items)
