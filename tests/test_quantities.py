"""Quantity extraction (issue 16): the kinds of number phrase news writes, each on an invented sentence."""

import pytest


def quantities(extract_text, text: str) -> dict:
    _, claims = extract_text(text, published="2021-05-04")
    return {c.text: c for c in claims if c.kind.value == "quantity"}


def test_glued_m_is_metres_in_a_race_and_millions_with_money(extract_text):
    q = quantities(extract_text, "Okafor won the 400m final, then the 1500m heat; the club paid £90m for a striker and 3m fans watched.")
    assert (q["400m"].value, q["400m"].unit) == (400, "m")
    assert (q["1500m"].value, q["1500m"].unit) == (1500, "m")
    assert (q["£90m"].value, q["£90m"].unit) == (90_000_000, "GBP")
    assert q["3m fans"].value == 3_000_000


def test_metres_before_a_dimension_and_millions_before_a_currency_word(extract_text):
    q = quantities(extract_text, "Divers reached a 40m-deep wreck, and the port spent 25m euros on cranes.")
    assert next(c for t, c in q.items() if t.startswith("40m")).value == 40
    assert q["25m euros"].value == 25_000_000 and q["25m euros"].unit == "EUR"


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Engineers found a 4-metre crack in the dam.", "4-metre", 4, "metres"),
    ("The mayor opened a 16-storey tower.", "16-storey", 16, "storeys"),
    ("A 30-tonne lorry blocked the road.", "30-tonne", 30, "tonnes"),
    ("The 8,000-seat hall was full.", "8,000-seat", 8000, "seats"),
])
def test_hyphenated_measure_used_as_an_adjective(extract_text, text, surface, value, unit):
    q = quantities(extract_text, text)
    assert (q[surface].value, q[surface].unit) == (value, unit)


def test_a_unit_shared_by_coordinated_numbers(extract_text):
    q = quantities(extract_text, "The plan allows 3- or 5-lane roads and 20- to 25-metre masts.")
    assert (q["3-"].value, q["3-"].unit) == (3, "lanes")
    assert (q["20-"].value, q["20-"].unit, q["20-"].attrs.high) == (20, "metres", 25)


def test_negative_temperatures(extract_text):
    q = quantities(extract_text, "It fell to minus 8 degrees in the valley and -14C on the pass.")
    assert q["minus 8 degrees"].value == -8
    assert (q["-14C"].value, q["-14C"].unit) == (-14, "°C")


def test_bounded_counts_keep_their_bound(extract_text):
    q = quantities(extract_text, "More than 70 nurses and fewer than 12 doctors signed the letter.")
    assert (q["70 nurses"].value, q["70 nurses"].attrs.bound) == (70, "min")
    assert (q["12 doctors"].value, q["12 doctors"].attrs.bound) == (12, "max")


def test_shares_of_a_whole(extract_text):
    q = quantities(extract_text, "Almost half of the farmers and a quarter of the traders opposed it; two thirds of them left.")
    assert q["half"].value == 0.5
    assert q["a quarter"].value == 0.25
    assert q["two thirds"].value == pytest.approx(2 / 3)


def test_half_as_part_of_a_period_is_no_share(extract_text):
    q = quantities(extract_text, "Sales slowed in the second half of the year.")
    assert "half" not in q


def test_one_as_a_count(extract_text):
    q = quantities(extract_text, "Only one of the four pumps worked. One Dutch engineer stayed, and no one else did.")
    ones = sorted(t for t, c in q.items() if c.value == 1)
    assert ones == ["One Dutch engineer", "one"]


def test_clock_durations_joined_in_the_smaller_unit(extract_text):
    q = quantities(extract_text, "Lindqvist finished in 48 minutes 20.5 seconds, and Moreau came in 0.75 seconds later.")
    assert (q["48 minutes 20.5 seconds"].value, q["48 minutes 20.5 seconds"].unit) == (2900.5, "seconds")
    assert q["0.75 seconds"].value == 0.75


