"""Typed claim attributes: one frozen type per kind, serialised to the v1 ``attrs`` object (the
keys and values reports have always had) and, with the fields the checks read, to the run history;
both read back to the same attributes."""

import json
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract.quantities import as_written
from factlint.records import ATTRS_OF, Claim, DateAttrs, Kind, NameAttrs, QuantityAttrs, attrs_from_json
from factlint.report.json_report import claim_json

words = st.text(alphabet="abcdefghij -", min_size=1, max_size=12)
small = st.integers(min_value=0, max_value=500)
COMMON = dict(para=st.none() | small, sent=st.none() | small)


def _date_attrs():
    iso = st.dates().map(lambda d: d.isoformat())
    base = st.builds(
        DateAttrs, **COMMON, tense=st.none() | st.sampled_from(["past", "present", "future"]),
        weekday=st.none() | st.sampled_from(["Monday", "Friday"]), weekday_matches=st.none() | st.booleans(),
        year_from=st.none() | words, unresolved=st.none() | words, invalid=st.booleans(), ambiguous=st.booleans(),
        alternative=st.none() | iso, decade=st.booleans(), anchored_to_publication=st.just(False),
        anchor=st.none() | iso, bound=st.none() | st.sampled_from(["before", "after"]), approximate=st.booleans(),
        modifier=st.none() | words, range=st.none() | st.just("from"), range_role=st.none() | st.sampled_from(["start", "end"]),
        offset_amount=st.none() | st.floats(min_value=0, max_value=1e6, allow_nan=False),
        offset_unit=st.none() | st.sampled_from(["days", "weeks", "years"]),
        offset_direction=st.none() | st.sampled_from(["later", "earlier", "ago"]))
    # 'anchor' has two meanings in v1: a weekday placed from the publication date, or an ISO date.
    return base | base.map(lambda a: DateAttrs(**{**{f.name: getattr(a, f.name) for f in fields(a)},
                                                  "anchor": None, "anchored_to_publication": True}))


def _quantity_attrs():
    return st.builds(
        QuantityAttrs, **COMMON, hedge=st.none() | st.sampled_from(["approx", "bound"]), hedge_word=st.none() | words,
        bound=st.none() | st.sampled_from(["min", "max"]), range=st.none() | st.sampled_from(["from", "between", "to"]),
        range_role=st.none() | st.sampled_from(["start", "end"]), pair=st.none() | st.from_regex(r"c[1-9][0-9]?", fullmatch=True),
        additive=st.booleans(), age=st.booleans(),
        numerals=st.none() | st.floats(min_value=0, max_value=1e12, allow_nan=False), decimals=st.integers(0, 4),
        number_words=st.none() | words, counted=st.lists(words, max_size=4).map(tuple), letters_in_number=st.booleans())


def _name_attrs():
    return st.builds(NameAttrs, **COMMON, role=st.none() | words, alias_of=st.none() | words, short_form=st.booleans(),
                     variant_of=st.none() | words)


ANY_ATTRS = _date_attrs() | _quantity_attrs() | _name_attrs()
KIND_OF = {cls: kind for kind, cls in ATTRS_OF.items()}


def _v1_only(attrs):
    """The attributes with the fields the v1 report leaves out reset to their defaults."""
    return type(attrs)(**{f.name: getattr(attrs, f.name) if f.metadata.get("v1") is not False else f.default
                          for f in fields(attrs)})


@settings(max_examples=300, deadline=None)
@given(ANY_ATTRS)
def test_attrs_round_trip_through_the_history_form_and_the_v1_form(attrs):
    kind = KIND_OF[type(attrs)]
    stored = json.loads(json.dumps(attrs.to_json(internal=True), sort_keys=True))
    assert attrs_from_json(kind, stored) == attrs
    v1 = json.loads(json.dumps(attrs.to_json()))
    assert list(v1) == sorted(v1)
    assert attrs_from_json(kind, v1) == _v1_only(attrs)
    # The v1 object holds set fields only: no nulls, flags only when true, no field the report never had.
    assert not [k for k, v in v1.items() if v is None or (v is False and k != "weekday_matches")]
    assert not {"offset_amount", "offset_unit", "offset_direction", "numerals", "decimals", "number_words",
                "counted", "letters_in_number", "anchored_to_publication"} & set(v1)


