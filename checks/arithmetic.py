"""Arithmetic relations: changes and their parts, wholes and their parts, stated differences,
multiples and spans of years must add up.

"the reduction of the Russian mission from 20 to 10 people ... revoked the accreditation of
eight diplomats. Two more open vacancies were eliminated." -> 20 - 8 - 2 = 10.
"""

from __future__ import annotations

import re

from checks.context import Context, change_pairs, hedge_of, is_count, num, rounding, same_scale
from factlint.extract.lexicon import MULTIPLES
from factlint.records import Claim, Document, Kind, Relation, merge_spans

LIST_GAP = re.compile(r"^\s*(?:,|and|\+|,\s*and|,?\s*while|;)\s*$|^[^0-9]{0,45}?(?:,|\band\b|\+|;)[^0-9]{0,20}$")
WHOLE_INTRO = re.compile(r"^[^0-9,.;]{0,40}?(?::|\(|\s[-–—]\s|,)\s*$")
CHANGE_CUE = re.compile(r"\b(?P<dir>increase|rise|gain|jump|growth|decrease|decline|drop|fall|cut|reduction|loss|up|down)\s+(?:of\s+)?(?:by\s+)?$", re.I)
MULTIPLE_WORD = re.compile(r"\b(" + "|".join(sorted(MULTIPLES, key=len, reverse=True)) + r")\b", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Change decomposition, part-whole, stated differences, multiples and year spans."""
    ctx = Context(doc, claims)
    return [*change_decomposition(ctx), *part_whole(ctx), *differences(ctx), *multiples(ctx), *year_spans(ctx)]


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
    """'a crew of 12: seven sailors and five scientists'; 'Of the 40 detained, 31 were freed and
    nine charged'; '400 jobs, 250 in Dayton and 150 in Fresno'; 'four counts of fraud and two of
    money laundering, six counts in all'. The parts must form a list (commas, 'and') right after
    the whole, or the whole must close the list with 'in all'."""
    relations = []
    seen: set[str] = set()
    for whole in ctx.claims:
        if not _summable(whole) or whole.attrs.range is not None or whole.id in seen:
            continue
        of_the = _of_the(ctx, whole)
        parts = _list_after(ctx, whole, skip_clause=of_the)
        intro = ctx.between(whole, parts[0]) if parts else ""
        first = _part_before(ctx, whole)
        if first is not None and parts:
            parts.insert(0, first)
        elif not parts or not (of_the or WHOLE_INTRO.match(intro)):
            parts = []
        if parts and not of_the and first is None and "," in intro and ":" not in intro and (whole.unit and any(
                p.unit and p.unit != whole.unit for p in parts) or re.search(r"\b(?:in|at|for|from|to)\s+[A-Z]", intro)):
            parts = []  # "four reporters, three photographers" / "4,300 jobs in France, 3,700 in Germany": one list
        if len(parts) < 2:
            parts = _list_before_in_all(ctx, whole)
            if len(parts) < 2:
                continue
        if any(p.value > whole.value for p in parts):
            continue
        total = sum(p.value for p in parts)
        seen.update(p.id for p in parts)
        tail = ctx.doc.text[max(p.end for p in parts):ctx.sentence(whole)[1]]
        open_list = re.search(r"\b(?:the\s+(?:other|remaining|rest)\b|others\b)|^[^0-9]{0,40}?\band\s+an?\s+\w+", tail)
        relations.append(Relation(
            id=ctx.relation_id("arithmetic.part-whole", whole), doc_id=ctx.doc.id, check="arithmetic.part-whole",
            claims=(whole.id, *(p.id for p in parts)), spans=merge_spans([whole.span, *(p.span for p in parts)]),
            stated=float(whole.value), computed=None if open_list else float(total),
            skip_reason="the list goes on with items that carry no number" if open_list else None,
            working=f"{' + '.join(num(p.value) for p in parts)} = {num(total)}", hedge=hedge_of(whole, *parts)))
    return relations


def _summable(c: Claim) -> bool:
    return c.kind is Kind.QUANTITY and (is_count(c) or c.label == "MONEY") and c.value > 0


def _of_the(ctx: Context, whole: Claim) -> bool:
    return bool(re.search(r"(?:^|\.\s|\"\s?)\s*(?:Of|Among)\s+(?:the|its|their)\s+(?:\w+\s+)?$", ctx.before(whole, 30))) or \
        bool(re.search(r"\b(?:of|among)\s+the\s*$", ctx.before(whole, 12)) and re.match(r"^\s*\w*\s*(?:were|was)?", ctx.after(whole, 20)))


def _part_before(ctx: Context, whole: Claim) -> Claim | None:
    """'24 of the committee's 42 members had voted in favour, 15 against and three abstained'."""
    before = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.end <= whole.start]
    if before and re.fullmatch(r"\s+of\s+(?:the|its|their|his|her)\s+(?:[\w-]+'s?\s+)?", ctx.between(before[-1], whole)) \
            and _compatible(whole, before[-1]):
        return before[-1]
    return None