def test_a_range_with_a_unit_on_both_ends_and_a_change_between_two_values(extract_text):
    q = quantities(extract_text, "The bank set a range of 1.25 percent to 1.75 percent. Turnout rose from 52 percent to 61 percent.")
    assert q["1.25 percent"].attrs.high == 1.75
    assert q["52 percent"].attrs.range is None and q["61 percent"].attrs.range is None


def test_currency_words_and_symbols_after_numbers(extract_text):
    q = quantities(extract_text, "A ticket costs Rs 450, or 35 yuan.")
    assert (q["Rs 450"].value, q["Rs 450"].unit) == (450, "INR")
    assert (q["35 yuan"].value, q["35 yuan"].unit) == (35, "CNY")


def test_glued_thousands_whatever_the_entity(extract_text):
    q = quantities(extract_text, "The new coach earns 450k a season.")
    assert q["450k"].value == 450_000


def test_clock_times_and_names_are_not_quantities(extract_text):
    q = quantities(extract_text, "Trading opened at 0830 GMT before the Three Rivers Cup, where 14 silver medals were won.")
    assert "0830" not in " ".join(q) and not any("Three" in t for t in q)
    assert q["14 silver medals"].value == 14


def test_ages_after_aged(extract_text):
    q = quantities(extract_text, "The study followed 300 boys aged between 11 and 15.")
    ages = [c for c in q.values() if c.label == "AGE"]
    assert [c.value for c in ages] == [11, 15] or [(c.value, c.attrs.high) for c in ages] == [(11, 15)]


def test_units_glued_to_the_number(extract_text):
    q = quantities(extract_text, "The chip runs at 2.8GHz, the dam makes 450MW, and shares closed at 312p, up 4pc.")
    assert (q["2.8GHz"].value, q["2.8GHz"].unit) == (2.8, "GHz")
    assert (q["450MW"].value, q["450MW"].unit) == (450, "MW")
    assert (q["312p"].value, q["312p"].unit, q["312p"].label) == (3.12, "GBP", "MONEY")
    assert (q["4pc"].value, q["4pc"].label) == (4, "PERCENT")


def test_currency_glued_before_the_number(extract_text):
    q = quantities(extract_text, "Fares rose to HK$18 and NT$95, and the state spent Rs40bn.")
    assert (q["HK$18"].value, q["HK$18"].unit) == (18, "HKD")
    assert (q["NT$95"].value, q["NT$95"].unit) == (95, "TWD")
    assert (q["Rs40bn"].value, q["Rs40bn"].unit) == (40e9, "INR")


def test_letters_that_are_no_unit_leave_an_identifier(extract_text):
    q = quantities(extract_text, "The 5G network and the 4S model sold well.")
    assert not q


def test_a_fraction_of_a_scale_word(extract_text):
    q = quantities(extract_text, "A quarter of a million visitors came, and half a million stayed away.")
    assert q["A quarter of a million visitors"].value == 250_000
    assert q["half a million"].value == 500_000


def test_a_number_strong_says_how_many_without_a_unit(extract_text):
    q = quantities(extract_text, "A 30-strong delegation arrived.")
    assert q["30"].value == 30 and q["30"].unit is None


def test_a_score_is_not_two_quantities(extract_text):
    q = quantities(extract_text, "Rovers won 4-1 on Saturday after a 2-2 draw in the first leg.")
    assert not q


def test_an_upward_hyphen_pair_stays_a_range(extract_text):
    q = quantities(extract_text, "Forecasters expect 10-15 centimetres of snow.")
    assert q["10"].attrs.high == 15


def test_the_second_number_lends_its_scale_and_the_first_its_currency(extract_text):
    q = quantities(extract_text, "The repairs will cost 4 to 6 million dollars; the bid was $7 to 9 billion.")
    assert (q["4"].value, q["4"].attrs.high) == (4_000_000, 6_000_000)
    assert (q["$7"].value, q["9 billion"].unit) == (7e9, "USD")


def test_a_label_noun_before_a_number_makes_it_no_amount(extract_text):
    q = quantities(extract_text, "The drug passed phase 2 trials, and 40 patients took part.")
    assert list(q) == ["40 patients"]


