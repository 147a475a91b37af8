"""Percentages: a percent of a whole, a percent change, and shares of one whole that must sum
to 100. Tolerances come from rounding: '25 percent' allows +-0.5; rounding of the amounts it is
computed from can explain more, which warns instead of failing."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from checks.arithmetic import clause_ends
from checks.context import Context, change_pairs, hedge_of, is_count, is_percent, num, rounding, sole_earlier_amount
from factlint.extract.lexicon import (APPROX_WORDS, BACK_REFERENCE_SUBJECTS, OBTAIN_VERBS, COUNT_STOP_WORDS, FALL_WORDS, MEASURE_NOUNS, MONEY_REFERENCE_NOUNS, REST_BEFORE, RISE_WORDS,
                                      SAMPLE_NOUNS, STAKE_NOUNS, singular)
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHANGE_WORDS = re.compile(r"\b(rose|rise|rises|rising|risen|increase[sd]?|increasing|grew|grow|growth|gain(?:ed|s)?|jump(?:ed|s)?|climb(?:ed|s)?|"
                          r"up|higher|more|fell|fall|falls|falling|fallen|drop(?:ped|s)?|decline[sd]?|declining|decrease[sd]?|"
                          r"down|lower|less|cut|slump(?:ed)?|plunge[sd]?|sank|slid|shrank|soar(?:ed)?)\b", re.I)
CHANGE_VERBS = RISE_WORDS | FALL_WORDS
STAKE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(STAKE_NOUNS)) + r")s?\b", re.I)  # 'a 55 percent stake in'
OR_BEFORE = re.compile(r"(?:,\s*or|\(|—|–|\bor|\bis|\bwas|\bare|=|,)\s*(?:about|nearly|almost|some|roughly|around|just\s+over|just\s+under)?\s*$")


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Percent of a whole, percent change between two values, shares summing to 100."""
    ctx = Context(doc, claims)
    moved, parts = moves(ctx), shares_of(ctx)
    used = {cid for r in (*moved, *parts) for cid in r.claims}
    wholes = [r for r in of_whole(ctx) if not used & set(r.claims)]
    changed = [r for r in changes(ctx) if not used & set(r.claims)]
    used |= {cid for r in (*wholes, *changed) for cid in r.claims}
    restated = restated_moves(ctx, used)
    used |= {cid for r in restated for cid in r.claims}
    across = moves_across(ctx, used)
    return [*parts, *wholes, *moved, *changed, *restated, *across, *moves_back(ctx, used), *shares(ctx)]


def shares_of(ctx: Context) -> list[Relation]:
    """A percent that restates a part of a whole, as the parse binds them: 'A of the N [things],
    or P percent' -> P = A / N."""
    relations = []
    for p in ctx.claims:
        if not is_percent(p) or not p.attrs.restates:
            continue
        part = ctx.by_id.get(p.attrs.restates)
        whole = ctx.by_id.get(part.attrs.part_of or "") if part is not None else None
        if part is None or whole is None or not _amount(part) or not _amount(whole) or part.unit != whole.unit and part.unit:
            continue
        relations.append(_share(ctx, part, whole, p))
    return relations


def _share(ctx: Context, part: Claim, whole: Claim, p: Claim) -> Relation:
    """percentages.of-whole: the stated percent ``p`` against part / whole, with the slack that
    rounding of the two amounts explains."""
    share = part.value / whole.value * 100
    slack = 100 * (rounding(part) / whole.value + part.value * rounding(whole) / whole.value ** 2)
    return Relation(
        id=ctx.relation_id("percentages.of-whole", part, whole, p), doc_id=ctx.doc.id, check="percentages.of-whole",
        claims=(part.id, whole.id, p.id), spans=merge_spans([part.span, whole.span, p.span]),
        stated=float(p.value), computed=round(share, 4), tolerance=rounding(p), slack=slack,
        working=f"{num(part.value)} / {num(whole.value)} = {share:.1f}%", said=f"{num(p.value)}%", hedge=hedge_of(part, whole, p))


def _amount(c: Claim) -> bool:
    """A figure a percent can be of or change: not a percent, and not a fraction ('a quarter of the
    households' is itself a share of its whole, never the start or end of a change)."""
    fraction = c.value < 1 and c.attrs.numerals is None
    return c.kind is Kind.QUANTITY and not is_percent(c) and c.label in ("CARDINAL", "MONEY") and c.value > 0 and not fraction


def of_whole(ctx: Context) -> list[Relation]:
    """'45 of its 180 members, or 25 percent'; '36 of 600 patients (6 percent)'; 'employs
    180,000 people, of whom 72,000, or 40 percent'; 'Turnout was 60 percent, with 96,000 of the
    160,000 voters'."""
    relations = []
    for p in ctx.claims:
        if not is_percent(p):
            continue
        amounts = [c for c in ctx.in_sentence(p, Kind.QUANTITY) if _amount(c)]
        part = whole = None
        weak = False
        before = [c for c in amounts if c.end <= p.start]
        after = [c for c in amounts if c.start >= p.end]
        if len(before) >= 2 and _of_link(ctx.between(before[-2], before[-1])) and OR_BEFORE.search(ctx.between(before[-1], p)) \
                and len(ctx.between(before[-1], p)) < 40:
            part, whole = before[-2], before[-1]  # "3.6 million of 12 million is 30 percent"
        elif before and (OR_BEFORE.search(ctx.between(before[-1], p)) and len(ctx.between(before[-1], p)) < 25
                         or RESTATES_PART.search(ctx.between(before[-1], p))):
            part = before[-1]
            whole = _whole_for(ctx, part, before[:-1])
            gap = re.sub(r"^\s*[,)]\s*", " ", ctx.between(p, after[0])) if after else ""
            if whole is None and after and (_of_link(gap) or NESTED_OF.fullmatch(gap) and _same_measure(part, after[0])):
                whole = after[0]  # 'A, or P percent, of its N members'; 'A, or P% of the total NOUN of N'
            elif whole is None and after and NESTED_OF.fullmatch(gap) and is_count(part) and is_count(after[0]):
                whole, weak = after[0], True  # 'A people, or P% of the total population of N residents': two count nouns
            if whole is None and (whole := _sample_of(ctx, part, before[:-1])) is not None:
                weak = True  # 'A poll of 1,200 voters found that 540, or 45 percent, ...': bound by position
            if whole is None:
                whole, weak = _whole_named(ctx, p, part)
            if whole is None and (whole := _whole_told_before(ctx, part)) is not None:
                weak = True
            if whole is None and DEFINITE_NOUN_AFTER.match(ctx.doc.text, p.end) and (whole := sole_earlier_amount(ctx, part)) is not None:
                weak = True  # '$6 million, or 25 percent of the cost', after 'a $24 million tram line'
        elif (apposed := _apposed_to_part(ctx, p, before)) is not None:
            (part, whole), weak = apposed, True
        elif (written := _tally(ctx, p)) is not None:
            relations.append(written)
            continue
        elif len(after) >= 2 and re.match(r"^\s*(?:,?\s*(?:with|as)|:)\s+$", ctx.between(p, after[0])):
            part, whole = after[0], after[1]
            weak = ":" in ctx.between(p, after[0])  # 'Turnout was 60 percent: A of N ...': bound by the colon only
            if not _of_link(ctx.between(part, whole)):
                whole = None
        if part is None or whole is None or whole.value <= 0 or part.value > whole.value:
            continue
        r = _share(ctx, part, whole, p)
        relations.append(replace(r, hedge="weak") if weak and r.hedge == "exact" else r)
    return relations


