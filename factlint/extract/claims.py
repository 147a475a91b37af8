"""Turn spaCy paragraphs into ``Claim`` records: dates, quantities and names.

With the extractor modules of this package it is the one place that reads spaCy ``Doc`` objects;
everything downstream sees claims only. One module per claim kind; this one walks the sentences
and numbers the claims.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Iterable, Iterator

from factlint.extract import nlp
from factlint.extract import names, quantities, temporal
from factlint.extract.tense import event_tense
from factlint.inputs.published import infer
from factlint.records import ATTRS_OF, Claim, Document, Kind


def extract_all(docs: Iterable[Document], model: str | None = None) -> Iterator[tuple[Document, tuple[Claim, ...]]]:
    """Fill in publication dates, parse and extract claims, one document at a time."""
    docs = [infer(d) for d in docs]
    for doc, paras in zip(docs, nlp.parse((d.text for d in docs), model)):
        doc = replace(doc, sentences=tuple((p.start + s.start_char, p.start + s.end_char) for p in paras for s in p.sents),
                      paragraphs=tuple((p.start, p.start + len(p.text)) for p in paras))
        yield doc, extract(doc, paras)


def extract(doc: Document, paras: list[nlp.Paragraph]) -> tuple[Claim, ...]:
    pub = date.fromisoformat(doc.published) if doc.published else None
    raw: list[dict[str, Any]] = []
    numbers = [quantities.candidates(para.doc, para.text) for para in paras]
    model_numbers = quantities.model_numbers(paras, numbers)
    metres = quantities.writes_metres(para.doc for para in paras)
    prices = quantities.defined_prices(para.text for para in paras)
    timeline = temporal.Timeline(pub)
    sent_no = 0
    for p_no, para in enumerate(paras):
        ents_of = _ents_by_sentence(para.doc, para.sents)
        for s_no, sent in enumerate(para.sents):
            ctx = {"para": p_no, "sent": sent_no}
            ents = ents_of.get(sent.start, [])
            dated = list(temporal.claims(sent, para.start, timeline, ctx, ents))
            _event_tenses(dated, para)
            raw.extend(dated)
            counted = list(quantities.quantities(sent, para.start, ctx, model_numbers, numbers[p_no], metres, prices))
            names.enumerations(sent, para.start, counted, _next_sentence(paras, p_no, s_no))
            raw.extend(counted)
            raw.extend(names.names(sent, para.start, ctx, ents))
            sent_no += 1
    raw, twins = _merge_twins(_drop_overlaps(raw))
    raw.sort(key=lambda c: (c["start"], c["end"], c["kind"].value))
    names.canonicalise(raw, doc.text)
    id_of = {id(c): f"c{n}" for n, c in enumerate(raw, start=1)}
    id_of.update({dropped: id_of[kept] for dropped, kept in twins.items()})  # links to a merged twin: to the claim kept
    claims = []
    for n, c in enumerate(raw, start=1):
        attrs = c.get("attrs", {})
        for link in ("pair", "restates", "part_of", "conj_of"):  # links to other claims: their ids
            if link in attrs:
                attrs[link] = id_of.get(attrs[link])
                if attrs[link] is None:
                    del attrs[link]
        text = doc.text[c["start"]:c["end"]]
        if c["kind"] is Kind.QUANTITY:
            attrs.update(quantities.as_written(text))
        claims.append(Claim(id=f"c{n}", kind=c["kind"], text=text, start=c["start"], end=c["end"], value=c["value"],
                            unit=c.get("unit"), label=c.get("label"), attrs=ATTRS_OF[c["kind"]].from_json(attrs)))
    return tuple(claims)


def _next_sentence(paras: list[nlp.Paragraph], p_no: int, s_no: int):
    """The sentence after one (the next paragraph's first at a paragraph's end) and its paragraph's offset."""
    para = paras[p_no]
    if s_no + 1 < len(para.sents):
        return para.sents[s_no + 1], para.start
    following = next((p for p in paras[p_no + 1:] if p.sents), None)
    return (following.sents[0], following.start) if following is not None else None


def _event_tenses(dated: list[dict], para: nlp.Paragraph) -> None:
    """Each date claim's ``event_tense``: the tense of the verb the date places, when it places one."""
    for c in dated:
        if c["kind"] is not Kind.DATE:
            continue  # durations come as quantities
        span = para.doc.char_span(c["start"] - para.start, c["end"] - para.start, alignment_mode="expand")
        tense = event_tense(span) if span is not None and len(span) else None
        if tense is not None:
            c.setdefault("attrs", {})["event_tense"] = tense


def _ents_by_sentence(doc, sents: list) -> dict[int, list]:
    """Sentence start -> the entities inside it, as ``Span.ents`` gives them. ``Span.ents`` rebuilds
    every entity of the Doc on each call: per sentence that is quadratic (10,000 names: minutes)."""
    out: dict[int, list] = {s.start: [] for s in sents}
    i = 0
    for ent in doc.ents:
        while i < len(sents) and sents[i].end <= ent.start:
            i += 1
        if i < len(sents) and sents[i].start <= ent.start and ent.end <= sents[i].end:
            out[sents[i].start].append(ent)
    return out


def _drop_overlaps(raw: list[dict]) -> list[dict]:
    """A quantity inside a date or name claim ('Terminal 3', 'two weeks ago') is not a quantity."""
    others = [(c["start"], c["end"]) for c in raw if c["kind"].value != "quantity"]
    return [c for c in raw if c["kind"].value != "quantity"
            or not any(s <= c["start"] and c["end"] <= e for s, e in others)]


def _merge_twins(raw: list[dict]) -> tuple[list[dict], dict[int, int]]:
    """One quantity per span: a length of time read both as a duration and as a count ('for 1,000
    days'), or an age as an age and as an amount ('1,500-year-old'), is one claim with the attributes
    of both (the first reading's where they disagree). Also returns each dropped twin's ``id()`` ->
    the kept one's, for the links other claims hold to it."""
    first: dict[tuple, dict] = {}
    twins: dict[int, int] = {}
    out = []
    for c in raw:
        if c["kind"].value != "quantity":
            out.append(c)
            continue
        key = (c["start"], c["end"], c["value"], c.get("unit"))
        twin = first.get(key)
        if twin is None:
            first[key] = c
            out.append(c)
        else:
            twins[id(c)] = id(twin)
            if c.get("attrs"):
                twin["attrs"] = {**c["attrs"], **twin.get("attrs", {})}
    return out, twins