def test_a_hyphenated_measure_after_a_name(extract_text):
    q = quantities(extract_text, "Olympic 400-meter champion Dana Reyes won, and the 20,000-square-foot hall and 40 km/h limit stay.")
    assert (q["400-meter"].value, q["400-meter"].unit) == (400, "meters")
    assert q["20,000-square-foot"].unit == "square feet"
    assert q["40 km/h"].unit == "km/h"


def test_a_number_in_an_adjective_with_no_amount(extract_text):
    q = quantities(extract_text, "Two-way trade grew, a one-off fee was paid, and the three-time winner returned.")
    assert list(q) == ["three-time"] and q["three-time"].unit == "times"


def test_dozen_after_a_number_word(extract_text):
    q = quantities(extract_text, "At least three dozen boats and 2 dozen eggs.")
    assert q["three dozen boats"].value == 36 and q["2 dozen eggs"].value == 24


def test_a_glued_temperature_that_ends_the_sentence(extract_text):
    q = quantities(extract_text, "The night was cold at minus 22C.")
    assert next(c for t, c in q.items() if t.startswith("minus 22C")).value == -22


def test_the_first_number_takes_the_unit_of_a_hyphenated_second(extract_text):
    q = quantities(extract_text, "Workers got 2- to 4-year contracts for the 50- and 100-metre pools.")
    assert (q["2-"].unit, q["2-"].label) == ("years", "DURATION")
    assert q["50-"].unit == "metres"


def test_a_model_named_by_the_proper_noun_after_it(extract_text):
    q = quantities(extract_text, "The 340 Falcon seats 300 people. Pilots like the 340, and the 340-5 flies farther.")
    assert list(q) == ["300 people"]


def test_a_count_before_a_date_is_no_length_of_time(extract_text):
    q = quantities(extract_text, "The ferry line carried 450,000 last year and 380 last month.")
    assert (q["450,000"].value, q["450,000"].unit, q["450,000"].label) == (450_000, None, "CARDINAL")
    assert q["380"].unit is None and q["450,000"].attrs.noun is None


def test_by_amount_and_to_level_are_a_change_not_a_range(extract_text):
    q = quantities(extract_text, "Turnover grew by $3 million to $45 million.")
    by, to = q["$3 million"], q["$45 million"]
    assert by.attrs.range is None and to.attrs.range is None and by.attrs.high is None
    assert (by.attrs.role, to.attrs.role) == ("by", "to") and to.attrs.verb == by.attrs.verb == "grew"


def test_scaled_number_after_a_possessive_counts(extract_text):
    q = quantities(extract_text, "Some 90,000 of Ruritania's 8 million residents voted.")
    assert next(c for t, c in q.items() if t.startswith("8 million")).value == 8_000_000


def test_number_after_a_label_noun_is_no_quantity(extract_text):
    q = quantities(extract_text, "Passengers waited at gate 12 for an hour.")
    assert "12" not in q


def test_length_of_a_period_and_a_range_of_lengths(extract_text):
    q = quantities(extract_text, "In the first eight months of this year, exports rose. The refit will take 4 to 7 weeks.")
    assert (q["eight months"].value, q["eight months"].unit, q["eight months"].label) == (8, "months", "DURATION")
    assert (q["4"].value, q["4"].unit, q["4"].attrs.high, q["4"].attrs.range_role) == (4, "weeks", 7, "start")
    assert q["7 weeks"].attrs.pair == q["4"].id


def test_us_dollars_written_out_are_money(extract_text):
    q = quantities(extract_text, "Investment reached 12.5 billion U.S. dollars, with 300 US dollars per head.")
    assert (q["12.5 billion U.S. dollars"].unit, q["12.5 billion U.S. dollars"].label) == ("USD", "MONEY")