# 'Of the N voters, A cast a ballot, a turnout of P percent': a percent apposed to the clause of a part, named by a noun
SHARE_NOUN_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}?(?:of|at)\s+$", re.I)
APPOSED_ARTICLE = re.compile(r",\s*(?:a|an|the)\s+$", re.I)  # 'A of the N ..., a P percent turnout'
OUT_OF_GAP = re.compile(r"\s+[a-z]+\s+out\s+of\s+")  # 'A voted out of N'
APPOSED_SHARE_GAP = 80  # characters between the part and the percent apposed to its clause


def _apposed_to_part(ctx: Context, p: Claim, before: list[Claim]) -> tuple[Claim, Claim] | None:
    """The part a percent is apposed to: the last figure before it is a part of a whole of its sentence
    (bound by the parse: 'A of the N', 'Of the N ..., A'), and the percent follows its clause after a comma
    as 'a NOUN of P'. The percent is bound to the pair by position: the relation passes or warns."""
    if not before or p.attrs.restates or p.attrs.hedge == "bound" or p.attrs.role in ("amount", "by") or p.attrs.direction:
        return None  # ('a cut of P percent': the amount of a change, never a share)
    ids = {c.id for c in before}
    whole = None
    if before[-1].attrs.part_of in ids:
        part = before[-1]
    elif len(before) > 1 and (before[-2].attrs.part_of == before[-1].id or OUT_OF_GAP.fullmatch(ctx.between(before[-2], before[-1]))):
        part, whole = before[-2], before[-1]  # 'A of the N ...', 'A voted out of N'
    else:
        return None
    gap = ctx.doc.text[before[-1].end:p.start]
    named = SHARE_NOUN_BEFORE.search(gap) or APPOSED_ARTICLE.search(gap) and p.attrs.modifies and p.attrs.modifies not in CHANGE_VERBS
    if len(gap) > APPOSED_SHARE_GAP or re.search(r"[;:()]", gap) or not named or gap.count(",") != 1 and part is before[-1]:
        return None
    whole = whole or ctx.by_id[part.attrs.part_of]
    return (part, whole) if _amount(whole) and (part.unit == whole.unit or not part.unit or not whole.unit) else None


TALLY_AFTER = re.compile(r"\s*\(\s*(\d{1,5})\s*(?:-of-|\s+of\s+|-for-|\s+for\s+)(\d{1,5})\s*\)")
TALLY_BEFORE = re.compile(r"(\d{1,5})\s*(?:-of-|\s+of\s+|-for-|\s+for\s+)(\d{1,5})\s*\(\s*$")


def _tally(ctx: Context, p: Claim) -> Relation | None:
    """'shot 43.5 percent (37-of-85)', '37-of-85 (43.5 percent)': a percent and the tally it is
    computed from, written against it in parentheses."""
    text = ctx.doc.text
    m = TALLY_AFTER.match(text, p.end)
    if m is None:
        m = TALLY_BEFORE.search(text, max(0, p.start - 30), p.start)
    if m is None:
        return None
    hit, of = int(m.group(1)), int(m.group(2))
    if not 0 < hit <= of:
        return None
    spans = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    inside = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.id != p.id and any(c.start < b and a < c.end for a, b in spans)]
    share = hit / of * 100
    return Relation(
        id=ctx.relation_id("percentages.of-whole", p, *inside), doc_id=ctx.doc.id, check="percentages.of-whole",
        claims=(p.id, *(c.id for c in inside)), spans=merge_spans([p.span, *spans]),
        stated=float(p.value), computed=round(share, 4), tolerance=rounding(p),
        working=f"{hit} / {of} = {share:.1f}%", said=f"{num(p.value)}%", hedge=hedge_of(p))


def _of_link(gap: str) -> bool:
    return bool(re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+(?:'s)?\s+){0,3}", gap))


# 'A, which is (about) P percent of ...', 'A(,) representing P percent of ...': the percent restates the amount before it
RESTATES_PART = re.compile(r"(?:,\s*(?:(?:which|that)\s+(?:is|was|are|were|represents|represented|accounts\s+for|accounted\s+for)"
                           r"|or\s+representing)|,?\s*(?:representing|accounting\s+for))\s+(?:about|nearly|almost|some|roughly|around)?\s*$")
# 'P percent of the total grain harvest of N': the whole is the of-complement of the noun the percent is of
NESTED_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w-]*\s+){1,4}of\s+")  # 'the total Dutch staff of N'
# 'P percent of the (total) NOUN': the noun the percent is of
PERCENT_OF_NOUN = re.compile(r"\s+of\s+(?:the|its|their)\s+((?:[A-Za-z][\w-]*\s+){0,3}?)([a-z][\w-]*)\s*(?=[,.;)]|$)")  # 'of the Asian NOUN'
# 'P percent of total aid pledged': no determiner, the noun followed by its participle
PERCENT_OF_TOTAL_NOUN = re.compile(r"\s+of\s+(?:the\s+)?total\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)\s*(?=[,.;)]|$|[a-z]+ed\b)")
WHOLE_REACH = 2  # sentences before a percent in which the whole its noun names may be stated
TOTAL_REACH = 4  # the same, for a percent of a 'total NOUN' whose whole is 'the amount/number of NOUN'



