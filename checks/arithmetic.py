"""Arithmetic relations: changes and their parts, wholes and their parts, stated differences,
multiples and spans of years must add up.

"the reduction of the Russian mission from 20 to 10 people ... revoked the accreditation of
eight diplomats. Two more open vacancies were eliminated." -> 20 - 8 - 2 = 10.
"""

from __future__ import annotations

import re

from checks.context import (Context, change_pairs, elided_from, full_date, hedge_of, is_count, is_percent, num, rounding, same_scale,
                            sole_earlier_amount)
from factlint.extract.lexicon import (
    ADDED_WORDS,
    APART_WORDS,
    APPROX_WORDS,
    ARTICLES,
    AVERAGE_WORDS,
    BALANCE_WORDS,
    BOUND_PHRASES,
    BOUND_WORDS,
    COMPARATIVE_WORDS,
    COMPLETE_CATEGORIES,
    CONSIST_VERBS,
    CONTEST_NOUNS,
    COUNT_GENERIC_NOUNS,
    EQUATING_WORDS,
    EQUATIVE_ADJECTIVES,
    EVENT_STOP_WORDS,
    EVENT_VERB_CLASSES,
    EXHAUSTIVE_WORDS,
    EXPORT_WORDS,
    FRACTION_WORDS,
    GAP_WORDS,
    GENERIC_NOUNS,
    IMPORT_WORDS,
    INCLUDE_WORDS,
    LASTING_VERBS,
    LEAVING_WORDS,
    MADE_UP_VERBS,
    MARGIN_WORDS,
    MEMBERSHIP_NOUNS,
    MONEY_REFERENCE_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MULTIPLES,
    OBTAIN_VERBS,
    OTHER_INSTANCE_WORDS,
    PART_CLAUSE_JOINS,
    PART_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_NOUNS,
    REST_BEFORE,
    RUNNING_COUNT_NOUNS,
    SHORTFALL_NOUNS,
    SPAN_GENERIC_NOUNS,
    TALLY_CLASSES,
    TENS,
    TENURE_NOUNS,
    TIMES_OF_DETERMINERS,
    TOLL_REFERENCE_NOUNS,
    TRADE_TOTAL_WORDS,
    UNITS,
    VOTE_WORDS,
    WEEKDAY_NAMES,
    alternation,
    singular,
    units_re,
)
from factlint.extract.numbers import parse_words
from factlint.records import Claim, Document, Kind, Relation, merge_spans

CHANGE_CUE = re.compile(r"\b(?P<dir>increase|rise|gain|jump|growth|decrease|decline|drop|fall|cut|reduction|loss|up|down)\s+(?:of\s+)?(?:by\s+)?$", re.I)
COLON_INTRO = re.compile(r"^[^0-9.;:]{0,30}(?::|\s[-–—]\s)\s*$")
LIST_ITEM_GAP = re.compile(r"^[^0-9.;:()]{0,40}?(?:,|\band\b)[^0-9.;:()]{0,10}$")
# ', of whom (only | an estimated | about) A ...'
RELATIVE_PARTITIVE = re.compile(r",\s*(?:of|among)\s+(?:which|whom)\s+(?:only\s+|just\s+|(?:an\s+)?(?:"
                                + "|".join(APPROX_WORDS) + r")\s+)?$", re.I)