def test_grouped_digits_are_a_number_whatever_entity_the_model_gives(extract_text):
    q = quantities(extract_text, "The composite gauge stood at 3,405.60 by noon on Friday. Gold traded at 1,214.30 at midday.")
    assert (q["3,405.60"].value, q["1,214.30"].value) == (3405.6, 1214.3)  # spaCy: a time and a date


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The ministry signed a 12-billion-dollar credit line.", "12-billion-dollar", 12e9, "USD"),
    ("Rebels demanded a three-million-euro ransom.", "three-million-euro", 3e6, "EUR"),
    ("The tycoon denied hiding 45-million dollars abroad.", "45-million dollars", 45e6, "USD"),
    ("He bought a 1.6-million-ringgit bungalow.", "1.6-million-ringgit", 1.6e6, "MYR"),
    ("Bidders offered a five-hundred-dollar prize.", "five-hundred-dollar", 500, "USD"),
])
def test_a_scale_word_joined_by_hyphens_to_the_number_and_the_currency(extract_text, text, surface, value, unit):
    q = quantities(extract_text, text)
    assert (q[surface].value, q[surface].unit, q[surface].label) == (value, unit, "MONEY")


def test_a_count_after_a_name_or_possessive_still_counts(extract_text):
    q = quantities(extract_text, "In Moldova 212 inmates went on strike, and Tallinn's 95,000 commuters and the mayor's 41 percent were cited.")
    assert q["212 inmates"].value == 212
    assert q["95,000 commuters"].value == 95_000
    assert q["41 percent"].value == 41


def test_a_model_number_after_a_name_stays_a_name(extract_text):
    q = quantities(extract_text, "Airbus's 350 was late and the pilot flew a Cessna 172 over the lake.")
    assert not any(c.value in (350, 172) for c in q.values())


def test_a_count_before_a_hyphenated_adjective(extract_text):
    q = quantities(extract_text, "Inspectors closed 14 state-run mills and the city's two family-owned banks.")
    assert (q["14 state-run mills"].value, q["14 state-run mills"].unit) == (14, "mills")
    assert q["two family-owned banks"].unit == "banks"


def test_one_as_a_count_in_a_coordinated_or_appositive_list(extract_text):
    _, claims = extract_text("The court tried one Chilean and three Peruvians; guards wounded more than 30, one critically.")
    ones = [c for c in claims if c.kind.value == "quantity" and c.value == 1]
    assert [c.text for c in ones] == ["one", "one"]


def test_one_before_a_compound_noun_counts(extract_text):
    q = quantities(extract_text, "Ministers promised to ratify at least one EU labour rights treaty.")
    c = next(c for c in q.values() if c.value == 1)
    assert c.unit == "treaty" and c.attrs.bound == "min"


def test_one_as_a_pronoun_is_no_count(extract_text):
    q = quantities(extract_text, "No one answered, and one must wait.")
    assert not any(c.value == 1 for c in q.values())


def test_ages_after_the_age_of_in_words_and_with_an_adjective(extract_text):
    q = quantities(extract_text, "She left school at the tender age of 15, and pupils under the age of seven stayed home.")
    assert (q["15"].value, q["15"].label) == (15, "AGE")
    assert (q["seven"].value, q["seven"].label, q["seven"].attrs.bound) == (7, "AGE", "max")


def test_seats_of_a_chamber_written_without_a_hyphen(extract_text):
    q = quantities(extract_text, "Nine parties ran for the 120 seat assembly.")
    assert next(c for c in q.values() if c.value == 120).unit.startswith("seat")


def test_the_closing_day_of_a_range_of_days_is_no_count(extract_text):
    _, claims = extract_text("The envoy will tour the region from March 4 to 19, aides said.", published="2021-02-10")
    assert not any(c.kind.value == "quantity" for c in claims)
    days = [c.value for c in claims if c.kind.value == "date"]
    assert days == ["2021-03-04", "2021-03-19"]


def test_listed_set_scores_are_no_counts(extract_text):
    q = quantities(extract_text, "Brazil won 23-25, 25-21, 25-19, 25-22 over Poland.")
    assert q == {}


def test_a_number_word_in_a_title_case_name_is_no_count(extract_text):
    q = quantities(extract_text, "Ireland begin their Four Nations campaign on Sunday.")
    assert q == {}


def test_a_length_of_time_the_model_runs_into_other_words(extract_text):
    q = quantities(extract_text, "The minister will take three weeks' leave after the summit.")
    assert (q["three weeks"].value, q["three weeks"].unit, q["three weeks"].label) == (3, "weeks", "DURATION")


