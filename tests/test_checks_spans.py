"""Year spans (arithmetic.year-span): a duration bound to the span of years it measures."""

from functools import partial

from checks import arithmetic
from factlint.pipeline.core import validate
from factlint.records import Status
from tests.conftest import family_relations

_rels = partial(family_relations, arithmetic, check="arithmetic.year-span")


def _decided(extract_text, text):
    doc, rels = _rels(extract_text, text)
    return [(doc.text[r.spans[0][0]:r.spans[0][1]], r.stated, f.status) for r, f in zip(rels, validate(rels))]


def test_duration_before_its_span(extract_text):
    assert _decided(extract_text, "The lease runs five years from 2019 to 2024 under the deal.") == [("five years", 5, Status.PASS)]
    assert _decided(extract_text, "The lease runs five years from 2019 to 2026 under the deal.") == [("five years", 5, Status.FAIL)]
    assert _decided(extract_text, "The audit covered a four-year period from 2001 to 2005, officials said.") == [
        ("four-year", 4, Status.PASS)]
    assert _decided(extract_text, "The scheme ran for three years, from 2011 to 2014.") == [("three years", 3, Status.PASS)]


def test_duration_after_its_span(extract_text):
    assert _decided(extract_text, "The loan was repaid over 2001-2005, a four-year span.") == [("2001", 4, Status.PASS)]
    assert _decided(extract_text, "The loan was repaid over 2001-2009, a four-year span.") == [("2001", 4, Status.FAIL)]


def test_another_duration_or_month_precise_ends_are_left_alone(extract_text):
    for text in [
        "The town has stayed calm more than seven years since the end of its 2004-2005 floods.",
        "He was jailed for three years in 2016 for thefts committed from 2008 to 2013.",
        "The survey covered a two-year period from March 2001 to 2004.",
    ]:
        assert _rels(extract_text, text)[1] == [], text


def test_span_inside_one_date_expression(extract_text):
    # extraction takes these as one date it cannot place; the span is read inside it
    for text, expected in [
        ("The plan lets the governor serve seven years from 2011 to 2018 and then retire.", [(7, Status.PASS)]),
        ("The plan lets the governor serve nine years from 2011 to 2018 and then retire.", [(9, Status.FAIL)]),
        ("The canal opened in 1961 and was widened 22 years later in 1983.", [(22, Status.PASS)]),
        ("The canal opened in 1961 and was widened 23 years later in 1983.", [(23, Status.FAIL)]),
    ]:
        decided = [(stated, status) for _, stated, status in _decided(extract_text, text)]
        assert decided == expected, text


def test_duration_bound_to_a_named_range_by_its_noun(extract_text):
    # the range and the duration are of one definite noun; in the next sentence the binding decides,
    # further away it only warns
    near = "The 1990-1996 war emptied the border towns. The war lasted {} years, officials said."
    assert [(s, st) for _, s, st in _decided(extract_text, near.format("six"))] == [(6, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, near.format("nine"))] == [(9, Status.FAIL)]
    far = ("The 2009-2015 drought ruined farms across the valley. Ministers promised help. Banks delayed loans. "
           "Farmers endured the drought for {} years before rain returned.")
    assert [(s, st) for _, s, st in _decided(extract_text, far.format("six"))] == [(6, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, far.format("eleven"))] == [(11, Status.WARN)]
    spelled = "The agency ran the census from 2001 to 2004. Critics said the four-year census cost too much."
    assert [(s, st) for _, s, st in _decided(extract_text, spelled)] == [(4, Status.PASS)]


def test_named_range_needs_one_definite_thing(extract_text):
    for text in [
        # another instance of the noun ('a new plan'), two ranges of the noun, a noun too general
        "The 2001-2005 plan failed. The council adopted a new six-year plan in May.",
        "The 2001-2005 plan failed, and the 2006-2009 plan did too. The plan lasted seven years.",
        "The 2001-2005 period was calm. The period lasted nine years.",
    ]:
        assert _rels(extract_text, text)[1] == [], text


def test_named_range_and_duration_share_a_modified_word(extract_text):
    text = "Marvia's 1992-1995 civil war left the coast in ruins. Veterans of Marvia's {}-year war marched on Sunday."
    assert [(s, st) for _, s, st in _decided(extract_text, text.format("four"))] == [(4, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, text.format("eight"))] == [(8, Status.FAIL)]


def test_duration_of_a_holder_against_the_possessed_range_next_to_it(extract_text):
    # 'for N years' of a subject, and the range of the holder's whole time in the sentence after or before
    after = "Director Ames has run the museum for {} years. Her {} term brought in new donors."
    assert [(s, st) for _, s, st in _decided(extract_text, after.format("seven", "2016-2023"))] == [(7, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, after.format("seven", "2016-2020"))] == [(7, Status.WARN)]
    before = "Okoro's 1994-2006 reign ended in a coup. He ruled the island for {} years with an iron hand."
    assert [(s, st) for _, s, st in _decided(extract_text, before.format("twelve"))] == [(12, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, before.format("twenty"))] == [(20, Status.WARN)]
    # a range up to now of a duration up to now ('has VERB-ed ... for N years'), whatever its noun
    assert [(s, st) for _, s, st in _decided(
        extract_text, "Ms Ames has taught at the school for 15 years. Her 2008-2023 classes drew crowds.")] == [(15, Status.PASS)]


def test_a_possessed_range_that_is_part_of_the_duration_is_left_alone(extract_text):
    for text in [
        # a part of the holder's time (not a tenure noun, not up to now), another holder, another duration between
        "He has worked at the port for 20 years. His 2004-2006 posting abroad was the hardest.",
        "Director Ames has run the museum for seven years. Lee's 2001-2005 term was calmer.",
        "Director Ames has run the museum for seven years after 12 years abroad. Her 2016-2023 term brought donors.",
    ]:
        assert _rels(extract_text, text)[1] == [], text


def test_two_nouns_of_a_holder_s_whole_time_name_one_span(extract_text):
    # 'his Y1-Y2 regime' ... many sentences on ... 'his N-year reign': one period under two names, far: pass or warn
    filler = " ".join(f"The {w} met again." for w in ("council", "court", "senate", "cabinet", "board", "panel", "jury", "synod"))
    text = "Critics of Okoro recalled his 1971-1990 regime. " + filler + " Loyalists still praise his {}-year reign."
    assert [(s, st) for _, s, st in _decided(extract_text, text.format(19))] == [(19, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, text.format(38))] == [(38, Status.WARN)]


def test_an_indefinite_range_and_a_duration_of_a_lower_case_possessor(extract_text):
    filler = " ".join(f"The {w} met again." for w in ("council", "court", "senate", "cabinet"))
    text = ("Norvia went through a bitter insurgency from 1996 to 2008 that emptied the hills. " + filler
            + " The country's {}-year insurgency ended with a pact.")
    assert [(s, st) for _, s, st in _decided(extract_text, text.format(12))] == [(12, Status.PASS)]
    assert [(s, st) for _, s, st in _decided(extract_text, text.format(24))] == [(24, Status.WARN)]
