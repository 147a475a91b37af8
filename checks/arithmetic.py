"""Arithmetic relations: a stated change and the parts that make it up must add up.

"the reduction of the Russian mission from 20 to 10 people ... revoked the accreditation of
eight diplomats. Two more open vacancies were eliminated." -> 20 - 8 - 2 = 10.
"""

from __future__ import annotations

from factlint.numbers import format_number
from factlint.records import Claim, Document, Kind, Relation, merge_spans

NOT_COUNTS = {"percent", "percentage points", "USD", "EUR", "GBP", "JPY", "RUB", "CNY", "INR", "CHF", "CAD", "AUD"}


def _is_count(c: Claim) -> bool:
    return (c.kind is Kind.QUANTITY and c.label == "CARDINAL" and c.unit not in NOT_COUNTS
            and float(c.value).is_integer() and c.value >= 0)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Change decomposition. For a count range 'from A to B', the parts are the counts that follow
    it in the same paragraph up to the last one marked as additional ('two more', 'another
    three'). The additive cue is what says the text is itemising the change; without it there
    is no relation to check."""
    by_id = {c.id: c for c in claims}
    relations: list[Relation] = []
    for a in claims:
        if not (_is_count(a) and a.attrs.get("range") == "from" and a.attrs.get("range_role") == "start"):
            continue
        b = by_id.get(a.attrs.get("pair", ""))
        if b is None or not _is_count(b) or a.value == b.value:
            continue
        para = a.attrs.get("para")
        after = [c for c in claims if c.start >= b.end and c.attrs.get("para") == para and _is_count(c)
                 and "range" not in c.attrs]
        last_additive = max((i for i, c in enumerate(after) if c.attrs.get("additive")), default=None)
        if last_additive is None:
            continue
        parts = after[: last_additive + 1]
        decrease = a.value > b.value
        total = sum(c.value for c in parts)
        computed = a.value - total if decrease else a.value + total
        op = " - " if decrease else " + "
        expr = format_number(a.value) + op + op.join(format_number(c.value) for c in parts)
        working = f"{expr} = {format_number(computed)}"
        involved = (a, b, *parts)
        hedges = {c.attrs.get("hedge") for c in involved} - {None}
        hedge = "bound" if "bound" in hedges else "approx" if "approx" in hedges else "exact"
        # The range phrase "from A to B people" is one stretch of evidence.
        phrase = (a.start - len("from ") if doc.text[max(0, a.start - 5):a.start] == "from " else a.start, b.end)
        relations.append(Relation(
            id=f"{doc.id}/arithmetic.change-decomposition/{a.id}",
            doc_id=doc.id,
            check="arithmetic.change-decomposition",
            claims=tuple(c.id for c in involved),
            spans=merge_spans([phrase, *(c.span for c in involved)]),
            stated=float(b.value),
            computed=float(computed),
            working=working,
            hedge=hedge,
        ))
    return relations