def test_a_range_of_lengths_after_next(extract_text):
    q = quantities(extract_text, "A deal is expected within the next four or five weeks.")
    low = next(c for c in q.values() if c.value == 4)
    assert (low.unit, low.attrs.high) == ("weeks", 5)


@pytest.mark.parametrize("text, surface, value, unit, hedge", [
    ("Rescuers dug for just over three weeks.", "just over three weeks", 3, "weeks", "bound"),
    ("The spacewalk lasted roughly seven hours.", "roughly seven hours", 7, "hours", "approx"),
    ("Negotiators met for about half an hour.", "about half an hour", 0.5, "hours", "approx"),
])
def test_hedged_lengths_of_time(extract_text, text, surface, value, unit, hedge):
    q = quantities(extract_text, text)
    c = next(c for t, c in q.items() if surface.split()[-2] in t)
    assert (c.value, c.unit, c.label, c.attrs.hedge) == (value, unit, "DURATION", hedge)


def test_a_hedged_figure_before_a_singular_noun_is_a_count(extract_text):
    q = quantities(extract_text, "The cuts hit more than 700 staff and about 40 personnel.")
    assert q["700 staff"].attrs.bound == "min"


def test_a_hyphenated_percent_is_a_percentage(extract_text):
    q = quantities(extract_text, "Chile's 3.5-percent target and a 40-percent stake were discussed.")
    assert (q["3.5-percent"].value, q["3.5-percent"].label) == (3.5, "PERCENT")
    assert q["40-percent"].unit == "percent"


def test_tennis_scores_with_tie_breaks_and_a_level_series_are_no_counts(extract_text):
    q = quantities(extract_text, "Moreau won 7-6 (7-3), 4-6, 6-2 and the series stands level at 2-2.")
    assert q == {}


def test_a_couple_as_two_people_is_no_count(extract_text):
    _, claims = extract_text("A couple must sign the form, and a couple of clerks check it.")
    assert [(c.start, c.value) for c in claims if c.kind.value == "quantity"] == [(33, 2)]


def test_members_of_a_bloc_after_a_possessive(extract_text):
    q = quantities(extract_text, "Ministers met in the alliance's 31-member council.")
    assert q["31-member"].value == 31


@pytest.mark.parametrize("text, surface, value", [
    ("Rangers installed 12 thermometers along the ridge.", "12 thermometers", 12),
    ("Customs broke up 17 arms smuggling rings.", "17 arms smuggling rings", 17),
    ("The van stopped 140 kms short of the border.", "140 kms", 140),
    ("Pumps rated above 75 horsepower need a permit.", "75 horsepower", 75),
    ("She holds the girls' 200 meter record.", "200 meter", 200),
])
def test_counts_and_measures_the_tagger_reads_as_singular(extract_text, text, surface, value):
    assert quantities(extract_text, text)[surface].value == value


def test_a_model_number_before_a_singular_noun_stays_a_name(extract_text):
    assert quantities(extract_text, "The 747 jumbo landed safely.") == {}


def test_fold_written_apart_is_a_multiple(extract_text):
    q = quantities(extract_text, "Imports grew 4 fold in a decade.")
    assert (q["4 fold"].value, q["4 fold"].label) == (4, "MULTIPLE")


def test_us_dollars_without_the_last_period_and_an_abbreviation_defined_for_a_price(extract_text):
    q = quantities(extract_text, "Tea fetched 2.10 U.S dollars per kilogram (dpk) on Monday and 2.15 dpk on Tuesday.")
    assert (q["2.10 U.S dollars"].label, q["2.10 U.S dollars"].unit) == ("MONEY", "USD")
    assert (q["2.15 dpk"].label, q["2.15 dpk"].unit, q["2.15 dpk"].value) == ("MONEY", "USD", 2.15)


def test_a_bare_number_coordinated_with_cents_is_cents(extract_text):
    q = quantities(extract_text, "Prices rose 3 and 5 cents on Monday and Tuesday.")
    assert (q["3"].value, q["3"].unit, q["5 cents"].value) == (0.03, "USD", 0.05)


