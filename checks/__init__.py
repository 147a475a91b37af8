"""factlint's consistency checks. Each family is a pure function from one document's claims to
relations; ``CHECKS`` is the one table that lists them, with the Great Expectations suite
(in ``checks/suites/``) that decides each family's relations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from checks import arithmetic
from factlint.records import Claim, Document, Relation

SUITES_DIR = Path(__file__).parent / "suites"


@dataclass(frozen=True)
class CheckFamily:
    name: str
    derive: Callable[[Document, tuple[Claim, ...]], list[Relation]]
    suite: str  # file name under checks/suites/
    rules: dict[str, str]  # rule id -> one-line description


CHECKS: tuple[CheckFamily, ...] = (
    CheckFamily(
        name="arithmetic",
        derive=arithmetic.derive,
        suite="arithmetic.json",
        rules={
            "arithmetic.change-decomposition": "A change 'from A to B' and the parts that make it up add up: A - parts = B.",
        },
    ),
)

RULES: dict[str, str] = {rule: text for family in CHECKS for rule, text in family.rules.items()}


def derive_relations(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    relations: list[Relation] = []
    for family in CHECKS:
        relations.extend(family.derive(doc, claims))
    return relations
