"""Percentages of a whole written as a tally, and shares of one whole: remainders and bounds."""

from functools import partial

from checks import percentages
from factlint.pipeline.core import validate
from factlint.records import Status
from tests.conftest import family_relations

_rels = partial(family_relations, percentages)


def _decided(extract_text, text, check):
    _, rels = _rels(extract_text, text, check=check)
    return [(r.working, f.status) for r, f in zip(rels, validate(rels))]


def test_part_or_percent_of_whole_after_it(extract_text):
    assert _decided(extract_text, "The guild said 36, or 20 percent, of its 180 members had signed.", "percentages.of-whole") == [
        ("36 / 180 = 20.0%", Status.PASS)]
    assert _decided(extract_text, "The guild said 36, or 30 percent, of its 180 members had signed.", "percentages.of-whole") == [
        ("36 / 180 = 20.0%", Status.FAIL)]


def test_percent_and_its_tally(extract_text):
    assert _decided(extract_text, "The visitors shot 40.5 percent (30-of-74) from the field.", "percentages.of-whole") == [
        ("30 / 74 = 40.5%", Status.PASS)]
    assert _decided(extract_text, "The visitors shot 45.5 percent (30-of-74) from the field.", "percentages.of-whole") == [
        ("30 / 74 = 40.5%", Status.FAIL)]


def test_remainder_in_the_next_paragraph_and_among_several_shares(extract_text):
    text = "Norvale Mining owns 65 percent of the smelter.\n\nA provincial fund holds the remaining {} percent of it."
    assert _decided(extract_text, text.format(35), "percentages.shares") == [("65 + 35 = 100%", Status.PASS)]
    assert _decided(extract_text, text.format(45), "percentages.shares") == [("65 + 45 = 110%", Status.FAIL)]
    text = ("The pipeline carries 30 percent of Baltic oil sold abroad, equal to 4 percent of world supply. "
            "The other {} percent of Baltic exports go by sea.")
    assert _decided(extract_text, text.format(70), "percentages.shares") == [("30 + 70 = 100%", Status.PASS)]


def test_a_bounded_share_makes_the_sum_a_bound(extract_text):
    text = "The measure won 51 percent, 41 percent voted no and more than {} percent spoiled their ballots."
    assert _decided(extract_text, text.format(6), "percentages.shares") == [("51 + 41 + 6 = 98%", Status.PASS)]
    assert _decided(extract_text, text.format(12), "percentages.shares") == [("51 + 41 + 12 = 104%", Status.FAIL)]