def test_times_before_a_possessed_figure_is_a_multiple(extract_text):
    # 'N times the NOUN's ...' is how many times, not a count of the noun after 'the'
    q = quantities(extract_text, "That equals about four times the valley's roughly 200 megawatts of supply.")
    assert (q["four times"].value, q["four times"].label) == (4, "MULTIPLE")


def test_a_count_of_months_before_this_year(extract_text):
    q = quantities(extract_text, "Exports rose in the first eight months this year.")
    assert (q["eight months"].value, q["eight months"].label) == (8, "DURATION")


def test_a_hyphenated_measure_broken_after_its_hyphen(extract_text):
    q = quantities(extract_text, "The envoy began a three- day tour and a 60- kilometer trek.")
    assert (q["three- day"].value, q["three- day"].unit, q["three- day"].label) == (3, "days", "DURATION")
    assert (q["60- kilometer"].value, q["60- kilometer"].unit) == (60, "kilometers")


def test_a_lower_case_march_is_no_month(extract_text):
    _, claims = extract_text("Thousands joined the march in the capital.", published="2021-05-04")
    assert not any(c.kind.value == "date" for c in claims)


def test_a_currency_code_before_the_amount(extract_text):
    q = quantities(extract_text, "Tickets cost from RMB 40 to RMB 250, and the club raised USD 3 million.")
    assert (q["RMB 40"].value, q["RMB 40"].unit, q["RMB 40"].label) == (40, "CNY", "MONEY")
    assert (q["USD 3 million"].value, q["USD 3 million"].unit) == (3e6, "USD")


def test_a_currency_code_after_the_amount(extract_text):
    q = quantities(extract_text, "Diesel rose to 3.92 USD a gallon, and the fund holds 5 million EUR in bonds.")
    assert (q["3.92 USD"].value, q["3.92 USD"].unit, q["3.92 USD"].label) == (3.92, "USD", "MONEY")
    assert (q["5 million EUR"].value, q["5 million EUR"].unit) == (5e6, "EUR")


def test_hyphenated_scale_money_after_a_possessive(extract_text):
    q = quantities(extract_text, "The studio's 90-million-yuan epic opened on Friday.")
    assert (q["90-million-yuan"].value, q["90-million-yuan"].unit) == (9e7, "CNY")


def test_bare_glued_m_follows_the_articles_own_metres(extract_text):
    _, claims = extract_text("Mensah won the 400m in 44.1 seconds.\n\nShe ran the fastest time this year at 400m and "
                             "the club sold 2m tickets.", published="2021-05-04")
    assert [c.value for c in claims if c.text == "400m"] == [400, 400]
    assert [c.value for c in claims if c.text == "2m tickets"] == [2_000_000]


def test_bare_glued_m_stays_millions_without_metres_elsewhere(extract_text):
    q = quantities(extract_text, "The fund raised 40m last year and spent 12m.")
    assert q["40m"].value == 40_000_000


@pytest.mark.parametrize("text, ones", [
    ("The club has three coaches: one for the forwards, and one for the defenders.", 2),
    ("Two soldiers were killed and one was wounded.", 1),
    ("He said one was enough.", 0),
    ("One of the best is gone, and one must go on.", 1),
])
def test_one_as_an_item_of_a_breakdown(extract_text, text, ones):
    _, claims = extract_text(text, published="2021-05-04")
    assert sum(c.kind.value == "quantity" and c.text.lower() == "one" for c in claims) == ones


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Rice at the market cost 40 fen more a kilogram.", "40 fen", 0.4, "CNY"),
    ("A loaf now costs 90 kopecks.", "90 kopecks", 0.9, "RUB"),
])
def test_a_minor_currency_unit_is_money_in_its_major_unit(extract_text, text, surface, value, unit):
    q = quantities(extract_text, text)
    assert (q[surface].value, q[surface].unit, q[surface].label) == (pytest.approx(value), unit, "MONEY")


