"""Property tests over extraction, checks and validation: no text makes them raise, every claim and
relation span lies inside the text (a claim's span is exactly its text), and findings are deterministic."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.pipeline import core as pipeline
from factlint.records import Document

FRAGMENTS = [
    "NATO", "announced", "the reduction of the Russian mission", "from 20 to 10 people", "eight diplomats",
    "Two more", "were eliminated.", "On Monday,", "October 18", "2021", "February 30, 2021", "32 October",
    "1e308", "9999999999999999999999", "-0", "1,2,3,4", "$1.5 billion", "50%", "a third", "half", "three",
    "Sergey Lavrov", "Mr. Smith", "Jens Stoltenberg said", "in Brussels", "BRUSSELS, October 18. /TASS/.",
    "rose by 5% to 210", "between 2019 and 2021", "two days later", "last year", "1 million", "0.5",
    "<script>alert(1)</script>", "\x1b[31m", "::error::pwned", "\u200b", "\ufeff", "é", "١٢٣", "Ⅻ",
    ".", ",", ";", "(", ")", "-", "–", "\n", "\n\n", "\t",
]
newsy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.integers(-10**25, 10**25).map(str),
                           st.floats().map(str), st.text(max_size=12)), max_size=40).map(" ".join)
ARTICLE = ("NATO announced the reduction of the Russian mission from 20 to 11 people and revoked the "
           "accreditation of eight diplomats. Two more open vacancies were eliminated.")
noise = st.one_of(st.text(max_size=300), newsy)
# Noise alone rarely gives the checks anything to relate: half the texts carry an article around it.
texts = st.one_of(noise, noise.map(lambda t: f"{t}\n\n{ARTICLE}"), noise.map(lambda t: f"{ARTICLE} {t}"),
                  noise.map(lambda t: ARTICLE.replace("eight", t[:20])))
published = st.sampled_from([None, "2021-10-18", "1900-01-01", "9999-12-31"])


def _run(text: str, pub: str | None):
    doc = Document(id="p", text=text, source="p.txt", published=pub, published_source="cli" if pub else None)
    (result,) = pipeline.extract([doc])
    return result, pipeline.check([result])


def _claims(result):
    return [(c.id, c.kind, c.start, c.end, c.text, repr(c.value), c.unit, c.label) for c in result.claims]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, pub=published)
def test_extraction_and_checks_never_raise_and_spans_are_exact(nlp, text, pub):
    result, relations = _run(text, pub)
    for c in result.claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
    for r in relations:
        assert all(0 <= s <= e <= len(text) for s, e in r.spans), r
        assert set(r.claims) <= {c.id for c in result.claims}
    again, relations_again = _run(text, pub)
    assert _claims(again) == _claims(result)
    assert relations_again == relations


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(texts, published), min_size=1, max_size=6))
def test_validation_never_raises_and_findings_are_deterministic(nlp, batch):
    relations = []
    for n, (text, pub) in enumerate(batch):
        doc = Document(id=f"d{n}", text=text, source=f"d{n}.txt", published=pub, published_source="cli" if pub else None)
        relations.extend(pipeline.check(pipeline.extract([doc])))
    first = pipeline.validate(relations)
    assert len(first) == len(relations)
    assert pipeline.validate(relations) == first
    texts_of = {f"d{n}": t for n, (t, _) in enumerate(batch)}
    for rel, finding in zip(relations, first):
        assert all(0 <= s <= e <= len(texts_of[rel.doc_id]) for s, e in finding.spans)


def test_validation_of_a_fixed_hostile_batch_is_deterministic(nlp):
    """The fast tier's share of the validation property: one batch of the fragments above."""
    relations = []
    for n in range(4):
        text = " ".join(FRAGMENTS[n::4]) + "\n\n" + ARTICLE
        doc = Document(id=f"d{n}", text=text, source=f"d{n}.txt")
        relations.extend(pipeline.check(pipeline.extract([doc])))
    assert relations
    assert pipeline.validate(relations) == pipeline.validate(relations)