def _same_measure(part: Claim, whole: Claim) -> bool:
    """Two amounts one can be a share of the other: the same unit, or a count of things and a bare number."""
    return part.unit == whole.unit or whole.unit is None and part.label == whole.label == "CARDINAL"


def _whole_named(ctx: Context, p: Claim, part: Claim) -> tuple[Claim | None, bool]:
    """'an estimated A people, or P percent of the population', with 'a total population of N' earlier
    in the sentence, or 'public debt has risen to N' in one of the two sentences before: the whole is
    the one amount of the part's measure bound to the noun the percent is of (the subject of its
    clause, or the noun it is the of-complement of). Weak when it is in another sentence."""
    m, reach = PERCENT_OF_NOUN.match(ctx.doc.text, p.end), WHOLE_REACH
    if m is None:
        m, reach = PERCENT_OF_TOTAL_NOUN.match(ctx.doc.text, p.end), TOTAL_REACH
    if m is None:
        return None, False
    noun = singular(m.group(2))
    here = ctx.sentence_index(p.start)
    found = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.start < part.start and _amount(c) and c.id != part.id
             and 0 <= here - ctx.sentence_index(c.start) <= reach and _same_measure(part, c)
             and (c.attrs.agent == noun or c.attrs.role == "of" and c.attrs.verb == noun
                  or reach == TOTAL_REACH and _measure_of(ctx, c, noun))]
    reached = {c.attrs.clause for c in found if c.attrs.role == "to"}
    found = [c for c in found if not (c.attrs.role == "from" and c.attrs.clause in reached)]  # a share of the level reached, not the start
    if len(found) != 1 or found[0].value <= part.value:
        return None, False
    return found[0], ctx.sentence_index(found[0].start) != here


# ' of the cost', ' of its budget': a percent of a definite noun of money with no figure of its own
DEFINITE_NOUN_AFTER = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(MONEY_REFERENCE_NOUNS))
                                 + r")\b(?!\s+(?:of\s+)?[$£€\d])")


# 'Of those, A, or P percent, ...', 'Of them, ...', 'Of these, ...': a sentence opened on a set the one before counted
OPENING_ANAPHOR = re.compile(r"\s*(?:Of|Among)\s+(?:those|them|these)\b[^,.;]{0,60},\s*$")


def _whole_told_before(ctx: Context, part: Claim) -> Claim | None:
    """'The plan closes two schools with 640 pupils. Of those, 384, or 60 percent, will transfer': a sentence opened on
    'Of those' breaks down what the sentence before counted last, in the part's measure. Bound by
    position across a sentence: weak."""
    start = ctx.sentence(part)[0]
    here = ctx.sentence_index(part.start)
    if here == 0 or not OPENING_ANAPHOR.fullmatch(ctx.doc.text[start:part.start]):
        return None
    before = [c for c in ctx.of_sentence(here - 1, Kind.QUANTITY) if _amount(c) and (
        _same_measure(part, c) or part.unit is None and part.label == c.label == "CARDINAL")]  # '384' of '640 pupils'
    return before[-1] if before else None


def _measure_of(ctx: Context, c: Claim, noun: str) -> bool:
    """Whether the subject of a figure's clause is a noun of measure of ``noun``: 'the amount of aid
    pledged rose to N' for 'aid'."""
    if c.attrs.agent not in MEASURE_NOUNS:
        return False
    return bool(re.search(rf"\b{c.attrs.agent}s?\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(noun)}s?\b", ctx.before(c, 120)))


def _whole_for(ctx: Context, part: Claim, earlier: list[Claim]) -> Claim | None:
    """The whole a part is a share of: 'A of (the) B', else 'B ..., of whom/which A', else
    'A of its members' after 'represents B correspondents' (the nearest larger amount before)."""
    nxt = [c for c in ctx.in_sentence(part, Kind.QUANTITY) if c.start >= part.end and _amount(c)]
    if nxt and _of_link(ctx.between(part, nxt[0])):
        return nxt[0]
    if earlier and re.search(r"(?:^|[.\"]\s*)(?:Of|Out of)\s+(?:the|its|their)\s*$", ctx.before(earlier[0], 14)):
        return earlier[0]  # "Of the 18 million pounds invested, ... recovered 4.5 million pounds, or 25 percent"
    if earlier:
        gap = ctx.between(earlier[-1], part)
        if not _of_link(gap) and re.search(r"\bof\s+(?:whom|which)\b", gap):
            pairs = change_pairs(ctx, earlier)
            return pairs[-1][1] if pairs else earlier[-1]  # "rose to 60,000 from 40,000, of which 12,000": of the new amount
        if re.search(r"\b(?:of|among)\s+(?:its|their|his|her|them|those|these)\b", ctx.after(part, 25)):
            larger = [c for c in earlier if c.value > part.value and (c.label == part.label)]
            if larger:
                return larger[-1]
    return None


SAMPLE_OF = re.compile(r"\b(?:" + "|".join(sorted(SAMPLE_NOUNS)) + r")s?\s+of\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?$", re.I)


def _sample_of(ctx: Context, part: Claim, earlier: list[Claim]) -> Claim | None:
    """'A poll of 1,200 voters found that 540, or 45 percent, ...': the size of the sample the
    sentence opens with is the base of a bare figure found in it (or one of the sample's noun)."""
    if not earlier or not SAMPLE_OF.search(ctx.before(earlier[0], 30)):
        return None
    sample = earlier[0]
    if part.unit and part.attrs.noun != sample.attrs.noun or not is_count(sample) or sample.attrs.hedge == "bound":
        return None
    return sample