def test_a_decimal_broken_after_its_point_before_a_percent(extract_text):
    q = quantities(extract_text, "The alliance took 38. 6 percent of the seats, and the opposition the other 61.4 percent.")
    assert q["38. 6 percent"].value == pytest.approx(38.6) and "38" not in q
    _, claims = extract_text("The mayor kept 57. 2 percent of the ballots while her rival had 42.8 percent.", "2021-05-04")
    assert [(c.kind.value, c.text, c.value) for c in claims if "57" in c.text] == [("quantity", "57. 2 percent", 57.2)]
    q = quantities(extract_text, "Turnout fell in 2019. Officials counted 40 percent.")
    assert "40 percent" in q  # a year ending a sentence is no broken decimal


def test_a_verb_left_without_its_auxiliary_is_no_counted_noun(extract_text):
    q = quantities(extract_text, "Of the nine crew, six were rescued, two injured and one lost.")
    assert q["two"].unit is None and "two injured" not in q


def test_a_price_per_unit_abbreviation_and_a_shared_minor_unit(extract_text):
    q = quantities(extract_text, "Tea fetched 2.85 U.S dollars per kilogram (dpk) on Monday after gaining 6 and 9 cents "
                                 "last week. It had closed at 2.70 dpk.")
    assert (q["2.85 U.S dollars"].unit, q["2.85 U.S dollars"].label) == ("USD", "MONEY")
    assert (q["2.70 dpk"].value, q["2.70 dpk"].unit, q["2.70 dpk"].label) == (2.7, "USD", "MONEY")
    assert (q["6"].value, q["6"].unit) == (pytest.approx(0.06), "USD")  # the second number's cents


def test_a_scale_word_after_a_is_one_unit_and_times_before_a_possessive_is_a_multiple(extract_text):
    q = quantities(extract_text, "The winner led by more than a million ballots; the bid is worth about 2.5 times Orvik's "
                                 "yearly sales, and they sold a million-dollar flat.")
    assert (q["a million ballots"].value, q["a million ballots"].attrs.bound) == (1_000_000, "min")
    assert q["2.5 times"].label == "MULTIPLE"
    assert not any(t.startswith("a million-") for t in q)  # a modifier 'a million-dollar' keeps its own reading


def test_zero_compounds_and_a_bracketed_gloss_before_the_counted_noun(extract_text):
    q = quantities(extract_text, "The city bought zero-emission buses at zero-percent interest and ordered six new K9 XR "
                                 "(Extended Reach) trams.")
    assert not any(t.startswith("zero-emission") for t in q)
    assert q["zero-percent"].value == 0 and q["zero-percent"].unit == "percent"
    six = next(c for t, c in q.items() if t.startswith("six"))
    assert six.unit == "trams"


def test_a_number_after_a_relative_partitive_counts(extract_text):
    # 'of whom 70 work': the tagger may read the verb as a singular noun; the number is a count, no model name
    _, claims = extract_text("The firm employs 120 people, of whom 70 work in Lyon and the other 50 in Paris.")
    values = [c.value for c in claims if c.kind.value == "quantity"]
    assert 70 in values
    part = next(c for c in claims if c.kind.value == "quantity" and c.value == 70)
    assert part.attrs.part_of == next(c.id for c in claims if c.kind.value == "quantity" and c.value == 120)


def test_guilders_and_marks_are_money(extract_text):
    # a change told in guilders is one of money (a percent change across sentences reads money figures)
    _, claims = extract_text("Net income rose to 235 million guilders from 144 million guilders; the bank lent 12 million marks.")
    money = [(c.value, c.unit, c.label) for c in claims if c.kind.value == "quantity"]
    assert money == [(235e6, "NLG", "MONEY"), (144e6, "NLG", "MONEY"), (12e6, "DEM", "MONEY")]


