"""factlint's consistency checks. Each family is a pure function from claims to relations: one
document's claims (``scope="document"``) or a whole run's documents (``scope="run"``, the
cross-article family). ``CHECKS`` is the one table that lists them all, with the Great Expectations
suite (in ``checks/suites/``) that decides each family's relations and the rule ids it emits;
config, suppressions, the gate's review, SARIF's rule list and docs/rules.md all read it.

Adding a family: one module here, one entry in ``CHECKS``, its tests."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from checks import ages, arithmetic, chronology, counts, crossdoc, lists, names, percentages, restated, weekdays
from factlint.records import Claim, Document, Relation

SUITES_DIR = Path(__file__).parent / "suites"


@dataclass(frozen=True)
class CheckFamily:
    name: str
    derive: Callable[..., list[Relation]]  # document scope: (Document, claims); run scope: (list[DocResult])
    rules: dict[str, tuple[str, str]]  # rule id -> (what it checks, an example)
    suite: str = "default.json"  # file name under checks/suites/: the shared default, or the family's own
    scope: str = "document"  # "document" or "run"

    @property
    def suite_path(self) -> Path:
        return SUITES_DIR / self.suite


CHECKS: tuple[CheckFamily, ...] = (
    CheckFamily("arithmetic", arithmetic.derive, {
        "arithmetic.change-decomposition": ("A change 'from A to B' and the parts itemised after it add up.",
                                            "from 20 to 10 people ... eight diplomats ... Two more vacancies: 20 - 8 - 2 = 10"),
        "arithmetic.part-whole": ("A whole and the parts listed for it add up.",
                                  "a squad of 23: nine forwards and 14 defenders: 9 + 14 = 23"),
        "arithmetic.difference": ("A stated increase or decrease equals the difference of the two values.",
                                  "rose to $75 million from $60 million, an increase of $15 million: 75 - 60 = 15"),
        "arithmetic.multiple": ("'doubled', 'tripled', 'fivefold' match the ratio of the two values.",
                                "tripled to $120 million from $40 million: 120 / 40 = 3"),
        "arithmetic.year-span": ("An N-year period matches the years it runs between.",
                                 "a three-year survey running from 2031 to 2033: 2031..2033 is 3 years"),
    }),
    CheckFamily("percentages", percentages.derive, {
        "percentages.of-whole": ("'A of B, or P percent' has P = A / B.", "45 of its 180 members, or 25 percent: 45 / 180 = 25%"),
        "percentages.change": ("A percent change matches the two values it is between.",
                               "fell 20 percent to 8 million from 10 million: (8 - 10) / 10 = -20%"),
        "percentages.shares": ("Shares of one whole listed together sum to 100 (rounding allowed as a warning).",
                               "52 percent yes, 45 percent no and 3 percent blank: 52 + 45 + 3 = 100"),
    }),
    CheckFamily("counts", counts.derive, {
        "counts.agreement": ("The same counted thing stated twice carries the same number.",
                             "17 climbers were rescued ... the 17 rescued climbers"),
    }),
    CheckFamily("restated", restated.derive, {
        "restated.value": ("The same measure of the same thing (one noun, owner, event and unit; one entity's change; a body's size; an age; a birth, death or founding date) stated twice carries one value.",
                           "the Velder Trust paid 3.2 million euros ... the Velder Trust paid 3.4 million euros"),
    }),
    CheckFamily("lists", lists.derive, {
        "lists.count": ("A count followed by a list names that many items.", "three unions - A, B and C: 3 items"),
    }),
    CheckFamily("weekdays", weekdays.derive, {
        "weekdays.date": ("A weekday written with a date is that date's weekday.", "on Thursday, March 5, 2015: a Thursday"),
        "weekdays.dateline": ("A past-tense weekday agrees with the publication date: in the lead it warns when "
                              "further back than three days under a dateline; elsewhere it passes or is undecided.",
                              "BRUSSELS, October 18 ... told TASS on Monday: October 18, 2021 was a Monday"),
    }),
    CheckFamily("chronology", chronology.derive, {
        "chronology.after-publication": ("A past event, or the start of a 'since', is not dated after publication.",
                                         "has run the agency since 2015, in a 2023 article"),
        "chronology.offset": ("A stated interval between two dates matches them.",
                              "on Monday, May 12, four days before Friday's launch (May 16)"),
    }),
    CheckFamily("ages", ages.derive, {
        "ages.birth-year": ("A stated age matches the stated birth year at publication (birthday unknown: +-1).",
                            "Ilse Varga, 58, who was born in 1968, in June 2026: 57 or 58"),
    }),
    CheckFamily("names", names.derive, {
        "names.spelling": ("One person keeps one spelling.", "Ilse Varga ... Varga (not Vargo)"),
        "names.title": ("One person keeps one title or role.", "Transport Minister Oskar Lind ... Transport Minister Lind"),
        "names.variant": ("Retired: reports nothing. Variants of one organisation are grouped by extraction "
                          "(attrs.variant_of) by the key a check would compare them with, so it could only pass; the id "
                          "stays so that configurations naming it remain valid.",
                          "Northern Rail Council / Rail-Northern Council: grouped, no finding"),
    }),
    CheckFamily("crossdoc", crossdoc.derive_relations, {
        crossdoc.COUNT_CHECK: ("Two articles of a run give the same entity and counted thing the same number (warn when not).",
                               "12 people in one article, 15 people in another, both about the same entity"),
        crossdoc.DATE_CHECK: ("Two articles of a run date the same event (shared entity, mostly the same words) on the same day (warn when not).",
                              "one article dates the vote March 3, another March 4"),
    }, suite="crossdoc.json", scope="run"),
)

RULES: dict[str, str] = {rule: text for family in CHECKS for rule, (text, _) in family.rules.items()}
EXAMPLES: dict[str, str] = {rule: example for family in CHECKS for rule, (_, example) in family.rules.items()}


def family(name: str) -> CheckFamily:
    return next(f for f in CHECKS if f.name == name)


def suite_paths() -> dict[str, Path]:
    """Family name -> the GX suite file that decides its relations."""
    return {f.name: f.suite_path for f in CHECKS}


def derive_relations(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """The relations of every single-document family, each with its ``primary`` claim."""
    by_id = {c.id: c for c in claims}
    relations: list[Relation] = []
    for f in CHECKS:
        if f.scope == "document":
            relations.extend(with_primary(r, by_id) for r in f.derive(doc, claims))
    return relations


def with_primary(r: Relation, by_id: dict[str, Claim]) -> Relation:
    """``r`` with ``primary``, the claim its message says is wrong, when its family did not set it:
    the one claim of a one-claim relation, else the last claim whose value is the stated figure
    (the restatement: '... but the text says 11'); None when no claim states it (a sum to 100 %)."""
    if r.primary is not None:
        return r
    if len(r.claims) == 1:
        return replace(r, primary=r.claims[0])
    if r.stated is None:
        return r
    stated = [cid for cid in r.claims if cid in by_id and _number(by_id[cid].value) == r.stated]
    return replace(r, primary=stated[-1]) if stated else r


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
