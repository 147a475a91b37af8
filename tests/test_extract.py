from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import find


def test_span_invariant_on_seed(seed_claims, seed_text):
    doc, claims = seed_claims
    assert claims
    for c in claims:
        assert seed_text[c.start:c.end] == c.text


def test_seed_range_is_split_into_two_linked_counts(seed_claims):
    _, claims = seed_claims
    start = next(c for c in claims if c.kind.value == "quantity" and c.value == 20)
    end = next(c for c in claims if c.id == start.attrs.pair)
    assert (start.value, end.value, end.unit) == (20, 10, "people")
    assert start.attrs.range == "from" and start.attrs.range_role == "start"


def test_seed_number_words_with_counted_noun(seed_claims):
    _, claims = seed_claims
    diplomats = find(claims, "quantity", "eight diplomats")
    assert len(diplomats) == 1 and diplomats[0].value == 8 and diplomats[0].unit == "diplomats"
    more = [c for c in claims if c.kind.value == "quantity" and c.text.startswith("Two more")]
    assert len(more) == 1 and more[0].value == 2 and more[0].unit == "vacancies" and more[0].attrs.additive


def test_seed_dates_resolved_against_inferred_publication_date(seed_claims):
    doc, claims = seed_claims
    assert doc.published == "2021-10-18"
    values = {c.text: c.value for c in claims if c.kind.value == "date"}
    assert values["July 5, 2019"] == "2019-07-05"
    assert values["October 6"] == "2021-10-06"
    assert values["Monday"] == "2021-10-18"
    assert values["18 months ago"] == "2020-04"


def test_seed_names(seed_claims):
    _, claims = seed_claims
    lavrov = [c for c in claims if c.kind.value == "name" and c.value == "Sergey Lavrov"]
    assert {c.text for c in lavrov} == {"Sergey Lavrov", "Lavrov"}
    assert lavrov[0].attrs.role == "Russian Foreign Minister"
    councils = {c.value for c in claims if c.kind.value == "name" and "Council" in c.text}
    assert len(councils) == 1  # NATO-Russia / Russia-NATO Council grouped as one
    mission = find(claims, "name", "Military Liaison Mission")
    assert mission and mission[0].label == "ORG"


def test_not_quantities(extract_text):
    _, claims = extract_text("The F-16 and the Boeing 737 flew over Route 66 at 3:30 p.m. on the first day of the G20 summit in 2019.",
                             published="2020-01-01")
    assert [c.text for c in claims if c.kind.value == "quantity"] == []


def test_money_percent_and_hedges(extract_text):
    _, claims = extract_text("Profit rose to $75 million, about 20% more. At least 40 people came.", published="2020-01-01")
    q = {c.text: c for c in claims if c.kind.value == "quantity"}
    assert q["$75 million"].value == 75_000_000 and q["$75 million"].unit == "USD"
    assert q["20%"].unit == "percent" and q["20%"].attrs.hedge == "approx"
    assert q["40 people"].attrs.hedge == "bound"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from(["20", "to", "10", "from", "eight", "more", "$", "%", "Monday", "October 6", ",", ".", "\n\n",
                                   "Lavrov", "NATO", "a", "dozen", "1e308", "-0", "half", "and"]), max_size=40).map(" ".join))
def test_no_text_crashes_extraction_and_spans_hold(extract_text, text):
    _, claims = extract_text(text, published="2021-10-18")
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text


def test_aliases_the_text_sets_up(extract_text):
    _, claims = extract_text("The United States Air Force (USAF) ordered 179 tankers. The USAF said the Northrop Alliance won. "
                             "The Alliance will build them.", published="2008-03-01")
    usaf = [c for c in claims if c.kind.value == "name" and c.text == "USAF"]
    assert usaf and all(c.value == "United States Air Force" for c in usaf)