def moves(ctx: Context) -> list[Relation]:
    """A change stated on one verb of change, read from the parse: its percent (by it, or
    restating the amount: 'A, or P percent'), its start ('from') and end ('to'). With both ends,
    P = (end - start) / start; with the amount and one end, the other end follows from the
    verb's direction ('fell A to T': the start was T + A) and P = A / start."""
    relations = []
    for members in ([c for c in clause if c.attrs.range is None] for clause in ctx.clauses):
        def one(roles: tuple[str, ...], percent: bool) -> Claim | None:
            found = [c for c in members if c.attrs.role in roles and is_percent(c) == percent and not c.attrs.part_of
                     and not c.attrs.restates]
            plain = [c for c in found if not _bracketed(ctx, c)]
            if plain and len(found) > 1:
                found = plain  # '(88 million dollars to 110 million dollars)': a conversion of the ends, not an end
            return found[0] if len(found) == 1 else None
        p = one(("amount", "by"), True)
        # an object is the amount only of a verb of change ('cut 500 jobs'); of another verb it is a
        # level ('earned $2 billion, up 18 percent')
        amount = one(("amount", "by"), False) or next(
            (c for c in [one(("object",), False)] if c is not None and c.attrs.verb in CHANGE_VERBS), None)
        if p is None and amount is not None:
            p = next((c for c in members if is_percent(c) and c.attrs.restates == amount.id), None)
        if p is None or p.attrs.hedge == "bound":
            continue  # 'about P percent' is read within its hedge (it warns, never fails)
        start, end = one(("from",), False), one(("to",), False)
        direction = p.attrs.direction
        weak = False
        if start is None and end is None and amount is None:
            start, end = one(("from",), True), one(("to",), True)
        if start is not None and end is not None and is_percent(start) and is_percent(end):
            # 'a 20 percent fall from 10 percent to 8 percent': relative, or in points; when the points
            # reading holds, this is not the relative change's relation
            if abs(abs(end.value - start.value) - p.value) <= rounding(p) + rounding(start) + rounding(end) or start.value <= 0:
                continue
            old, new, working = start.value, end.value, f"({num(end.value)} - {num(start.value)}) / {num(start.value)}"
            involved, weak = (start, end, p), True
        elif start is not None and end is not None:
            if not _amount(start) or not _amount(end) or start.unit != end.unit:
                continue
            if max(start.value, end.value) > 1000 * min(start.value, end.value) > 0:
                continue  # ends three orders of magnitude apart are two measures ('$2.95 a share' and '$57.1 million')
            old, new, working = start.value, end.value, f"({num(end.value)} - {num(start.value)}) / {num(start.value)}"
            involved = (start, end, p)
        elif amount is not None and (start or end) is not None and direction and _amount(amount):
            known = start or end
            if known.unit != amount.unit and amount.unit not in ("points", None):
                continue
            if p.value >= 1 and amount.value * 1000 < known.value:
                continue  # a change of a whole percent or more is no thousandth of its base: another measure ('$2.62 a share' beside '$57.1 million')
            sign = 1 if direction == "up" else -1
            old = known.value if start is not None else known.value - sign * amount.value
            new = old + sign * amount.value
            working = (f"{num(amount.value)} / {num(old)}" if start is not None
                       else f"{num(amount.value)} / ({num(known.value)} {'-' if sign > 0 else '+'} {num(amount.value)})")
            involved = (amount, known, p)
        else:
            continue
        relation = _change_relation(ctx, p, involved, old, new, working, direction, weak)
        if relation is not None:
            relations.append(relation)
    return relations


def _change_relation(ctx: Context, p: Claim, involved: tuple[Claim, ...], old: float, new: float, working: str,
                     direction: str | None, weak: bool = False) -> Relation | None:
    """The percent ``p`` against the change from ``old`` to ``new`` read from ``involved`` (``working``
    says how); None when the base is not positive or the direction the verb says and the two values
    disagree (that is not this relation's to judge)."""
    if old <= 0:
        return None
    change = (new - old) / old * 100
    if direction and (change > 0) != (direction == "up") and change != 0:
        return None
    slack = 100 * sum(rounding(c) for c in involved if c is not p) / old
    return Relation(
        id=ctx.relation_id("percentages.change", *involved), doc_id=ctx.doc.id, check="percentages.change",
        claims=tuple(c.id for c in involved), spans=merge_spans([c.span for c in involved]),
        stated=float(p.value), computed=round(abs(change), 4), tolerance=rounding(p), slack=slack,
        working=f"{working} = {change:+.1f}%", said=f"{num(p.value)}%",
        hedge="weak" if weak and hedge_of(*involved) == "exact" else hedge_of(*involved))


def restated_moves(ctx: Context, used: set[str]) -> list[Relation]:
    """'The index fell 12.41, or 0.82 percent, to 1,501.22'; 'rose 1.6%, or 7.12, on Monday, to 452.10';
    'were up 2.31 dollars, or 5.5 percent, at 44.31 dollars'; 'climbed by 21 points or 1.3 percent to
    close at 1,667': a change's amount and its percent restating each other (bound as one restatement),
    and the level it reached: the next figure of the sentence, bound as a 'to' or 'at' complement, with
    no other figure or clause between. The parse may hang that level on another verb of the sentence
    (two market moves in one sentence), which is why ``moves`` (one clause) misses it; the restatement
    and the adjacency bind the three. P = D / (L - D) up, D / (L + D) down."""
    relations = []
    for p in ctx.claims:
        if not is_percent(p) or p.id in used or p.attrs.hedge:
            continue
        amount = ctx.by_id.get(p.attrs.restates or "")
        if amount is None:
            amount = next((c for c in ctx.in_sentence(p, Kind.QUANTITY) if c.attrs.restates == p.id), None)
        if amount is None or amount.id in used or amount.attrs.hedge or not _amount(amount):
            continue
        direction = p.attrs.direction or amount.attrs.direction
        if direction not in ("up", "down") or amount.attrs.role not in ("amount", "by", "object"):
            continue
        later = [c for c in ctx.in_sentence(p, Kind.QUANTITY) if c.start >= max(p.end, amount.end)]
        if not later:
            continue
        level = later[0]
        gap = ctx.doc.text[max(p.end, amount.end):level.start]
        if level.id in used or level.attrs.role not in ("to", "at") or level.attrs.hedge or not _amount(level) \
                or len(gap) > LEVEL_GAP or LEVEL_GAP_STOP.search(gap):
            continue
        if not (level.unit == amount.unit or level.unit is None and amount.unit == "points"):
            continue
        sign = 1 if direction == "up" else -1
        old = level.value - sign * amount.value
        if amount.value * 1000 < level.value and p.value >= 1:
            continue
        working = f"{num(amount.value)} / ({num(level.value)} {'-' if sign > 0 else '+'} {num(amount.value)})"
        relation = _change_relation(ctx, p, (amount, level, p), old, old + sign * amount.value, working, direction)
        if relation is None:
            continue
        used.update(relation.claims)
        relations.append(relation)
    return relations