PRONOUN_AFTER = re.compile(r"^\s+(?:of|among)\s+(?:them|these|those)\b", re.I)  # 'Eleven of them were ...'
PRONOUN_OPENING = re.compile(r"^\W*(?:of|among|out of)\s+(?:them|these|those|whom)\b[^0-9]{0,30}$", re.I)
LIST_SEPARATOR = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")
TOTAL_BEFORE = re.compile(r"\b(?:(?:total|sum|tally|toll)\s+(?:of\s+)?|(?:a\s+combined|totall?ing|totall?ed)\s+)$", re.I)
TOTAL_AFTER = re.compile(r"^[^0-9.;]{0,25}?\b(?:in all|in total|altogether|all told|combined)\b", re.I)
COMPARED = re.compile(r"^\s+(?:" + "|".join(COMPARATIVE_WORDS) + r")\s+than\b", re.I)
APPOSED = re.compile(r"(?:\s+[A-Za-z'’/]+){0,12}\s*,\s*")  # 'A, D more than' ('A this year, D more than'; 'A was measured at X on Saturday, D above')
THAN_CLAUSE = re.compile(r"[,;:()]|\b(?:who|which|that|when|where|while|whereas|but)\b", re.I)
# the 'than' phrase closed before B: a possessor ('than Lee's', 'than the rivals'') whose figure is elided, or a
# clause of the sentence coordinated after it (', and ...', '; ...'): B is then not what the gap compares with
THAN_CLOSED = re.compile(r"[A-Za-z](?:'s|’s|s'|s’)(?![A-Za-z])(?:\s+[a-z]+)?\s*[,;]|;|,\s*(?:and|but|or|while|whereas)\b")
MULTIPLE_WORD = re.compile(r"\b(" + "|".join(sorted(MULTIPLES, key=len, reverse=True)) + r")\b", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Change decomposition, part-whole, stated differences, multiples and year spans."""
    ctx = Context(doc, claims)
    moved = change_amounts(ctx)
    used = {cid for r in moved for cid in r.claims}
    opened = opening_partitives(ctx, set(used))  # every item of the list, where the parse bound some of them only
    in_opened = {cid for r in opened for cid in r.claims}
    wholes = [*opened, *(r for r in part_whole(ctx) if not in_opened & set(r.claims))]
    used_parts = {cid for r in wholes for cid in r.claims} | used
    moved += earlier_starts(ctx, set(used))
    moved += apposed_changes(ctx, used | {cid for r in moved for cid in r.claims})
    moved += dated_starts(ctx, used | {cid for r in moved for cid in r.claims})
    wholes += [r for r in remainder_breakdowns(ctx) if not used_parts & set(r.claims)]
    used_parts |= {cid for r in wholes for cid in r.claims}
    wholes += earlier_wholes(ctx, used_parts)
    wholes += compound_remainders(ctx, used_parts)
    wholes += earlier_rests(ctx, used_parts)
    wholes += apposed_breakdowns(ctx, used_parts)
    wholes += anaphoric_breakdowns(ctx, used_parts)
    wholes += next_sentence_breakdowns(ctx, used_parts)
    wholes += kinds_of_one_event(ctx, used_parts)
    wholes += shared_out(ctx, used_parts)
    wholes += measured_wholes(ctx, used_parts)
    wholes += results_by_verb(ctx, used_parts)
    wholes += stated_rests(ctx, used_parts)
    wholes += fronted_wholes(ctx, used_parts)
    wholes += definite_wholes(ctx, used_parts)
    wholes += toll_references(ctx, used_parts)
    wholes += vote_tallies(ctx, used_parts)
    return [*change_decomposition(ctx), *wholes, *moved, *updates(ctx, used_parts), *later_updates(ctx, used_parts), *added_amounts(ctx, used_parts),
            *margins(ctx, used_parts), *stated_leads(ctx, used_parts), *leads_over_sentences(ctx, used_parts),
            *comparisons(ctx, used_parts), *gaps(ctx, used_parts), *respective_changes(ctx, used_parts), *won_by(ctx, used_parts), *balances(ctx, used_parts),
            *(r for r in differences(ctx) if not used & set(r.claims)), *multiples(ctx), *named_multiples(ctx), *times_multiples(ctx), *ratios(ctx), *year_spans(ctx)]


def change_amounts(ctx: Context) -> list[Relation]:
    """A change stated on one verb with its amount and both ends, as the parse binds them ('rose
    by D from S to E', 'was up D to E from S', 'fell D, from S to E'): D = |E - S|, in the ends' unit.
    The amount is the verb's 'by' or adverbial figure, or its object when the verb is one of change
    ('gained 40 seats to 140 from 100'); a multiple ('fivefold') is a ratio, never an amount."""
    relations = []
    for members in ctx.clauses:
        start, end, amount = (_only(members, t) for t in (_change_start, _change_end, _change_amount))
        if start is None and end is not None and not any(_change_start(c) for c in members):
            start = _start_of_noun(ctx, end)
        if start is None or end is None or amount is None or amount.label == "MULTIPLE" or amount.unit == "times":
            continue
        if not (same_scale(start, end) and same_scale(amount, end) and _same_unit(amount, end) and _same_unit(start, end)):
            continue
        if amount.attrs.hedge or start.attrs.hedge == "bound" or end.attrs.hedge == "bound":
            continue
        if end.attrs.range == "to" and (amount.attrs.pair != end.id or start.attrs.pair):
            continue  # 'rose D to E' read as a range: D and E must be its two ends
        if end.attrs.range != "to" and (start.attrs.pair or end.attrs.pair) and (start.attrs.pair != end.id or end.attrs.pair != start.id):
            continue  # an end of some other range
        weak = False
        if is_percent(amount) and is_percent(start) and is_percent(end):
            # 'a 20 percent fall from 10 percent to 8 percent': a change of a percent in percent is
            # relative or in points; when the relative reading holds this is not the points' relation
            if start.value > 0 and abs(abs(end.value - start.value) / start.value * 100 - amount.value) <= rounding(amount) \
                    + 100 * (rounding(start) + rounding(end)) / start.value:
                continue
            weak = True
        relations.append(_difference(ctx, amount, (start, end, amount), start, end, weak=weak))
    return relations


START_REACH = 2  # sentences back in which the figure a change started from may be stated


def _startless_changes(ctx: Context, used: set[str]):
    """(end, amount) of each clause that states a change's end and amount but no start, neither
    yet in a relation: the changes whose start earlier_starts and dated_starts look for elsewhere.
    Reads ``used`` as it goes, so a start taken for one change is seen by the next."""
    for members in ctx.clauses:
        end, amount = _only(members, _change_end), _only(members, _change_amount)
        if end is not None and amount is not None and not any(_change_start(c) for c in members) \
                and not {end.id, amount.id} & used:
            yield end, amount


# ' over the', ' from its', " over last year's": what stands between a change noun's amount and its start
OVER_START = re.compile(r"\s+(?:from|over|on)\s+(?:[a-z]+\s+)?(?:[\w-]+['’]s\s+)?$", re.I)


# ' in 2023, a rise of ': a figure's phrase (a date may close it), then the change noun apposed to it
APPOSED_NOUN = re.compile(r"[^;:()]{0,30}?,\s*(?:a|an)\s+(?:[a-z]+\s+){0,2}?of\s+", re.I)


def apposed_changes(ctx: Context, used: set[str]) -> list[Relation]:
    """'sold 3,400 cars in May, an increase of 400 over the 3,000 sold in April': a change noun with its
    amount and start, apposed to the figure it ends at (the figure just before it in the sentence, in
    the same unit): end - start = amount. Bound by the apposition: a start the parse hangs on the noun
    with 'from' is strong; one read after 'over' or 'on' is weak (pass or warn)."""
    relations = []
    for members in ctx.clauses:
        amounts = [c for c in members if c.attrs.role == "of" and c.attrs.direction is not None and not c.attrs.range]
        if len(amounts) != 1 or any(_change_end(c) for c in members):
            continue
        amount = amounts[0]
        after = [c for c in ctx.in_sentence(amount, Kind.QUANTITY) if c.start > amount.end]
        if not after or not OVER_START.search(ctx.between(amount, after[0])):
            continue
        start = after[0]
        before = [c for c in ctx.in_sentence(amount, Kind.QUANTITY) if c.end <= amount.start]
        if not before or not APPOSED_NOUN.fullmatch(ctx.between(before[-1], amount)):
            continue
        end = before[-1]
        if {start.id, end.id, amount.id} & used or end.attrs.range or start.attrs.range or amount.attrs.hedge \
                or start.attrs.hedge == "bound" or end.attrs.hedge == "bound" \
                or not all(same_scale(x, end) and _same_unit(x, end) for x in (start, amount)) or is_percent(amount) != is_percent(end):
            continue
        used.update((start.id, end.id, amount.id))
        relations.append(_difference(ctx, amount, (start, end, amount), start, end, weak=start.attrs.role != "from"))
    return relations


def earlier_starts(ctx: Context, used: set[str]) -> list[Relation]:
    """'The mill employed 1,200 workers last year. It has since cut 150 jobs to 1,050 workers': a
    change with its amount and end on one verb, and no start there, takes as its start the one
    figure of the same thing (same noun and unit, same owner) stated in the sentences just before.
    That binding is by resemblance, not by syntax: the relation passes or warns, never fails; with two
    candidates, or none, nothing is read. Counts only: on real news an earlier price or sum of money
    was another day's or another thing's far more often than the start of the change."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for end, amount in _startless_changes(ctx, used):
        if not (is_count(amount) and is_count(end)) or amount.attrs.hedge or end.attrs.hedge:
            continue  # prices and sums of money move all day: an earlier one is not bound to be the start
        if end.attrs.range and amount.attrs.pair != end.id or end.attrs.noun is None:
            continue
        if not (same_scale(amount, end) and _same_unit(amount, end)):
            continue
        here = ctx.sentence_index(end.start)
        found = [x for x in quantities if x.end <= ctx.sentence(end)[0] and 0 < here - ctx.sentence_index(x.start) <= START_REACH
                 and _same_figure(x, end)]
        if len(found) != 1:
            continue
        start = found[0]
        used.update((start.id, end.id, amount.id))
        relations.append(_difference(ctx, amount, (start, end, amount), start, end, weak=True))
    return relations


# 'D cents lower than that of last Friday', 'D points higher than on Monday': a change measured against a day
THAN_DAY = re.compile(r"\s*,?\s*(?:lower|higher|less|more|cheaper|dearer)\s+than\s+(?:(?:that|those|the\s+[a-z]+)\s+)?(?:of|on)?\s*$", re.I)
DATED_REACH = 3  # sentences either way in which the level of the day a change is measured against may be stated


def dated_starts(ctx: Context, used: set[str]) -> list[Relation]:
    """'The price fell to 3.42 dollars on Monday, 12 cents lower than that of last Friday. ... It had risen
    to 3.54 dollars on Friday': a change with its end and amount, measured against a day rather than a
    figure, takes as its start the one figure of the same thing (same unit, same subject noun) bound to
    that day (a date on the figure's own verb) in the sentences around it, also when it is the end another
    change reached that day ('climbed by 10 cents to 3.54 dollars on Friday'). Bound by the day and the noun,
    not by syntax: the relation passes or warns, never fails."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for end, amount in _startless_changes(ctx, used):
        if amount.attrs.hedge or end.attrs.hedge or amount.label == "MULTIPLE" or end.attrs.range or not end.attrs.agent:
            continue
        if not (same_scale(amount, end) and _same_unit(amount, end)):
            continue
        day = next((d for d in ctx.in_sentence(amount, Kind.DATE) if d.start >= amount.end
                    and THAN_DAY.fullmatch(ctx.doc.text, amount.end, d.start)), None)
        if day is None or full_date(day) is None:
            continue
        here = ctx.sentence_index(end.start)
        found = [x for x in quantities if (x.id not in used or x.attrs.role == "to") and 0 < abs(ctx.sentence_index(x.start) - here) <= DATED_REACH
                 and x.attrs.role in ("to", "object", "subject", "of", "at") and _same_subject(ctx, x, end)
                 and not (x.attrs.part_of or x.attrs.restates or x.attrs.range or x.attrs.hedge)
                 and x.unit == end.unit and x.label == end.label and same_scale(x, end) and _dated(ctx, x) == full_date(day)]
        if len(found) != 1:
            continue
        start = found[0]
        used.update((start.id, end.id, amount.id))
        relations.append(_difference(ctx, amount, (start, end, amount), start, end, weak=True))
    return relations


def _same_subject(ctx: Context, x: Claim, end: Claim) -> bool:
    """Two figures of one subject: one subject noun, or the subject noun of one written before the other
    in its own sentence ('Crude oil ... fell to A' and 'crude closed at B')."""
    a, b = x.attrs.agent, end.attrs.agent
    if not a or not b:
        return False
    return a == b or a in _words(ctx.doc.text[ctx.sentence(end)[0]:end.start]) or b in _words(ctx.doc.text[ctx.sentence(x)[0]:x.start])


def _dated(ctx: Context, x: Claim):
    """The day a figure is of: the one full date on its own verb in its sentence, else None."""
    days = [d for d in ctx.in_sentence(x, Kind.DATE) if d.attrs.verb and d.attrs.verb == x.attrs.verb and full_date(d)]
    return full_date(days[0]) if len(days) == 1 else None


# 'from last year's total of', 'from the previous record of': a from-phrase whose noun the start is the of-complement of
FROM_NOUN_OF = re.compile(r"\bfrom\s+(?:[A-Za-z][\w’'-]*\s+){1,5}?of\s+$")


# 'from New York trade, where it had risen': a from-phrase whose noun a clause about the same subject follows
FROM_WHERE = re.compile(r"\bfrom\s+(?:[A-Za-z][\w’'-]*\s+){1,5}?,?\s*(?:where|when)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?[a-z]+\s+$")


def _start_of_noun(ctx: Context, end: Claim) -> Claim | None:
    """'fell 20 tonnes to 380 tonnes from last year's total of 400 tonnes': the start of a change
    written as the of-complement of the noun its 'from' takes, right after the end, with no other
    figure between."""
    later = [c for c in ctx.in_sentence(end, Kind.QUANTITY) if c.start >= end.end]
    if len(later) >= 2 and FROM_WHERE.search(ctx.doc.text[end.end:later[0].start]) and _change_amount(later[0]) \
            and later[1].attrs.role == "to" and later[1].attrs.clause == later[0].attrs.clause and not later[1].attrs.restates:
        return later[1]  # 'up D to E from New York trade, where it had risen D2 to S': the level it had reached there
    if not later or later[0].attrs.role != "of":
        return None
    x = later[0]
    m = FROM_NOUN_OF.search(ctx.doc.text[end.end:x.start])
    return x if m is not None and not x.attrs.range and not x.attrs.restates and not x.attrs.part_of else None


def _only(members: list[Claim], test) -> Claim | None:
    """The one figure of a clause that passes ``test`` and is its own (not a part, not a restatement),
    or None when there is none or more than one."""
    found = [c for c in members if test(c) and not c.attrs.part_of and not c.attrs.restates]
    return found[0] if len(found) == 1 else None


def _same_figure(x: Claim, end: Claim) -> bool:
    """An earlier level of what a change ended at: one noun, one unit, one owner, stated plainly
    (not a change, a part, a range, a restatement, a hedge)."""
    if x.attrs.part_of or x.attrs.restates or x.attrs.range or x.attrs.hedge or x.label == "MULTIPLE" or x.attrs.additive:
        return False
    if x.attrs.role in ("amount", "by") or not same_scale(x, end) or x.unit != end.unit or x.label != end.label:
        return False
    if (x.attrs.noun or end.attrs.noun) and x.attrs.noun != end.attrs.noun:
        return False
    return not (x.attrs.owner and end.attrs.owner and x.attrs.owner != end.attrs.owner)


def _change_amount(c: Claim) -> bool:
    """By how much a change went: the verb's 'by' or adverbial figure, its object when the verb is one
    of change ('gained 40 seats'), or the first figure of 'rose D to E' (read by extraction as a range)."""
    if c.attrs.range:
        return c.attrs.range == "to" and c.attrs.range_role == "start" and c.attrs.direction is not None
    return c.attrs.role in ("amount", "by") or c.attrs.role == "object" and c.attrs.direction is not None


def _change_start(c: Claim) -> bool:
    """Where a change began: 'from S' on the verb, or the start of its 'from S to E'."""
    if c.attrs.range:
        return c.attrs.range == "from" and c.attrs.range_role == "start"
    return c.attrs.role == "from"


def _change_end(c: Claim) -> bool:
    """Where a change ended: 'to E' on the verb, or the end of its 'from S to E'."""
    if c.attrs.range:
        return c.attrs.range_role == "end" and (c.attrs.range == "from" or c.attrs.range == "to" and c.attrs.direction is not None)
    return c.attrs.role == "to"


def _same_unit(a: Claim, b: Claim) -> bool:
    """Two figures of one measure: the same unit, or one of them written bare ('rose 300 to 4,700
    members'); '12 points' and '1,200 index points' are one unit, 'tons' and 'trucks' are not."""
    return a.unit is None or b.unit is None or a.unit == b.unit or a.label == "MONEY" and b.label == "MONEY"


def _difference(ctx: Context, amount: Claim, involved: tuple[Claim, ...], a: Claim, b: Claim, weak: bool = False) -> Relation:
    """``amount`` stated as the gap between ``a`` and ``b``, within the rounding of both; ``weak`` when
    the three are bound by less than one verb (an exact hedge then only warns)."""
    diff = abs(a.value - b.value)
    hedge = hedge_of(*involved)
    return Relation(
        id=ctx.relation_id("arithmetic.difference", *involved), doc_id=ctx.doc.id, check="arithmetic.difference",
        claims=tuple(c.id for c in involved), spans=merge_spans([c.span for c in involved]),
        stated=float(amount.value), computed=float(diff), tolerance=rounding(amount), slack=rounding(a) + rounding(b),
        working=f"{num(max(a.value, b.value))} - {num(min(a.value, b.value))} = {num(diff)}", said=num(amount.value),
        hedge="weak" if weak and hedge == "exact" else hedge)


def change_decomposition(ctx: Context) -> list[Relation]:
    """For a count range 'from A to B', the parts are the counts that follow it in the same
    paragraph up to the last one marked as additional ('two more', 'another three'). The
    additive cue is what says the text is itemising the change; without it there is no relation."""
    relations = []
    for a in ctx.claims:
        if not (is_count(a) and a.attrs.range == "from" and a.attrs.range_role == "start"):
            continue
        b = ctx.by_id.get(a.attrs.pair or "")
        if b is None or not is_count(b) or a.value == b.value:
            continue
        after = [c for c in ctx.claims if c.start >= b.end and c.attrs.para == a.attrs.para and is_count(c)
                 and c.attrs.range is None]
        last_additive = max((i for i, c in enumerate(after) if c.attrs.additive), default=None)
        if last_additive is None:
            continue
        parts = after[: last_additive + 1]
        decrease = a.value > b.value
        total = sum(c.value for c in parts)
        computed = a.value - total if decrease else a.value + total
        op = " - " if decrease else " + "
        involved = (a, b, *parts)
        phrase = (a.start - 5 if ctx.doc.text[max(0, a.start - 5):a.start] == "from " else a.start, b.end)
        relations.append(Relation(
            id=ctx.relation_id("arithmetic.change-decomposition", a), doc_id=ctx.doc.id, check="arithmetic.change-decomposition",
            claims=tuple(c.id for c in involved), spans=merge_spans([phrase, *(c.span for c in involved)]),
            stated=float(b.value), computed=float(computed),
            working=f"{num(a.value)}{op}{op.join(num(c.value) for c in parts)} = {num(computed)}", hedge=hedge_of(*involved)))
    return relations


def _compatible(whole: Claim, part: Claim) -> bool:
    if whole.label == "MONEY":
        return part.unit == whole.unit or (part.unit is None and part.label == "CARDINAL")
    return is_count(part)


def part_whole(ctx: Context) -> list[Relation]:
    """A whole and the parts the syntax names for it (extraction's binding, not the words between
    the numbers): 'A of the N ...', 'N ..., A of them ... and B ...' (partitives, with the parts
    coordinated), 'A, B and C, for a total of N' / '... N in all' (a coordination closed by a total),
    'A of the N ... The other B ...' (a remainder).

    Closed by a total, a remainder ('the other', 'the rest') or a word like 'elsewhere', the parts
    must add up to the whole; otherwise the breakdown may be partial and the parts must only not
    add up to more than the whole ('at-most'). A restatement (a conversion in parentheses, 'or P
    percent') is never a part."""
    relations = []
    links = _Links(ctx)
    for whole in ctx.claims:
        if not _summable(whole) or whole.attrs.range is not None or whole.attrs.restates:
            continue
        parts, closed = _partitive_parts(ctx, whole, links)
        if any(c.attrs.part_of == whole.id and c.end <= whole.start and SIBLING_GAP.search(ctx.between(c, whole))
               and not any(c.end <= x.start and x.end <= whole.start for x in parts) for c in parts):
            continue  # 'N1 kinds of X by A and N2 by B': coordinated phrases of one shape are siblings, not part and whole
        if not parts:
            parts, closed = _copula_parts(ctx, whole, links), True
        listed = not parts  # parts found as a coordination closed by a total: the parse may have missed an item
        if listed:
            parts, closed = _total_parts(ctx, whole, links) or _colon_parts(ctx, whole), True
        parts = [c for c in parts if _compatible(whole, c) and not _compared(ctx, c)]  # '45 more than ...' is a gap, not a part
        included = bool(parts) and not listed and _included(ctx, whole, parts)
        loose = _uncoordinated_item(ctx, whole, parts) if included and not closed else None
        if loose is not None:
            parts = [*parts, loose]
        kinds = loose is not None or any(not _same_thing(whole, c) and not (_closing(ctx, c) and _predicate_word(ctx, c)) for c in parts)
        if not listed and kinds and not included:
            continue  # '73 stations of two lines': 'of' joins two different things, not a part and its whole
        if listed and whole.attrs.noun and len({c.attrs.noun for c in parts}) == 1 and parts[0].attrs.noun not in (None, whole.attrs.noun):
            continue  # 'from ten provinces and five provinces, totalling 30,000 people': parts of one other kind
        if not parts or (len(parts) < 2 and not closed and not any(c.value > whole.value for c in parts)):
            continue
        if any(c.attrs.hedge for c in parts) and not closed:
            continue  # 'about 300 of them': an approximate part says nothing certain about the whole
        total = sum(c.value for c in parts)
        if closed:
            # parts short of a listed total may be an item the parse did not coordinate; a whole taken from
            # the sentence before ('... A of them ...') among other figures there is bound by position: warn, never fail
            elsewhere = ctx.sentence(whole) != ctx.sentence(parts[0]) and sum(
                1 for c in ctx.in_sentence(whole, Kind.QUANTITY) if _summable(c) and _compatible(c, parts[0])) > 1
            relations.append(_breakdown(ctx, whole, parts, weak=listed and total < whole.value or elsewhere))
        else:
            relations.append(_at_most(ctx, whole, parts, kinds=kinds and not listed))
            if _contrasted(ctx, whole, parts) or _complementary(ctx, parts, included or kinds):
                relations.append(_complete(ctx, whole, parts))
    return relations


def _complementary(ctx: Context, parts: list[Claim], some: bool) -> bool:
    """'Of the 52 patients, 30 are children and 22 are adults'; 'A came from the home market and B from
    exports': parts that name, one each, every category of a set that covers a whole (children and
    adults; wins, draws and losses: ``COMPLETE_CATEGORIES``) are all of it. The category is read from
    the words of each part up to the next (a part naming two, or none, reads nothing); a word of
    inclusion ('including') says some only. A reading of the words, not of the syntax: pass or warn."""
    if some or len(parts) < 2:
        return False
    ends = [c.start for c in parts[1:]] + [min(ctx.sentence(parts[-1])[1], parts[-1].end + 60)]
    said = [set(_words(ctx.doc.text[c.start:end])[:8]) for c, end in zip(parts, ends)]
    for categories in COMPLETE_CATEGORIES:
        named = [[name for name, words in categories.items() if words & own] for own in said]
        if all(len(n) == 1 for n in named) and sorted(n[0] for n in named) == sorted(categories):
            return True
    return False


def _included(ctx: Context, whole: Claim, parts: list[Claim]) -> bool:
    """'detained 48 travellers, including five children and four students': parts the parse bound to the whole
    after a word of inclusion name kinds of what it counts (another noun than the whole's is the point of
    them), never a second thing joined by 'of'. Only parts within the whole follow: an at-most relation."""
    first = parts[0]
    return first.start > whole.end and ctx.sentence(first) == ctx.sentence(whole) and first.attrs.part_of == whole.id \
        and bool(set(_words(ctx.between(whole, first))[-3:]) & INCLUDE_WORDS)


def _uncoordinated_item(ctx: Context, whole: Claim, parts: list[Claim]) -> Claim | None:
    """'a $9 million provision, including a $6 million write-down tied to a lease and $3 million in
    severance costs': the last item of an inclusion list that the parse hung on a noun inside the item
    before it. It is the next figure of the sentence, in the last part's unit, with nothing of its own
    bound (no whole, coordination, change or bound), written after 'and' ending a short gap with no
    punctuation (no other clause). Bound by position only: the breakdown then warns, never fails."""
    last = parts[-1]
    later = [c for c in ctx.in_sentence(last, Kind.QUANTITY) if c.start >= last.end]
    if not later:
        return None
    c = later[0]
    if c.label != last.label or c.unit != last.unit or c.attrs.restates or c.attrs.part_of or c.attrs.conj_of \
            or c.attrs.hedge or c.attrs.direction or c.attrs.range or c.attrs.role in ("to", "by", "amount") or not _compatible(whole, c):
        return None
    gap = ctx.between(last, c)
    words = _words(gap)
    while words and words[-1] in ARTICLES:
        words.pop()
    if re.search(r"[,;:()\[\]]", gap) or not words or words[-1] != "and" or len(words) > LOOSE_ITEM_WORDS:
        return None
    return c


LOOSE_ITEM_WORDS = 12  # words between two items of an inclusion list the parse did not coordinate


def _contrasted(ctx: Context, whole: Claim, parts: list[Claim]) -> bool:
    """'a total of 240 ships, of which 150 were unloaded at the north quay while 90 were unloaded at the
    south quay': two parts opened by a relative partitive and set against each other ('while',
    'whereas'), each in a clause of its own verb: the two sides of the whole."""
    if len(parts) != 2 or not RELATIVE_PARTITIVE.search(ctx.doc.text[max(0, parts[0].start - 30):parts[0].start]):
        return False
    a, b = parts
    return bool(re.search(r"\b(?:while|whereas)\s+(?:the\s+other\s+|the\s+remaining\s+|another\s+)?$", ctx.between(a, b), re.I)) \
        and a.attrs.clause != b.attrs.clause and a.attrs.role == b.attrs.role


def _complete(ctx: Context, whole: Claim, parts: list[Claim]) -> Relation:
    """Parts that a cue says are all of their whole ('of which A ... while B ...', a last item 'A
    more'): beside the at-most relation, which fails, they should add up to it; the cue is a reading of
    the wording, not of the syntax: pass or warn."""
    r = _breakdown(ctx, whole, parts, weak=True)
    return Relation(**{**r.__dict__, "id": ctx.relation_id("arithmetic.part-whole", whole, parts[-1])})


def _at_most(ctx: Context, whole: Claim, parts: list[Claim], kinds: bool = False) -> Relation:
    """Parts that may not be all of their whole: together they must not be more than it. Parts named as
    ``kinds`` of the whole ('including five children and four students') may overlap: more than the whole warns."""
    total = sum(c.value for c in parts)
    sums = " + ".join(num(c.value) for c in parts)
    involved = [whole, *parts]
    return Relation(
        id=ctx.relation_id("arithmetic.part-whole", whole), doc_id=ctx.doc.id, check="arithmetic.part-whole",
        claims=tuple(c.id for c in involved), spans=merge_spans([c.span for c in involved]),
        stated=float(total), computed=float(whole.value), tolerance=sum(_rounded(c) for c in involved),
        hedge="kinds-at-most" if kinds else "at-most", working=f"{sums} = {num(total)} of {num(whole.value)}",
        messages=(f"{sums} = {num(total)}, within the {num(whole.value)} they are part of",
                  f"{sums} = {num(total)}, more than the {num(whole.value)} they are part of"))


SIBLING_GAP = re.compile(r"\b(?:and|or|but|while|whereas)\b|[;]", re.I)
WHOLE_BEFORE = re.compile(r"(?:\b[Oo]ut\s+of|(?:^|[.;:\"]\s*)Of)\s+(?:the\s+)?$")
BREAKDOWN_REACH = 4  # sentences: a breakdown closed by 'the remaining N' is told in a short run of sentences


def remainder_breakdowns(ctx: Context) -> list[Relation]:
    """'Out of the 120 seats, the Greens won 25 seats ... Labour took 60 seats ... The remaining 35
    seats went to independents': a remainder ('the remaining N', 'the other N') of a counted noun
    closes a breakdown told over a few sentences. The whole is the last figure before the parts
    written as what they are out of ('out of (the) N', 'of the N'); the parts are every figure of the
    remainder's noun between the whole and the remainder, each bound to a clause of its own (subject
    or object of its verb). Parts of another whole, restatements, changes and hedged figures end it."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, rest in enumerate(quantities):
        if not is_count(rest) or rest.attrs.noun is None or not set(_words(ctx.before(rest, 20))[-2:]) & REST_BEFORE:
            continue
        if rest.attrs.part_of or rest.attrs.hedge or rest.attrs.restates:
            continue
        noun, here = rest.attrs.noun, rest.attrs.sent
        parts: list[Claim] = []
        whole = None
        for c in reversed(quantities[:k]):
            if c.attrs.sent is None or here is None or here - c.attrs.sent > BREAKDOWN_REACH:
                break
            if c.attrs.restates or not is_count(c):
                continue
            if WHOLE_BEFORE.search(ctx.doc.text[max(0, c.start - 20):c.start]) and c.attrs.noun in (noun, None) \
                    and c.attrs.role not in ("from", "to", "by"):
                whole = c
                # 'won 90 seats out of 150': the figure the whole is written after is a part too
                j = quantities.index(c)
                first = quantities[j - 1] if j else None
                if first is not None and first.attrs.noun == noun and ctx.sentence(first) == ctx.sentence(c) \
                        and re.fullmatch(r"\s+out\s+of\s+(?:the\s+)?", ctx.between(first, c)) and not first.attrs.hedge:
                    parts.insert(0, first)
                break
            if c.attrs.noun != noun:
                continue
            if c.attrs.part_of or c.attrs.hedge or c.attrs.direction or c.attrs.range or c.attrs.role not in ("subject", "object"):
                parts = []
                break
            parts.insert(0, c)
        if whole is None or not parts:
            continue
        relations.append(_breakdown(ctx, whole, [*parts, rest]))
    return relations


def earlier_wholes(ctx: Context, used: set[str]) -> list[Relation]:
    """'Police held 25 people. Eleven were freed and the other 14 remain in custody' / '... One of the
    brigades was recalled. The other four stayed': a remainder ('the other N', 'the remaining N', 'the
    N others'; 'leaving N' after parts said to be 'of them') closes a breakdown of a count stated just before. The parts are the bare counts before
    the remainder in its sentence (no noun of their own, so they count what was counted before), or,
    when there are none, the partitives of a definite group in the sentence before it ('A of the
    NOUN'); the whole is the one count of the sentence before the parts (of the parts' noun, when they
    name one). Which count that is is read from position, not syntax: the relation passes or warns."""
    relations = []
    for rest in ctx.claims:
        if rest.kind is not Kind.QUANTITY or rest.id in used or not is_count(rest) or rest.attrs.part_of or rest.attrs.hedge:
            continue
        before_rest = _words(ctx.before(rest, 20))
        left = before_rest[-1:] != [] and before_rest[-1] in LEAVING_WORDS and rest.attrs.noun is None
        if not (set(before_rest[-2:]) & REST_BEFORE and rest.attrs.noun is None or left
                or rest.attrs.noun in RELATIVE_NOUNS and before_rest[-1:] == ["the"]):
            continue
        here = ctx.sentence_index(rest.start)
        parts = [c for c in ctx.in_sentence(rest, Kind.QUANTITY) if c.end <= rest.start]
        if left and not (parts and all(DEFINITE_PARTITIVE.match(ctx.after(c, 20)) for c in parts)):
            continue  # 'leaving R' closes only parts said to be of the set told before ('A of them, leaving R')
        if not parts:
            parts, here = [c for c in ctx.of_sentence(here - 1, Kind.QUANTITY)], here - 1
            if not parts or not all(DEFINITE_PARTITIVE.match(ctx.after(c, 20)) and c.attrs.noun for c in parts):
                continue
        elif any(c.attrs.noun is not None and not DEFINITE_PARTITIVE.match(ctx.after(c, 20)) for c in parts):
            continue
        if any(c.id in used or not is_count(c) or c.attrs.hedge or c.attrs.additive or c.attrs.part_of
               or c.attrs.range or c.attrs.role not in ("subject", "object") for c in parts):
            continue
        nouns = {c.attrs.noun for c in parts} - {None}
        candidates = [c for c in ctx.of_sentence(here - 1, Kind.QUANTITY) if c.id not in used and is_count(c)
                      and c.attrs.noun is not None and c.attrs.hedge != "bound" and not c.attrs.part_of
                      and not c.attrs.additive and not c.attrs.range and not c.attrs.restates]
        named = [c for c in candidates if c.attrs.noun in nouns]
        if len(nouns) > 1 or len(named or candidates) != 1:
            continue
        whole = (named or candidates)[0]
        used.update(c.id for c in (whole, *parts, rest))
        relations.append(_breakdown(ctx, whole, [*parts, rest], weak=True))
    return relations


ALL_BEFORE = re.compile(r"\b[Aa]ll\s+(?:the\s+|of\s+the\s+)?$")  # 'all 12 passengers', 'all the 12 ...'
REST_FIRST_REACH = 3  # sentences before the whole in which the rest of it may be stated first


def earlier_rests(ctx: Context, used: set[str]) -> list[Relation]:
    """'All 12 passengers who stayed aboard were rescued. ... There were 40 passengers on the ferry, and
    28 of them jumped into the water': the rest of a whole stated first, as 'all R NOUN', a few sentences
    before the whole and its one partitive part ('A of them'): R + A = N. Bound by the noun and by
    position: pass or warn."""
    relations = []
    links = _Links(ctx)
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for whole in quantities:
        parts = links.parts.get(whole.id, [])
        if whole.id in used or len(parts) != 1 or not is_count(whole) or whole.attrs.noun is None or whole.attrs.hedge \
                or whole.attrs.range or whole.attrs.restates or whole.attrs.part_of or whole.attrs.additive:
            continue
        part = parts[0]
        if part.id in used or part.attrs.hedge or not is_count(part) or part.attrs.noun not in (None, whole.attrs.noun) \
                or len(links.group([part])) != 1 or _closing(ctx, part):
            continue
        here = ctx.sentence_index(whole.start)
        start = ctx.sentence(whole)[0]
        rests = [c for c in quantities if c.end <= start and 0 < here - ctx.sentence_index(c.start) <= REST_FIRST_REACH
                 and c.attrs.noun == whole.attrs.noun and is_count(c)]
        if not rests or not ALL_BEFORE.search(ctx.before(rests[-1], 12)):
            continue
        rest = rests[-1]  # the latest count of the noun before the whole, written 'all R NOUN'
        if rest.id in used or rest.attrs.hedge or rest.attrs.part_of or rest.attrs.range or rest.attrs.restates \
                or rest.attrs.additive or rest.value == part.value:  # a rest beyond the whole fails the sum: kept
            continue
        used.update(c.id for c in (whole, part, rest))
        relations.append(_breakdown(ctx, whole, [part, rest], weak=True))
    return relations


def compound_remainders(ctx: Context, used: set[str]) -> list[Relation]:
    """'The council approved a 300 million dollar budget. 120 million dollars of the budget will go to
    roads. The remaining 180 million dollars ...': a whole written as the measure of a noun ('a
    300-hectare farm'), a part of that noun in the sentence after ('A of the farm'), and a remainder
    of the same measure closing it within the next two sentences ('the remaining R', 'the other R').
    The part is bound through the noun, the remainder by position: pass or warn."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, whole in enumerate(quantities):
        # 'a $60 million loan': a sum of money is the measure of the noun it counts (not its currency word)
        measured = whole.attrs.modifies or (whole.attrs.noun if whole.label == "MONEY" and whole.attrs.noun
                                            and whole.attrs.noun not in _words(whole.text) else None)
        if whole.id in used or measured is None or whole.attrs.range or whole.attrs.restates \
                or whole.attrs.hedge or whole.attrs.part_of or not (_summable(whole) or whole.unit):
            continue
        of_noun = re.compile(r"\s+of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
                             + re.escape(measured) + r"s?\b", re.I)
        here = ctx.sentence_index(whole.start)
        later = [c for c in quantities[k + 1:] if ctx.sentence_index(c.start) - here <= 1 + BREAKDOWN_REST_REACH]
        parts = [c for c in later if ctx.sentence_index(c.start) == here + 1 and of_noun.match(ctx.doc.text, c.end)]
        if len(parts) != 1:
            continue
        part = parts[0]
        rests = [c for c in later if c.start > part.end and set(_words(ctx.before(c, 20))[-2:]) & REST_BEFORE]
        if len(rests) != 1:
            continue
        rest = rests[0]
        # an approximate part ('about 300 hectares of the farm') warns beyond its hedge; a figure as large as the whole
        # is a wrong figure, not a reason to leave the breakdown unread
        if any(c.id in used or c.attrs.hedge == "bound" or c.attrs.range or c.attrs.restates or c.attrs.additive
               or c.label != whole.label or c.unit not in (None, whole.unit) for c in (part, rest)) or rest.attrs.hedge:
            continue
        used.update(c.id for c in (whole, part, rest))
        relations.append(_breakdown(ctx, whole, [part, rest], weak=True))
    return relations


BREAKDOWN_REST_REACH = 1  # sentences after the part in which its remainder may be stated


DEFINITE_PARTITIVE = re.compile(r"^\s+of\s+(?:the|these|those|them)\b", re.I)  # 'One of the brigades', '120 of the trees'
# a sentence that opens on a group named before: 'These complaints ...', 'Those 400 ...'
ANAPHORIC_OPENING = re.compile(r"\W*(?:These|Those|All\s+(?:the|these|those))\s+((?:[a-z-]+\s+){0,2}?)([a-z]+)\s+", re.I)


def anaphoric_breakdowns(ctx: Context, used: set[str]) -> list[Relation]:
    """'The ministry received 400 complaints. These complaints consisted of 250 from towns and 150
    from villages': a sentence opened by a demonstrative on the noun a count of the sentence before
    counted, with coordinated bare counts in it, breaks that count down. 'consisted of', 'comprised',
    'were' make the parts all of it (bound through the demonstrative, not the parse: pass or warn);
    other verbs may name some of it only (at most the whole)."""
    relations = []
    links = _Links(ctx)
    for k, (s, e) in enumerate(ctx.doc.sentences):
        if k == 0:
            continue
        m = ANAPHORIC_OPENING.match(ctx.doc.text, s, e)
        here = ctx.of_sentence(k, Kind.QUANTITY)
        if m is None or not here or here[0].start < m.end() or any(c.id in used for c in here):
            continue
        parts = [c for c in links.group(here[:1]) if ctx.sentence_index(c.start) == k]
        # figures of a participle set off after the parts ('..., funded by $40 million from ...') say how, not what
        here = [c for c in here if not parts or c.start < parts[-1].end
                or not PARTICIPLE_AFTER.match(ctx.doc.text[parts[-1].end:c.start])]
        if len(parts) < 2 or any(c.attrs.noun is not None and c.label != "MONEY" or c.attrs.hedge or not _summable(c) or c.attrs.restates
                                 or _compared(ctx, c) for c in parts) or len(parts) != len(here):
            continue
        noun = singular(m.group(2).lower())
        candidates = [c for c in ctx.of_sentence(k - 1, Kind.QUANTITY) if c.id not in used and _summable(c)
                      and noun in (c.attrs.noun, _group_noun(ctx, c)) and not c.attrs.range and not c.attrs.restates
                      and not c.attrs.part_of]
        if len(candidates) != 1:
            continue
        whole = candidates[0]
        if not all(_compatible(whole, c) for c in parts):
            continue
        used.update(c.id for c in (whole, *parts))
        closed = parts[0].attrs.verb in CONSIST_VERBS
        relations.append(_breakdown(ctx, whole, parts, weak=True) if closed else _at_most(ctx, whole, parts))
    return relations


PARTICIPLE_AFTER = re.compile(r"[^0-9;:()]*?,\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:by|with|from|through)\b")  # ', funded by'
GROUP_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:[a-z]+\s+){0,2}$")  # 'donations of (about) N'


def _group_noun(ctx: Context, c: Claim) -> str | None:
    """The noun a figure is the of-complement of ('donations' in 'donations of 400 million dollars'),
    singular, lower case: what the figure measures when its own noun is only its unit."""
    if c.attrs.role != "of":
        return None
    m = GROUP_OF.search(ctx.before(c, 40))
    return singular(m.group(1).lower()) if m else None


MODEL_NAME = re.compile(r"\b[A-Za-z][\w-]*\d[\w-]*")  # 'A320s', 'F-16s': digits of a name, not a figure
OWN_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?of\s+(?:its|their|his|her|our|your)\s+own\b", re.I)  # 'and B of its own'
INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.I)


def apposed_breakdowns(ctx: Context, used: set[str]) -> list[Relation]:
    """A counted whole and a breakdown set beside it in its own sentence, bound by the parse's
    coordination and the punctuation that opens the breakdown:
    - apposed, each part bare and placed by a preposition: 'bought 60 buses, 25 for the north, 20
      for the south and 15 more for the airport' (the parts may be some of the buses: at most the whole,
      unless a part closes them: 'the rest', 'elsewhere');
    - in parentheses right after it: '30 trucks (18 diesel and 12 electric)': a gloss of the whole,
      every part of it, but a parenthesis may also hold something else: pass or warn;
    - 'including A ... and B of its own': the owner's own closes the breakdown;
    - apposed with counted nouns that name every category of a covering set ('24 people, 18 men and
      six women', the three coordinated by the parse): all of the whole, weakly bound."""
    relations = []
    links = _Links(ctx)
    for whole in ctx.claims:
        if whole.id in used or not _summable(whole) or whole.attrs.noun is None or whole.attrs.range \
                or whole.attrs.restates or whole.attrs.part_of or whole.attrs.hedge == "bound":
            continue
        after = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.start >= whole.end]
        if not after or after[0].id in used:
            continue
        first, gap = after[0], ctx.between(whole, after[0])
        found = None
        if re.fullmatch(r"\s*(?:,|--|—|–)\s*", gap) and first.attrs.conj_of == whole.id:
            parts = [c for c in links.group([whole]) if c is not whole]
            if len(parts) < 2 or not all(c.start > whole.end and not c.attrs.hedge for c in parts):
                continue
            if "," in gap and all(c.attrs.noun is None for c in parts) \
                    and all(_words(ctx.after(c, 20))[:2] and (set(_words(ctx.after(c, 20))[:2]) & PART_PREPOSITIONS) for c in parts):
                found = parts, any(_closing(ctx, c) for c in parts), False
            elif all(c.attrs.noun not in (None, whole.attrs.noun) for c in parts) and _complementary(ctx, parts, False):
                # 'arrested 24 people, 18 men and six women': the parse coordinates the three, but parts
                # naming every category of a covering set are the whole's breakdown (a reading of the words: weak)
                found = parts, True, True
        elif re.fullmatch(r"\s*\(\s*", gap):
            close = ctx.doc.text.find(")", first.end)
            parts = [c for c in after if close != -1 and c.end <= close]
            if len(parts) >= 2 and all(is_count(c) and not c.attrs.hedge for c in parts) \
                    and re.search(r"\band\s+$", ctx.between(parts[-2], parts[-1])) \
                    and all(re.fullmatch(r"[^0-9;:()]*", MODEL_NAME.sub("", ctx.between(a, b))) for a, b in zip(parts, parts[1:])):
                found = parts, True, True
        elif INCLUDING_BEFORE.search(ctx.doc.text[whole.end:first.start]) and re.fullmatch(r"[^0-9;:()]{0,30}", gap):
            parts = [c for c in links.group([first]) if c.start >= first.start]
            if len(parts) >= 2 and OWN_AFTER.match(ctx.after(parts[-1], 30)) and not any(c.attrs.hedge for c in parts):
                found = parts, True, False
        if found is None:
            continue
        parts, closed, weak = found
        if any(c.id in used or c.attrs.restates and c.attrs.restates != whole.id or not _compatible(whole, c)
               or _compared(ctx, c) for c in parts):
            continue
        used.update(c.id for c in (whole, *parts))
        relations.append(_breakdown(ctx, whole, parts, weak=weak) if closed else _at_most(ctx, whole, parts))
        if not closed and _one_more(ctx, parts):
            relations.append(_complete(ctx, whole, parts))
    return relations


