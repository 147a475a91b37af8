"""(in progress) chronology check family."""

from __future__ import annotations

from factlint.records import Claim, Document, Relation


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Not implemented yet."""
    return []