LEVEL_GAP = 40  # characters between a restated change and the level it reached (', on Friday, to ', ' to close at ')
LEVEL_GAP_STOP = re.compile(r"[;:()]|\b(?:and|but|while|whereas|after|before|from|since|compared)\b", re.I)


def _bracketed(ctx: Context, c: Claim) -> bool:
    """Whether the claim stands inside a parenthesis opened earlier in its sentence."""
    before = ctx.before(c, 80)
    return before.rfind("(") > before.rfind(")")


OWN_BASE = re.compile(r"^\s*(?:from|since|over|compared|against|versus)\b", re.I)
ACROSS_REACH = 3  # sentences after a percent change in which its two figures may be given


def moves_across(ctx: Context, used: set[str]) -> list[Relation]:
    """'Harwell reported a 40 percent decline in earnings. ... It earned $30 million, compared with
    $50 million a year earlier': a percent change stated on its own, and the first two figures of one
    measure given in the next few sentences as a change ('from' and 'to' of one clause, or a figure
    'compared with' another). Which measure the figures are of is not bound (only the direction must
    agree), so the relation is weak: it passes or warns, never fails. Another change stated in
    between ends the search."""
    relations = []
    percents = [c for c in ctx.claims if is_percent(c) and c.id not in used and c.attrs.direction and not c.attrs.hedge
                and c.attrs.role in ("amount", "by") and not c.attrs.restates]
    for p in percents:
        clause = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.attrs.clause == p.attrs.clause and c.id != p.id]
        if any(c.attrs.role in ("from", "to") for c in clause) or OWN_BASE.match(ctx.after(p, 20)):
            continue  # its own ends, or a base of its own ('from a year ago'): not this rule's to guess
        here = ctx.sentence_index(p.start)
        pair = None
        for c in ctx.claims:
            if c.start <= p.end or c.kind is not Kind.QUANTITY:
                continue
            k = ctx.sentence_index(c.start)
            if k - here > ACROSS_REACH:
                break
            if k == here:
                continue
            if is_percent(c) and c.attrs.direction:
                break  # another change is stated: the figures after it may be its own
            pair = _pair_in_sentence(ctx, c)
            if pair is not None:
                break
        if pair is None:
            continue
        old, new = pair
        if old.id in used or new.id in used or old.value <= 0 or (new.value > old.value) != (p.attrs.direction == "up"):
            continue
        used.update((old.id, new.id, p.id))
        relations.append(_old_to_new(ctx, old, new, p, weak=True))
    return relations


# 'up 20 percent on last year's sales of N', 'down 5 percent from the year-earlier figure of N'
BASE_OF = re.compile(r"\s+(?:on|from|over)\s+(?:[\w-]+(?:['’]s?)?\s+){1,4}?of\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)


def moves_back(ctx: Context, used: set[str]) -> list[Relation]:
    """'Exports were worth 120 million euros in May. The figure was up 20 percent on last year's
    exports of 100 million euros': a change whose subject refers back ('the figure', 'this') to the
    amount just stated, and whose base is the of-complement of the noun after 'on'/'from'. The new
    value is the last amount of the base's unit stated before, in the sentence or the one before;
    which measure it is of is not bound, so the relation is weak (pass or warn)."""
    relations = []
    for p in ctx.claims:
        if not is_percent(p) or p.id in used or not p.attrs.direction or p.attrs.hedge or p.attrs.restates \
                or p.attrs.role not in ("amount", "by") or p.attrs.agent not in BACK_REFERENCE_SUBJECTS:
            continue
        after = [c for c in ctx.in_sentence(p, Kind.QUANTITY) if c.start >= p.end]
        if not after or not _amount(after[0]) or not BASE_OF.fullmatch(ctx.doc.text, p.end, after[0].start):
            continue
        old, here = after[0], ctx.sentence_index(p.start)
        before = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.end <= p.start and 0 <= here - ctx.sentence_index(c.start) <= 1
                  and _amount(c) and c.unit == old.unit and not c.attrs.restates and not c.attrs.part_of]
        if not before or {old.id, before[-1].id} & used:
            continue
        new = before[-1]
        if old.value <= 0 or new.value == old.value or (new.value > old.value) != (p.attrs.direction == "up"):
            continue
        used.update((old.id, new.id, p.id))
        relations.append(_old_to_new(ctx, old, new, p, weak=True))
    return relations


def _old_to_new(ctx: Context, old: Claim, new: Claim, p: Claim, weak: bool = False) -> Relation:
    """The percent ``p`` against the change from ``old`` to ``new``; ``weak`` when the three are related
    by less than one clause (an exact hedge then only warns)."""
    change = (new.value - old.value) / old.value * 100
    slack = 100 * (rounding(new) / old.value + new.value * rounding(old) / old.value ** 2)
    hedge = hedge_of(old, new, p)
    return Relation(
        id=ctx.relation_id("percentages.change", old, new, p), doc_id=ctx.doc.id, check="percentages.change",
        claims=(old.id, new.id, p.id), spans=merge_spans([old.span, new.span, p.span]),
        stated=float(p.value), computed=round(abs(change), 4), tolerance=rounding(p), slack=slack,
        working=f"({num(new.value)} - {num(old.value)}) / {num(old.value)} = {change:+.1f}%", said=f"{num(p.value)}%",
        hedge="weak" if weak and hedge == "exact" else hedge)


def _pair_in_sentence(ctx: Context, c: Claim) -> tuple[Claim, Claim] | None:
    """The (old, new) figures of one measure a sentence gives, as the parse binds them: 'from' and
    'to' of one clause, or 'A, compared with B'. Restatements ('or 65 cents a share') are not figures."""
    figures = [x for x in ctx.in_sentence(c, Kind.QUANTITY) if _amount(x) and not x.attrs.restates and not x.attrs.part_of
               and x.label == "MONEY"]
    for x in figures:
        if x.attrs.role == "from":
            new = [y for y in figures if y.attrs.role == "to" and y.attrs.clause == x.attrs.clause]
            if len(new) == 1 and new[0].unit == x.unit:
                return x, new[0]
        if x.attrs.role == "with" and x.attrs.verb == "compared":
            new = [y for y in figures if y.end <= x.start and y.unit == x.unit and y.attrs.role in ("object", "to", "of")]
            if new:
                return x, new[-1]
    return None