# 'Of the 25 passengers, ' / 'Out of those 40 seats, ': a sentence opened on the whole its figures share out
OPENING_WHOLE = re.compile(r"\W*(?:Of|Out\s+of)\s+(?:the|those|these|its|their|all)\s+$")
OPENING_WHOLE_CLOSE = re.compile(r"[^0-9;:()]{0,60}?,\s*(?:(?:" + "|".join(APPROX_WORDS) + r")\s+)?")
# between two parts, each opening a clause of its own or elided: '12 were rescued, 8 swam ashore and one ...'
OPENING_PART_GAP = re.compile(r"[^0-9;:()]{0,60}?(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)"
                              r"(?:the\s+(?:other\s+|remaining\s+)?)?")


def opening_partitives(ctx: Context, used: set[str]) -> list[Relation]:
    """'Of the 25 passengers, 12 were rescued, 8 swam ashore, 4 are missing and one was killed': a sentence
    opened on a counted whole ('Of the N NOUN,', 'Out of the N NOUN,') and every later figure of it an item
    of one list, each counting what the whole counts (no noun, or the whole's), the parser having bound at
    most some of them to it. Only a remainder says for certain that the list is all of the whole: else the
    items must not be more than it (fails), and that they make it up is the wording's reading (pass or warn)."""
    relations = []
    for k, (s, _) in enumerate(ctx.doc.sentences):
        here = [c for c in ctx.of_sentence(k, Kind.QUANTITY) if not _duration(c)]
        if len(here) < 3 or not OPENING_WHOLE.fullmatch(ctx.doc.text[s:here[0].start]):
            continue
        whole, parts = here[0], here[1:]
        if whole.id in used or not is_count(whole) or whole.attrs.noun is None or whole.attrs.hedge or whole.attrs.range \
                or whole.attrs.restates or not OPENING_WHOLE_CLOSE.fullmatch(ctx.between(whole, parts[0])):
            continue
        if any(c.id in used or not is_count(c) or c.attrs.noun not in (None, whole.attrs.noun, *RELATIVE_NOUNS) or c.attrs.hedge
               or c.attrs.range or c.attrs.restates or c.attrs.additive or c.attrs.part_of not in (None, whole.id)
               or _compared(ctx, c) for c in parts):
            continue
        if not all(OPENING_PART_GAP.fullmatch(ctx.between(a, b)) for a, b in zip(parts, parts[1:])):
            continue
        used.update(c.id for c in (whole, *parts))
        closed = any(_closing(ctx, c) for c in parts)
        relations.append(_breakdown(ctx, whole, parts) if closed else _at_most(ctx, whole, parts))
        if not closed and _complementary(ctx, parts, some=False):
            relations.append(_complete(ctx, whole, parts))
    return relations


def _one_more(ctx: Context, parts: list[Claim]) -> bool:
    """'60 buses, 25 for the north, 20 for the south and 15 more for the airport': a last item 'N more',
    after two or more items, closes the list the whole is shared out in."""
    last = parts[-1]
    return len(parts) >= 3 and last.attrs.additive and _words(ctx.after(last, 12))[:1] == ["more"] \
        and not any(c.attrs.additive for c in parts[:-1])


# between one part's clause and the next part's: a clause join, then the next clause's verb ('..., then take B ...');
# digits there are no figures (the parts are consecutive figures) but dates and model names ('A320 jets in 2025')
NEXT_CLAUSE_GAP = re.compile(r"[^;:()]{0,60}?(?:,\s*|\s)(?:then|and\s+then|and|while|whereas|but)\s+[^;:()]{0,40}$", re.I)
WHOLE_REACH = 2  # sentences back in which the whole of a list of amounts by place may be stated


def next_sentence_breakdowns(ctx: Context, used: set[str]) -> list[Relation]:
    """'The firm ordered 50 trucks. It will take 30 trucks from one plant, while another 20 come from
    the other': the counts of the sentence right after a count break it down when the first names its
    noun (a count of people also by the same verb: people are counted for many events), each later one
    is tied to it ('another N', coordinated, 'the other N', or a clause of its own joined to the first's
    with the same noun in the same role: '30 trucks ..., then take 20 trucks ...') and counts the same
    thing, and no date of their own sets them in other periods ('12 on Tuesday and 8 on Wednesday').
    A list of bare amounts after the first ('200 doses in Lyon, 150 in Dijon and 100 in Nice') may break
    down a count of its noun two sentences back when nothing of that noun is counted between.
    A whole written as a group ('a crowd of 90 people') may be broken down by kinds of people when each
    later part is 'another N' of the first part's verb. Nothing says they are all of it unless a
    remainder closes them: at most the whole; closed, bound by position: pass or warn."""
    relations = []
    for k in range(1, len(ctx.doc.sentences)):
        parts = [c for c in ctx.of_sentence(k, Kind.QUANTITY) if c.label != "DURATION"]
        if len(parts) < 2 or _other_periods(ctx, k) or any(
                c.id in used or not is_count(c) or c.attrs.part_of or c.attrs.restates or c.attrs.range
                or c.attrs.hedge == "bound" or _compared(ctx, c) for c in parts):
            continue
        first = parts[0]
        listed = first.attrs.noun is not None and all(
            c.attrs.noun is None and LIST_ITEM_GAP.match(ctx.between(a, c)) for a, c in zip(parts, parts[1:]))
        if any(c.attrs.role not in ("subject", "object") for c in (parts[:1] if listed else parts)):
            continue
        whole = _whole_before(ctx, k, first.attrs.noun if listed else None)
        if whole is None or whole.id in used or whole.attrs.part_of or whole.attrs.range or whole.attrs.restates \
                or whole.attrs.additive or whole.attrs.hedge == "bound" or whole.attrs.role not in ("subject", "object", "of") \
                or whole.attrs.direction:
            continue
        noun = whole.attrs.noun
        if first.attrs.additive or noun in GENERIC_NOUNS and first.attrs.verb != whole.attrs.verb and not _kinds_of_group(ctx, whole, parts):
            continue
        if first.attrs.noun != noun and not (listed and _counts(whole, first.attrs.noun)) and not _kinds_of_group(ctx, whole, parts):
            continue
        if not listed and not all(c.attrs.noun in (None, noun, *RELATIVE_NOUNS) and (
                c.attrs.conj_of or _closing(ctx, c) or c.attrs.additive and "another" in _words(ctx.before(c, 12))[-1:])
                or c.attrs.noun is not None and c.attrs.noun == first.attrs.noun and c.attrs.role == first.attrs.role
                and c.attrs.clause != first.attrs.clause and NEXT_CLAUSE_GAP.match(ctx.between(a, c))
                for a, c in zip(parts, parts[1:])):
            continue
        if listed and not all(c.value < whole.value for c in parts):
            continue  # a list of amounts takes its whole from further back: one smaller than an item is not it
        used.update(c.id for c in (whole, *parts))
        if any(_closing(ctx, c) for c in parts):
            relations.append(_breakdown(ctx, whole, parts, weak=True))
            continue
        r = _at_most(ctx, whole, parts)
        loose = sum(0.1 * c.value for c in parts if c.attrs.hedge == "approx")  # 'nearly 60' may be 54 or 66
        if all(c.value < whole.value for c in parts):
            relations.append(Relation(**{**r.__dict__, "tolerance": r.tolerance + loose}))
        else:  # tied part to part ('another'): a part as large as the whole is a wrong figure (or whole): warn
            relations.append(Relation(**{**r.__dict__, "stated": r.computed, "computed": r.stated, "hedge": "weak",
                                         "tolerance": max(0.0, r.computed - r.stated) + loose, "slack": r.tolerance}))
    return relations


def kinds_of_one_event(ctx: Context, used: set[str]) -> list[Relation]:
    """'Gunmen killed more than 50 people in a raid, police said on Sunday. The gunmen killed 44 villagers
    and seven guards in the attack on Saturday': the next sentence tells the same event (the same verb,
    the count in the same role) by kinds of the people the sentence before counted, coordinated in one
    clause, each with a noun of its own. The kinds are the people counted; bound by the verb and by
    position, not by syntax: pass or warn (a bound 'more than 40' lets them be up to a quarter off)."""
    relations = []
    links = _Links(ctx)
    for k in range(1, len(ctx.doc.sentences)):
        here = ctx.of_sentence(k, Kind.QUANTITY)
        if not here or len(ctx.of_sentence(k, Kind.DATE)) > 1:
            continue
        parts = [c for c in links.group(here[:1]) if ctx.sentence_index(c.start) == k]
        if len(parts) < 2 or len(parts) != len(here) or len({c.attrs.clause for c in parts}) != 1 \
                or len({c.attrs.noun for c in parts}) != len(parts) or any(
                c.id in used or not is_count(c) or c.attrs.noun is None or c.attrs.noun in COUNT_GENERIC_NOUNS or c.attrs.hedge
                or c.attrs.part_of or c.attrs.restates or c.attrs.range or c.attrs.additive or _compared(ctx, c)
                or c.attrs.role != parts[0].attrs.role for c in parts):
            continue
        candidates = [c for c in ctx.of_sentence(k - 1, Kind.QUANTITY) if is_count(c) and c.attrs.noun is not None]
        if len(candidates) != 1:
            continue
        whole = candidates[0]
        if whole.id in used or whole.attrs.noun not in GENERIC_NOUNS or whole.attrs.verb != parts[0].attrs.verb \
                or any(c.attrs.noun == whole.attrs.noun for c in parts) \
                or whole.attrs.role != parts[0].attrs.role or whole.attrs.part_of or whole.attrs.range \
                or whole.attrs.restates or whole.attrs.additive or whole.attrs.direction:
            continue
        used.update(c.id for c in (whole, *parts))
        relations.append(_breakdown(ctx, whole, parts, weak=True))
    return relations


def _other_periods(ctx: Context, k: int) -> bool:
    """Dates in sentence ``k`` that may set its counts in periods other than the whole's: any date,
    unless each is in a future clause and the sentence before dates nothing in the future ('ordered 50
    jets last month. It will take 30 next year, then 20 in 2026' schedules the order; '... 12 on Tuesday
    and 8 on Wednesday' are counts of other days, as are future counts after a future whole)."""
    dates = ctx.of_sentence(k, Kind.DATE)
    return bool(dates) and (any(d.attrs.tense != "future" for d in dates)
                            or any(d.attrs.tense == "future" for d in ctx.of_sentence(k - 1, Kind.DATE)))


def _whole_before(ctx: Context, k: int, noun: str | None) -> Claim | None:
    """The one count with a noun in sentence ``k - 1``; or, for a list of amounts of ``noun``, the one
    count of ``noun`` in the nearest of the two sentences before that counts it."""
    candidates = [c for c in ctx.of_sentence(k - 1, Kind.QUANTITY) if is_count(c) and c.attrs.noun is not None]
    if noun is None:
        if not ctx.of_sentence(k - 1, Kind.QUANTITY) and k >= 2:
            # a sentence with no figure between ('The first arrive in March.'): the whole may be one further back
            candidates = [c for c in ctx.of_sentence(k - 2, Kind.QUANTITY) if is_count(c) and c.attrs.noun is not None]
        return candidates[0] if len(candidates) == 1 else None
    for back in range(1, WHOLE_REACH + 1):
        named = [c for c in ctx.of_sentence(k - back, Kind.QUANTITY) if is_count(c) and _counts(c, noun)] if k >= back else []
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _counts(c: Claim, noun: str) -> bool:
    """A count of ``noun``, or of a compound it is the first word of ('8,000 job cuts' counts cuts of jobs: a
    list of jobs cut by place breaks it down)."""
    return c.attrs.noun == noun or len(c.attrs.counted) >= 2 and singular(c.attrs.counted[-2].lower()) == noun


def _kinds_of_group(ctx: Context, whole: Claim, parts: list[Claim]) -> bool:
    """'a crowd of 9,000 fans. Nearly 6,000 Britons travelled to X, while another 3,000 travelled to Y': a
    whole written as a group (the of-complement of a noun) and parts of one verb, each later one
    'another N' with no noun of its own: kinds of the group's members, one verb sharing them out."""
    return whole.attrs.role == "of" and whole.attrs.noun is not None and parts[0].attrs.noun is not None and all(
            c.attrs.noun is None and c.attrs.additive and "another" in _words(ctx.before(c, 12))[-1:]
            and c.attrs.verb == parts[0].attrs.verb for c in parts[1:])


# ', the Labour Party ', ' and the Social and Liberal Party (SLP) ': a holder's name (its abbreviation may follow)
ELIDED_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^0-9.;:()]{1,60}?(?:\s*\([A-Z][A-Za-z-]{1,9}\))?\s+")
ITEM_END = re.compile(r"\s*(?:,|\band\b|\.|;|$)")


def shared_out(ctx: Context, used: set[str]) -> list[Relation]:
    """'the 60-seat assembly' (or 'the 60 seat assembly') and, in the next sentence, 'the Greens would
    have 31 seats, Labour 17, the Farmers' Union eight and the Liberals four': a body's size in seats or
    members shared out among named holders, the noun written once and elided after ('NAME N'). Every
    figure of that sentence is the first count of the noun or an item of its list; holders left
    unnamed are possible, so the items may not exceed the size (at most: a fail when they do)."""
    relations = []
    for k in range(1, len(ctx.doc.sentences)):
        members = ctx.of_sentence(k, Kind.QUANTITY)
        wholes = [c for c in ctx.of_sentence(k - 1, Kind.QUANTITY) if c.unit and singular(c.unit) in MEMBERSHIP_NOUNS
                  and (c.attrs.modifies or re.search(r"[-\s]" + re.escape(singular(c.unit)) + r"$", c.text)
                       and re.match(r"\s+[a-z]", ctx.doc.text[c.end:c.end + 3]))]  # 'the 60 seat assembly'
        if len(wholes) != 1 or len(members) < 3 or ctx.of_sentence(k, Kind.DATE):
            continue
        whole, first = wholes[0], members[0]
        if whole.id in used or whole.attrs.hedge or first.unit != whole.unit or first.attrs.hedge or first.attrs.range:
            continue
        parts = [first]
        for a, c in zip(members, members[1:]):
            if c.unit is not None or c.attrs.hedge or c.id in used or not ELIDED_ITEM_GAP.fullmatch(ctx.between(a, c)) \
                    or not ITEM_END.match(ctx.doc.text, c.end):
                break
            parts.append(c)
        if len(parts) != len(members):
            continue
        used.update(c.id for c in (whole, *parts))
        relations.append(_at_most(ctx, whole, parts))
    return relations


# what opens the breakdown of a whole written as a measure: 'a 31-seat council, with 17 seats for ...', '...: 17 ...'
MEASURED_OPENING = re.compile(r"[^0-9;()]{0,40}?(?:,\s*(?:with|including|of\s+(?:which|whom))\s+|:\s*|\s+[-–—]\s+)(?:(?:"
                              + "|".join(sorted(APPROX_WORDS)) + r")\s+)?", re.I)


# 'The 23-man squad is made up of A and B', 'a squad of 23 players consists of A and B': the verb says the parts are all of it
MADE_OF_OPENING = re.compile(r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:(?:is|are|was|were|will\s+be)\s+(?:made\s+up|composed|comprised)\s+of|"
                             r"consists?\s+of|consisted\s+of)|\s*,\s*(?:made\s+up|composed)\s+of)\s+", re.I)  # (', made up of': reduced)