def _list_after(ctx: Context, whole: Claim, skip_clause: bool = False) -> list[Claim]:
    following = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.start >= whole.end]
    if skip_clause:  # "Of the 96 riders from 16 teams who started, 78 finished": parts come after the comma
        comma = ctx.doc.text.find(",", whole.end, ctx.sentence(whole)[1])
        following = [c for c in following if comma >= 0 and c.start > comma]
    parts: list[Claim] = []
    prev = whole
    for c in following:
        gap = ctx.between(prev, c)
        if not _summable(c) or not _compatible(whole, c) or c.attrs.range is not None:
            break
        if prev is whole:
            if len(gap) > 60 or re.search(r"\b(?:of|from)\s*$", gap):
                break
        elif not LIST_GAP.match(gap):
            break
        if re.match(r"^\s+of\s+(?:them|whom|those|these)\b", ctx.after(c, 20)):
            break  # "two of them": a subset of the parts, not another part
        parts.append(c)
        prev = c
    return parts


def _list_before_in_all(ctx: Context, whole: Claim) -> list[Claim]:
    if not re.match(r"^[^0-9.;]{0,25}?\b(?:in all|in total|altogether|all told)\b", ctx.after(whole, 40)):
        return []
    preceding = [c for c in ctx.in_sentence(whole, Kind.QUANTITY) if c.end <= whole.start]
    parts: list[Claim] = []
    nxt = whole
    for c in reversed(preceding):
        gap = ctx.between(c, nxt)
        if not _summable(c) or not _compatible(whole, c) or (nxt is not whole and not LIST_GAP.match(gap)) or len(gap) > 60:
            break
        parts.insert(0, c)
        nxt = c
    return parts


def differences(ctx: Context) -> list[Relation]:
    """'rose to $75 million from $60 million, an increase of $15 million': 75 - 60 = 15."""
    relations = []
    sentences: dict[tuple[int, int], list[Claim]] = {}
    for c in ctx.claims:
        if c.kind is Kind.QUANTITY:
            sentences.setdefault(ctx.sentence(c), []).append(c)
    for quantities in sentences.values():
        for old, new in change_pairs(ctx, quantities):
            for d in quantities:
                if d in (old, new) or not same_scale(d, new) or d.start < min(old.start, new.start):
                    continue
                if not CHANGE_CUE.search(ctx.before(d, 30)):
                    continue
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
    """'doubled to 1.2 million from 600,000', 'tripled from 40 to 120': the ratio matches the word.
    Writers use these words loosely, so a mismatch beyond 10% warns rather than fails."""
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
        m = MULTIPLE_WORD.search(text)
        if not m:
            continue
        factor = MULTIPLES[m.group(1).lower()]
        quantities = ctx.in_sentence(c, Kind.QUANTITY)
        for old, new in change_pairs(ctx, quantities):
            if old.value <= 0:
                continue
            ratio = new.value / old.value
            relations.append(Relation(
                id=ctx.relation_id("arithmetic.multiple", old, new), doc_id=ctx.doc.id, check="arithmetic.multiple",
                claims=(old.id, new.id), spans=merge_spans([old.span, new.span, (sent[0] + m.start(), sent[0] + m.end())]),
                stated=float(factor), computed=round(ratio, 4), said=f"'{m.group(1)}' ({num(factor)}x)",
                working=f"{num(new.value)} / {num(old.value)} = {ratio:.3g}", hedge="approx"))
            break
    return relations


def year_spans(ctx: Context) -> list[Relation]:
    """'a four-year project running from 2024 to 2027': 2024..2027 is four calendar years (three
    by subtraction); either reading passes, anything else does not."""
    relations = []
    for d in ctx.claims:
        if not (d.kind is Kind.QUANTITY and d.label == "DURATION" and d.unit == "years" and float(d.value).is_integer()):
            continue
        years = [c for c in ctx.in_sentence(d, Kind.DATE) if isinstance(c.value, str) and re.fullmatch(r"\d{4}", c.value)]
        for y1, y2 in zip(years, years[1:]):
            link = ctx.between(y1, y2)
            if not re.fullmatch(r"\s*(?:to|-|–|through|and)\s*", link):
                continue
            if not re.search(r"\b(?:from|between|covering|running|for)\s+(?:\w+\s+)?$", ctx.before(y1, 25)) and "-" not in link:
                continue
            inclusive = int(y2.value) - int(y1.value) + 1
            relations.append(Relation(
                id=ctx.relation_id("arithmetic.year-span", d, y1, y2), doc_id=ctx.doc.id, check="arithmetic.year-span",
                claims=(d.id, y1.id, y2.id), spans=merge_spans([d.span, y1.span, y2.span]),
                stated=float(d.value), computed=inclusive - 0.5, tolerance=0.5,
                working=f"{y1.value} to {y2.value} is {inclusive} calendar years ({inclusive - 1} by subtraction)",
                said=f"{num(d.value)} years", hedge=hedge_of(d),
                messages=(f"{y1.value} to {y2.value} is {inclusive} calendar years ({inclusive - 1} by subtraction), and the text says {num(d.value)}",
                          f"{y1.value} to {y2.value} is {inclusive} calendar years ({inclusive - 1} by subtraction), but the text says {num(d.value)}")))
            break
    return relations
