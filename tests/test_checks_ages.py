"""ages.birth-year: an age at a dated event, and a birth stated of 'He' in the next sentence."""

from functools import partial

from checks import ages
from factlint.pipeline.core import validate
from factlint.records import Status
from tests.conftest import family_relations

_rels = partial(family_relations, ages)


def _decided(extract_text, text):
    _, rels = _rels(extract_text, text)
    return [(r.working, f.status) for r, f in zip(rels, validate(rels))]


def test_an_age_at_a_dated_event_is_counted_to_that_year(extract_text):
    assert _decided(extract_text, "Peter Hansen, born in 1948, became governor in 1993 at the age of 45.") == [
        ("born in 1948, so 44 or 45 in 1993", Status.PASS)]
    assert _decided(extract_text, "Peter Hansen, born in 1948, became governor in 1993 at the age of 49.") == [
        ("born in 1948, so 44 or 45 in 1993", Status.FAIL)]
    # two other years in the sentence: which one the age is at is not bound
    assert _rels(extract_text, "Peter Hansen, born in 1948, served from 1993 until 1999 and retired at the age of 51.")[1] == []


def test_he_was_born_is_about_the_person_of_the_sentence_before(extract_text):
    text = "Peter Hansen died on Friday at the age of {}. He was born in Oslo in 1948."
    assert _decided(extract_text, text.format(75)) == [("born in 1948, so 74 or 75 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(79)) == [("born in 1948, so 74 or 75 in 2023", Status.FAIL)]


def test_now_and_turned_give_ages(extract_text):
    assert _decided(extract_text, "Hansen, now 71, was born in 1952 to a family of farmers.") == [
        ("born in 1952, so 70 or 71 in 2023", Status.PASS)]
    assert _decided(extract_text, "Peter Hansen turned 75 in March. He was born in 1952.") == [
        ("born in 1952, so 70 or 71 in 2023", Status.FAIL)]


def test_an_age_in_a_relative_clause_is_the_antecedents_birth_year_far_on(extract_text):
    """'Kessler, who died ... aged 81' binds the age to Kessler (not to a place named in the clause),
    and a 'born in' of the same surname many sentences later is set against it."""
    filler = " ".join(f"The gallery showed {w} of his paintings in the spring." for w in ("some", "many", "few", "several", "most"))
    text = ("Painter Anton Kessler has died. Kessler, who died in a Tarvik hospital on Sunday aged {n}, was a founder of the "
            "Norvik school. " + filler + " Kessler was born in 1942 in Norvik.")
    assert _decided(extract_text, text.format(n=81)) == [("born in 1942, so 80 or 81 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(n=84)) == [("born in 1942, so 80 or 81 in 2023", Status.FAIL)]


def test_an_age_in_the_main_clause_is_the_subject_s_after_a_closed_relative_clause(extract_text):
    """'Surname, who ..., died in PLACE aged N': the relative clause is closed by a comma, so the age
    belongs to the sentence's subject, not to a place named after it; a possessor opening the
    sentence ('Surname's son') or another person between is not the subject whose age it is."""
    filler = " ".join(f"The choir sang {w} of his hymns at the service." for w in ("some", "many", "few", "several", "most"))
    text = ("Bishop Tomas Ardel has died. Ardel, who served the diocese for three decades, died in a Lisko clinic aged {n}. "
            + filler + " Ardel was born in 1944 in Varn.")
    assert _decided(extract_text, text.format(n=79)) == [("born in 1944, so 78 or 79 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(n=82)) == [("born in 1944, so 78 or 79 in 2023", Status.FAIL)]
    for other in ["Ardel's brother, who ran the farm, died in Lisko aged 70.",
                  "Ardel said his teacher Jon Vik died in Lisko aged 70."]:
        assert _rels(extract_text, f"Bishop Tomas Ardel spoke on Sunday. {other} Ardel was born in 1944 in Varn.")[1] == [], other


def test_born_in_a_year_and_a_place_then_the_surname_and_years_of_a_later_clause(extract_text):
    """'Born in YEAR in PLACE, SURNAME ...' names whose birth it is; an 'aged N' is not dated by the
    years of a clause after it ('died on May 2 aged 77, ran the band that toured Peru in 1970')."""
    filler = " ".join(f"The band played {w} of her songs on the radio." for w in ("some", "many", "few", "several", "most"))
    text = ("Singer Rosa Almer has died. Almer, who died after a fall on March 2 aged {n}, ran the band that toured Peru in "
            "1970 and played in Lima in 1972. " + filler + " Born in 1946 in Tarvik, Almer was 19 when she formed her first band.")
    assert _decided(extract_text, text.format(n=77), ) == [("born in 1946, so 76 or 77 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(n=80)) == [("born in 1946, so 76 or 77 in 2023", Status.FAIL)]
    # a year after a comma with no verb of its own still dates the age
    assert _decided(extract_text, "Peter Hansen, born in 1948, became governor at the age of 45, in 1993.") == [
        ("born in 1948, so 44 or 45 in 1993", Status.PASS)]


def test_the_age_of_a_record_against_the_year_of_the_same_possessor_s_record(extract_text):
    text = "Swimmer Ida Berg broke Lena Holm's {n}-year-old national record on Sunday. Berg swam 52.1 seconds, beating Holm's 2009 mark."
    assert _decided(extract_text, text.format(n=14)) == [("from 2009, so 13 or 14 years old in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(n=17)) == [("from 2009, so 13 or 14 years old in 2023", Status.WARN)]
    for other in ["Holm's 17-year-old son swam on Sunday. Holm's 2009 win was her best.",  # two things
                  "Berg broke Holm's 17-year-old national record on Sunday, beating Lind's 2009 mark."]:  # two possessors
        assert _rels(extract_text, other)[1] == [], other


def test_a_surname_ner_did_not_take_for_a_person_and_a_record_s_measured_year(extract_text):
    # the surname is never tagged a person; the age and the birth still name one holder of it
    text = ("Dorsen, who died on May 3, aged {n}, led the band that toured Chile in 1968. Fans mourned. "
            "Born in 1941 in Tarvik, Dorsen was 19 when he joined Kolber, later called Vand, in 1960.")
    assert _decided(extract_text, text.format(n=82)) == [("born in 1941, so 81 or 82 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(n=85)) == [("born in 1941, so 81 or 82 in 2023", Status.FAIL)]
    # 'POSS YEAR NOUN of N': a measured result of that year is the record
    record = "Swimmer Ida Berg broke Lena Holm's {n}-year-old national record on Sunday, beating Holm's 2009 time of 52.4 seconds."
    assert _decided(extract_text, record.format(n=14)) == [("from 2009, so 13 or 14 years old in 2023", Status.PASS)]


def test_a_birth_apposed_to_the_noun_an_age_describes(extract_text):
    """'The 24-year-old keeper, born in 1999, ...': one noun, so one person, whoever it is; no name needed."""
    text = "Lena Ostrova saved two penalties. The {}-year-old keeper, born in 1999 in a mining town, signed in May."
    assert _decided(extract_text, text.format(24)) == [("born in 1999, so 23 or 24 in 2023", Status.PASS)]
    assert _decided(extract_text, text.format(27)) == [("born in 1999, so 23 or 24 in 2023", Status.FAIL)]
    # a birth in a clause of its own is not apposed to the age's noun
    assert _rels(extract_text, "The 27-year-old keeper said the club was born in 1999 out of a merger.")[1] == []