def measured_wholes(ctx: Context, used: set[str]) -> list[Relation]:
    """'Voters chose a 31-seat council, with 17 seats for the Greens and 14 for Labour': a count written as
    the measure of a noun (its phrase modifies the noun, as the parse binds it), then, after ', with', a
    colon or a dash, coordinated counts of the same noun (a bare count takes it). The parts must not be
    more than the whole (fails); that they are all of it is a reading of the wording: pass or warn.
    'including' names some of them only. A whole the verb says is made up of coordinated counts ('the 23-man
    squad is made up of 14 forwards and 9 defenders') must equal them."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, whole in enumerate(quantities):
        if whole.id in used or not is_count(whole) or whole.attrs.hedge or whole.attrs.range or k + 2 >= len(quantities):
            continue
        first = quantities[k + 1]
        made_of = MADE_OF_OPENING.fullmatch(ctx.between(whole, first))
        opening = MEASURED_OPENING.fullmatch(ctx.between(whole, first))
        kinds_of_all = False  # 'from 22 games, with 12 wins, five draws and five defeats': categories that cover the whole
        if made_of is None and opening is not None and not whole.attrs.modifies and "including" not in opening.group(0).lower():
            listed = [first] + [c for c in quantities[k + 2:] if c.attrs.conj_of and ctx.sentence(c) == ctx.sentence(whole)]
            kinds_of_all = _complementary(ctx, listed, some=False)
        if ctx.sentence(first) != ctx.sentence(whole) or made_of is None and not kinds_of_all and (
                opening is None or not whole.attrs.modifies or not whole.attrs.noun or not _counts(first, whole.attrs.noun)):
            continue
        parts = [first]
        for c in quantities[k + 2:]:
            if ctx.sentence(c) != ctx.sentence(whole) or c.attrs.conj_of not in {x.id for x in parts} and not (
                    made_of and LIST_SEPARATOR.fullmatch(ctx.between(parts[-1], c))):
                break  # coordinated, as the parse binds it (or, after 'made up of', by a comma or 'and' alone)
            if not (made_of or kinds_of_all or _counts(c, whole.attrs.noun) or c.unit is None and not c.attrs.noun):
                break
            parts.append(c)
        if len(parts) < 2 or {c.id for c in parts} & used or any(c.attrs.range or c.attrs.restates or not is_count(c) for c in parts):
            continue
        used.update(c.id for c in (whole, *parts))
        if made_of:  # 'is made up of A and B': all of it, by the verb
            relations.append(_breakdown(ctx, whole, parts))
            continue
        if kinds_of_all:  # all of it, by the words that name the parts: no more than it, and (weakly) all of it
            relations += [_at_most(ctx, whole, parts), _complete(ctx, whole, parts)]
            continue
        some = "including" in opening.group(0).lower()
        relations.append(_at_most(ctx, whole, parts, kinds=some))
        if not some:
            relations.append(_complete(ctx, whole, parts))
    return relations


def results_by_verb(ctx: Context, used: set[str]) -> list[Relation]:
    """'won 18 of its 26 games, drawing six and losing two'; 'played 26 games, winning 18, drawing six and
    losing two': counts each right after a verb naming one category of a set that covers a whole (wins,
    draws, losses: ``COMPLETE_CATEGORIES``), every category once, against the one count of games in
    their sentence. No more than it (fails), and, by the words, all of it (pass or warn)."""
    relations = []
    for k in range(len(ctx.doc.sentences)):
        counts = [c for c in ctx.of_sentence(k, Kind.QUANTITY) if is_count(c) and not c.attrs.range and not c.attrs.restates]
        if len(counts) < 3:
            continue
        verb_before = [(c, w[-1]) for c in counts if (w := _words(ctx.before(c, 15)))]
        for categories in COMPLETE_CATEGORIES:
            named: dict[str, list[Claim]] = {}
            for c, word in verb_before:
                for name, words in categories.items():
                    if word in words:
                        named.setdefault(name, []).append(c)
            if sorted(named) != sorted(categories) or any(len(v) != 1 for v in named.values()):
                continue
            parts = sorted((v[0] for v in named.values()), key=lambda c: c.start)
            wholes = [c for c in counts if c.attrs.noun in CONTEST_NOUNS and c not in parts]
            if len(wholes) != 1 or wholes[0].attrs.hedge:
                break
            whole = wholes[0]
            if {c.id for c in (whole, *parts)} & used or any(c.attrs.hedge for c in parts):
                break
            used.update(c.id for c in (whole, *parts))
            relations += [_at_most(ctx, whole, parts), _complete(ctx, whole, parts)]
            break
    return relations


# 'leaving (it with) R', 'the remaining R', 'the other R': the figure that closes a breakdown
REST_CUE = re.compile(r"(?:\b(?:" + alternation(sorted(LEAVING_WORDS)) + r")(?:\s+(?:it|them|him|her|us|the\s+[a-z]+))?(?:\s+with)?"
                      r"|\b(?:the|its|their)\s+(?:" + alternation(sorted(REST_BEFORE)) + r")(?:\s+of\s+the)?)\s+(?:(?:"
                      + "|".join(sorted(APPROX_WORDS)) + r")\s+)?$", re.I)


DEFINITE_OF = re.compile(r"\s+of\s+the\s+([a-z]+)\b(?!\s+\d)")  # 'Two of the injured': a part of a group named back
NAMED_BACK_REACH = 5  # sentences before a part in which the group its definite noun names back may be counted


def _named_back(ctx: Context, quantities: list[Claim], before: list[Claim]) -> Claim | None:
    """The whole of 'Two of the injured were ... while the other seven ...': the one count in the few
    sentences before of what the definite noun names, by its noun or by the event it says happened to
    them ('nine villagers wounded' for 'the injured'). Bound by reference, not syntax: weak."""
    first = before[0]
    m = DEFINITE_OF.match(ctx.doc.text, first.end)
    if m is None or len(before) != 1:
        return None
    word = m.group(1)
    event = EVENT_VERB_CLASSES.get(word)
    here = ctx.sentence_index(first.start)

    def names(x: Claim) -> bool:
        if x.attrs.noun is not None and x.attrs.noun == singular(word):
            return True
        after = _words(ctx.after(x, 20))[:1]
        return event is not None and (EVENT_VERB_CLASSES.get((x.attrs.verb or "").lower()) == event
                                      or after != [] and EVENT_VERB_CLASSES.get(after[0]) == event)
    found = [x for x in quantities if x.end <= ctx.sentence(first)[0] and 0 < here - ctx.sentence_index(x.start) <= NAMED_BACK_REACH
             and is_count(x) and names(x) and not x.attrs.part_of and not x.attrs.range]
    return found[0] if len(found) == 1 else None


def stated_rests(ctx: Context, used: set[str]) -> list[Relation]:
    """'The council sold 45 of its 120 houses, leaving it with 75'; 'The bank approved 240 loans: 90 went to
    farmers and the remaining 150 to shopkeepers': a rest ('leaving R', 'the remaining R', 'the other R') is
    what a whole holds beyond the parts named before it in its sentence. Parts bound to the whole by the
    parse ('A of the N') make the relation exact; otherwise the whole is the first count of the sentence with
    a noun, the parts the counts between it and the rest (bare or of its noun, each the subject or object of
    its verb), bound by position: pass or warn, and only after 'remaining' or 'other', never 'leaving'."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, rest in enumerate(quantities):
        cue = REST_CUE.search(ctx.before(rest, 40))
        if cue is None or rest.id in used or not _summed(rest) or rest.attrs.part_of or rest.attrs.restates or rest.attrs.range \
                or rest.attrs.hedge == "bound":
            continue
        before = [c for c in quantities[:k] if ctx.sentence(c) == ctx.sentence(rest)]
        bound = [c for c in before if c.attrs.part_of]
        wholes = {c.attrs.part_of for c in bound}
        if len(wholes) == 1:
            whole, parts, weak = ctx.by_id.get(next(iter(wholes))), bound, False
            if whole is None or whole.start > rest.start or len(before) != len(parts) + (whole in before):
                continue  # every figure before the rest is the whole or one of its parts (the whole may be a sentence back)
        elif not wholes and before and (back := _named_back(ctx, quantities, before)) is not None:
            whole, parts, weak = back, before, True
        elif not wholes and not re.match(r"\W*leav", cue.group(0), re.I) and before:
            whole, parts, weak = before[0], before[1:], True
            if not whole.attrs.noun or any(c.attrs.noun not in (None, whole.attrs.noun) or c.unit not in (None, whole.unit)
                                           or c.attrs.role not in ("subject", "object") for c in parts):
                continue
        else:
            continue
        if not parts or not _summed(whole) or rest.attrs.noun not in (None, whole.attrs.noun) or whole.attrs.hedge == "bound" \
                or whole.attrs.range or any(not _summed(c) or c.attrs.range or c.attrs.restates or c.attrs.hedge == "bound" for c in parts) \
                or {c.id for c in (whole, *parts)} & used or len({c.unit for c in (whole, *parts, rest) if c.label == "MONEY"}) > 1 \
                or len({c.label == "MONEY" for c in (whole, *parts, rest)}) > 1:
            continue  # counts, or sums of one currency
        used.update(c.id for c in (whole, *parts, rest))
        relations.append(_breakdown(ctx, whole, [*parts, rest], weak=weak))
    return relations


def _summed(c: Claim) -> bool:
    """A figure a breakdown can add: a count, or a sum of money."""
    return is_count(c) or c.label == "MONEY" and isinstance(c.value, (int, float)) and c.value > 0 and not c.attrs.restates


# 'In 20 games, ...', 'Over the past 12 matches, ...': a fronted count that the clause after it breaks down
FRONTED_WHOLE = re.compile(r"\W*(?:In|Over|From|Across|Of)\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|first|previous|latest)\s+)?")
FRONTED_FIRST_GAP = re.compile(r"[^0-9;:()]{1,80}?\s")
VERB_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:has|have|had)\s+)?[a-z]+\s+")  # ', drew ', ' and lost '


