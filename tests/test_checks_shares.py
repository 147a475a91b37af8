"""Percentages of a whole written as a tally, and shares of one whole: remainders and bounds."""

import pytest
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


def test_percent_of_a_whole_its_noun_names(extract_text):
    """The whole found by the noun the percent is of: two of-levels down ('of the total grain harvest
    of N'), 'a total population of N' earlier in the sentence, or the subject of a clause in the
    sentence before ('public debt has risen to N'; weak, another sentence)."""
    check = "percentages.of-whole"
    text = "Farmers in Velder sold 1,200 tonnes, or {p} percent of the total grain harvest of 10,000 tonnes, to the state."
    assert _decided(extract_text, text.format(p=12), check) == [("1,200 / 10,000 = 12.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=24), check) == [("1,200 / 10,000 = 12.0%", Status.FAIL)]
    text = "With a total population of 5 million, an estimated 400,000 people, or {p} percent of the population, are unemployed."
    assert _decided(extract_text, text.format(p=8), check) == [("400,000 / 5,000,000 = 8.0%", Status.PASS)]
    text = ("Public debt in Velder has risen to 80 billion euros in 2022. The state owes 20 billion euros to foreign banks "
            "in 2022, which is {p} percent of the public debt.")
    assert _decided(extract_text, text.format(p=25), check) == [("20,000,000,000 / 80,000,000,000 = 25.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=50), check) == [("20,000,000,000 / 80,000,000,000 = 25.0%", Status.WARN)]
    # the percent is of another noun than the earlier amount's: no whole
    assert _decided(extract_text, "Exports rose to 80 billion euros in 2022. Imports were 20 billion euros, or 10 percent of the output.", check) == []


def test_a_conversion_is_never_the_other_end_of_a_change(extract_text):
    """'fell P% to NEW CUR1 (X CUR2) from OLD CUR1 (Y CUR2)': the change is read in one currency."""
    for text in ["Net profit fell {p}% to 40 million yuan (5 million dollars) from 50 million yuan (6.3 million dollars), the company said.",
                 "Operating profit dropped {p}% to 320 million kronor ($35 million) from 400 million kronor ($44 million).",
                 "Velder Shipping said net income fell {p}% to $40 million (C$52 million), or 32 cents a share, from $50 million (C$65 million), or 40 cents a share."]:
        for p, status in ((20, Status.PASS), (40, Status.FAIL)):
            decided = _decided(extract_text, text.format(p=p), "percentages.change")
            assert [s for _, s in decided] == [status], (text, decided)
            assert all(w.startswith("(40,000,000 - 50,000,000)") or w.startswith("(320,000,000 - 400,000,000)") for w, _ in decided), decided


def test_a_share_in_the_sentence_before_opens_a_group_closed_by_the_remaining(extract_text):
    text = "At least {p} percent of the voters backed Velder. Some 35 percent backed Norvik, and the remaining 25 percent or so were undecided."
    assert _decided(extract_text, text.format(p=40), "percentages.shares") == [
        ("40 + 35 + 25 = 100%", Status.PASS)]
    assert _decided(extract_text, text.format(p=80), "percentages.shares") == [
        ("80 + 35 + 25 = 140%", Status.FAIL)]


def test_a_bracketed_conversion_of_both_ends_is_no_end_of_the_change(extract_text):
    text = ("Velder Shipping reported a {p} percent rise in revenue from 80 million euros to 100 million euros "
            "(88 million dollars to 110 million dollars).")
    assert _decided(extract_text, text.format(p=25), "percentages.change") == [
        ("(100,000,000 - 80,000,000) / 80,000,000 = +25.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=50), "percentages.change") == [
        ("(100,000,000 - 80,000,000) / 80,000,000 = +25.0%", Status.FAIL)]


def test_a_change_whose_subject_refers_back_to_the_amount_before(extract_text):
    text = "Velder Shipping sold goods worth {n} million euros in May.\n\nThe figure was up {p} percent on last year's sales of 100 million euros."
    assert _decided(extract_text, text.format(n=120, p=20), "percentages.change") == [
        ("(120,000,000 - 100,000,000) / 100,000,000 = +20.0%", Status.PASS)]
    assert _decided(extract_text, text.format(n=120, p=40), "percentages.change") == [
        ("(120,000,000 - 100,000,000) / 100,000,000 = +20.0%", Status.WARN)]  # which measure 'the figure' is, is not bound
    _, rels = _rels(extract_text, "Velder Shipping sold goods worth 120 million euros in May.\n\nExports were up 40 percent on last year's sales of 100 million euros.",
                    check="percentages.change")
    assert rels == []  # the subject names its own measure


def test_a_change_with_per_share_figures_between_its_ends(extract_text):
    """'had NOUN of NEW, or X a share, up P% from OLD, or Y a share': the per-share figure restates NEW,
    it is not where the change ended."""
    text = "The mill had revenue of 880 million yuan, or 0.44 yuan a share, up {p}% from 800 million yuan, or 0.40 yuan a share."
    assert _decided(extract_text, text.format(p=10), "percentages.change") == [
        ("(880,000,000 - 800,000,000) / 800,000,000 = +10.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=20), "percentages.change") == [
        ("(880,000,000 - 800,000,000) / 800,000,000 = +10.0%", Status.FAIL)]


def test_a_percent_change_of_a_percent(extract_text):
    """'a 20 percent fall from 40 percent to 32 percent' is relative (or in points): the relative
    reading is checked, weakly, unless the points reading holds."""
    text = "The study found a {p} percent fall in the number of idle workers from 40 percent to 32 percent."
    assert _decided(extract_text, text.format(p=20), "percentages.change") == [("(32 - 40) / 40 = -20.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=30), "percentages.change") == [("(32 - 40) / 40 = -20.0%", Status.WARN)]
    assert _decided(extract_text, text.format(p=8), "percentages.change") == []  # eight points: the other reading


def test_a_percent_of_a_total_named_two_of_levels_down(extract_text):
    text = "About 300 people, or {p} percent of the total adult population of 1,200 local residents, voted."
    assert _decided(extract_text, text.format(p=25), "percentages.of-whole") == [("300 / 1,200 = 25.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=35), "percentages.of-whole") == [("300 / 1,200 = 25.0%", Status.WARN)]


def test_a_percent_of_a_total_noun_stated_sentences_before(extract_text):
    text = ("The amount of {noun} pledged rose to 500 million dollars this year. Officials welcomed it. The agency said "
            "more was needed. Donors from Europe gave 100 million dollars, representing {p} percent of total aid pledged.")
    assert _decided(extract_text, text.format(noun="aid", p=20), "percentages.of-whole") == [
        ("100,000,000 / 500,000,000 = 20.0%", Status.PASS)]
    assert _decided(extract_text, text.format(noun="aid", p=30), "percentages.of-whole") == [
        ("100,000,000 / 500,000,000 = 20.0%", Status.WARN)]
    assert _decided(extract_text, text.format(noun="loans", p=30), "percentages.of-whole") == []  # another noun: no whole


def test_counts_restated_as_percents_in_two_sentences_are_shares_of_one_whole(extract_text):
    """'A NOUN, or P percent' then 'B NOUN, or Q percent' by the same verb: shares others may complete
    (at most 100; bound by position, so beyond it warns); each of its owner's whole, or in other
    years, they are not read."""
    text = "The mayor won 5,200 ballots, or {p} percent. Her challenger won 2,900 ballots, or 29 percent."
    assert _decided(extract_text, text.format(p=52), "percentages.shares") == [("52 + 29 = 81%", Status.PASS)]
    assert _decided(extract_text, text.format(p=104), "percentages.shares") == [("104 + 29 = 133%", Status.WARN)]
    assert _decided(extract_text, "Kestrel Motors built 300 vans, or 30 percent of its output. Its rival built 900 vans, "
                                  "or 90 percent of its output.", "percentages.shares") == []
    assert _decided(extract_text, "The mayor won 5,200 ballots, or 52 percent of the ballots in 2018. She won 7,900 ballots, "
                                  "or 79 percent of the ballots in 2022.", "percentages.shares") == []


def test_stakes_in_one_thing_stay_within_it_whatever_their_sum(extract_text):
    text = "Halvard Energy holds a {p} percent stake in the pipeline, while two state funds own 30 percent and 10 percent respectively."
    assert _decided(extract_text, text.format(p=60), "percentages.shares") == [("60 + 30 + 10 = 100%", Status.PASS)]
    assert _decided(extract_text, text.format(p=120), "percentages.shares") == [("120 + 30 + 10 = 160%", Status.WARN)]
    # shares set against each other without a stake may overlap ('back the ban' / 'oppose the tax')
    assert _decided(extract_text, "Some 64 percent of residents back the ban, while 71 percent oppose the new tax.",
                    "percentages.shares") == []


def test_a_bound_share_far_before_the_others_in_its_sentence_opens_them(extract_text):
    text = ("By law the rail authority holds at least {p} percent of every new line built across the northern mountain "
            "districts of the republic, the towns along each line take 30%, and the remaining 10 percent or so comes from banks.")
    assert _decided(extract_text, text.format(p=60), "percentages.shares") == [("60 + 30 + 10 = 100%", Status.PASS)]
    assert _decided(extract_text, text.format(p=120), "percentages.shares") == [("120 + 30 + 10 = 160%", Status.FAIL)]


def test_poll_levels_told_with_their_moves_need_not_make_the_whole(extract_text):
    text = ("The survey showed Labour gaining 4 points for a clear lead of 47 percent, while the Tories lost three points "
            "on 35 percent and the Greens held steady on {p} percent.")
    assert _decided(extract_text, text.format(p=9), "percentages.shares") == [("47 + 35 + 9 = 91%", Status.PASS)]
    assert _decided(extract_text, text.format(p=36), "percentages.shares") == []  # 118: not read as shares at all


def test_shares_of_two_wholes_near_a_holding_are_no_stakes(extract_text):
    text = ("The unit, which is the holding company for the group's foreign arms, accounted for 46% of revenue and 63% of "
            "operating profit last year.")
    assert _decided(extract_text, text, "percentages.shares") == []


def test_a_percent_of_a_whole_named_with_a_capitalised_adjective(extract_text):
    # 'of the total Nordic staff of N', 'of the Nordic NOUN' (whole one sentence before): a proper adjective
    # in the noun group does not break the binding
    text = "Tarvo, the ferry firm, announced cuts. The net reduction would be about 1,560, or {p}% of the total Nordic crew of 12,000 sailors."
    assert _decided(extract_text, text.format(p=13), "percentages.of-whole") == [("1,560 / 12,000 = 13.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=26), "percentages.of-whole")[0][1] is not Status.PASS


def test_a_share_of_a_level_reached_not_of_the_change_s_start(extract_text):
    # the noun's change has both ends bound to it; the share is of the level reached
    text = ("Nordic freight volume has grown to 600 million tonnes in 2023 from 450 million tonnes in 2021, a port survey "
            "found. Arlo is the largest port with 150 million tonnes in 2023, which is about {p} percent of the Nordic freight volume.")
    assert _decided(extract_text, text.format(p=25), "percentages.of-whole") == [("150,000,000 / 600,000,000 = 25.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=50), "percentages.of-whole")[0][1] is not Status.PASS


def test_representing_without_a_comma_restates_the_amount(extract_text):
    text = ("The amount of aid pledged rose to 500 million dollars this year. Officials welcomed it. The agency said "
            "more was needed. Donors from Europe gave 100 million dollars representing {p} percent of total aid pledged.")
    assert _decided(extract_text, text.format(p=20), "percentages.of-whole") == [("100,000,000 / 500,000,000 = 20.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=30), "percentages.of-whole") == [("100,000,000 / 500,000,000 = 20.0%", Status.WARN)]


def test_a_restated_move_and_the_level_it_reached(extract_text):
    # the amount and its percent restate each other; the level is the next figure, bound as 'to' or 'at',
    # even when the parse hangs it on another verb of the sentence (two moves in one sentence)
    two = ("The Dow Jones index fell 12.41, or 0.82 percent, to 1,501.22, and the tech index dropped 30.21, or {} "
           "percent, to 2,281.40.")
    assert _decided(extract_text, two.format("1.31"), "percentages.change") == [
        ("12.41 / (1,501.22 + 12.41) = -0.8%", Status.PASS), ("30.21 / (2,281.4 + 30.21) = -1.3%", Status.PASS)]
    assert _decided(extract_text, two.format("2.31"), "percentages.change")[1] == ("30.21 / (2,281.4 + 30.21) = -1.3%", Status.FAIL)
    # percent first, a date between the pair and the level; a level 'at' after 'up'; 'to close at'
    assert _decided(extract_text, "The tech index rose 1.6%, or 7.12, on Monday, to 452.10.", "percentages.change") == [
        ("7.12 / (452.1 - 7.12) = +1.6%", Status.PASS)]
    assert _decided(extract_text, "Shares of Acme were up 2.31 dollars, or 5.5 percent, at 44.31 dollars.", "percentages.change") == [
        ("2.31 / (44.31 - 2.31) = +5.5%", Status.PASS)]
    assert _decided(extract_text, "The main index climbed by 21.4 points or 2.3 percent to close at 1,667.52.", "percentages.change") == [
        ("21.4 / (1,667.52 - 21.4) = +1.3%", Status.FAIL)]


def test_a_restated_move_takes_no_level_across_a_clause(extract_text):
    # the figure after 'and' / 'from' is not the level the move reached
    assert _decided(extract_text, "Acme shares fell 2 dollars, or 5 percent, and Brill shares ended at 61 dollars.",
                    "percentages.change") == []
    # a start ('from') is the change's own base (one clause), never read as the level reached
    assert _decided(extract_text, "Acme shares fell 2 dollars, or 5 percent, from 40 dollars.", "percentages.change") == [
        ("2 / 40 = -5.0%", Status.PASS)]


def test_a_percent_apposed_to_the_clause_of_a_part(extract_text):
    # 'Of the N, A ..., a turnout of P percent': bound to the part and its whole by position, so it passes or warns
    text = "Of the 52,000 registered voters, 31,200 cast a ballot, a turnout of {p} percent."
    assert _decided(extract_text, text.format(p=60), "percentages.of-whole") == [("31,200 / 52,000 = 60.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=30), "percentages.of-whole") == [("31,200 / 52,000 = 60.0%", Status.WARN)]
    # a percent that is a change's amount is no share
    assert _decided(extract_text, "Of the 800 staff, 200 were laid off, a cut of 10 percent on last year.", "percentages.of-whole") == []


def test_a_hedged_percent_change_is_read_within_its_hedge(extract_text):
    text = "Visitors to the gorge rose from 40,000 in 2015 to 50,000 last year, about {p} percent."
    assert _decided(extract_text, text.format(p=25), "percentages.change") == [("(50,000 - 40,000) / 40,000 = +25.0%", Status.PASS)]
    assert _decided(extract_text, text.format(p=50), "percentages.change") == [("(50,000 - 40,000) / 40,000 = +25.0%", Status.WARN)]


def test_shares_credited_to_sides_cannot_exceed_the_whole(extract_text):
    # the first share names the whole, the others are credited to a named side: more than 100 fails, whatever the sum
    text = "Mendez won, taking 52 percent of the vote against {b} percent for Ruiz, and 18 percent for Ortega."
    at_most = lambda b: [s for w, s in _decided(extract_text, text.format(b=b), "percentages.shares") if w.endswith("%")][:1]  # noqa: E731
    assert at_most(30) == [Status.PASS]
    assert at_most(60) == [Status.FAIL]
    spread = "Mendez won with 52 percent of the vote, while Ruiz took {b} percent and Ortega 8 percent."
    assert _decided(extract_text, spread.format(b=20), "percentages.shares") == [("52 + 20 + 8 = 80%", Status.PASS)]
    assert _decided(extract_text, spread.format(b=60), "percentages.shares") == [("52 + 60 + 8 = 120%", Status.FAIL)]
    # a figure of another time is no side's share
    assert _decided(extract_text, "Inflation stood at 3 percent of output against 2.5 percent a year earlier.", "percentages.shares") == []


def test_two_shares_of_one_whole_told_apart_by_while(extract_text):
    # the second share leaves out the whole the first names; two predicates may overlap, so more than 100 warns
    text = ("The decree requires {a} percent of the collected port fees to be handed over to the treasury, while 70 percent "
            "is to be kept by the provinces.")
    assert _decided(extract_text, text.format(a=30), "percentages.shares") == [("30 + 70 = 100%", Status.PASS)]
    assert _decided(extract_text, text.format(a=60), "percentages.shares") == [("60 + 70 = 130%", Status.WARN)]
    # a share of another whole after 'while' is not read
    assert _decided(extract_text, "The decree gives 60 percent of the port fees to the treasury, while 70 percent of the "
                    "land fees is kept by the provinces.", "percentages.shares") == []


def test_a_share_named_after_its_part_and_whole(extract_text):
    # 'a P percent turnout' after 'A of the N ...', 'A voted out of N, a turnout of P', 'Turnout was P: A of N ...': weak
    for text in ("Some 31,200 of the 52,000 registered voters cast ballots, a {p} percent turnout.",
                 "In Varo, 31,200 people voted out of 52,000 registered, a turnout of {p} percent.",
                 "Turnout was {p} percent: 31,200 of 52,000 registered voters cast a ballot."):
        assert [s for _, s in _decided(extract_text, text.format(p=60), "percentages.of-whole")] == [Status.PASS], text
        assert [s for _, s in _decided(extract_text, text.format(p=30), "percentages.of-whole")] == [Status.WARN], text
    # a percent naming a change is no share
    assert _decided(extract_text, "Of the 800 staff, 200 were laid off, a 10 percent cut.", "percentages.of-whole") == []


def test_a_share_of_the_set_the_sentence_before_counted(extract_text):
    """'Of those, A, or P percent, ...': the whole is what the sentence before counted last, in the
    part's measure; bound across a sentence by position, so a mismatch warns, never fails."""
    check = "percentages.of-whole"
    assert _decided(extract_text, "The plan closes two schools with 640 pupils. Of those, 384, or 60 percent, will transfer "
                                  "to Elm Park.", check) == [("384 / 640 = 60.0%", Status.PASS)]
    assert _decided(extract_text, "The plan closes two schools with 640 pupils. Of those, 384, or 70 percent, will transfer "
                                  "to Elm Park.", check) == [("384 / 640 = 60.0%", Status.WARN)]
    # no set named by 'those' at the opening: nothing to relate across the sentences
    assert _decided(extract_text, "The plan closes two schools with 640 pupils. Next year 384, or 70 percent, will transfer "
                                  "to Elm Park.", check) == []


def test_a_change_from_one_level_to_another_with_their_dates_between(extract_text):
    """'rose from S in 2023 to E last year, an increase of P percent': the parse's 'from' and 'to' of
    one verb are the change's ends, whatever stands between them."""
    check = "percentages.change"
    text = "Daily bus journeys rose from 2,400 in 2023 to 3,100 last year, an increase of {} percent."
    assert [s for _, s in _decided(extract_text, text.format(29), check)] == [Status.PASS]
    assert [s for _, s in _decided(extract_text, text.format(39), check)] == [Status.FAIL]


@pytest.mark.parametrize("text, expected", [
    ("The city approved a 60 million euro tram line on Monday. The region will pay 15 million euros, or 25 percent of the cost.",
     [("15,000,000 / 60,000,000 = 25.0%", Status.PASS)]),
    ("The city approved a 60 million euro tram line on Monday. The region will pay 15 million euros, or 35 percent of the cost.",
     [("15,000,000 / 60,000,000 = 25.0%", Status.WARN)]),
    # two earlier amounts of the currency: which one 'the cost' is, the position does not say
    ("The city approved a 60 million euro tram line and a 20 million euro depot. The region will pay 15 million euros, "
     "or 25 percent of the cost.", []),
])
def test_a_percent_of_a_definite_noun_against_the_one_amount_told_before(extract_text, text, expected):
    assert _decided(extract_text, text, "percentages.of-whole") == expected


@pytest.mark.parametrize("text, decided", [
    ("A poll of 1,500 residents found that 600, or 40 percent, wanted the tram.", [("600 / 1,500 = 40.0%", Status.PASS)]),
    ("A poll of 1,500 residents found that 600, or 45 percent, wanted the tram.", [("600 / 1,500 = 40.0%", Status.WARN)]),
    ("A survey of 300 farms in nine valleys showed 60 farms, or 20 percent, had lost cattle.", [("60 / 300 = 20.0%", Status.PASS)]),
    # a figure of another noun is not found in the sample
    ("A poll of 1,500 residents found that 600 dollars, or 45 percent, was the rent.", []),
])
def test_a_share_of_the_sample_a_poll_or_survey_opens_with(extract_text, text, decided):
    assert _decided(extract_text, text, "percentages.of-whole") == decided