def test_a_scale_abbreviation_apart_from_the_digits_or_before_a_full_stop(extract_text):
    q = quantities(extract_text, "The Varnholt deal is worth US$ 7.2 bn, the levy 4 mn dollars and the bond 20 bln rubles.")
    assert (q["US$ 7.2 bn"].value, q["US$ 7.2 bn"].unit) == (7_200_000_000, "USD")
    assert (q["4 mn dollars"].value, q["20 bln rubles"].value) == (4_000_000, 20_000_000_000)
    q = quantities(extract_text, "Tarvik Port posted sales of $300m. Rivals did worse.")
    assert (q["$300m"].value, q["$300m"].unit) == (300_000_000, "USD")
    assert q["$300m"].attrs.verb == "posted"  # the full stop ends the sentence: 'Rivals' is not what it counts
    q = quantities(extract_text, "Okafor won the 400m. Then she rested.")
    assert (q["400m"].value, q["400m"].unit) == (400, "m")  # no currency, a race: metres


@pytest.mark.parametrize("sentence, text, value", [
    ("The Tessaly freighter sailed for three-and-a-half years.", "three-and-a-half years", 3.5),
    ("The Pell yard won a two-and-a-half-year contract.", "two-and-a-half-year", 2.5),
    ("The Orvo bell weighed six-and-a-half tons.", "six-and-a-half tons", 6.5),
])
def test_a_number_and_a_half_written_in_one_hyphenated_word(extract_text, sentence, text, value):
    _, claims = extract_text(sentence)
    assert [(c.text, c.value) for c in claims if c.kind.value == "quantity"] == [(text, value)]


def test_indian_scale_words_and_a_range_that_repeats_its_currency_sign(extract_text):
    q = quantities(extract_text, "The Varn dam cost Rs 500 crore, and 2.5 lakh farmers use it.")
    assert (q["Rs 500 crore"].value, q["Rs 500 crore"].unit) == (5_000_000_000, "INR")
    assert q["2.5 lakh farmers"].value == 250_000
    q = quantities(extract_text, "Tarvik Port expects sales of $1.2bn-$1.5bn next year.")
    assert (q["$1.2bn"].value, q["$1.2bn"].attrs.range, q["$1.5bn"].value) == (1_200_000_000, "to", 1_500_000_000)


def test_a_change_verb_before_two_figures_of_one_unit_reads_an_amount_and_a_level(extract_text):
    q = quantities(extract_text, "Velder gold rose $12.50 to $1,210 an ounce on Monday.")
    assert (q["$12.50"].attrs.role, q["$1,210"].attrs.role) == ("by", "to") and not q["$12.50"].attrs.range
    q = quantities(extract_text, "Varn fares rose 2 to 3 percent.")  # the first end has no unit of its own: a range
    assert q["2"].attrs.range == "to" and q["2"].attrs.high == 3


def test_a_collective_noun_after_a_number_is_a_count_not_a_model_name(extract_text):
    q = quantities(extract_text, "The Varn mill has 300 staff, and the army sent 40 personnel after 500 cattle died.")
    assert (q["300 staff"].value, q["40 personnel"].value, q["500 cattle"].value) == (300, 40, 500)
    assert "737" not in " ".join(quantities(extract_text, "The Velder 737 airliner landed in Tarvik.").keys())


@pytest.mark.parametrize("text, surface, value", [
    ("Costs were halved from 80 to 40 million euros.", "80", 80_000_000),
    ("Profit fell from 12 to 9.5 million dollars.", "12", 12_000_000),
    ("Profit rose from 12 to 19.5 million dollars.", "12", 12_000_000),
    ("Shares fell from 30 to 25 dollars.", "30", 30),
    # a start written in full keeps its own value ('fell' against the figures is then for the checks to see)
    ("Membership fell from 800,000 to 2 million.", "800,000", 800_000),
])
def test_the_start_of_a_fall_takes_the_scale_of_its_end(extract_text, text, surface, value):
    _, claims = extract_text(text)
    assert next(c for c in claims if c.text.startswith(surface)).value == value


def test_a_speed_ending_a_sentence_keeps_its_unit(extract_text):
    # the tokenizer keeps the full stop on the 'h' of 'km/h.'; the claim ends before it
    _, claims = extract_text("The old record was a gust of 139 km/h.")
    speed = next(c for c in claims if c.text.startswith("139"))
    assert (speed.text, speed.unit) == ("139 km/h", "km/h")