def fronted_wholes(ctx: Context, used: set[str]) -> list[Relation]:
    """'In 20 games this season, Vale won 10, drew six and lost four': a count fronted in 'In / Over (the past)
    N NOUN' and the bare counts its clause then gives as the objects of one verb after another (an aside that
    is a part of it, 'three of them away', is passed over). The parts must not be more than the whole (fails);
    that they are all of it is a reading of the wording: pass or warn."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, whole in enumerate(quantities):
        if whole.id in used or not is_count(whole) or not whole.attrs.noun or whole.attrs.hedge or whole.attrs.range \
                or not FRONTED_WHOLE.fullmatch(ctx.doc.text, ctx.sentence(whole)[0], whole.start):
            continue
        later = [c for c in quantities[k + 1:] if ctx.sentence(c) == ctx.sentence(whole)]
        while later and later[0].attrs.part_of == whole.id:
            later.pop(0)  # an aside: 'three of them away'
        if len(later) < 2:
            continue
        prev = whole if later[0] is quantities[k + 1] else quantities[quantities.index(later[0]) - 1]
        if not FRONTED_FIRST_GAP.fullmatch(ctx.between(prev, later[0])):
            continue
        parts = [later[0]]
        for c in later[1:]:
            gap = VERB_ITEM_GAP.fullmatch(ctx.between(parts[-1], c))
            if not gap or gap.group(0).strip().endswith("ing") or c.attrs.noun not in (None, whole.attrs.noun):
                break  # ', scoring seven goals': a participle's clause, or a count of another thing, ends the list
            parts.append(c)
        if len(parts) < 2 or any(c.id in used or not is_count(c) or c.attrs.role != "object" or c.attrs.noun not in (None, whole.attrs.noun)
                                 or c.attrs.hedge or c.attrs.range or c.attrs.restates or c.attrs.part_of for c in parts):
            continue
        if len({c.attrs.clause for c in parts}) != len(parts):
            continue  # one verb each: a list of one verb's objects is another reading
        used.update(c.id for c in (whole, *parts))
        relations.append(_at_most(ctx, whole, parts))
        relations.append(_complete(ctx, whole, parts))
    return relations


# ' of the money', ' of that sum': a part of a definite noun with no figure of its own
OF_DEFINITE = re.compile(r"\s+of\s+(?:the|that|this|its|their)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(MONEY_REFERENCE_NOUNS))
                         + r")\b(?!\s+(?:of\s+)?[$£€\d])")
# 'The package includes ': a sentence opened on a definite noun with no figure, and a verb of inclusion
DEFINITE_INCLUDES = re.compile(r"\W*(?:The|This|That|Its|Their)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(INCLUDE_WORDS)) + r")\s+")
# ' for all other projects', ' on everything else': the last part closes the list
CLOSING_AFTER = re.compile(r"\s*(?:for|on|to|in|from)\s+(?:all\s+(?:the\s+)?other|the\s+rest|everything\s+else)\b", re.I)


def definite_wholes(ctx: Context, used: set[str]) -> list[Relation]:
    """'took €48,000 ... €30,000 of the money went on X and the remaining €18,000 on Y'; 'a $90
    million plan ... The package includes $40 million for A, ... and $20 million for all other
    projects': amounts of one currency that a definite noun with no figure of its own ('of the money', 'The
    plan includes') makes parts of something told before, closed by a rest, against the one amount of
    that currency the article stated before (``sole_earlier_amount``). Bound by position: pass or warn."""
    relations = []
    for k in range(len(ctx.doc.sentences)):
        money = [c for c in ctx.of_sentence(k, Kind.QUANTITY) if c.label == "MONEY"]
        if len(money) < 2 or any(c.unit != money[0].unit or c.attrs.range or c.attrs.restates or c.attrs.hedge
                                 or c.attrs.part_of or c.id in used for c in money):
            continue  # (another currency: a conversion; a part of a figure of its own)
        first, last = money[0], money[-1]
        opened = DEFINITE_INCLUDES.fullmatch(ctx.doc.text[ctx.sentence(first)[0]:first.start])
        if not (opened or OF_DEFINITE.match(ctx.doc.text, first.end)):
            continue
        if not (CLOSING_AFTER.match(ctx.doc.text, last.end) or set(_words(ctx.before(last, 20))[-2:]) & REST_BEFORE):
            continue  # (an open list may be some of the whole only)
        whole = sole_earlier_amount(ctx, first)
        if whole is None or whole.id in used:
            continue
        used.update(c.id for c in (whole, *money))
        relations.append(_breakdown(ctx, whole, money, weak=True))
    return relations


# 'Among the dead were |', 'The injured included |', 'The victims were |': a sentence opened by a noun of the
# people an event counted, then what they were
TOLL_REFERENCE = re.compile(r"[\"'“‘]?\s*(?:Among\s+(?:the|those)\s+(?P<among>[a-z]+)\s+(?:were|was|are)"
                            r"|(?:The|Those)\s+(?P<noun>[a-z]+)\s+(?:(?P<incl>included|include|includes)|were|are))\s")
TOLL_BACK = 2  # sentences: how far back the toll a reference noun refers to may be told


def toll_references(ctx: Context, used: set[str]) -> list[Relation]:
    """'A bus crash killed 40 people. Among the dead were 25 pupils and 17 teachers': a sentence opened
    by a noun of the people an event counted ('the dead', 'the injured', 'the victims'), with two or
    more coordinated counts of kinds of people, breaks down the one toll of that class told in the
    sentence or two before (its verb's class, EVENT_VERB_CLASSES). 'Among ... were' and 'included' name
    some of them: at most the toll, warning when over (kinds may overlap); 'The victims were A and B'
    names all of them: they add up to it. Bound by the noun and position, not by syntax: never a fail."""
    relations = []
    links = _Links(ctx)
    for k in range(1, len(ctx.doc.sentences)):
        s, e = ctx.doc.sentences[k]
        m = TOLL_REFERENCE.match(ctx.doc.text, s, e)
        word = m and (m.group("among") or m.group("noun"))
        if not word or word not in TOLL_REFERENCE_NOUNS:
            continue
        here = ctx.of_sentence(k, Kind.QUANTITY)
        parts = [c for c in links.group(here[:1]) if ctx.sentence_index(c.start) == k]
        if len(parts) < 2 or len(parts) != len(here) or here[0].start < m.end() or any(
                c.id in used or c.label != "CARDINAL" or c.attrs.noun is None or c.attrs.part_of or c.attrs.range
                or c.attrs.hedge or c.attrs.restates for c in parts):
            continue
        if len({c.attrs.noun for c in parts}) != len(parts):
            continue  # ('25 on Monday and 17 on Tuesday': one kind told twice is no breakdown by kinds)
        whole = _toll_before(ctx, k, TOLL_REFERENCE_NOUNS[word])
        if whole is None or whole.id in used:
            continue
        used.update(c.id for c in (whole, *parts))
        some = m.group("among") or m.group("incl")
        relations.append(_at_most(ctx, whole, parts, kinds=True) if some else _breakdown(ctx, whole, parts, weak=True))
    return relations


VOTE_BEFORE = re.compile(r"\b(?:" + alternation(sorted(VOTE_WORDS)) + r")\s+(?:was\s+|of\s+)?$", re.I)  # 'voted |9 to 4'


def vote_tallies(ctx: Context, used: set[str]) -> list[Relation]:
    """'The 15-member board voted 11 to 3': the two sides of a vote ('voted A to B', 'by a vote of A to
    B') are cast by members of the body whose size the sentence gives before them, so together they are
    at most that size (members may abstain or be absent). Only where the sentence gives one size."""
    relations = []
    for a in ctx.claims:
        if a.kind is not Kind.QUANTITY or a.attrs.range != "to" or a.attrs.range_role != "start" or a.id in used \
                or not VOTE_BEFORE.search(ctx.before(a, 20)):
            continue
        b = ctx.by_id.get(a.attrs.pair or "")
        if b is None or b.id in used or b.unit or a.unit or a.attrs.hedge or b.attrs.hedge:
            continue
        sizes = [c for c in ctx.in_sentence(a, Kind.QUANTITY) if c.label == "CARDINAL" and c.attrs.noun in MEMBERSHIP_NOUNS
                 and c.id not in (a.id, b.id) and not c.attrs.range]
        if len(sizes) != 1 or sizes[0].end > a.start or sizes[0].id in used:
            continue
        used.update((a.id, b.id, sizes[0].id))
        relations.append(_at_most(ctx, sizes[0], [a, b]))
    return relations


def _toll_before(ctx: Context, k: int, event: str | None) -> Claim | None:
    """The one count of people of an event class (any class when ``event`` is None, if one only) told
    in the nearest of the ``TOLL_BACK`` sentences before sentence ``k`` that tells one; None when that
    sentence tells several, or a bound or approximate one ('at least 40': no sum can exceed it)."""
    for j in range(k - 1, max(-1, k - 1 - TOLL_BACK), -1):
        tolls = [c for c in ctx.of_sentence(j, Kind.QUANTITY) if c.label == "CARDINAL"
                 and EVENT_VERB_CLASSES.get(c.attrs.verb or "") in ((event,) if event else set(EVENT_VERB_CLASSES.values()))
                 and not (c.attrs.part_of or c.attrs.range or c.attrs.restates or c.attrs.conj_of)]
        if tolls:
            return tolls[0] if len(tolls) == 1 and tolls[0].attrs.hedge is None else None
    return None


def _breakdown(ctx: Context, whole: Claim, parts: list[Claim], weak: bool = False) -> Relation:
    """A whole that its parts must add up to, within the rounding of every figure; ``weak`` when the
    parts are bound to the whole by less than syntax (an exact hedge then only warns)."""
    involved = [whole, *parts]
    total = sum(c.value for c in parts)
    hedge = hedge_of(*involved)
    return Relation(
        id=ctx.relation_id("arithmetic.part-whole", whole), doc_id=ctx.doc.id, check="arithmetic.part-whole",
        claims=tuple(c.id for c in involved), spans=merge_spans([c.span for c in involved]),
        stated=float(whole.value), computed=float(total), slack=sum(_rounded(c) for c in involved),
        working=" + ".join(num(c.value) for c in parts) + f" = {num(total)}",
        hedge="weak" if weak and hedge == "exact" else hedge)


def margins(ctx: Context, used: set[str]) -> list[Relation]:
    """'a 24-point lead ... put the Greens on 47 percent and the Liberals on 23 percent': the amount of
    a noun of margin ('lead', 'margin', 'gap') against the two figures of one clause, in its sentence
    or the next, of the same measure (a percent, or points of percent). Which two figures the margin is
    between is not bound by the syntax, so the relation is weak: it passes or warns, never fails."""
    relations = []
    for m in ctx.claims:
        if m.kind is not Kind.QUANTITY or m.attrs.role != "amount" or m.attrs.verb not in MARGIN_WORDS or m.id in used \
                or not isinstance(m.value, (int, float)) or m.attrs.hedge:
            continue
        here = ctx.sentence_index(m.start)
        later = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.start > m.end and c.id not in used
                 and ctx.sentence_index(c.start) - here <= 1 and not c.attrs.restates and _same_measure(m, c)
                 and c.attrs.direction is None and c.attrs.role not in ("amount", "by")]  # a change is not a level
        clauses: dict[int, list[Claim]] = {}
        for c in later:
            if c.attrs.clause is not None:
                clauses.setdefault(c.attrs.clause, []).append(c)
        pair = next((cs for cs in clauses.values() if len(cs) == 2), None)
        if pair is None:
            continue
        a, b = pair
        used.update((m.id, a.id, b.id))
        relations.append(_difference(ctx, m, (m, a, b), a, b, weak=True))
    return relations


# 'the lead at D', "the Greens' lead over the Reds at D"
LEAD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MARGIN_WORDS)) + r")(?:\s+over\s+[^,;:.()0-9]{1,40}?)?\s+(?:at|to|of|by)\s+"
                         r"(?:(?:" + "|".join(sorted(APPROX_WORDS)) + r")\s+)?$", re.I)
LEAD_REACH = 2  # sentences after a margin in which the two figures it is between may be stated


def stated_leads(ctx: Context, used: set[str]) -> list[Relation]:
    """'The poll put the Greens' lead at 6 percent. The Greens gained 2 points to 38 percent, while the
    Reds slipped to 32 percent': a margin written after its noun ('lead at', 'lead to', 'margin of')
    against the first two levels of its measure after it, in its sentence or the next two (one sentence
    stating more than two ends the search, unless it names the margin's owner before its first level:
    then the leader's and the next); no level is a change's amount, start or a restatement.
    Which two figures the margin is between is read from position: it passes or warns, never fails."""
    relations = []
    for m in ctx.claims:
        if m.kind is not Kind.QUANTITY or m.id in used or m.attrs.hedge == "bound" or m.attrs.range or m.attrs.restates \
                or not (is_percent(m) or m.unit in ("points", "percentage points")) or not _stated_lead(ctx, m):
            continue
        here, held = ctx.sentence_index(m.start), []
        for k in range(here, here + LEAD_REACH + 1):
            levels = [c for c in ctx.of_sentence(k, Kind.QUANTITY) if c.start > m.end and _percent_level(ctx, c) and not _change_amount(c)
                      and not _change_start(c) and not c.attrs.restates and not c.attrs.range]
            if not levels:
                continue
            if not held and len(levels) > 2 and _owner_first(ctx, m, levels[0]):
                levels = levels[:2]  # 'the Greens ... to 52 percent, while the Liberals ... on 34 percent and the Farmers on 9'
            if any(c.id in used or c.attrs.hedge for c in levels) or len(held + levels) > 2:
                break
            held += levels  # one level here and one in the next sentence ('A was on 40 percent. B was on 32 percent')
            if len(held) == 2:
                a, b = held
                used.update((m.id, a.id, b.id))
                relations.append(_difference(ctx, m, (m, a, b), a, b, weak=True))
                break
    return relations


def _percent_level(ctx: Context, c: Claim) -> bool:
    """A percent, or a bare number that leaves out the percent of the clause before it ('45 percent,
    while the Reds were on 33')."""
    if is_percent(c):
        return True
    a = elided_from(ctx, c)
    return a is not None and is_percent(a)


LEAD_OWNER = re.compile(r"\b([A-Z][\w-]*)(?:['’]s|['’])\s+(?:" + "|".join(sorted(MARGIN_WORDS)) + r")\b")


def _owner_first(ctx: Context, m: Claim, level: Claim) -> bool:
    """The margin is someone's ("the Greens' lead at D") and that one is named in the first level's
    sentence before it: the first level is the leader's, the next the nearest rival's."""
    owner = LEAD_OWNER.search(ctx.before(m, 60))
    s, _ = ctx.sentence(level)
    return owner is not None and re.search(r"\b" + re.escape(owner.group(1)) + r"\b", ctx.doc.text[s:level.start]) is not None


def _stated_lead(ctx: Context, m: Claim) -> bool:
    """A figure that is the size of a margin: written after its noun ('the lead at D', 'the lead over
    the Reds at D') or the end a margin moved to or stood at, the margin being the verb's subject
    ('the lead widened to D', 'the gap stood at D')."""
    return bool(LEAD_BEFORE.search(ctx.before(m, 60))) \
        or m.attrs.agent in MARGIN_WORDS and m.attrs.role in ("to", "at")


LEAD_OF = re.compile(r"\b(?:" + "|".join(sorted(MARGIN_WORDS)) + r")\s+of\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
                     r"(?:an?\s+)?$", re.I)  # 'a lead of more than a million votes': the claim starts at 'million'


def leads_over_sentences(ctx: Context, used: set[str]) -> list[Relation]:
    """'won 420 seats, giving it a lead of more than 60 seats. Its rival won 340 seats': a count of
    margin ('a lead of D NOUN') set against the count of the same noun and verb before it in its
    sentence (the leader's) and the first one in the next sentence (the rival's). A bound 'more than D'
    holds for any gap of at least D. Which figures the margin is between is read from position and the
    shared verb: it passes or warns, never fails."""
    relations = []
    for m in ctx.claims:
        if m.kind is not Kind.QUANTITY or m.id in used or m.attrs.range or m.attrs.restates or is_percent(m) \
                or not isinstance(m.value, (int, float)) or not m.attrs.noun or not LEAD_OF.search(ctx.before(m, 40)):
            continue
        here = ctx.sentence_index(m.start)
        same = lambda c: (c.kind is Kind.QUANTITY and c.id != m.id and c.attrs.noun == m.attrs.noun  # noqa: E731
                          and c.unit == m.unit and not c.attrs.restates and not c.attrs.range and c.attrs.role not in ("amount", "by")
                          and c.attrs.part_of is None)
        before = [c for c in ctx.of_sentence(here, Kind.QUANTITY) if c.end <= m.start and same(c)]
        after = [c for c in ctx.of_sentence(here + 1, Kind.QUANTITY) if same(c)]
        if not before:  # both in the next sentence, the second leaving out the noun: 'won 82 seats, while the rival took 68'
            nxt = ctx.of_sentence(here + 1, Kind.QUANTITY)
            before = after[:1] if len(after) == 1 and len(nxt) == 2 and nxt[0] is after[0] and elided_from(ctx, nxt[1]) is after[0] else []
            after = nxt[1:] if before else []
        if len(before) != 1 or not after or any(c.id in used for c in (before[0], after[0])):
            continue
        a, b = before[0], after[0]
        if a.attrs.hedge or b.attrs.hedge or m.attrs.noun in GENERIC_NOUNS and elided_from(ctx, b) is not a and (
                not a.attrs.verb or not b.attrs.verb or a.attrs.verb.lower() != b.attrs.verb.lower()
                and not {a.attrs.verb.lower(), b.attrs.verb.lower()} <= OBTAIN_VERBS):
            continue  # 'won A ... won B': the leader's and the rival's figure of one measure (people: by one verb or verbs of obtaining)
        gap = abs(a.value - b.value)
        bound = m.attrs.bound if m.attrs.hedge == "bound" else _bound_written(LEAD_OF.search(ctx.before(m, 40)).group(0))
        if bound == "min":
            tolerance = max(0.0, gap - m.value)  # 'more than D': any larger gap holds
        elif bound == "max":
            tolerance = max(0.0, m.value - gap)  # 'less than D': any smaller gap holds
        elif m.attrs.hedge:
            tolerance = 0.1 * m.value
        else:
            tolerance = rounding(m)
        used.update((m.id, a.id, b.id))
        relations.append(Relation(
            id=ctx.relation_id("arithmetic.difference", a, b, m), doc_id=ctx.doc.id, check="arithmetic.difference",
            claims=(a.id, m.id, b.id), spans=merge_spans([a.span, m.span, b.span]),
            stated=float(m.value), computed=float(gap), tolerance=tolerance, slack=rounding(a) + rounding(b),
            working=f"{num(max(a.value, b.value))} - {num(min(a.value, b.value))} = {num(gap)}",
            said=(f"{m.attrs.hedge_word} " if m.attrs.hedge_word else "") + num(m.value), hedge="weak"))
    return relations


def respective_changes(ctx: Context, used: set[str]) -> list[Relation]:
    """'gained 8 and 12 cents on Monday and Tuesday, ending at 4.48 and 4.60 dollars respectively': two
    changes one after the other and the levels each ended at; the second change is the step between the
    two levels (12 cents = 4.60 - 4.48). The two amounts are coordinated on one verb of change, two days
    after them say the changes came one after the other, the two levels are coordinated after those, and
    'respectively' pairs them. Bound by the sentence's structure,
    not by one verb: it passes or warns, never fails."""
    relations = []
    for s, e in ctx.doc.sentences:
        if not re.search(r"\brespectively\b", ctx.doc.text[s:e]):
            continue
        quantities = ctx.of_sentence(ctx.sentence_index(s), Kind.QUANTITY)
        pairs = [(a, b) for a, b in zip(quantities, quantities[1:]) if (b.attrs.conj_of == a.id or re.fullmatch(r"\s+and\s+", ctx.between(a, b)))
                 and not {a.id, b.id} & used]
        moves = [(a, b) for a, b in pairs if _change_amount(a) and a.attrs.direction is not None and b.attrs.role in ("object", "other", None)]
        levels = [(a, b) for a, b in pairs if a.attrs.role in ("at", "to") and not _change_amount(b) and a.attrs.direction is None]
        if len(moves) != 1 or len(levels) != 1 or levels[0][0].start < moves[0][1].end:
            continue
        d2, (v1, v2) = moves[0][1], levels[0]
        if len([d for d in ctx.in_sentence(d2, Kind.DATE) if d2.end <= d.start and d.end <= v1.start]) < 2:
            continue  # one change after the other ('on Monday and Tuesday'), not two things' changes side by side
        if v1.attrs.hedge or v2.attrs.hedge or d2.attrs.hedge or not (same_scale(d2, v1) and same_scale(v1, v2)) \
                or v1.unit != v2.unit or not _same_unit(d2, v1):
            continue
        used.update((d2.id, v1.id, v2.id))
        relations.append(_difference(ctx, d2, (d2, v1, v2), v1, v2, weak=True))
    return relations


def _bound_written(text: str) -> str | None:
    """The limit a bound written before a figure sets ('a lead of more than'), read from the words
    where extraction did not record it on the claim."""
    words = _words(text)
    if words[-1:] in (["a"], ["an"]):  # 'more than a million'
        words = words[:-1]
    if words[-1:] == ["over"]:
        return "min"
    return BOUND_PHRASES.get(tuple(words[-2:]))


def comparisons(ctx: Context, used: set[str]) -> list[Relation]:
    """'won 52 seats, 14 more than the 38 of its rival': a gap apposed to the figure it is the gap of
    (A, then D with a comma between), compared through 'than' with the next figure of the sentence
    (B): |A - B| = D. A and B must measure the same thing (one unit, or one of them bare). B right in
    the 'than' phrase binds it; B in a clause of its own ('than the Blues, who took 38') binds it only
    weakly (pass or warn). Not read when A is a whole with parts of its own ('won 40 of the 100
    seats, 12 more than its rival': which figure is compared is not bound) or a part or restatement."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    wholes = {c.attrs.part_of for c in quantities if c.attrs.part_of}
    for k, d in enumerate(quantities):
        if d.id in used or not _compared(ctx, d) or d.attrs.hedge or d.label == "MULTIPLE" or not 0 < k < len(quantities) - 1:
            continue
        a, b = quantities[k - 1], quantities[k + 1]
        if ctx.sentence(a) != ctx.sentence(d) or ctx.sentence(b) != ctx.sentence(d) or not APPOSED.fullmatch(ctx.between(a, d)):
            continue
        part = quantities[k - 2] if k >= 2 else None
        if a.id in wholes and part is not None and part.attrs.part_of == a.id and PARTITIVE_OF.fullmatch(ctx.between(part, a)):
            # 'won 45 of the 120 seats, 12 more than the Reds': the gap is the part's (the whole is no one's score)
            a, weak_part = part, True
        else:
            weak_part = False
        if a.id in wholes or a.attrs.part_of and not weak_part or a.attrs.restates or b.attrs.restates or a.attrs.hedge or b.attrs.hedge:
            continue
        if not all(same_scale(x, y) and _same_unit(x, y) for x, y in ((a, b), (a, d), (d, b))) or is_percent(d) != is_percent(a):
            continue
        if a.attrs.range or b.attrs.range or a.attrs.role in ("amount", "by") or b.attrs.role in ("amount", "by"):
            continue  # a change or a range is not one figure
        than = ctx.doc.text[d.end:b.start]
        if THAN_CLOSED.search(than[than.lower().index("than") + 4:]):
            continue  # 'A, D less than Lee's, and B ...': D compares A with Lee's figure, not with B
        # B in a clause of its own, or words between A and the gap ('1,250 students this year, 150 more'): weak
        weak = bool(THAN_CLAUSE.search(than[than.lower().index("than") + 4:])) or weak_part or ctx.between(a, d).strip() != ","
        used.update((a.id, b.id, d.id))
        relations.append(_difference(ctx, d, (a, d, b), a, b, weak=weak))
    return relations


PARTITIVE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.I)  # '45| of the |120 seats'
# 'A, D short of the target of B', 'A, D clear of the Reds on B': the gap D apposed to A, a word of position after it
GAP_AFTER = re.compile(r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in GAP_WORDS) + r")\b", re.I)
APART_AFTER = re.compile(r"\s+(?:" + alternation(sorted(APART_WORDS)) + r")\b", re.I)  # 'A and B, D apart'
SHORTFALL_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?:" + alternation(sorted(SHORTFALL_NOUNS)) + r")\s+of\s+$", re.I)
GAP_EQUATED = re.compile(r"\s+(?:is|was|are|were|came\s+in|stood|ended)\s+(?:(?:" + "|".join(sorted(APPROX_WORDS)) + r")\s+)?")  # 'A was D above B'
GAP_SUBJECT = re.compile(r"\s*,\s+(?:is|was|are|were)\s+")  # 'X, on A points, are D behind B'
# 'A and B', 'A and Labour (on) B': the two figures a gap 'apart' is between
APART_PAIR = re.compile(r"\s*(?:,\s*)?and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:(?:on|at|with)\s+)?")
GAP_REACH_WORDS = 8  # words between the gap word and the figure it is measured against ('the previous national record of')


def gaps(ctx: Context, used: set[str]) -> list[Relation]:
    """A gap written with a word of position or a noun of shortfall, against the two figures it is between:
    'A, D short of / clear of / above B' (D apposed to A, B the first figure after the word, within a few
    words: a clause of its own binds it weakly); 'A and B, D apart' (A and B coordinated); 'A, a shortfall of
    D' (against the one other figure of that measure in the sentence, else in the sentence before: bound by
    measure only, so weak). Which figures are paired never depends on their values."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, d in enumerate(quantities):
        if d.id in used or d.attrs.hedge == "bound" or d.label == "MULTIPLE" or d.attrs.range or not 0 < k or d.value is None:
            continue
        found = _gap_after(ctx, quantities, k) or _apart(ctx, quantities, k) or _shortfall(ctx, quantities, k)
        if found is None:
            continue
        a, b, weak = found
        if {a.id, b.id} & used or a.attrs.hedge == "bound" or b.attrs.hedge == "bound" or a.attrs.range or b.attrs.range \
                or a.attrs.role in ("amount", "by") or b.attrs.role in ("amount", "by") or not _gap_measure(a, b, d):
            continue
        used.update((a.id, b.id, d.id))
        relations.append(_difference(ctx, d, (a, d, b), a, b, weak=weak))
    return relations


def _gap_after(ctx: Context, quantities: list[Claim], k: int) -> tuple[Claim, Claim, bool] | None:
    d = quantities[k]
    word = GAP_AFTER.match(ctx.doc.text, d.end, ctx.sentence(d)[1])
    if word is None or k + 1 >= len(quantities):
        return None
    a, b = quantities[k - 1], quantities[k + 1]
    if ctx.sentence(a) != ctx.sentence(d) or ctx.sentence(b) != ctx.sentence(d):
        return None
    lead = ctx.between(a, d)
    apposed, equated = APPOSED.fullmatch(lead), GAP_EQUATED.fullmatch(lead)
    if not (apposed or equated or GAP_SUBJECT.fullmatch(lead)):
        return None
    if a.attrs.part_of or a.attrs.restates or b.attrs.restates or b.attrs.part_of:
        return None
    gap = ctx.doc.text[word.end():b.start]
    if len(_words(gap)) > GAP_REACH_WORDS or re.search(r"[;:()]", re.sub(r"\s*\($", "", gap)):
        return None  # (B may be bracketed after its side's name: 'clear of Harbour City (58)')
    # bound by the apposition or the copula; a figure in the subject's phrase ('X, on 58 points, are D behind') weakly
    weak = bool(THAN_CLAUSE.search(gap)) or not (apposed and lead.strip() == "," or equated)
    return a, b, weak


def _apart(ctx: Context, quantities: list[Claim], k: int) -> tuple[Claim, Claim, bool] | None:
    d = quantities[k]
    if k < 2 or not APART_AFTER.match(ctx.doc.text, d.end, ctx.sentence(d)[1]):
        return None
    a, b = quantities[k - 2], quantities[k - 1]
    if ctx.sentence(a) != ctx.sentence(d) or ctx.between(b, d).strip() != "," or not APART_PAIR.fullmatch(ctx.between(a, b)):
        return None
    if a.attrs.part_of or a.attrs.restates or b.attrs.restates or b.attrs.part_of:
        return None
    return a, b, b.attrs.conj_of != a.id or not re.fullmatch(r"\s*(?:,\s*)?and\s+", ctx.between(a, b))


def _shortfall(ctx: Context, quantities: list[Claim], k: int) -> tuple[Claim, Claim, bool] | None:
    d, a = quantities[k], quantities[k - 1]
    if ctx.sentence(a) != ctx.sentence(d) or not SHORTFALL_BEFORE.search(ctx.between(a, d)) or a.attrs.part_of or a.attrs.restates:
        return None
    here = ctx.sentence_index(a.start)
    for sentence in (here, here - 1):
        others = [c for c in ctx.of_sentence(sentence, Kind.QUANTITY) if c.id not in (a.id, d.id) and not c.attrs.restates
                  and not c.attrs.part_of and c.label != "MULTIPLE" and _gap_measure(a, c, d)]
        if others:
            return (a, others[0], True) if len(others) == 1 else None
    return None


def _gap_measure(a: Claim, b: Claim, d: Claim) -> bool:
    """Three figures of one measure: one unit (a bare figure takes the others'), one currency, or two
    percents with a gap in percent or points; durations only of one unit ('9.81 seconds')."""
    if is_percent(a) or is_percent(b):
        return is_percent(a) and is_percent(b) and (is_percent(d) or d.unit in ("points", "percentage points"))
    if is_percent(d):
        return False
    if "DURATION" in (a.label, b.label, d.label):
        return a.label == b.label == d.label == "DURATION" and a.unit == b.unit == d.unit and not (a.attrs.age or b.attrs.age)
    if d.unit == "degrees" and a.unit == b.unit and a.unit in ("°C", "°F"):
        return True  # '41.2C, 0.4 degrees above the record of 40.8C': a gap in degrees of the levels' scale
    return all(same_scale(x, y) and _same_unit(x, y) for x, y in ((a, b), (a, d), (d, b)))


def _compared(ctx: Context, c: Claim) -> bool:
    """A figure stated as a gap to another: '14 more than ...', '300 fewer than ...'."""
    return bool(COMPARED.match(ctx.after(c, 20)))


def balances(ctx: Context, used: set[str]) -> list[Relation]:
    """'the surplus rose to 410 billion won, with exports at 1,350 billion won and imports at 940 billion
    won': a trade balance is exports less imports (a deficit, imports less exports). Each figure is the
    one level (not a change's amount or start) written after its word with no other figure of that
    unit between; exports and imports in one sentence, the balance there or in the sentence just
    before (then weakly bound: pass or warn)."""
    relations = []
    by_sentence: dict[int, dict[str, list[tuple[Claim, int]]]] = {}
    for c in ctx.claims:
        if c.kind is not Kind.QUANTITY or c.id in used or is_percent(c) or c.label == "MULTIPLE" or c.attrs.restates \
                or c.attrs.hedge == "bound" or c.attrs.range or c.attrs.role in ("from", "amount", "by"):
            continue
        side = _trade_side(ctx, c)
        if side is not None:
            by_sentence.setdefault(ctx.sentence_index(c.start), {}).setdefault(side[0], []).append((c, side[1]))
    for here, sides in sorted(by_sentence.items()):
        exports, imports = sides.get("exports", []), sides.get("imports", [])
        balance, weak = sides.get("balance", []), False
        if not balance and here - 1 in by_sentence and set(by_sentence[here - 1]) == {"balance"} \
                and _same_scope(_trade_scope(ctx, here - 1), _trade_scope(ctx, here)):
            balance, weak = by_sentence[here - 1]["balance"], True
        if len(exports) == 1 and len(imports) == 1 and not balance:
            relations += _trade_total(ctx, used, by_sentence, here, exports[0][0], imports[0][0])
            continue
        if len(exports) != 1 or len(imports) != 1 or len(balance) != 1:
            continue
        (x, _), (m, _), (b, sign) = exports[0], imports[0], balance[0]
        if not _one_account(b, x, m):
            continue
        used.update(c.id for c in (b, x, m))
        hedge = hedge_of(b, x, m)
        relations.append(_balance(ctx, b, x, m, sign, "weak" if weak and hedge == "exact" else hedge))
    relations += _balances_over_sentences(ctx, used, by_sentence)
    return relations


def _trade_total(ctx: Context, used: set[str], by_sentence: dict[int, dict[str, list[tuple[Claim, int]]]], here: int,
                 x: Claim, m: Claim) -> list[Relation]:
    """'Trade with Chile reached 12 billion dollars, with exports of 7 billion and imports of 5 billion':
    the total trade is exports plus imports. The one total of the exports' and imports' sentence, or of
    the sentence just before when that one states a total only, of one partner at most and of the same
    scope (then weakly bound: pass or warn)."""
    totals, weak = by_sentence[here].get("total", []), False
    if not totals and set(by_sentence.get(here - 1, ())) == {"total"} \
            and _same_scope(_trade_scope(ctx, here - 1), _trade_scope(ctx, here)):
        totals, weak = by_sentence[here - 1]["total"], True
    if len(totals) != 1 or len(_trade_scope(ctx, here)[0]) > 1:
        return []  # (two partners in one sentence: whose exports and whose imports, the words do not bind)
    t = totals[0][0]
    if not _one_account(t, x, m) or t.value <= max(x.value, m.value):
        return []  # (a total no more than one of its sides is another figure: a share, a month's part of a year)
    used.update(c.id for c in (t, x, m))
    return [_breakdown(ctx, t, [x, m], weak=weak)]


def _one_account(b: Claim, x: Claim, m: Claim) -> bool:
    """A balance, exports and imports in one unit and scale."""
    return same_scale(x, m) and same_scale(x, b) and x.unit == m.unit == b.unit


def _balance(ctx: Context, b: Claim, x: Claim, m: Claim, sign: int, hedge: str) -> Relation:
    """arithmetic.difference: the balance ``b`` against exports ``x`` less imports ``m`` (``sign`` -1 for
    a deficit stated as a positive figure)."""
    computed = (x.value - m.value) * sign
    involved = (b, x, m)
    first, second = (x, m) if sign > 0 else (m, x)
    return Relation(
        id=ctx.relation_id("arithmetic.difference", *involved), doc_id=ctx.doc.id, check="arithmetic.difference",
        claims=tuple(c.id for c in involved), spans=merge_spans([c.span for c in involved]),
        stated=float(b.value), computed=float(computed), tolerance=rounding(b), slack=rounding(x) + rounding(m),
        working=f"{'exports' if sign > 0 else 'imports'} {num(first.value)} - {'imports' if sign > 0 else 'exports'} "
                f"{num(second.value)} = {num(computed)}",
        said=num(b.value), hedge=hedge)


TRADE_REACH = 5  # sentences either side of a balance in which its exports and imports may each be stated


def _balances_over_sentences(ctx: Context, used: set[str], by_sentence: dict[int, dict[str, list[tuple[Claim, int]]]]) -> list[Relation]:
    """'The surplus widened to 8 billion dollars.' with 'Exports rose to 30 billion dollars' and 'Imports
    fell to 22 billion dollars' each in a sentence of its own nearby: the one balance, the one export and
    the one import figure within reach, every sentence about one side only, of one trade scope (partner,
    mean or not) and not dated to different months. Bound by position only: pass or warn."""
    relations = []
    for here, sides in sorted(by_sentence.items()):
        if set(sides) != {"balance"} or len(sides["balance"]) != 1 or sides["balance"][0][0].id in used:
            continue
        (b, sign), = sides["balance"]
        window = [k for k in range(here - TRADE_REACH, here + TRADE_REACH + 1) if k != here and k in by_sentence]
        if any("balance" in by_sentence[k] for k in window):
            continue  # two balances within reach: which one the sides are of is not bound
        found = {side: [(c, k) for k in window for c, _ in by_sentence[k].get(side, [])] for side in ("exports", "imports")}
        if len(found["exports"]) != 1 or len(found["imports"]) != 1:
            continue
        (x, kx), (m, km) = found["exports"][0], found["imports"][0]
        if kx == km or len(by_sentence[kx]) != 1 or len(by_sentence[km]) != 1 or x.id in used or m.id in used:
            continue  # both sides in one sentence are read by ``balances``
        if not _one_account(b, x, m):
            continue
        scopes = [_trade_scope(ctx, k) for k in (here, kx, km)]
        if not all(_same_scope(scopes[0], sc) for sc in scopes[1:]) or not _same_months(ctx, (here, kx, km)):
            continue
        used.update(c.id for c in (b, x, m))
        relations.append(_balance(ctx, b, x, m, sign, "weak"))
    return relations


def _same_months(ctx: Context, sentences: tuple[int, ...]) -> bool:
    """No two of the sentences dated to different months or years (a sentence with no date fits any)."""
    dated = [{str(d.value)[:7] for d in ctx.of_sentence(k, Kind.DATE) if isinstance(d.value, str)} for k in sentences]
    dated = [d for d in dated if d]
    return all(a & b for a in dated for b in dated)


TRADE_PARTNER = re.compile(r"\b(?i:to|from|with)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s*)+)")


def _trade_scope(ctx: Context, sentence: int) -> tuple[frozenset[str], bool]:
    """What the trade figures of a sentence are of: the partners they are to, from or with ('exports to
    Chile'), and whether they are a mean over many periods ('the average deficit over ten years'). A
    balance in one sentence and the trade of another are one account only when these agree."""
    s, e = ctx.doc.sentences[sentence] if ctx.doc.sentences else (0, len(ctx.doc.text))
    text = ctx.doc.text[s:e]
    calendar = {w.lower() for w in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES)}
    partners = frozenset(m.group(1).strip() for m in TRADE_PARTNER.finditer(text) if m.group(1).split()[0].lower() not in calendar)
    averaged = bool(set(_words(text)) & AVERAGE_WORDS) or any(c.label == "DURATION" for c in ctx.of_sentence(sentence, Kind.QUANTITY))
    return partners, averaged


def _same_scope(a: tuple[frozenset[str], bool], b: tuple[frozenset[str], bool]) -> bool:
    """Two sentences' trade of one account: both of a partner or both of none (a partner's name is
    often written two ways, a name and its abbreviation), and both a mean or neither."""
    return bool(a[0]) == bool(b[0]) and a[1] == b[1]


def _trade_side(ctx: Context, c: Claim) -> tuple[str, int] | None:
    """Which side of a trade balance a figure states: the last trade word before it in its sentence,
    with no other figure of its unit in between."""
    start = max([ctx.sentence(c)[0], *(x.end for x in ctx.in_sentence(c, Kind.QUANTITY)
                                        if x.end <= c.start and x.unit == c.unit and not is_percent(x))])
    words = _words(ctx.doc.text[start:c.start])
    for w in reversed(words):
        if w in BALANCE_WORDS:
            return "balance", BALANCE_WORDS[w]
        if w in TRADE_TOTAL_WORDS:
            return "total", 1
        if w in EXPORT_WORDS:
            return "exports", 1
        if w in IMPORT_WORDS:
            return "imports", 1
    return None


def won_by(ctx: Context, used: set[str]) -> list[Relation]:
    """'won by 30 votes, 520 to 490': a margin bound to a verb by 'by' (a verb that is not one of
    change) and a score 'A to B' on the same verb: |A - B| = D."""
    relations = []
    for members in ctx.clauses:
        margin = [c for c in members if c.attrs.role == "by" and c.attrs.direction is None and c.id not in used
                  and not c.attrs.hedge and c.label != "MULTIPLE" and not c.attrs.range]  # 'led by 135 to 131' is the score
        starts = [c for c in members if c.attrs.range == "to" and c.attrs.range_role == "start" and c.id not in used]
        if len(margin) != 1 or len(starts) != 1:
            continue
        d, a = margin[0], starts[0]
        b = ctx.by_id.get(a.attrs.pair or "")
        if b is None or b.id in used or a.attrs.hedge or b.attrs.hedge or not all(
                same_scale(x, y) and _same_unit(x, y) for x, y in ((a, b), (a, d))):
            continue
        used.update((a.id, b.id, d.id))
        relations.append(_difference(ctx, d, (d, a, b), a, b))
    return relations


def _same_measure(m: Claim, c: Claim) -> bool:
    """A margin and a figure it can be the gap of: both percents, points against percents, or one unit."""
    if is_percent(c):
        return is_percent(m) or m.unit == "points" or m.attrs.noun == "point"
    return c.unit == m.unit and c.label == m.label and not is_percent(m)


UPDATE_REACH = 3  # sentences back in which the figure an update adds to may be stated


def updates(ctx: Context, used: set[str]) -> list[Relation]:
    """A count updated by an added amount ('N more', 'another N'): 'the toll rose to 45 from 38 after
    seven more bodies were found' (both figures in the sentence: 38 + 7 = 45); 'three more died,
    bringing the toll to 15' after '12 people had died' in one of the sentences before (12 + 3 = 15).
    The second form takes the earlier figure by its noun (a kind of person for a person), which binds
    it only weakly: it passes or warns, never fails. One added amount per update, or none is read.
    Reported as ``arithmetic.part-whole``: the updated figure is the whole, the two before it its parts."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for c in quantities:
        if not c.attrs.additive or not is_count(c) or c.id in used or c.attrs.hedge or c.attrs.part_of:
            continue
        sentence = [x for x in ctx.in_sentence(c, Kind.QUANTITY) if x.id != c.id and is_count(x)]
        if sum(1 for x in ctx.in_sentence(c, Kind.QUANTITY) if x.attrs.additive) != 1:
            continue
        pairs = [(old, new) for old, new in change_pairs(ctx, sentence) if is_count(old) and is_count(new)]
        weak = False
        if len(pairs) == 1:
            before, after = pairs[0]
        else:
            tos = [x for x in sentence if x.attrs.role == "to" and not x.attrs.range]
            if len(tos) != 1 or any(x.attrs.role == "from" for x in sentence):
                continue
            after, weak = tos[0], True
            before = _counted_before(ctx, quantities, c, after) or _counted_after(ctx, quantities, c, after)
            if before is None:
                continue
        if {before.id, after.id} & used or before.attrs.hedge or after.attrs.hedge:
            continue
        used.update((c.id, before.id, after.id))
        relations.append(_added_to(ctx, before, c, after, hedge="weak" if weak else hedge_of(before, c, after)))
    return relations


def later_updates(ctx: Context, used: set[str]) -> list[Relation]:
    """'All 45 miners are out after rescuers brought up 12 more men on Tuesday. ... Another 33 men were
    brought up on Monday night': a total written 'all N' with an added amount ('N more') in its sentence,
    and the figure before the addition told after it as 'another B' of the added amount's noun in one
    of the two sentences after: B + N more = all N. Bound by position: pass or warn."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for c in quantities:
        if not c.attrs.additive or c.id in used or not is_count(c) or c.attrs.hedge or c.attrs.part_of \
                or _words(ctx.after(c, 30))[:3].count("more") != 1 and "more" not in (c.attrs.counted or ()):
            continue
        alls = [x for x in ctx.in_sentence(c, Kind.QUANTITY) if x.end <= c.start and is_count(x)
                and ALL_BEFORE.search(ctx.before(x, 12))]
        if len(alls) != 1 or any(x.attrs.additive for x in ctx.in_sentence(c, Kind.QUANTITY) if x.id != c.id):
            continue
        after = alls[0]
        here = ctx.sentence_index(c.start)
        later = [x for x in quantities if x.start > c.end and 0 < ctx.sentence_index(x.start) - here <= UPDATE_AHEAD
                 and x.attrs.additive and _words(ctx.before(x, 12))[-1:] == ["another"]
                 and x.attrs.noun in (None, c.attrs.noun) and is_count(x)]
        if len(later) != 1:
            continue
        before = later[0]
        if {before.id, after.id} & used or before.attrs.hedge or after.attrs.hedge or after.attrs.range or before.attrs.part_of:
            continue
        used.update((c.id, before.id, after.id))
        relations.append(_added_to(ctx, before, c, after, hedge="weak"))
    return relations


UPDATE_AHEAD = 2  # sentences after an update in which the figure it added to may be told ('Another B ...')


def added_amounts(ctx: Context, used: set[str]) -> list[Relation]:
    """'... to raise its stake to 45 percent, from the 30 percent it holds. The additional 15 percent
    will cost ...': an amount written as what was added ('the additional N', 'the extra N') in the
    sentence after the one change stated with both ends (one clause's 'from' and 'to', of its measure)
    is the gap between them: start + added = end. Bound by position: pass or warn."""
    relations = []
    changes: dict[int, list[tuple[Claim, Claim]]] = {}  # sentence -> its clauses' (start, end), indexed once
    for members in ctx.clauses:
        starts, ends = [a for a in members if _change_start(a)], [b for b in members if _change_end(b)]
        for a in starts:
            changes.setdefault(ctx.sentence_index(a.start), []).extend((a, b) for b in ends)
    for c in ctx.claims:
        if c.kind is not Kind.QUANTITY or c.id in used or c.attrs.hedge or c.attrs.part_of or c.attrs.range \
                or c.attrs.restates or not set(_words(ctx.before(c, 20))[-2:]) & ADDED_WORDS or c.label == "MULTIPLE":
            continue
        here = ctx.sentence_index(c.start)
        if any(_change_start(x) or _change_end(x) for x in ctx.of_sentence(here, Kind.QUANTITY)):
            continue  # a change of its own sentence
        ends = changes.get(here - 1, [])
        if len(ends) != 1:
            continue
        start, end = ends[0]
        if {start.id, end.id} & used or start.attrs.hedge or end.attrs.hedge or end.value <= start.value \
                or not all(same_scale(x, y) and _same_unit(x, y) for x, y in ((start, end), (c, end))) \
                or is_percent(c) != is_percent(end):
            continue
        used.update((c.id, start.id, end.id))
        relations.append(_added_to(ctx, start, c, end, hedge="weak", tolerance=rounding(end), slack=rounding(start) + rounding(c)))
    return relations


def _added_to(ctx: Context, before: Claim, added: Claim, after: Claim, hedge: str, tolerance: float = 0.0,
              slack: float = 0.0) -> Relation:
    """An amount added to a figure against the figure after it: before + added = after (reported as
    ``arithmetic.part-whole``, the figure after being the whole)."""
    total = before.value + added.value
    involved = (before, added, after)
    return Relation(
        id=ctx.relation_id("arithmetic.part-whole", *involved), doc_id=ctx.doc.id, check="arithmetic.part-whole",
        claims=tuple(x.id for x in involved), spans=merge_spans([x.span for x in involved]),
        stated=float(after.value), computed=float(total), working=f"{num(before.value)} + {num(added.value)} = {num(total)}",
        tolerance=tolerance, slack=slack, hedge=hedge)


def _counted_before(ctx: Context, quantities: list[Claim], added: Claim, after: Claim) -> Claim | None:
    """The figure an update adds to, stated in one of the few sentences before: the latest count of
    the added amount's noun, or of people when that noun is a kind of person."""
    here = ctx.sentence_index(added.start)
    nouns = {added.attrs.noun, after.attrs.noun} - {None}
    # '12 more bodies' after '33 people had died': a count of people bound to a verb of the added amount's class
    klass = TALLY_CLASSES.get(added.attrs.noun or "") or EVENT_VERB_CLASSES.get((added.attrs.verb or "").lower())
    found = None
    for x in quantities:
        if x.start >= ctx.sentence(added)[0]:
            break
        if here - ctx.sentence_index(x.start) > UPDATE_REACH or not is_count(x) or x.attrs.additive or x.attrs.part_of:
            continue
        if x.attrs.noun in nouns or x.attrs.noun in GENERIC_NOUNS and nouns & GENERIC_NOUNS \
                or klass is not None and x.attrs.noun in GENERIC_NOUNS and EVENT_VERB_CLASSES.get((x.attrs.verb or "").lower()) == klass:
            found = x
    return found


def _counted_after(ctx: Context, quantities: list[Claim], added: Claim, after: Claim) -> Claim | None:
    """The figure an update added to, told in the sentence after it in the past perfect ('bringing the toll
    to 27. The count had stood at 22'): the one count there of the update's noun or of a running count
    ('toll', 'total'), bound to a verb with 'had'. Bound by position and tense: weak."""
    here = ctx.sentence_index(added.start)
    nouns = {added.attrs.noun, after.attrs.noun, after.attrs.agent} - {None}
    found = [x for x in quantities if ctx.sentence_index(x.start) == here + 1 and is_count(x) and not x.attrs.additive
             and not x.attrs.part_of and not x.attrs.range and x.attrs.role in ("at", "to", "object", "subject")
             and (x.attrs.noun in nouns or x.attrs.agent in RUNNING_COUNT_NOUNS | nouns)]
    if len(found) != 1 or not nouns & (RUNNING_COUNT_NOUNS | {added.attrs.noun}):
        return None
    s = ctx.sentence(found[0])[0]
    return found[0] if re.search(r"\bhad\b", ctx.doc.text[s:found[0].start], re.I) else None


def _same_thing(whole: Claim, part: Claim) -> bool:
    """A part counts what its whole counts: no noun of its own ('three of the ships'), the same noun,
    or a whole of people with a kind of person as the part ('20 people, including three children')."""
    a, b = whole.attrs.noun, part.attrs.noun
    return b is None or a is None or a == b or a in GENERIC_NOUNS or b in RELATIVE_NOUNS  # 'the 19 others'


def _rounded(c: Claim) -> float:
    """The rounding a figure may carry: a scaled or decimal figure ('2.3 million', '4.5') may be
    rounded; a whole count written out ('15', 'eleven') is exact."""
    numerals = c.attrs.numerals
    if numerals is None or (not c.attrs.decimals and abs(c.value) == numerals):
        return 0.0
    return rounding(c)


class _Links:
    """The binding links of a document's quantities, indexed once (per-whole scans made a long
    document quadratic): the partitive parts of each whole, and coordination both ways."""

    def __init__(self, ctx: Context) -> None:
        self.parts: dict[str, list[Claim]] = {}
        self.conj: dict[str, list[Claim]] = {}
        for c in ctx.claims:
            if c.kind is not Kind.QUANTITY:
                continue
            whole_id = c.attrs.part_of or getattr(_antecedent(ctx, c), "id", None)
            if whole_id:
                self.parts.setdefault(whole_id, []).append(c)
            other = ctx.by_id.get(c.attrs.conj_of or "")
            if other is not None and not c.attrs.restates and not other.attrs.restates:
                self.conj.setdefault(c.id, []).append(other)
                self.conj.setdefault(other.id, []).append(c)

    def group(self, seeds: list[Claim]) -> list[Claim]:
        """The seeds and every quantity coordinated with one of them ('A, B and C', either way round),
        in text order; restatements ('X (Y)') are not members."""
        members = {c.id: c for c in seeds}
        todo = list(seeds)
        while todo:
            for other in self.conj.get(todo.pop().id, ()):
                if other.id not in members:
                    members[other.id] = other
                    todo.append(other)
        return sorted(members.values(), key=lambda c: c.start)


def _closing(ctx: Context, c: Claim) -> bool:
    """A part that closes a breakdown: 'the other 14', 'the remaining 13', 'the 14 others', '150
    elsewhere', '..., leaving 180 without work'."""
    before = _words(ctx.before(c, 20))
    while before and before[-1] in APPROX_WORDS + ("an",):  # '..., leaving some 180 without work'
        before.pop()
    return bool(set(before[-2:]) & REST_BEFORE or set(_words(ctx.after(c, 30))[:4]) & EXHAUSTIVE_WORDS
                or before[-1:] and before[-1] in LEAVING_WORDS
                or c.attrs.noun in RELATIVE_NOUNS and before[-1:] == ["the"])


# what may stand between one part's clause and the next part ('A were sent north while the other B ...')
PART_CLAUSE_GAP = re.compile(r"[^0-9;:()]{0,60}?\b(?:" + "|".join(sorted(PART_CLAUSE_JOINS | LEAVING_WORDS))
                             + r")\s+(?:(?:another|the\s+other|the\s+remaining|the|only|a\s+further|(?:an\s+)?(?:"
                             + "|".join(APPROX_WORDS) + r"))\s+)?", re.I)


def _clause_siblings(ctx: Context, whole: Claim, parts: list[Claim]) -> list[Claim]:
    """The parts and the figures of the clauses joined after the last of them in its sentence ('of
    which A were sent north while B went south, leaving C'): each plays the first part's role in its
    own clause (or is what a verb of leaving leaves), counts what the whole counts, and is no
    restatement, comparison or part of another whole."""
    parts = list(parts)
    later = [c for c in ctx.in_sentence(parts[-1], Kind.QUANTITY) if c.start >= parts[-1].end]
    spans = [c for c in later if _duration(c)]  # 'within six months' between two parts is no part
    for c in (c for c in later if not _duration(c)):
        gap = ctx.between(parts[-1], c)
        for d in spans:
            if parts[-1].end <= d.start and d.end <= c.start:
                gap = gap.replace(d.text, "x" * len(d.text), 1)
        if not PART_CLAUSE_GAP.fullmatch(gap):
            break
        leaving = bool(set(_words(gap)[-2:]) & LEAVING_WORDS)
        if c.attrs.restates or c.attrs.part_of not in (None, whole.id) or not _compatible(whole, c) \
                or not (_same_thing(whole, c) or leaving and _predicate_word(ctx, c)) or c.attrs.hedge == "bound" or _compared(ctx, c) \
                or not leaving and c.attrs.role != parts[0].attrs.role and not _elided_after_apposed(ctx, whole, parts, c):
            break
        parts.append(c)
    return parts


def _elided_after_apposed(ctx: Context, whole: Claim, parts: list[Claim], c: Claim) -> bool:
    """'killed 40 people, 25 of them in the north and 15 elsewhere': after a partitive apposed to the whole
    ('A of them', no clause of its own), a bare number joined by 'and' (no noun, no unit: it counts what was
    counted before) in the same phrase is the next part, whatever role the parse gave it, when it closes
    the breakdown ('elsewhere', 'the other B') or plays the apposed part's preposition ('in X ... and B in Y')."""
    first, last = parts[0], parts[-1]
    if first.attrs.role != "appos" or first.attrs.part_of != whole.id or c.attrs.noun is not None or c.unit is not None \
            or c.attrs.counted or c.attrs.part_of or c.attrs.hedge or c.attrs.direction:
        return False
    gap = _words(ctx.between(last, c))
    if not gap or gap[-1] != "and" or len(gap) > APPOSED_PART_WORDS:
        return False
    after = _words(ctx.after(c, 25))
    return _closing(ctx, c) or bool(after[:1] and after[0] in PART_PREPOSITIONS
                                    and _words(ctx.after(first, 25))[2:3] == after[:1])


APPOSED_PART_WORDS = 8  # words between an apposed part ('25 of them in the north') and the next one ('and 15 ...')


def _predicate_word(ctx: Context, c: Claim) -> bool:
    """'..., leaving 11 million jobless': the word after what a verb of leaving leaves is what they are left
    (an adjective the parse took for its noun, written with no plural ending), not another kind of thing."""
    noun = c.attrs.noun
    if not noun or c.unit not in (None, noun):
        return False
    written = re.findall(r"[A-Za-z-]+", c.text)[-1:] + re.findall(r"^\s+([A-Za-z-]+)", ctx.after(c, 30))
    return noun.lower() in (w.lower() for w in written)


def _duration(c: Claim) -> bool:
    return c.label == "DURATION" or c.attrs.timex_type == "DURATION"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _antecedent(ctx: Context, part: Claim) -> Claim | None:
    """'... N patients were treated. Of them, A ...' / '... A of them ...': a sentence opened by a
    partitive pronoun takes its whole from the sentence before (the last summable figure there, in
    the same paragraph); 'N ships, of which A ...' takes the figure the relative pronoun follows."""
    if part.attrs.part_of or part.attrs.conj_of or not _summable(part):
        return None
    here = ctx.in_sentence(part, Kind.QUANTITY)
    earlier = [c for c in here if c.end <= part.start]
    if earlier and RELATIVE_PARTITIVE.search(ctx.between(earlier[-1], part)):
        whole = earlier[-1]
        return whole if _summable(whole) and _compatible(whole, part) and not whole.attrs.restates else None
    start = ctx.sentence(part)[0]
    first = next(iter(here), None)
    if first is None or not (PRONOUN_OPENING.match(ctx.doc.text[start:first.start])
                             or re.fullmatch(r"\W*", ctx.doc.text[start:first.start]) and PRONOUN_AFTER.match(ctx.after(first, 20))):
        return None
    if part is not first and part.attrs.role != first.attrs.role:
        return None  # later figures of the sentence are parts too when they play the first one's role
    before = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.end <= start and c.attrs.para == part.attrs.para
              and c.attrs.sent is not None and part.attrs.sent is not None and part.attrs.sent - c.attrs.sent == 1]
    whole = next((c for c in reversed(before) if _summable(c) and _compatible(c, part)), None)
    return whole


def _partitive_parts(ctx: Context, whole: Claim, links: _Links) -> tuple[list[Claim], bool]:
    """Parts bound to ``whole`` as partitives (and what is coordinated with them), and whether a
    remainder closes them; a remainder may come in a later sentence of the paragraph."""
    seeds = links.parts.get(whole.id, [])
    if not seeds:
        return [], False
    parts = [c for c in _clause_siblings(ctx, whole, links.group(seeds)) if not _other_measure(whole, c)]
    if not parts:
        return [], False
    closed = any(_closing(ctx, c) for c in parts)
    if not closed:
        last = parts[-1]
        # the next sentence may open a paragraph of its own (wire copy often puts each sentence in one)
        rest = next((c for c in ctx.claims if c.kind is Kind.QUANTITY and c.start > last.end
                     and c.attrs.sent is not None and last.attrs.sent is not None and c.attrs.sent - last.attrs.sent <= 1
                     and set(_words(ctx.before(c, 20))[-2:]) & REST_BEFORE and _compatible(whole, c) and _same_thing(whole, c)), None)
        # counts between them are items the clauses did not join ('14 reached the top, 9 turned back and the other 5'):
        # the rest does not close the parts found
        between = rest is not None and any(c.kind is Kind.QUANTITY and c is not whole and last.end <= c.start and c.end <= rest.start
                                           and _summable(c) and _compatible(whole, c) and not _duration(c) for c in ctx.claims)
        if rest is not None and not between:
            parts, closed = [*parts, rest], True
    return parts, closed


def _other_measure(whole: Claim, c: Claim) -> bool:
    """A figure in a unit of measure the whole is not in ('at 300m and four of the top six'): a
    distance or a weight is no part of a count."""
    return c.unit is not None and c.unit != whole.unit and c.attrs.noun is None and not c.attrs.counted


def _copula_parts(ctx: Context, whole: Claim, links: _Links) -> list[Claim]:
    """'The 25 victims were 15 men and 10 women': a counted subject of a copula and the coordinated
    counts of its complement, each naming its own kind of the whole's noun (a number with no noun
    there may be an age or a score, not a part). 'Among the N ...' before the whole leaves it open."""
    if whole.attrs.role != "subject" or whole.attrs.verb not in MADE_UP_VERBS or whole.attrs.noun is None \
            or re.search(r"\bamong\s+(?:the\s+)?$", ctx.before(whole, 15), re.I):
        return []
    objects = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.attrs.clause == whole.attrs.clause and c.start > whole.end
               and c.attrs.role == "object" and not c.attrs.restates]
    if not objects:
        return []
    group = [c for c in links.group(objects[:1]) if c.attrs.clause == whole.attrs.clause]
    if len(group) < 2 or len(group) != len(objects) or any(c.attrs.noun is None or c.attrs.hedge or not is_count(c) for c in group):
        return []
    if not re.search(r"\b(?:and|plus)\s+$", ctx.between(group[-2], group[-1])):
        return []  # the list goes on past its last figure ('four reporters, two editors and an office manager')
    return group if all(_same_thing(whole, c) for c in group) else []