def changes(ctx: Context) -> list[Relation]:
    """'Turnover grew 5 percent to $2.1 billion from $2 billion'; 'fell 25% to 6 million
    units from 8 million'; '2,400 attended, 20 percent more than the organisers expected (2,000)'."""
    relations = []
    done: set[tuple[int, int]] = set()
    for p in ctx.claims:
        if not is_percent(p) or ctx.sentence(p) in done:
            continue
        s, e = ctx.sentence(p)
        quantities = [c for c in ctx.in_sentence(p, Kind.QUANTITY) if _amount(c)]
        pairs = change_pairs(ctx, quantities) or clause_ends(quantities)  # ('rose from S in 2023 to E last year')
        if not pairs:
            pairs = _more_than(ctx, p, quantities)
        near = ctx.before(p, 30) + " " + ctx.after(p, 30)
        if not pairs or not CHANGE_WORDS.search(near) or re.match(r"^\s+of\b", ctx.after(p, 10)):
            continue
        old, new = min(pairs, key=lambda pair: min(abs(pair[0].start - p.start), abs(pair[1].start - p.start)))
        if old.value <= 0:
            continue
        done.add((s, e))
        relations.append(_old_to_new(ctx, old, new, p))
    return relations


def _more_than(ctx: Context, p: Claim, quantities: list[Claim]) -> list[tuple[Claim, Claim]]:
    """'1,800 fans came, 20 percent more than the club expected' of 1,500 named earlier."""
    if not re.match(r"^\s*(?:more|less|fewer|higher|lower)\s+than\b", ctx.after(p, 20)):
        return []
    before = [c for c in quantities if c.end <= p.start]
    if not before:
        return []
    new = before[-1]
    earlier = [c for c in ctx.claims if c.kind is Kind.QUANTITY and _amount(c) and c.end <= new.start
               and c.attrs.para == new.attrs.para and c.label == new.label and c.id != new.id]
    return [(earlier[-1], new)] if earlier else []


def shares(ctx: Context) -> list[Relation]:
    """'52 percent voting yes, 45 percent no and 3 percent blank': shares listed together (three or
    more, or two with 'the remaining') that sum to between 90 and 110 are read as one whole; 'the
    remaining / the other P percent' completes the one share named just before it (in its sentence
    or the one before), whatever the sum. Each share is rounded, so a sum off by up to half a point
    per share warns; beyond that fails."""
    relations = []
    percents = [c for c in ctx.claims if is_percent(c)]
    groups: list[list[Claim]] = []
    for c in percents:
        if groups and _listed(ctx, groups[-1][-1], c):
            groups[-1].append(c)
        else:
            groups.append([c])
    related: set[str] = set()
    for i, group in enumerate(groups):
        remaining = any(re.search(r"\b(?:remaining|rest|other)\b", ctx.before(c, 25) + ctx.after(c, 25)) for c in group[1:])
        if remaining and i and len(groups[i - 1]) == 1 and _opens(ctx, groups[i - 1][0], group):
            group = groups[i - 1] + group  # 'At least A percent ... . Some B percent ..., and the remaining C percent'
        if len(group) < 3 and not (len(group) == 2 and remaining):
            continue
        total = sum(c.value for c in group)
        if _credited(ctx, group):
            relations.append(_within_hundred(ctx, group))
            related.update(c.id for c in group)
        if not 90 <= total <= 110 and not any(_is_rest(ctx, c) for c in group[1:]):
            continue  # no remainder named: only a sum near 100 says these are shares of one whole
        related.update(c.id for c in group)
        if not remaining and _levels_moved(ctx, group):
            relations.append(_within_whole(ctx, group))
            continue
        relations += [r for r in [_shares(ctx, group)] if r is not None]
    for rest in percents:
        if rest.id in related or not _is_rest(ctx, rest):
            continue
        first = _share_before(ctx, rest, percents)
        if first is not None and first.id not in related:
            related.update((first.id, rest.id))
            relations += [r for r in [_shares(ctx, [first, rest])] if r is not None]
    relations += _contrasted_shares(ctx, percents, related)
    for group in groups:
        if len(group) >= 2 and not related & {c.id for c in group} and _stakes(ctx, group):
            related.update(c.id for c in group)
            relations.append(_within_whole(ctx, group))
    relations += restated_over_sentences(ctx, percents, related)
    return relations