def test_anchor_keeps_both_v1_values():
    assert DateAttrs(anchored_to_publication=True).to_json() == {"anchor": "publication date"}
    assert DateAttrs(anchor="2021-10-18").to_json() == {"anchor": "2021-10-18", "anchor_date": "2021-10-18"}
    assert attrs_from_json(Kind.DATE, {"anchor": "publication date"}) == DateAttrs(anchored_to_publication=True)
    assert attrs_from_json(Kind.DATE, {"anchor": "2021-10-18"}).anchor == "2021-10-18"
    with pytest.raises(ValueError):
        DateAttrs(anchored_to_publication=True, anchor="2021-10-18")


def test_unknown_keys_and_wrong_kinds_are_errors():
    with pytest.raises(ValueError, match="hedge"):
        attrs_from_json(Kind.DATE, {"hedge": "approx"})
    with pytest.raises(TypeError, match="QuantityAttrs"):
        Claim("c1", Kind.QUANTITY, "eight", 0, 5, 8.0, attrs=NameAttrs())
    assert Claim("c1", Kind.NAME, "Lavrov", 0, 6, "Lavrov").attrs == NameAttrs()


def test_extracted_claims_round_trip(seed_claims, seed_text):
    """Every claim of the seed: the history form reads back to the same attributes, and the v1
    object reads back to them minus what only the checks use."""
    _, claims = seed_claims
    assert {c.kind for c in claims} == set(Kind)
    for c in claims:
        stored = json.loads(json.dumps(c.attrs.to_json(internal=True), sort_keys=True))
        assert attrs_from_json(c.kind, stored) == c.attrs, c
        v1 = json.loads(json.dumps(claim_json(c)))["attrs"]
        assert attrs_from_json(c.kind, v1) == _v1_only(c.attrs), c


def test_extraction_records_how_numbers_are_written(extract_text):
    _, claims = extract_text("Revenue rose to $2.3 million. About 1,500 job cuts followed, and eight drives "
                             "were sold. Two days later, on Monday, the plant closed.", published="2023-09-18")
    by_text = {c.text: c for c in claims}
    money = by_text["$2.3 million"].attrs
    assert (money.numerals, money.decimals, money.number_words) == (2.3, 1, "")
    cuts = by_text["1,500 job cuts"].attrs
    assert (cuts.numerals, cuts.decimals, cuts.number_words, cuts.counted, cuts.hedge) == (1500.0, 0, "1,500", ("job", "cuts"), "approx")
    eight = by_text["eight drives"].attrs
    assert eight.numerals is None and eight.number_words == "eight" and eight.counted == ("drives",)
    assert not eight.letters_in_number and as_written("777-200LR jets")["letters_in_number"]
    later = by_text.get("Two days later")
    if later is not None and later.attrs.anchor:
        assert (later.attrs.offset_amount, later.attrs.offset_unit, later.attrs.offset_direction) == (2.0, "days", "later")
    monday = by_text["Monday"].attrs
    assert monday.anchored_to_publication and monday.to_json()["anchor"] == "publication date"


@pytest.mark.parametrize("text, expected", [
    ("The fund is sound, said the finance minister Tuesday.", "past"),  # subject after its reporting verb
    ("The fund is sound, said an adviser to the bank here on Tuesday.", "past"),  # through the place adverb
    ("The fund is sound, says the finance minister on Tuesday.", "present"),
    ("The Tuesday session was cancelled.", None),  # a date of a noun places no event
])
def test_a_date_after_an_inverted_subject_dates_the_reporting_verb(extract_text, text, expected):
    _, claims = extract_text(text, "2024-05-10")
    (date,) = [c for c in claims if c.kind is Kind.DATE]
    assert date.attrs.event_tense == expected