def _colon_parts(ctx: Context, whole: Claim) -> list[Claim]:
    """'a crew of N: A sailors and B scientists': a coordination that a colon (or a dash) right after
    the whole introduces, in the same sentence."""
    after = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.start >= whole.end]
    if not after or not COLON_INTRO.match(ctx.between(whole, after[0])):
        return []
    group = [after[0]]
    for c in after[1:]:
        if not LIST_ITEM_GAP.match(ctx.between(group[-1], c)):
            break
        group.append(c)
    return group if len(group) >= 2 else []


def _total_parts(ctx: Context, whole: Claim, links: _Links) -> list[Claim]:
    """'A, B and C, for a total of N' / 'A and B ... N in all': the coordination just before a
    stated total, in the same sentence."""
    if not (TOTAL_BEFORE.search(ctx.before(whole, 25)) or TOTAL_AFTER.match(ctx.after(whole, 40))):
        return []
    before = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.end <= whole.start]
    if not before:
        return []
    group = [c for c in links.group([before[-1]]) if c.end <= whole.start]
    if len(group) < 2:
        heads = [c for c in before if c.attrs.conj_of and c.attrs.conj_of in {b.id for b in before}]
        group = links.group([ctx.by_id[heads[-1].attrs.conj_of]]) if heads else \
            before[-2:] if len(before) > 1 and (_joined_with(before[-2], before[-1])
                                                or TWO_VERBS_GAP.fullmatch(ctx.between(before[-2], before[-1]))) else []
        group = [c for c in group if c.end <= whole.start]
    if len(group) < 2 or before[-1].start > group[-1].start:
        return []  # a figure between the list and the total ('A wins and B losses ..., K out of T in total'): T is K's
    # The parser does not always coordinate every item of a list ('with A golds, B silvers and C
    # bronzes'): an item just before the first, separated by a comma or 'and' only, belongs to it.
    while True:
        earlier = [c for c in before if c.end <= group[0].start and c not in group]
        if not earlier or not LIST_SEPARATOR.match(ctx.between(earlier[-1], group[0])) or not _compatible(whole, earlier[-1]):
            break
        group.insert(0, earlier[-1])
    return group