# who a share is credited to: 'P percent for Ruiz', 'while Ruiz took P percent', 'and Ortega P percent'
CREDITED_AFTER = re.compile(r"\s+(?:went\s+)?(?:for|to)\s+(?:the\s+)?[A-Z]")
CREDITED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:" + "|".join(sorted(OBTAIN_VERBS)) + r"|had|has|was|were|on|with))?\s+(?:(?:"
                             + "|".join(sorted(APPROX_WORDS)) + r")\s+)?$")


def _credited(ctx: Context, group: list[Claim]) -> bool:
    """Shares of one whole credited to one side each: the first names the whole ('52 percent of the vote'),
    every other one names no whole of its own and is credited to a named side ('30 percent for Ruiz', 'while
    Ruiz took 30 percent'). However they add up, they cannot be more than all of it."""
    first, rest = group[0], group[1:]
    if not _of_words(ctx, first) or any(_of_words(ctx, c) for c in rest):
        return False
    if any(c.attrs.direction or c.attrs.restates or c.attrs.hedge or c.attrs.range or c.attrs.role in ("amount", "by") for c in group):
        return False
    if any(CHANGE_WORDS.search(ctx.between(a, b)) for a, b in zip(group, group[1:])):
        return False
    return all(CREDITED_AFTER.match(ctx.after(c, 30)) or CREDITED_BEFORE.search(ctx.between(a, c)) for a, c in zip(group, rest))


CONTRAST_GAP = re.compile(r"[^0-9;:()]{0,100}?,\s*(?:while|whereas)\s+(?:(?:" + "|".join(sorted(APPROX_WORDS)) + r")\s+)?", re.I)


def _contrasted_shares(ctx: Context, percents: list[Claim], related: set[str]) -> list[Relation]:
    """'30 percent of the fees go to the state, while 70 percent is kept by the region': a share that names
    its whole, then, after ', while', the subject of the next clause, a share naming none (the same whole,
    left out). Shares of one whole told apart by two predicates; two predicates may overlap, so more than
    100 percent warns."""
    relations = []
    for p, q in zip(percents, percents[1:]):
        if {p.id, q.id} & related or ctx.sentence(p) != ctx.sentence(q) or not _of_words(ctx, p) or _of_words(ctx, q):
            continue
        if q.attrs.role != "subject" or not CONTRAST_GAP.fullmatch(ctx.between(p, q)) or CHANGE_WORDS.search(ctx.between(p, q)):
            continue
        if any(c.attrs.direction or c.attrs.restates or c.attrs.hedge or c.attrs.range or c.attrs.role in ("amount", "by") for c in (p, q)):
            continue
        related.update((p.id, q.id))
        r = _within_hundred(ctx, [p, q])
        relations.append(replace(r, hedge="kinds-at-most"))
    return relations


def _within_hundred(ctx: Context, group: list[Claim]) -> Relation:
    """Shares of one whole must not add up to more than 100 percent (beyond their rounding)."""
    total = sum(c.value for c in group)
    sums = " + ".join(num(c.value) for c in group) + f" = {num(total)}%"
    return Relation(
        id=ctx.relation_id("percentages.shares", *group) + "/at-most", doc_id=ctx.doc.id, check="percentages.shares",
        claims=tuple(c.id for c in group), spans=merge_spans([c.span for c in group]),
        stated=float(total), computed=100.0, tolerance=sum(rounding(c) for c in group), working=sums,
        said="they are shares of one whole (at most 100%)", hedge="at-most",
        messages=(f"{sums}: within the whole", f"{sums}, but shares of one whole cannot add up to more than 100%"))


def _stakes(ctx: Context, group: list[Claim]) -> bool:
    """Shares listed together that say they are of one whole whatever their sum: stakes in one thing
    ('holds a 60 percent stake in the venture, while X and Y own 25 percent and 15 percent'); none is a
    change, a bound or a restatement. (Two shares merely set against each other, 'P percent of voters
    back A, while Q percent oppose B', may overlap: not read.)"""
    if any(c.attrs.direction or c.attrs.restates or c.attrs.hedge == "bound" or c.attrs.range for c in group):
        return False
    if any(CHANGE_WORDS.search(ctx.between(a, b)) for a, b in zip(group, group[1:])):
        return False
    if len({frozenset(w) for w in map(partial(_of_words, ctx), group) if w}) > 1:
        return False  # '46% of revenue and 63% of operating profit': shares of two wholes
    s, e = ctx.sentence(group[0])
    return bool(STAKE_WORDS.search(ctx.doc.text, s, e)) and ctx.sentence(group[-1]) == (s, e)


def restated_over_sentences(ctx: Context, percents: list[Claim], related: set[str]) -> list[Relation]:
    """'Smith won 4,100 votes, or 41 percent. Jones won 3,900 votes, or 39 percent': in two sentences in a
    row, a count restated as a percent, each the one percent of its sentence, the counts of one noun by
    one verb and the percents of one whole named alike, no owner's ('of the vote', not 'of its sales'): shares of one whole, which other shares
    (other candidates) may complete. Bound by position and the shared noun and verb, not by syntax."""
    relations = []
    for a, b in zip(percents, percents[1:]):
        if a.id in related or b.id in related:
            continue
        ka, kb = ctx.sentence_index(a.start), ctx.sentence_index(b.start)
        if kb - ka != 1 or abs((b.attrs.para or 0) - (a.attrs.para or 0)) > 1:
            continue
        counts = [_restated_count(ctx, c) for c in (a, b)]
        if None in counts or any(len([c for c in ctx.of_sentence(k, Kind.QUANTITY) if is_percent(c)]) != 1 for k in (ka, kb)):
            continue
        x, y = counts
        if x.attrs.noun is None or x.attrs.noun != y.attrs.noun or x.unit != y.unit or not x.attrs.verb \
                or (x.attrs.verb or "").lower() != (y.attrs.verb or "").lower() or _of_words(ctx, a) != _of_words(ctx, b) \
                or any(OWN_WHOLE.match(ctx.after(c, 20)) for c in (a, b)) \
                or any(c.attrs.direction or c.attrs.hedge == "bound" for c in (a, b, x, y)) \
                or len({d.value for k in (ka, kb) for d in ctx.of_sentence(k, Kind.DATE)}) > 1:
            continue
        related.update((a.id, b.id))
        relations.append(_within_whole(ctx, [a, b]))
    return relations


OWN_WHOLE = re.compile(r"\s+of\s+(?:its|their|his|her)\b", re.I)  # 'or 40 percent of its sales': each its own whole


def _restated_count(ctx: Context, p: Claim) -> Claim | None:
    """The count a percent restates ('4,100 votes, or 41 percent')."""
    c = ctx.by_id.get(p.attrs.restates or p.attrs.conj_of or "")
    if c is None or not is_count(c) or c.end > p.start or not re.fullmatch(r"\s*,\s*or\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?",
                                                                           ctx.between(c, p)):
        return None
    return c


def _within_whole(ctx: Context, group: list[Claim]) -> Relation:
    """Shares of one whole that others may complete: together at most 100. Which whole they share is read
    from the wording, not the parse: beyond 100 warns."""
    total = sum(c.value for c in group)
    sums = " + ".join(num(c.value) for c in group) + f" = {num(total)}%"
    return Relation(
        id=ctx.relation_id("percentages.shares", *group), doc_id=ctx.doc.id, check="percentages.shares",
        claims=tuple(c.id for c in group), spans=merge_spans([c.span for c in group]),
        stated=100.0, computed=float(total), tolerance=max(0.0, 100.0 - total), slack=sum(rounding(c) for c in group),
        working=sums, said="they are shares of one whole (at most 100%)", hedge="weak",
        messages=(f"{sums}: within the whole", f"{sums}, but shares of one whole cannot make more than 100%"))


def _levels_moved(ctx: Context, group: list[Claim]) -> bool:
    """'the Greens gaining 3 points to 52 percent, while the Liberals lost two points on 34 percent and the
    Farmers held steady on 9 percent': levels of a poll told with their moves name the parties that moved,
    not every share of the whole: they stay within it, nothing says they make it up."""
    return any(c.unit in ("points", "percentage points") or c.attrs.direction
               for c in ctx.in_sentence(group[0], Kind.QUANTITY) if c.id not in {g.id for g in group})


def _opens(ctx: Context, first: Claim, group: list[Claim]) -> bool:
    """Whether a lone share in the sentence just before a group closed by 'the remaining' (or earlier in its
    sentence, words only between) is the group's first share: a plain share (no change, no restatement) whose 'of ...' names the whole,
    when the group falls short of 100 without it (its own 'remaining' then completes more than the
    share just before it)."""
    apart = ctx.sentence_index(group[0].start) - ctx.sentence_index(first.start)
    # in its own sentence, further than a list's items: 'owns at least 55 percent of each project in ..., the
    # regions pay 25%, and the remaining 20 percent ...' (nothing but words between)
    same = apart == 0 and not re.search(r"\d", ctx.between(first, group[0]))
    return ((apart == 1 or same) and not first.attrs.restates
            and first.attrs.direction is None and bool(_of_words(ctx, first))
            and sum(c.value for c in group) + sum(rounding(c) for c in group) < 100
            and not any(_of_words(ctx, c) - _of_words(ctx, first) for c in group))


def _is_rest(ctx: Context, c: Claim) -> bool:
    """'the remaining 49 percent', 'the other 80 percent': the complement of a share named before."""
    words = re.findall(r"[a-z]+", ctx.before(c, 20).lower())[-2:]
    return bool(set(words) & REST_BEFORE) and not c.attrs.restates


def _share_before(ctx: Context, rest: Claim, percents: list[Claim]) -> Claim | None:
    """The share a remainder completes: the one percent in its sentence or the sentence before (a news
    paragraph is often one sentence, so the one before may open the previous paragraph) ahead of it.
    With several there, the one whose 'of ...' shares a word with the remainder's; else which one
    the rest completes is not bound: none."""
    here = ctx.sentence_index(rest.start)
    before = [c for c in percents if c.end <= rest.start and not c.attrs.restates and c.attrs.direction is None
              and here - ctx.sentence_index(c.start) <= 1 and (rest.attrs.para or 0) - (c.attrs.para or 0) <= 1]
    if len(before) > 1:
        words = _of_words(ctx, rest)
        before = [c for c in before if words & _of_words(ctx, c)] if words else []
    if len(before) != 1 or before[0].value <= 0:
        return None
    # a share of a named whole ('owns P percent of X') with a remainder named after it is below 100
    # percent; at or above it, the two are inconsistent rather than unrelated
    return before[0] if before[0].value < 100 or _of_words(ctx, before[0]) else None


def _of_words(ctx: Context, c: Claim) -> set[str]:
    """The words of what a percent is of ('20 percent of Russian gas' -> {'russian', 'gas'})."""
    m = re.match(r"\s+of\s+((?:[\w'’\-]+\s*){1,4})", ctx.after(c, 40))
    if m is None:
        return set()
    return {w.lower().rstrip("'’s") for w in re.findall(r"[\w'’\-]+", m.group(1))} - COUNT_STOP_WORDS


def _shares(ctx: Context, group: list[Claim]) -> Relation | None:
    """The shares against 100. A share stated as a bound ('more than 10 percent') makes the sum a
    bound too: with lower bounds the shares must not add up to more than 100, with upper bounds to
    no less; a lower-bounded share of the sentence left out of the list bounds it the same way."""
    total = sum(c.value for c in group)
    sums = " + ".join(num(c.value) for c in group) + f" = {num(total)}%"
    bounds = {c.attrs.bound for c in group if c.attrs.hedge == "bound"}
    ids = {c.id for c in group}
    if any(is_percent(c) and c.id not in ids and c.attrs.hedge == "bound" and c.attrs.bound == "min"
           for c in ctx.in_sentence(group[-1], Kind.QUANTITY)):
        bounds.add("min")
    if bounds:
        if len(bounds) > 1 or None in bounds:
            return None  # bounds both ways: the sum says nothing
        low = bounds == {"min"}
        stated, computed = (float(total), 100.0) if low else (100.0, float(total))
        return Relation(
            id=ctx.relation_id("percentages.shares", *group), doc_id=ctx.doc.id, check="percentages.shares",
            claims=tuple(c.id for c in group), spans=merge_spans([c.span for c in group]),
            stated=stated, computed=computed, tolerance=sum(rounding(c) for c in group), working=sums,
            said="they are shares of one whole (100%)", hedge="at-most",
            messages=(f"{sums}: with {'lower' if low else 'upper'} bounds the shares {'stay within' if low else 'reach'} the whole",
                      f"{sums}, but shares of one whole {'with lower bounds cannot exceed' if low else 'with upper bounds cannot fall short of'} 100%"))
    return Relation(
        id=ctx.relation_id("percentages.shares", *group), doc_id=ctx.doc.id, check="percentages.shares",
        claims=tuple(c.id for c in group), spans=merge_spans([c.span for c in group]),
        stated=100.0, computed=float(total), tolerance=0.0, slack=sum(rounding(c) for c in group),
        working=sums, said="they are shares of one whole (100%)",
        messages=(f"{sums}: the shares make up the whole", f"{sums}, but shares of one whole should make 100%"),
        hedge=hedge_of(*group))


def _listed(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two percents in one list: same paragraph, no other number between, joined by a comma,
    'and' or a semicolon within a short stretch of text."""
    if a.attrs.para != b.attrs.para:
        return False
    gap = ctx.between(a, b)
    if len(gap) > 80 or re.search(r"\d", gap) or "." in gap.replace("...", ""):
        return False
    # ('from'/'to' a place is where a share went, not the start or end of a change: 'A percent came from Europe, B percent from Asia')
    return bool(re.search(r",|\band\b|;|\bwhile\b|\bagainst\b", gap)) \
        and not re.search(r"\b(?:up|down|compared|versus|vs)\b|\b(?:from|to)\b(?!\s+(?:the\s+)?[A-Z])", gap)
