"""Shared fixtures: the spaCy model is loaded once per session, documents are built small."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tass-nato-russia-missions.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from factlint.extract import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extract_text(nlp):
    """extract_text(text, published=None) -> (Document, claims), through the real pipeline."""
    from factlint.extract import extract_all
    from factlint.records import Document

    def run(text: str, published: str | None = None, doc_id: str = "t"):
        doc = Document(id=doc_id, text=text, source=f"{doc_id}.txt", published=published,
                       published_source="cli" if published else None)
        return next(extract_all([doc]))

    return run


@pytest.fixture(scope="session")
def seed_claims(extract_text, seed_text):
    return extract_text(seed_text)


def find(claims, kind, text):
    """The claims of a kind whose text is exactly ``text``."""
    return [c for c in claims if c.kind.value == kind and c.text == text]