# ' and damaged ': two objects of two coordinated verbs ('destroyed 40 homes and damaged 25 others, 65 in all')
TWO_VERBS_GAP = re.compile(r"\s+and\s+[a-z]+(?<=ed)\s+")


def _joined_with(a: Claim, b: Claim) -> bool:
    """'combines 40 buses with 25 trams': the verb's object and its 'with' figure, as the parse binds them,
    are two items of one list."""
    return a.attrs.clause is not None and a.attrs.clause == b.attrs.clause and a.attrs.role == "object" and b.attrs.role == "with" \
        and len(_words(a.text)) <= 4


def _summable(c: Claim) -> bool:
    return c.kind is Kind.QUANTITY and (is_count(c) or c.label == "MONEY") and c.value > 0


# ', a drop of D', ' this year, a cut of D': an amount apposed after the last end of a change
APPOSED_CHANGE = re.compile(r"[^0-9;:()]{0,30}?,\s*(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?(?:(?:" + "|".join(sorted(APPROX_WORDS))
                            + r")\s+)?", re.I)


def clause_ends(quantities: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(start, end) of the one change of a sentence whose ends the parse binds to one verb with 'from' and
    'to', whatever stands between them ('fell from 1,200 in 2010 to 900 this year')."""
    clauses: dict[int, list[Claim]] = {}
    for c in quantities:
        if c.attrs.clause is not None:
            clauses.setdefault(c.attrs.clause, []).append(c)
    pairs = []
    for members in clauses.values():
        start, end = _only(members, _change_start), _only(members, _change_end)
        if start is not None and end is not None and same_scale(start, end) and _same_unit(start, end) \
                and not start.attrs.range and not end.attrs.range:
            pairs.append((start, end))
    return pairs if len(pairs) == 1 else []


def differences(ctx: Context) -> list[Relation]:
    """'rose to $75 million from $60 million, an increase of $15 million': 75 - 60 = 15; 'has fallen from
    1,200 in 2010 to 900 this year, a drop of 300' (the ends bound to one verb)."""
    relations = []
    sentences: dict[tuple[int, int], list[Claim]] = {}
    for c in ctx.claims:
        if c.kind is Kind.QUANTITY:
            sentences.setdefault(ctx.sentence(c), []).append(c)
    for quantities in sentences.values():
        stated = change_pairs(ctx, quantities)
        pairs = stated or clause_ends(quantities)
        for old, new in pairs:
            for d in quantities:
                if d in (old, new) or not same_scale(d, new) or d.start < min(old.start, new.start):
                    continue
                if not CHANGE_CUE.search(ctx.before(d, 30)):
                    continue
                last = max(old, new, key=lambda c: c.end)
                if not stated and d.attrs.clause != old.attrs.clause and not APPOSED_CHANGE.fullmatch(ctx.between(last, d)):
                    break  # ends bound by the verb: the amount is on that verb, or apposed right after its last end
                diff = abs(new.value - old.value)
                relations.append(Relation(
                    id=ctx.relation_id("arithmetic.difference", old, new, d), doc_id=ctx.doc.id, check="arithmetic.difference",
                    claims=(old.id, new.id, d.id), spans=merge_spans([old.span, new.span, d.span]),
                    stated=float(d.value), computed=float(diff), tolerance=rounding(d),
                    working=f"{num(max(new.value, old.value))} - {num(min(new.value, old.value))} = {num(diff)}", said=num(d.value),
                    hedge=hedge_of(old, new, d)))
                break
    return relations


def multiples(ctx: Context) -> list[Relation]:
    """'doubled to 3.4 million from 1.7 million', 'tripled from 15 to 45', 'rose fivefold, from 2,000
    to 10,000 tons': the ratio matches the word. The factor is a word of multiple in the sentence or a
    multiple bound to the change's verb ('a 3-fold rise'); the ends are 'from'/'to' figures of one
    clause, or the pair the sentence states. Writers use these words loosely, so a mismatch beyond
    10% warns rather than fails."""
    relations = []
    seen_sentences = set()
    for c in ctx.claims:
        if c.kind is not Kind.QUANTITY:
            continue
        sent = ctx.sentence(c)
        if sent in seen_sentences:
            continue
        seen_sentences.add(sent)
        text = ctx.doc.text[sent[0]:sent[1]]
        quantities = ctx.in_sentence(c, Kind.QUANTITY)
        m = MULTIPLE_WORD.search(text)
        bound = [q for q in quantities if q.label == "MULTIPLE" and q.attrs.direction is not None and q.attrs.clause is not None]
        if m:
            factor, said, span = MULTIPLES[m.group(1).lower()], m.group(1), (sent[0] + m.start(), sent[0] + m.end())
            before = text[max(0, m.start() - 20):m.start()].lower().split()
            hedged = bool(before) and (before[-1] in APPROX_WORDS or before[-1] in BOUND_WORDS
                                       or tuple(before[-2:]) in BOUND_PHRASES)  # 'nearly doubled', 'more than tripled'
        elif len(bound) == 1:
            factor, said, span = float(bound[0].value), bound[0].text, bound[0].span
            hedged = bound[0].attrs.hedge is not None
        else:
            continue
        pairs = change_pairs(ctx, [q for q in quantities if q.label != "MULTIPLE"])
        if not pairs:
            clause = bound[0].attrs.clause if bound and not m else None
            starts = [q for q in quantities if _change_start(q) and (clause is None or q.attrs.clause == clause)]
            ends = [q for q in quantities if _change_end(q) and (clause is None or q.attrs.clause == clause)]
            pairs = [(a, b) for a in starts for b in ends if a.attrs.clause == b.attrs.clause and same_scale(a, b)
                     and _same_unit(a, b)][:1] if len(starts) == 1 and len(ends) == 1 else []
        for old, new in pairs:
            if old.value <= 0:
                continue
            ratio = new.value / old.value
            relations.append(Relation(
                id=ctx.relation_id("arithmetic.multiple", old, new), doc_id=ctx.doc.id, check="arithmetic.multiple",
                claims=(old.id, new.id), spans=merge_spans([old.span, new.span, span]),
                stated=float(factor), computed=round(ratio, 4), said=f"'{said}' ({num(factor)}x)",
                working=f"{num(new.value)} / {num(old.value)} = {ratio:.3g}", hedge="bound" if hedged else "approx"))
            break
    return relations


# 'The revenue is twice the spending': the noun before the multiple, the copula, and the noun after it
MULTIPLE_SUBJECT = re.compile(r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:is|was|are|were)\s+"
                              r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$")
MULTIPLE_OBJECT = re.compile(r"\s+(?:that\s+of\s+)?(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)(?=\s*(?:[,.;]|$))")
NAMED_REACH = 4  # sentences before a multiple in which the two figures its nouns name may be stated


def named_multiples(ctx: Context) -> list[Relation]:
    """'Revenue reached 40 billion dollars. Spending stood at 20 billion dollars. The revenue is twice the
    spending': a multiple between two nouns, with no figure of its own, against the one figure of each
    noun (its clause's subject) in the sentences before, of one unit. Two distinct nouns, each naming
    exactly one figure; bound by the noun, not by syntax: the relation passes or warns, never fails."""
    relations = []
    for m in ctx.claims:
        if m.kind is not Kind.QUANTITY or m.label != "MULTIPLE" or m.attrs.clause is not None and m.attrs.role != "other":
            continue
        if any(c.id != m.id for c in ctx.in_sentence(m, Kind.QUANTITY)):
            continue
        s0 = ctx.sentence(m)[0]
        subject = MULTIPLE_SUBJECT.search(ctx.doc.text, s0, m.start)
        obj = MULTIPLE_OBJECT.match(ctx.doc.text, m.end)
        if subject is None or obj is None or singular(subject.group(1)) == singular(obj.group(1)):
            continue
        here = ctx.sentence_index(m.start)
        figures = [c for c in ctx.claims if c.kind is Kind.QUANTITY and c.end <= s0 and 0 < here - ctx.sentence_index(c.start) <= NAMED_REACH
                   and c.label in ("MONEY", "CARDINAL") and not is_percent(c) and c.value > 0 and c.attrs.role not in ("amount", "by", "from")
                   and not (c.attrs.part_of or c.attrs.restates or c.attrs.range or c.attrs.hedge == "bound")]
        named = [[c for c in figures if c.attrs.agent == singular(g.group(1))] for g in (subject, obj)]
        if any(len(n) != 1 for n in named):
            continue
        new, old = named[0][0], named[1][0]
        if not (same_scale(new, old) and new.unit == old.unit):
            continue
        relations.append(_weak_multiple(ctx, old, new, m))
    return relations


def _weak_multiple(ctx: Context, old: Claim, new: Claim, m: Claim) -> Relation:
    """The multiple ``m`` against ``new / old``, bound by nouns and position only: it passes or warns."""
    ratio = new.value / old.value
    return Relation(
        id=ctx.relation_id("arithmetic.multiple", old, new, m), doc_id=ctx.doc.id, check="arithmetic.multiple",
        claims=(old.id, new.id, m.id), spans=merge_spans([old.span, new.span, m.span]),
        stated=float(m.value), computed=round(ratio, 4), tolerance=0.1 * float(m.value), said=f"'{m.text}' ({num(m.value)}x)",
        working=f"{num(new.value)} / {num(old.value)} = {ratio:.3g}", hedge="weak")


# 'three times the region's roughly 300 megawatts', 'twice the 40 it had': what the multiple is of, right after it
# ('three times as many as the old plant's 200': an equative comparison before what it is of)
AS_MANY_AS = r"as\s+(?:" + alternation(sorted(EQUATIVE_ADJECTIVES)) + r")\s+as\s+"
TIMES_OF = re.compile(r"\s+(?:that\s+of\s+|" + AS_MANY_AS + r"(?:that\s+of\s+)?)?(?:(?:" + alternation(TIMES_OF_DETERMINERS) + r")\s+)?(?:(?:[a-z]+\s+)?[\w.-]+(?:'s|’s|s'|s’)\s+)?(?:(?:"
                      + "|".join(sorted(APPROX_WORDS)) + r")\s+)?$")
_TIMES_DET = r"(?:" + alternation(TIMES_OF_DETERMINERS) + r")\s+"
# the multiple of a figure named by a noun first: 'twice the average of 300', 'a third of the usual 120', 'five times
# the salary of his deputy, which stood at 180,000'
_APPROX = r"(?:(?:" + "|".join(sorted(APPROX_WORDS)) + r")\s+)?"
_NOUN_WORD = r"(?:[a-z]+|[A-Z][a-z]+)(?:'s|’s)?"  # 'the March average of 44 mm
TIMES_OF_NOUN = re.compile(r"\s+(?:of\s+)?" + _TIMES_DET + r"(?:" + _NOUN_WORD + r"\s+){1,2}?(?:of\s+(?:" + _TIMES_DET + r")?)?" + _APPROX + "$")
# ... 'the salary of his deputy, which stood at 180,000', 'the number of last year, when 300 ...'
TIMES_OF_WHICH = re.compile(r"\s+(?:of\s+)?" + _TIMES_DET + r"(?:[a-z]+\s+){0,2}[a-z]+(?:\s+of\s+(?:" + _TIMES_DET + r")?(?:[a-z]+\s+){0,1}[a-z]+)?"
                            r"\s*,\s*(?:(?:which|that)\s+(?:stood|stands|was|is|were|are|came|reached|totalled|totaled|held|had|cost)"
                            r"(?:\s+(?:at|to))?|when)\s+" + _APPROX + "$")
TIMES_REACH = 4  # sentences before a multiple in which the figure that is the multiple may be stated
_EQUATED = (r"(?:(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(EQUATING_WORDS, key=len, reverse=True))
            + r")\s+)?(?:(?:equal|equivalent)\s+to\s+)?(?:(?:"
            + "|".join(sorted(APPROX_WORDS)) + r")\s+)?$")
# the figure, then the multiple apposed or equated to it: '1,200 members a week, twice the 600', 'its 900 megawatts is three times'
TIMES_APPOSED = re.compile(r"^(?:(?:\s+[a-z]+){0,3}\s*,\s*|\s+)" + _EQUATED, re.I)
# ... or apposed after the figure's own phrases: '88 mm in the 24 hours to Monday, twice ...' (no second clause between)
TIMES_APPOSED_AFTER = re.compile(r"^(?:\s+(?!(?:and|but|while|whereas|or)\b)[\w'’-]+){0,8}\s*,\s*$")
# a sentence whose subject points back to a figure before it: 'That is equal to about three times ...'
TIMES_ANAPHOR = re.compile(r"^\W*(?:that|this|it|which)\s+" + _EQUATED, re.I)


def times_multiples(ctx: Context) -> list[Relation]:
    """'The new plant will produce 900 megawatts. That is about three times the region's 300 megawatts':
    a multiple written before the figure it multiplies ('F times (the) FROM'), against the figure of the
    same unit and noun it is the multiple of: before it in its sentence, else the one such figure of the
    sentences before (up to four). Bound by unit and position, not by syntax: it passes or warns."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for k, m in enumerate(quantities[:-1]):
        if m.attrs.direction is not None or m.attrs.hedge == "bound" or not m.value \
                or not (m.label == "MULTIPLE" and m.value > 1 or _fraction(m)):
            continue
        old = quantities[k + 1]
        gap = ctx.between(m, old)
        if ctx.sentence(old) != ctx.sentence(m) or old.label == "MULTIPLE" or not isinstance(old.value, (int, float)) \
                or old.value <= 0 or old.attrs.hedge == "bound":
            continue
        named = bool(TIMES_OF_NOUN.fullmatch(gap) or TIMES_OF_WHICH.fullmatch(gap))
        equative = re.match(r"\s+" + AS_MANY_AS, gap) is not None  # ('as many as the 200': of the noun before)
        if not ((old.unit or equative) and TIMES_OF.fullmatch(gap) or named or _fraction(m) and TIMES_OF.fullmatch(re.sub(r"^\s+of\b", "", gap))):
            continue
        if old.unit:
            same = lambda c: (c.id not in (m.id, old.id) and c.unit == old.unit and c.attrs.noun == old.attrs.noun  # noqa: E731
                              and same_scale(c, old) and not c.attrs.restates and not c.attrs.range and c.attrs.hedge != "bound"
                              and not _change_amount_of(c) and c.attrs.part_of is None)
        else:  # a bare figure ('twice the average of 300') takes the unit of the figure the multiple is apposed to
            same = lambda c: (c.id not in (m.id, old.id) and same_scale(c, old) and not is_percent(c) and c.label != "MULTIPLE"  # noqa: E731
                              and not c.attrs.restates and not c.attrs.range and c.attrs.hedge != "bound"
                              and not _change_amount_of(c) and c.attrs.part_of is None)
        here = ctx.sentence_index(m.start)
        before = [c for c in ctx.of_sentence(here, Kind.QUANTITY) if c.end <= m.start and same(c)]
        if before and not (TIMES_APPOSED.match(ctx.between(before[-1], m)) or TIMES_APPOSED_AFTER.match(ctx.between(before[-1], m))):
            continue  # 'A won 40 seats, and B won twice the 12 seats': the multiple is B's, not stated
        if not old.unit and (not before or before[-1].start < ctx.sentence(m)[0]):
            continue  # a bare figure is only read against the one the multiple is apposed to
        if not before and TIMES_ANAPHOR.match(ctx.doc.text[ctx.sentence(m)[0]:m.start]):
            earlier = [c for c in quantities if c.end <= ctx.sentence(m)[0] and 0 < here - ctx.sentence_index(c.start) <= TIMES_REACH and same(c)]
            before = earlier if len(earlier) == 1 else []
        if len(before) != 1 or any(c.unit == old.unit and c.id not in (m.id, old.id, before[0].id) for c in ctx.in_sentence(m, Kind.QUANTITY)):
            continue
        new = before[0]
        relations.append(_weak_multiple(ctx, old, new, m))
    return relations


def _change_amount_of(c: Claim) -> bool:
    """A change's amount: 'by' it, or adverbial to a verb of change ('rose 40 tonnes'); an adverbial figure of
    another verb ('harvested 4,000 tonnes', as the parse may hang it) is a level."""
    return c.attrs.role == "by" or c.attrs.role == "amount" and (c.attrs.direction is not None or c.label == "MULTIPLE")


def _fraction(c: Claim) -> bool:
    """A fraction written in words ('a third', 'half', 'two thirds'): a factor below one."""
    written = " ".join(c.text.lower().split())
    if c.attrs.hedge_word and written.startswith(c.attrs.hedge_word + " "):
        written = written[len(c.attrs.hedge_word) + 1:]  # 'about a third'
    return c.label == "CARDINAL" and c.unit is None and written in FRACTION_WORDS \
        and isinstance(c.value, float) and 0 < c.value < 1


# 'one voucher for every four shares' (the 'one' is often no claim of its own)
PER_EACH = re.compile(r"\b(?:one|a|an)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:for|per)\s+(?:each|every)\s+$", re.I)
RATIO_REACH = 3  # sentences around a ratio in which the two counts it divides may be stated


def ratios(ctx: Context) -> list[Relation]:
    """'hand out one voucher for every four shares ... has 4.8 million shares ... 1.2 million vouchers
    were handed out': a ratio 'one X for each F Y' against the one count of Y and the one count of X
    stated near it (up to three sentences either way): count(Y) / count(X) = F. Bound by the nouns
    only: it passes or warns, never fails."""
    relations = []
    quantities = [c for c in ctx.claims if c.kind is Kind.QUANTITY]
    for each in quantities:
        m = PER_EACH.search(ctx.before(each, 60))
        if m is None or not each.attrs.noun or not each.value or each.value <= 1 or each.attrs.hedge:
            continue
        x_noun = singular(m.group(1).lower())
        if x_noun == each.attrs.noun:
            continue
        start = each.start - len(ctx.before(each, 60)) + m.start()
        ones = [c for c in ctx.in_sentence(each, Kind.QUANTITY) if start <= c.start < each.start]
        here = ctx.sentence_index(each.start)
        near = [c for c in quantities if c.id != each.id and c not in ones and abs(ctx.sentence_index(c.start) - here) <= RATIO_REACH
                and is_count(c) and not c.attrs.range and c.attrs.hedge != "bound" and c.attrs.role not in ("amount", "by")]
        xs = [c for c in near if c.attrs.noun == x_noun]
        ys = [c for c in near if c.attrs.noun == each.attrs.noun]
        if len(xs) != 1 or len(ys) != 1 or xs[0].value <= 0:
            continue
        x, y = xs[0], ys[0]
        ratio = y.value / x.value
        relations.append(Relation(
            id=ctx.relation_id("arithmetic.multiple", x, y, each), doc_id=ctx.doc.id, check="arithmetic.multiple",
            claims=(x.id, y.id, *(c.id for c in ones), each.id), spans=merge_spans([x.span, y.span, (start, each.end)]),
            stated=float(each.value), computed=round(ratio, 4), tolerance=0.1 * float(each.value),
            said=f"one {x_noun} for each {num(each.value)} {each.attrs.noun}",
            working=f"{num(y.value)} / {num(x.value)} = {ratio:.3g}", hedge="weak"))
    return relations


def year_spans(ctx: Context) -> list[Relation]:
    """'a three-year survey running from 2031 to 2033': 2031..2033 is three calendar years (two
    by subtraction); either reading passes, anything else does not. The duration must be bound to
    the span it measures: written right before it ('N years from Y1 to Y2', 'an N-year plan running
    from Y1 to Y2') or set after it in apposition ('from Y1 to Y2, a span of N years'); another
    duration of the sentence measures something else. A span whose ends carry a month or a day is
    not a whole number of years and is left alone."""
    relations = []
    named = _named_ranges(ctx)
    durations: dict[str, int] = {}
    for c in ctx.claims:
        for noun in _duration_nouns(ctx, c):
            durations[noun] = durations.get(noun, 0) + 1
    for d in ctx.claims:
        weak = False
        if d.kind is Kind.DATE and d.value is None and d.attrs.unresolved:
            found = _span_in_expression(ctx, d)
        elif d.kind is Kind.QUANTITY and d.label == "DURATION" and d.unit == "years" and float(d.value).is_integer():
            found = _span_of(ctx, d)
            if found is None:
                found, weak = _named_span(ctx, d, named, durations)
            if found is None:
                found, weak = _possessed_span(ctx, d), True
        else:
            continue
        if found is None:
            continue
        years, (y1, y1_span), (y2, y2_span), involved, d_span = found[:5]
        inclusive = y2 - y1 + 1
        if inclusive < 2:
            continue
        if len(found) > 5:  # 'N years later': the years between the two, by subtraction
            computed, tolerance, working = float(y2 - y1), 0.0, f"{y1} to {y2} is {y2 - y1} years"
        else:
            computed, tolerance = inclusive - 0.5, 0.5
            working = f"{y1} to {y2} is {inclusive} calendar years ({inclusive - 1} by subtraction)"
        relations.append(Relation(
            id=ctx.relation_id("arithmetic.year-span", *involved), doc_id=ctx.doc.id, check="arithmetic.year-span",
            claims=tuple(c.id for c in involved), spans=merge_spans([d_span, y1_span, y2_span]),
            stated=float(years), computed=computed, tolerance=tolerance, working=working,
            said=f"{num(years)} years", hedge="weak" if weak and hedge_of(*involved) == "exact" else hedge_of(*involved),
            messages=(f"{working}, and the text says {num(years)}", f"{working}, but the text says {num(years)}")))
    return relations


_DETERMINERS = r"(?:(?i:the|its|their|his|her|this|that)|[A-Z][\w.-]*(?:'s|’s|s'|s’))"
_DETERMINER = r"\b" + _DETERMINERS + r"\s+"
_WORD = r"(?!" + _DETERMINERS + r"\b)[a-z]+"  # a word that is not a determiner: the nearest determiner binds
# the noun a range of years is of: 'the 2009-2015 drought' (a hyphenated range before its noun) ...
_RANGE_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")  # 'the 1992-1995 war', 'the 1992-1995 civil war'
# ... or the noun just before 'from Y1 to Y2' ('went through a civil war from'), or the subject of a verb right before it ('the war lasted from')
_RANGE_NOUN_BEFORE = re.compile(r"\b(?:" + _DETERMINERS + r"|an?)\s+((?:" + _WORD + r"\s+){0,2}?)(" + _WORD + r")\s+(?:(" + _WORD + r")\s+)?(?:from|between)\s+$")
# the noun a duration measures: 'the six-year drought', 'endured the drought for six years', 'the drought lasted six years'
_LASTING = r"(?:(?:has|had|have)\s+)?(?:" + "|".join(sorted(LASTING_VERBS)) + r")\s+"
_DURATION_OBJECT = re.compile(_DETERMINER + r"((?:" + _WORD + r"\s+){0,2}?)(" + _WORD + r")(?:\s+(?:(?:has|had|have)\s+)?(?:"
                              + _LASTING + r")?|\s*,\s*(?:which|that)\s+" + _LASTING + r")(?:for\s+)?$")
_DURATION_DETERMINER = re.compile(r"\b(?:" + _DETERMINERS + r"|(?i:the)\s+[a-z]+(?:'s|’s))\s+((?:" + _WORD + r"\s+){0,2}?)$")  # "the country's 11-year war"
_NOUN_AFTER_ADJECTIVE = _RANGE_NOUN_AFTER


def _modified(m: re.Match | None) -> set[str]:
    """The words (singular) a year range or an 'N-year' modifies: the one or two words after it, up to
    the first function word ('the 1992-1995 civil war in ...' -> civil, war); which is the noun is
    not known without tags, so a range and a duration are bound when they share one of them."""
    words = []
    for w in (m.groups() if m else ()):
        if w is None or w in EVENT_STOP_WORDS:
            break
        words.append(_span_key(singular(w)))
    return {w for w in words if w not in SPAN_GENERIC_NOUNS}


def _span_key(noun: str) -> str:
    """The key a range and a duration are matched by: the noun, or one key for all the nouns of a holder's
    whole time ('his 1964-1985 regime' ... 'his 21-year reign')."""
    return "(tenure)" if noun in TENURE_NOUNS else noun


def _named_ranges(ctx: Context) -> dict[str, list[tuple[Claim, Claim]]]:
    """Ranges of two plain years 'Y1-Y2' / 'from Y1 to Y2', by the noun they are the span of
    (singular): 'the 2009-2015 drought', 'ran the programme from 2004 to 2010'."""
    dates_ = [c for c in ctx.claims if c.kind is Kind.DATE]
    out: dict[str, list[tuple[Claim, Claim]]] = {}
    for a, b in zip(dates_, dates_[1:]):
        written = re.search(r"\b(?:from|between)\s+$", ctx.before(a, 10)) and b.attrs.range_role is None  # 'from Y1 to Y2' not taken as a range
        if not (a.attrs.range_role == "start" and b.attrs.range_role == "end" or written) or _year_of(a) is None or _year_of(b) is None \
                or not _whole_year(ctx, a.start) or not re.fullmatch(_YEAR_LINK, ctx.between(a, b)):
            continue
        nouns: set[str] = set()
        if ctx.between(a, b).strip() in ("-", "–"):
            nouns = _modified(_RANGE_NOUN_AFTER.match(ctx.doc.text, b.end))
        else:
            m = _RANGE_NOUN_BEFORE.search(ctx.before(a, 60))
            if m and not set(m.group(1).split()) & OTHER_INSTANCE_WORDS and singular(m.group(2)) not in SPAN_GENERIC_NOUNS:
                nouns = {_span_key(singular(m.group(2)))}
                if m.group(3) and m.group(3) not in LASTING_VERBS and not m.group(3).endswith("ed") \
                        and singular(m.group(3)) not in SPAN_GENERIC_NOUNS:
                    nouns.add(_span_key(singular(m.group(3))))  # 'a civil war from': the adjective and the noun
        for noun in nouns:
            out.setdefault(noun, []).append((a, b))
    return out


def _duration_nouns(ctx: Context, d: Claim) -> frozenset[str]:
    """The definite noun (singular) a duration of years measures: 'the six-year drought' (or its
    adjective: 'the six-year civil war'), 'endured the drought for six years', 'the drought lasted six
    years'; none for 'a new six-year plan' (another one than any named before) or a noun too general
    to name one thing."""
    if d.kind is not Kind.QUANTITY or d.label != "DURATION" or d.unit != "years" or d.attrs.hedge == "bound" or d.attrs.range:
        return frozenset()
    if re.search(r"-years?$", d.text):  # 'the six-year drought': the noun after it
        det = _DURATION_DETERMINER.search(ctx.before(d, 40))
        if det is None or set(det.group(1).split()) & OTHER_INSTANCE_WORDS:
            return frozenset()
        return frozenset(_modified(_NOUN_AFTER_ADJECTIVE.match(ctx.doc.text, d.end)))
    m = _DURATION_OBJECT.search(ctx.before(d, 60))
    if m is None or set(m.group(1).split()) & OTHER_INSTANCE_WORDS \
            or not re.match(r"\s*(?:[,.;]|$|\s+(?:before|until|when|and|but)\b)", ctx.after(d, 12)):
        return frozenset()
    noun = singular(m.group(2))
    return frozenset() if noun in SPAN_GENERIC_NOUNS else frozenset({_span_key(noun)})


def _named_span(ctx: Context, d: Claim, named: dict[str, list[tuple[Claim, Claim]]], durations: dict[str, int]):
    """(the span, weak) of a duration bound to a range of years elsewhere in the article by the noun
    both are of: 'the 2009-2015 drought ... endured the drought for six years'. The noun must be
    definite, the one range of that noun and the noun of no other duration; a range further than
    the next sentence binds weakly (pass or warn)."""
    nouns = _duration_nouns(ctx, d)
    ranges = {pair for noun in nouns for pair in named.get(noun, [])}
    if len(ranges) != 1 or any(durations.get(noun, 0) != 1 for noun in nouns if noun in named):
        return None, False
    (a, b), = ranges
    if a.start < d.end and d.start < b.end:
        return None, False
    weak = abs(ctx.sentence_index(d.start) - ctx.sentence_index(a.start)) > 1
    return (d.value, (_year_of(a), a.span), (_year_of(b), b.span), (a, b, d), d.span), weak


# 'her 2014-2023 tenure', "Lund's 2014-2023 tenure": a possessed range of two plain years
_POSSESSED_RANGE = re.compile(r"\b(?:(" + "|".join(sorted(POSSESSIVE_PRONOUNS)) + r")|([A-Z][\w.-]*)(?:'s|’s|s'|s’))\s+(?:[a-z]+\s+)?$", re.I)


def _possessed_span(ctx: Context, d: Claim):
    """The span of a range 'POSS Y1-Y2 NOUN' in the sentence after or before a duration 'for N years'
    of its subject: 'Lund has led the city for nine years. Her 2014-2023 tenure ...'. The possessor is
    a possessive pronoun, or a name written before the duration in its sentence; the duration is the
    only one of years in its sentence and the range the only one around it. Bound by adjacency and
    possession, not by syntax: it passes or warns, never fails."""
    if d.attrs.hedge == "bound" or d.attrs.range or d.attrs.age or not re.search(r"\bfor\s+(?:the\s+(?:past|last)\s+)?$", ctx.before(d, 20), re.I):
        return None
    here = ctx.sentence_index(d.start)
    if any(c.id != d.id and _duration(c) for c in ctx.of_sentence(here, Kind.QUANTITY)) \
            or any(_year_of(c) is not None and c.attrs.range for c in ctx.of_sentence(here, Kind.DATE)):
        return None
    names = {w.lower() for c in ctx.of_sentence(here, Kind.NAME) if c.end <= d.start for w in str(c.text).split()}
    pronoun = re.match(r"\W*(?:he|she|it|they)\b", ctx.doc.text[ctx.sentence(d)[0]:d.start], re.I)  # 'She led it for nine years'
    perfect = bool(re.search(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|n|t)\b", ctx.doc.text[ctx.sentence(d)[0]:d.start]))
    found = []
    for k in (here + 1, here - 1):
        dates_ = ctx.of_sentence(k, Kind.DATE)
        if any(_duration(c) for c in ctx.of_sentence(k, Kind.QUANTITY)):
            continue
        for a, b in zip(dates_, dates_[1:]):
            if a.attrs.range_role != "start" or b.attrs.range_role != "end" or _year_of(a) is None or _year_of(b) is None \
                    or ctx.between(a, b).strip() not in ("-", "–") or not _whole_year(ctx, a.start):
                continue
            m = _POSSESSED_RANGE.search(ctx.before(a, 40))
            if m is None or not (m.group(1) or m.group(2).lower() in names or pronoun and k < here) or re.match(r"\s*(?:[-–]|to)\s*\d", ctx.after(b, 6)):
                continue
            # the whole of the holder's time ('her 2014-2023 tenure'), or a range up to now of a duration up to now
            # ('has led the city for nine years'); not a part of it ('his 2001-2003 posting')
            if _span_key("tenure") in _modified(_RANGE_NOUN_AFTER.match(ctx.doc.text, b.end)) or perfect and ctx.published \
                    and _year_of(b) >= ctx.published.year - 1:
                found.append((a, b))
    if len(found) != 1 or sum(1 for c in ctx.claims if c.kind is Kind.DATE and c.attrs.range_role == "start"
                              and abs(ctx.sentence_index(c.start) - here) <= 1) != 1:
        return None
    (a, b), = found
    return d.value, (_year_of(a), a.span), (_year_of(b), b.span), (a, b, d), d.span


_YEAR_LINK = r"\s*(?:to|-|–|through|until|and)\s*"
_YEAR = r"((?:1[89]|20)\d\d)\b(?![/.]\d|[-–]\d\d\b)"  # not a fiscal year ('2005/06', '2005-06')
# a duration and the span it measures after it: 'N years from Y1 to Y2', 'an N-year period running from Y1 to Y2'
_AFTER_DURATION = re.compile(r"(?:\s+[a-z]+){0,2}?\s*,?\s+(?:(?:running|stretching|lasting|extending)\s+)?"
                             r"(?:from|between|covering|spanning)\s+" + _YEAR + "(" + _YEAR_LINK + ")" + _YEAR)
# a span and the duration set after it in apposition: 'from Y1 to Y2, a span of N years', 'Y1-Y2, an N-year'
_BEFORE_DURATION = re.compile(r"(\b(?:from|between|covering|spanning)\s+)?" + _YEAR + "(" + _YEAR_LINK + ")" + _YEAR
                              + r"\s*,\s*(?:(?:a|an|the|some)\s+)?(?:(?:span|period|stretch|total)\s+of\s+)?$")
_MONTH_OR_DAY = re.compile(r"\b(?:" + alternation(MONTH_NAMES) + "|" + alternation(MONTH_ABBREVIATIONS) + r")\.?\s+(?:\d{1,2},?\s+)?$", re.I)
_NUMBER_WORD = re.compile(r"(\d{1,3}|" + alternation(sorted(UNITS, key=len, reverse=True)) + r"|(?:"
                          + alternation(TENS) + r")(?:-(?:" + units_re(1, 9) + r"))?)(?:[\s-]+(?:full|whole|calendar))?[\s-]+years?\b", re.I)


def _year_of(c: Claim) -> int | None:
    return int(c.value) if c.kind is Kind.DATE and isinstance(c.value, str) and re.fullmatch(r"\d{4}", c.value) else None


def _whole_year(ctx: Context, start: int) -> bool:
    """A year written alone: no month or day before it ('from March 2001' is month-precise)."""
    return not _MONTH_OR_DAY.search(ctx.doc.text[max(0, start - 20):start])


def _span_of(ctx: Context, d: Claim):
    """The years 'from Y1 to Y2' the duration ``d`` is bound to, as written (a year the parser did not
    take as a date counts too; one it took as a date with a month or day does not), or None."""
    text = ctx.doc.text
    s, e = ctx.sentence(d)
    m = _AFTER_DURATION.match(text, d.end, e)
    if m is not None:
        ends = ((m.start(1), m.end(1)), (m.start(3), m.end(3)))
    else:
        m = _BEFORE_DURATION.search(text[s:d.start])
        if m is None or not (m.group(1) or "-" in m.group(3) or "–" in m.group(3)):
            return None
        ends = ((s + m.start(2), s + m.end(2)), (s + m.start(4), s + m.end(4)))
    involved = [d]
    for a, b in ends:
        over = [c for c in ctx.claims if c.start < b and a < c.end and c.id != d.id]
        if any(_year_of(c) is None or (c.start, c.end) != (a, b) for c in over) or not _whole_year(ctx, a):
            return None
        involved += over
    (a1, b1), (a2, b2) = ends
    return d.value, (int(text[a1:b1]), ends[0]), (int(text[a2:b2]), ends[1]), tuple(involved), d.span


def _span_in_expression(ctx: Context, d: Claim):
    """'(the) six years from 2011 to 2017', '15 years later in 2005' taken by extraction as one date it
    could not place."""
    m = re.fullmatch(r"(?:the\s+|a\s+|an\s+)?" + _NUMBER_WORD.pattern + r"(?:\s+[a-z]+)?\s*,?\s+(?:from|between)\s+"
                     + _YEAR + _YEAR_LINK + _YEAR, d.text, re.I)
    if m is not None:
        at = lambda k: (d.start + m.start(k), d.start + m.end(k))  # noqa: E731
        years = parse_words([m.group(1)])
        return None if years is None else (years, (int(m.group(2)), at(2)), (int(m.group(3)), at(3)), (d,), at(1))
    # '15 years later in 2005': the span from the last plain year written before it in the sentence
    m = re.fullmatch(_NUMBER_WORD.pattern + r"\s+(?:later|after)\s*,?\s+in\s+" + _YEAR, d.text, re.I)
    years = parse_words([m.group(1)]) if m else None
    earlier = [c for c in ctx.in_sentence(d, Kind.DATE) if c.end <= d.start and _year_of(c) is not None]
    if years is None or not earlier or not _whole_year(ctx, earlier[-1].start):
        return None
    at = lambda k: (d.start + m.start(k), d.start + m.end(k))  # noqa: E731
    return years, (_year_of(earlier[-1]), earlier[-1].span), (int(m.group(2)), at(2)), (earlier[-1], d), at(1), "later"
