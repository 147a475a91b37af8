"""TimeML (TIMEX3) readings of time expressions, through the real pipeline: clock times, parts of the
day, references with no calendar value, repetitions (SET), vague durations, quarters named by
context, seasons; and that ages are not durations. Examples invented for these tests."""

from datetime import date

import pytest

from factlint.extract.dates import resolve

PUB = "2026-03-13"  # a Friday


def _dates(extract_text, text: str) -> dict[str, object]:
    _, claims = extract_text(text, PUB)
    return {c.text: c for c in claims if c.kind.value == "date"}


def test_clock_time_takes_the_day_written_with_it(extract_text):
    got = _dates(extract_text, "The ferry left at 10:35 a.m. on Thursday and docked at noon Saturday.")
    assert got["Thursday"].attrs.timex == "2026-03-12T10:35" and got["Thursday"].attrs.timex_type == "TIME"
    assert got["Thursday"].value == "2026-03-12"  # the date claim keeps its value
    assert got["Saturday"].attrs.timex == "2026-03-07T12:00"


def test_clock_time_with_a_zone_and_a_following_date(extract_text):
    got = _dates(extract_text, "Officials said the vote will be held at 5 p.m. EST, March 20.")
    assert got["March 20"].attrs.timex == "2026-03-20T17:00" and got["March 20"].attrs.timex_type == "TIME"
    assert got["March 20"].value == "2026-03-20"


def test_clock_time_in_a_named_zone_and_its_day_are_one_time(extract_text):
    got = _dates(extract_text, "The quake struck at 3:15 p.m. local time Tuesday. The polls open at 7 a.m. "
                               "Eastern time on Monday.")
    assert got["Tuesday"].attrs.timex == "2026-03-10T15:15" and got["Tuesday"].value == "2026-03-10"
    assert got["Monday"].attrs.timex == "2026-03-16T07:00"  # the coming Monday, the clock on the same day
    assert not any("p.m." in t or "a.m." in t for t in got)  # no second claim for the clock alone


def test_clock_time_with_a_zone_the_model_left_between_it_and_its_day(extract_text):
    got = _dates(extract_text, "The Orsk hearing begins at 10 a.m. PT Monday.")
    assert got["Monday"].attrs.timex == "2026-03-16T10:00" and got["Monday"].attrs.timex_type == "TIME"
    assert not any("a.m." in t for t in got)


def test_the_night_of_a_date_tagged_as_one_time_keeps_the_date(extract_text):
    got = _dates(extract_text, "The Tolsk dam burst on the night of March 5.")
    assert got["March 5"].value == "2026-03-05" and got["March 5"].attrs.timex_type is None


def test_clock_time_alone_is_kept_out_of_the_checks(extract_text):
    got = _dates(extract_text, "The fire started at about 4:20 a.m., officials said.")
    clock = next(c for t, c in got.items() if "4:20" in t)
    assert clock.attrs.timex == "2026-03-13T04:20" and clock.value is None  # a clock time is no date the checks compare


def test_parts_of_the_day(extract_text):
    got = _dates(extract_text, "The storm hit last night, and the roads reopened this morning.")
    assert got["last night"].attrs.timex == "2026-03-12TNI"
    assert got["this morning"].value == "2026-03-13" and got["this morning"].attrs.timex == "2026-03-13TMO"


def test_weekday_and_part_of_day(extract_text):
    got = _dates(extract_text, "Police said the attack happened Saturday night.")
    assert got["Saturday night"].attrs.timex == "2026-03-07TNI"


def test_quarter_named_by_context(extract_text):
    got = _dates(extract_text, "Profit in the third quarter rose to $40 million from $35 million a year ago. "
                               "Revenue in the quarter fell.")
    assert got["a year ago"].attrs.timex == "2024-Q3"  # the same quarter a year before
    assert got["a year ago"].value == "2025"  # the value the text alone gives is kept
    assert got["the quarter"].attrs.timex == "2025-Q3" and got["the quarter"].value is None


def test_a_quarter_still_ahead_is_not_the_quarter_being_told(extract_text):
    got = _dates(extract_text, "The mill reported a loss in the fourth quarter. It warned that a strike will mean a loss "
                               "in the second quarter. Sales rose 4 percent from a year ago.")
    assert got["the second quarter"].value == "2026-Q2"  # still named, with its own value
    assert got["a year ago"].attrs.timex == "2024-Q4"  # the reported quarter a year back, not the forecast one


def test_naming_the_quarter_again_keeps_it_in_scope(extract_text):
    got = _dates(extract_text, "Profit at the mill in the third quarter rose to $40 million. The mill makes paper. "
                               "It employs 300 people. Its owner lives in Leeds. Its new press opened in 2019. "
                               "Revenue in the quarter fell. Costs rose to $9 million from $8 million a year earlier.")
    assert got["a year earlier"].attrs.timex == "2024-Q3" and got["a year earlier"].value == "2025"


def test_last_year_set_against_a_quarter_is_that_quarter_a_year_back(extract_text):
    got = _dates(extract_text, "Profit in the third quarter rose to $40 million, compared with $35 million last year. "
                               "Last year the mill also closed a shed.")
    assert got["last year"].attrs.timex == "2024-Q3" and got["last year"].value == "2025"
    assert got["Last year"].attrs.timex is None and got["Last year"].value == "2025"  # no figure compared: the year


def test_references_sets_and_vague_durations(extract_text):
    got = _dates(extract_text, "The current slump and recent sales worried analysts in recent years, "
                               "and the plant will close in the near future.")
    assert got["current"].attrs.timex == "PRESENT_REF"
    assert got["recent"].attrs.timex == "PAST_REF"
    assert got["the near future"].attrs.timex == "FUTURE_REF"
    assert all(c.value is None for c in got.values())
    got = _dates(extract_text, "The paper has printed daily for years, and the board meets every month.")
    assert got["every month"].attrs.timex == "P1M" and got["every month"].attrs.timex_type == "SET"


def test_a_focusing_adverb_is_left_out_of_the_date(extract_text):
    got = _dates(extract_text, "And just last month, a second bridge closed for repairs.")
    assert got["last month"].value == "2026-02" and "just last month" not in got


def test_a_day_counted_from_a_date_the_model_tagged_apart(extract_text):
    # the model tags 'The day' and "last Friday's" as two entities here; they are one date
    got = _dates(extract_text, "It was calm. The day before last Friday's match, the coach rested two players.")
    assert got["The day before last Friday"].value == "2026-03-05" and "last Friday" not in got


def test_a_vague_length_written_as_an_adjective(extract_text):
    got = _dates(extract_text, "She followed a several-year stint as editor of the weekly.")
    assert got["several-year"].attrs.timex == "PXY" and got["several-year"].attrs.timex_type == "DURATION"
    assert got["several-year"].value is None


def test_year_end_is_the_end_of_this_year_or_of_the_last_one(extract_text):
    got = _dates(extract_text, "The Kessel mill plans to cut 600 jobs by year end.")
    assert got["year end"].value == "2026" and got["year end"].attrs.modifier == "end"
    got = _dates(extract_text, "The index of mill shares has risen 4% since year-end.")
    assert got["year-end"].value == "2025"  # counted since: the last one over


def test_the_next_year_in_a_past_story_counts_from_the_year_it_tells(extract_text):
    got = _dates(extract_text, "In 2011 the Kessel mill was sold. The next year, its new owner doubled the staff.")
    assert got["The next year"].attrs.timex == "2012" and got["The next year"].value is None  # as 'the following year'


def test_that_season_is_the_season_of_the_year_last_named(extract_text):
    got = _dates(extract_text, "The Kessel mill opened in 2009. That summer, its workers struck.")
    assert got["That summer"].attrs.timex == "2009-SU" and got["That summer"].value is None


def test_the_year_before_counts_from_the_year_its_sentence_named(extract_text):
    got = _dates(extract_text, "Revenue at the Kessel mill fell to $3 million in 2023, down from $4 million the year before.")
    assert got["the year before"].value == "2022"  # not the year before publication (2025)
    got = _dates(extract_text, "The Kessel mill sold more paper than in the previous year.")
    assert got["the previous year"].value == "2025"  # no year named in the sentence: counted from publication


def test_soon_is_a_future_reference_only_in_a_clause_about_what_is_ahead(extract_text):
    _, claims = extract_text("The ferry line will soon add a route, and the owners expect fares to soon fall.", PUB)
    ahead = [c for c in claims if c.kind.value == "date" and c.text == "soon"]
    assert len(ahead) == 2 and all(c.attrs.timex == "FUTURE_REF" and c.value is None for c in ahead)
    _, claims = extract_text("The driver was soon freed, and the road reopened as soon as the crane left.", PUB)
    assert not [c for c in claims if c.kind.value == "date" and c.text == "soon"]  # a narrative, and 'as soon as'


def test_period_ended_and_dates_counted_from_the_last_one(extract_text):
    got = _dates(extract_text, "Profit for the fiscal year ended June 30, 2025, rose. The plant opened on May 4, 2019. "
                               "The following month it closed, and later that year it reopened.")
    assert got["June 30, 2025"].value == "2025-06-30"
    assert got["the fiscal year"].attrs.timex == "P1Y" and got["the fiscal year"].attrs.timex_type == "DURATION"
    assert got["The following month"].attrs.timex == "2019-06" and got["The following month"].value is None
    assert got["later that year"].attrs.timex == "2019"


def test_age_is_not_a_duration(extract_text):
    _, claims = extract_text("The 6-month-old puppy was found by a 12-year-old boy.", PUB)
    ages = {c.text: c for c in claims if c.kind.value == "quantity"}
    assert ages["6-month-old"].label == "AGE" and ages["6-month-old"].unit == "months"
    assert ages["12-year-old"].label == "AGE" and ages["12-year-old"].attrs.age


@pytest.mark.parametrize("text, tense, value", [
    ("last fall", "past", "2025-FA"),
    ("this summer", "future", "2026-SU"),
    ("next spring", "future", "2027-SP"),  # published in April (below): this spring has begun
    ("the early summer", "past", "2025-SU"),  # a past summer that has not come yet this year
    ("last winter", "past", "2026-WI"),  # just over in March; a winter is named by the year of its January
    ("nineteen ninety-seven", "past", "1997"),
    ("the winter of nineteen ninety-four", "past", "1994-WI"),
    ("fiscal 2024", "past", "2024"),
    ("the 2024 second quarter", "past", "2024-Q2"),
    ("this September", "past", "2026-09"),
    ("last May", "past", "2025-05"),
    ("early next year", "future", "2027"),
    ("late yesterday", "past", "2026-03-12"),
    ("the current fiscal year", "present", "2026"),
    ("October", "present", "2025-10"),  # no tense to go by: the nearer October
    ("Oct. 20", "present", "2025-10-20"),
    ("May", "present", "2026-05"),
])
def test_resolve_relative_forms(text, tense, value):
    pub = date(2026, 3, 13) if text != "next spring" else date(2026, 4, 20)
    assert resolve(text, pub, tense).value == value


@pytest.mark.parametrize("sentence, text, n, unit", [
    ("The permit is valid for up to 90 days.", "up to 90 days", 90, "days"),
    ("Appeals must be filed within no more than thirty days.", "no more than thirty days", 30, "days"),
    ("The bridge took a couple of years to build.", "a couple of years", 2, "years"),
    ("Shares fell for six trading days.", "six trading days", 6, "days"),
])
def test_duration_forms(extract_text, sentence, text, n, unit):
    _, claims = extract_text(sentence, PUB)
    found = [c for c in claims if c.kind.value == "quantity" and c.label == "DURATION" and text in c.text]
    assert found and (found[0].value, found[0].unit) == (n, unit)


def test_date_something_falls_due_on_is_ahead_in_a_past_clause(extract_text):
    got = _dates(extract_text, "The board declared a dividend of ten cents, payable March 30 to holders of record March 20.")
    assert got["March 30"].value == "2026-03-30" and got["March 20"].value == "2026-03-20"


def test_a_year_earlier_in_a_comparison_counts_from_publication(extract_text):
    got = _dates(extract_text, "The mill opened in 2019. Output rose to 40 tonnes from 30 tonnes a year earlier.")
    assert got["a year earlier"].value == "2025"
    assert got["a year earlier"].attrs.anchor is None and not got["a year earlier"].attrs.anchored_to_publication
    got = _dates(extract_text, "The mill opened in 2019; a year earlier the site was sold.")
    assert got["a year earlier"].value == "2018"  # narrative: from the date before


def test_quarter_of_another_year_and_the_full_year(extract_text):
    got = _dates(extract_text, "Profit in the third quarter rose from the 2024 quarter. For the full year, sales fell.")
    assert got["the 2024 quarter"].attrs.timex == "2024-Q3"
    assert got["the full year"].attrs.timex == "2026" and got["the full year"].value is None


def test_years_outside_entities_after_a_preposition_of_time(extract_text):
    _, claims = extract_text("The dig continued nine years from 1996 to 2005. The index climbed from 1990 to 2015.", PUB)
    years = {c.text: c.value for c in claims if c.kind.value == "date"}
    assert (years.get("1996"), years.get("2005")) == ("1996", "2005")  # the model tags only the first
    assert "2015" not in years  # on a verb of change 'from 1990 to 2015' may be an index's points


@pytest.mark.parametrize("sentence, text, value", [
    ("The council voted to open the bridge in April.", "April", "2026-04"),  # an infinitive: the April ahead
    ("Officials said a cut in bus fares in May was agreed.", "May", "2026-05"),  # dates a noun, within three months
    ("Officials said a cut in bus fares in November was agreed.", "November", "2025-11"),  # far ahead: the past one
    ("The hospital closed in April.", "April", "2025-04"),  # the past-tense verb the date places decides
])
def test_month_without_its_own_tense_may_lie_just_ahead(extract_text, sentence, text, value):
    assert _dates(extract_text, sentence)[text].value == value


def test_century_is_a_timex_reading_only(extract_text):
    got = _dates(extract_text, "The abbey was rebuilt in the 14th century.")
    c = got["the 14th century"]
    assert (c.value, c.attrs.timex_type, c.attrs.timex) == (None, "DATE", "13")


def test_the_following_month_counts_from_the_last_month_named(extract_text):
    got = _dates(extract_text, "In October, the mill closed. The following month, its owners sold the site.")
    assert got["The following month"].attrs.timex == "2025-11"


def test_previous_weekday_and_just_n_ago(extract_text):
    assert resolve("the previous Tuesday", date(2026, 3, 13), "past").value == "2026-03-10"
    assert resolve("just a decade ago", date(2026, 3, 13), "past").value == "2016"


def test_dates_the_model_left_untagged(nlp):
    from factlint.extract import temporal

    doc = nlp("Tour operators report no cancellations since the March 2 harbour bombing. Just last month, a guard was hurt. "
              "``Today, we have our answer,'' the mayor said.")
    doc.ents = []  # as the model sometimes leaves them (or tags a date inside an event's name)
    timeline = temporal.Timeline(date.fromisoformat(PUB))
    got = {doc.text[c["start"]:c["end"]]: c["value"] for s in doc.sents for c in temporal.claims(s, 0, timeline, {}, [])
           if c["kind"].value == "date"}
    assert got == {"March 2": "2026-03-02", "last month": "2026-02", "Today": PUB}


def test_length_before_later_is_the_timex_of_a_relative_date(extract_text):
    got = _dates(extract_text, "The plant shut on March 2. Four days later, it reopened. A few weeks later, it shut again.")
    assert (got["Four days later"].value, got["Four days later"].attrs.timex) == ("2026-03-06", "P4D")
    assert (got["A few weeks later"].value, got["A few weeks later"].attrs.timex) == (None, "PXW")


def test_this_before_a_unit_the_model_tagged_alone(extract_text):
    got = _dates(extract_text, "Voters will pick a mayor in this year's election.")
    assert any(t.lower() == "this year" and c.value == "2026" for t, c in got.items())


def test_weekday_on_a_noun_in_reported_speech_is_the_past_one(extract_text):
    got = _dates(extract_text, "Her lawyers said they would try to overturn Tuesday's verdict. Officials will review Wednesday's vote.")
    assert got["Tuesday"].value == "2026-03-10"  # 'would' in reported speech: the verdict is behind
    assert got["Wednesday"].value == "2026-03-18"  # 'will': the vote is ahead


def test_a_year_range_written_short_is_two_years(extract_text):
    got = _dates(extract_text, "The canal was dug in 1911-14 and the lock rebuilt in 1998-02.")
    assert (got["1911"].value, got["14"].value) == ("1911", "1914")
    assert got["1911"].attrs.range_role == "start" and got["14"].attrs.range_role == "end"
    assert got["02"].value == "2002"


def test_a_range_of_days_in_one_month(extract_text):
    got = _dates(extract_text, "The fair ran from Feb. 9 to 12 in the old market.")
    assert (got["Feb. 9"].value, got["12"].value) == ("2026-02-09", "2026-02-12")


def test_last_weekend(extract_text):
    got = _dates(extract_text, "The clubs met last weekend to settle the dispute.")
    assert got["last weekend"].value == "2026-W10-WE"


def test_a_decade_has_its_timeml_value(extract_text):
    got = _dates(extract_text, "The mill thrived in the 1970s.")
    assert got["the 1970s"].value == "197X" and got["the 1970s"].attrs.timex == "197"


@pytest.mark.parametrize("sentence, text, value, timex", [
    ("The Orsk mill thrived in the '70s.", "the '70s", "197X", "197"),
    ("The Orsk mill thrived in the late 70s.", "the late 70s", "197X", "197"),
    ("The Orsk mill thrived in the 1970's.", "1970's", "197X", "197"),
    ("The Orsk mill dates from the 1800s.", "the 1800s", "18XX", "18"),  # the century, as 'the 19th century'
])
def test_a_decade_written_short_or_with_its_ending_apart_and_the_hundreds_of_a_century(extract_text, sentence, text, value, timex):
    got = _dates(extract_text, sentence)
    assert got[text].value == value and got[text].attrs.timex == timex and got[text].attrs.timex_type == "DATE"


def test_a_number_of_tens_with_no_article_is_no_decade(extract_text):
    assert not _dates(extract_text, "Ms. Ilve, in her 70s, still runs the Orsk mill.")


@pytest.mark.parametrize("sentence, text, value", [
    ("The Dorn lake froze in the winter of last year.", "the winter of last year", "2025-WI"),
    ("The Tolsk bridge will open in the spring of next year.", "the spring of next year", "2027-SP"),
    ("The Kessel mine will close by the end of the decade.", "the end of the decade", "202X"),
])
def test_a_season_of_a_year_named_from_publication_and_the_decade_under_way(extract_text, sentence, text, value):
    got = _dates(extract_text, sentence)
    assert got[text].value == value


@pytest.mark.parametrize("sentence, first, second", [
    ("Rebels held the Varne pass from March to May.", "2025-03", "2025-05"),  # (in March) May is not yet over
    ("Rebels will hold the Varne pass from February to April.", "2027-02", "2027-04"),
    ("Rebels held the Varne pass from November to February.", "2025-11", "2026-02"),
])
def test_a_range_of_months_without_a_year_runs_forward(extract_text, sentence, first, second):
    _, claims = extract_text(sentence, PUB)
    got = [c.value for c in claims if c.kind.value == "date"]
    assert got == [first, second]


@pytest.mark.parametrize("sentence, timex_type, timex", [
    ("The Orsk bonds will be repaid in five years.", "DATE", "2031"),
    ("The Tolsk vote will be held in two weeks.", "DATE", "2026-W13"),
    ("The Kessel plant will reopen in three months.", "DATE", "2026-06"),
    ("The Dorn bridge was finished in two weeks.", "DURATION", "P2W"),  # how long it took
    ("It was the first rise at Selva in five years.", "DURATION", "P5Y"),
])
def test_in_a_length_ahead_is_a_date_counted_from_publication(extract_text, sentence, timex_type, timex):
    _, claims = extract_text(sentence, PUB)
    length = next(c for c in claims if c.kind.value == "quantity")
    assert length.label == "DURATION" and (length.attrs.timex_type, length.attrs.timex) == (timex_type, timex)


@pytest.mark.parametrize("sentence, text, value", [
    ("Three years from now, the Orsk line will carry freight.", "Three years from now", "2029"),
    ("The Tolsk plant will open 10 days from now.", "10 days from now", "2026-03-23"),
])
def test_a_length_from_now_is_a_date_counted_from_publication(extract_text, sentence, text, value):
    assert _dates(extract_text, sentence)[text].value == value


def test_at_present_is_the_present(extract_text):
    got = _dates(extract_text, "The Kessel mine is at present closed.")
    assert got["at present"].attrs.timex == "PRESENT_REF" and got["at present"].value is None


def test_a_future_auxiliary_the_parser_hangs_on_another_auxiliary_still_makes_the_clause_future(extract_text):
    # 'will' under 'be', not under 'closed': the Monday is still the coming one
    _, claims = extract_text("Markets will be closed Monday for a holiday.", "2026-03-13")  # a Friday
    assert next(c for c in claims if c.text == "Monday").value == "2026-03-16"


def test_a_day_a_clause_does_not_date_by_its_own_verb_is_the_nearer_one(extract_text):
    _, claims = extract_text("Officials said they did not intend to close the border on Saturday.", "2026-03-12")  # a Thursday
    assert next(c for c in claims if c.text == "Saturday").value == "2026-03-14"


def test_a_clock_time_with_its_zone_in_brackets_before_the_day(extract_text):
    got = _dates(extract_text, "The quake struck at 9:10 a.m. (0110 GMT) Wednesday, officials said.")
    clock = next(c for t, c in got.items() if "9:10" in t)
    assert clock.attrs.timex == "2026-03-11T09:10"
    assert not any("0110" in t for t in got)


def test_an_ordinal_week_of_a_month_is_no_length_of_time(extract_text):
    _, claims = extract_text("The summit opens in the third week of this month.", PUB)
    assert not any(c.kind.value == "quantity" for c in claims)


def test_days_and_parts_of_days_counted_back_from_the_last_date(extract_text):
    got = _dates(extract_text, "The ferry sank on May 3. Divers reached it that same day. The next morning the "
                               "search ended. That night the crew flew home, and the inquiry opened the next day.")
    assert got["that same day"].attrs.timex == "2025-05-03" and got["that same day"].value is None
    assert got["The next morning"].attrs.timex == "2025-05-04TMO" and got["The next morning"].attrs.timex_type == "TIME"
    assert got["That night"].attrs.timex == "2025-05-03TNI"
    assert got["the next day"].attrs.timex == "2025-05-04"


def test_a_part_of_the_day_named_after_its_day(extract_text):
    got = _dates(extract_text, "Traders sold on Thursday. Prices recovered in the afternoon.")
    assert got["the afternoon"].attrs.timex == "2026-03-12TAF"
    got = _dates(extract_text, "The roof fell on Thursday. Records of the night the roof fell were lost.")
    assert "the night" not in got  # a night named by its own clause, not the last date


def test_later_in_the_day_and_earlier_in_the_year(extract_text):
    got = _dates(extract_text, "The envoy landed on Tuesday. He met the mayor later in the day.")
    assert got["later in the day"].attrs.timex == "2026-03-10"
    got = _dates(extract_text, "Harvests were delayed earlier in the year by floods.")
    assert got["earlier in the year"].attrs.timex == "2026"


def test_daily_frequencies_the_future_and_this_century(extract_text):
    got = _dates(extract_text, "The ferry runs hourly and the council publishes a daily bulletin.")
    assert got["hourly"].attrs.timex == "PT1H" and got["hourly"].attrs.timex_type == "SET"
    assert got["daily"].attrs.timex == "P1D" and got["daily"].attrs.timex_type == "SET"
    assert "quarterly" not in _dates(extract_text, "The mill pays a quarterly dividend.")  # a kind of payment
    got = _dates(extract_text, "Floods will be worse in the future, the worst this century.")
    assert got["the future"].attrs.timex == "FUTURE_REF" and got["the future"].value is None
    assert got["this century"].attrs.timex == "P100Y" and got["this century"].attrs.timex_type == "DURATION"
    assert "the future" not in _dates(extract_text, "That matters to the future of the town.")  # a town's future


def test_month_with_a_modifier_and_a_count_before_a_date(extract_text):
    got = _dates(extract_text, "The dam was closed late last July.")
    assert got["late last July"].value == "2025-07" and got["late last July"].attrs.modifier == "late"
    got = _dates(extract_text, "The firm runs 13 plants, up from seven a year ago.")
    assert got["a year ago"].value == "2025"


def test_a_clock_time_in_local_time_takes_the_day_after_the_zone(extract_text):
    got = _dates(extract_text, "The quake struck at 10:35 a.m. local time (0235 GMT) on Tuesday.")
    clock = next(c for t, c in got.items() if "10:35" in t)
    assert clock.attrs.timex == "2026-03-10T10:35"


def test_quarter_adjectives_the_model_left_untagged_and_model_numbers(extract_text):
    got = _dates(extract_text, "The mill reported income for the fiscal second-quarter of $8 million.")
    assert got["fiscal second-quarter"].value == "2025-Q2"  # a past report of a quarter not yet begun: last year's
    got = _dates(extract_text, "The flood will mean a fourth-quarter charge.")
    assert next(c for t, c in got.items() if "fourth-quarter" in t).value == "2026-Q4"
    assert not _dates(extract_text, "Its 80486 chip had a flaw.")  # a model number is no date


def test_every_weekday_is_a_repetition_not_a_date(extract_text):
    got = _dates(extract_text, "The board meets every Tuesday, and the shop closes on Sundays.")
    assert got["every Tuesday"].attrs.timex == "XXXX-WXX-2" and got["every Tuesday"].attrs.timex_type == "SET"
    assert got["every Tuesday"].value is None
    assert got["Sundays"].attrs.timex == "XXXX-WXX-7"


def test_half_of_a_year_named_by_reference(extract_text):
    got = _dates(extract_text, "Output fell in the first half of the year and will recover in the second half of this year.")
    assert got["the first half of the year"].value == "2026" and got["the first half of the year"].attrs.timex == "2026-H1"
    assert got["the second half of this year"].attrs.timex == "2026-H2"


def test_a_weekday_between_a_reporting_verb_and_its_clause(extract_text):
    got = _dates(extract_text, "The mill said on Tuesday it would shed 300 jobs.")
    assert got["Tuesday"].value == "2026-03-10"  # the saying is dated, not the shedding
    got = _dates(extract_text, "The mayor said that on Tuesday the ferry will sail again.")
    assert got["Tuesday"].value == "2026-03-17"  # inside the reported clause: ahead


def test_the_past_unit_is_a_length_and_decades_are_written_in_years(extract_text):
    got = _dates(extract_text, "Rents have climbed over the past year and doubled over the past decade.")
    assert got["the past year"].attrs.timex == "P1Y" and got["the past year"].attrs.timex_type == "DURATION"
    assert got["the past decade"].attrs.timex == "P10Y" and got["the past decade"].value is None
    assert "the last year" not in _dates(extract_text, "It was the last year of his term.")
    got = _dates(extract_text, "The canal opened in 1990 and closed a decade later.")
    assert got["a decade later"].attrs.timex == "P10Y" and got["a decade later"].value == "2000"


def test_clock_times_in_military_notation_and_short_zones(extract_text):
    got = _dates(extract_text, "The ship docked at 0600 GMT on Tuesday.")
    assert got["0600 GMT"].attrs.timex == "2026-03-10T06:00" and got["0600 GMT"].value is None
    got = _dates(extract_text, "The ship docked at 9:15 a.m. (0615 GMT) on Tuesday.")
    assert not any("0615" in t for t in got)  # the same time restated in another zone
    got = _dates(extract_text, "Bids were due by 5 p.m. ET on Monday.")
    assert got["Monday"].attrs.timex == "2026-03-09T17:00"


def test_previous_weekday_counts_back_from_the_day_being_told(extract_text):
    # PUB is a Friday; the story tells of Tuesday, so 'the previous Wednesday' is the one before that
    got = _dates(extract_text, "The ferry line cut fares on Tuesday. Bookings were up 8% from the previous Wednesday.")
    assert got["Tuesday"].value == "2026-03-10"
    assert got["the previous Wednesday"].value == "2026-03-04" and got["the previous Wednesday"].attrs.anchor == "2026-03-10"
    # with no day told before it, it counts from publication as 'last Wednesday' does
    assert _dates(extract_text, "Bookings were up 8% from the previous Wednesday.")["the previous Wednesday"].value == "2026-03-11"


def test_this_past_month_is_the_last_one(extract_text):
    assert resolve("this past November", date(2026, 3, 13), "past").value == "2025-11"
    assert resolve("this past February", date(2026, 3, 13), "past").value == "2026-02"


def test_a_day_something_was_put_off_until_lies_ahead(extract_text):
    got = _dates(extract_text, "The tribunal adjourned the appeal until Tuesday, and the council delayed its vote until May.")
    assert got["Tuesday"].value == "2026-03-17" and got["Tuesday"].attrs.bound == "before"
    assert got["May"].value == "2026-05"
    # a past state that lasted until a day is over by then
    assert _dates(extract_text, "The blockade lasted until Tuesday.")["Tuesday"].value == "2026-03-10"


def test_a_plan_in_the_past_perfect_and_a_record_set_on_a_day_are_past(extract_text):
    got = _dates(extract_text, "The bid had been scheduled to lapse on Monday.")
    assert got["Monday"].value == "2026-03-09"
    got = _dates(extract_text, "The index ended within 40 points of the peak set on Nov. 2.")
    assert got["Nov. 2"].value == "2025-11-02"
    assert _dates(extract_text, "The ballot is set for Nov. 2.")["Nov. 2"].value == "2026-11-02"


def test_a_weekday_dating_a_present_tense_event_is_the_coming_one(extract_text):
    assert _dates(extract_text, "The appeals court rules on Tuesday.")["Tuesday"].value == "2026-03-17"
    assert _dates(extract_text, "Police say the driver fled on Tuesday.")["Tuesday"].value == "2026-03-10"


def test_years_tagged_one_by_one_are_still_a_range(extract_text):
    got = _dates(extract_text, "The airline will take four new jets from 2027 to 2029, and the yard closed between 1990 and 1994.")
    assert [(got[y].attrs.range_role, got[y].attrs.bound) for y in ("2027", "2029", "1990", "1994")] == \
        [("start", None), ("end", None), ("start", None), ("end", None)]
    # in a later sentence of a later paragraph: offsets are the article's, the words read are the sentence's
    got = _dates(extract_text, "The yard reopened.\n\nIt was busy. The airline will take four new jets from 2027 to 2029.")
    assert (got["2027"].attrs.range_role, got["2029"].attrs.range_role) == ("start", "end")


def test_a_clock_time_before_afternoon_and_years_run_on_into_their_noun(extract_text):
    got = _dates(extract_text, "The fire started at about 4:40 Wednesday afternoon, ending the 1987-88 season early.")
    clock = next(c for t, c in got.items() if "4:40" in t)
    assert clock.attrs.timex == "2026-03-11T16:40"
    assert (got["1987"].value, got["88"].value, got["88"].attrs.range_role) == ("1987", "1988", "end")


def test_a_vague_length_after_a_noun_or_read_as_a_count(extract_text):
    got = _dates(extract_text, "She spoke in an interview several months before the vote. Sales recovered after several quarters of losses.")
    assert got["several months"].attrs.timex == "PXM"
    assert got["several quarters"].attrs.timex == "PXQ"


# session 11 (issue 16): tense of the clause that holds the date, and expressions the model tags oddly

def test_a_quoted_present_clause_keeps_its_own_tense(extract_text):
    got = _dates(extract_text, '"We hope to open the bridge in September," the mayor of Tolvik said.')
    assert got["September"].value == "2026-09"  # the hope is present: this September, not the last one


def test_is_to_before_a_verb_is_an_arrangement_ahead(extract_text):
    got = _dates(extract_text, "The minister is to visit Norland on Tuesday, an aide said.")
    assert got["Tuesday"].value == "2026-03-17"


def test_a_day_or_month_with_a_year_counted_from_publication(extract_text):
    got = _dates(extract_text, "The ferry sank on December 23 last year and was raised in January of this year; "
                               "it sails again in Sept. next year.")
    assert got["December 23 last year"].value == "2025-12-23"
    assert got["January of this year"].value == "2026-01"
    assert got["Sept. next year"].value == "2027-09"


def test_a_decade_written_with_an_apostrophe_and_the_ends_of_a_range_tagged_apart(extract_text):
    got = _dates(extract_text, "Tariffs rose in the late 1980's and fell between March 2004 and May 2005.")
    assert got["the late 1980's"].attrs.timex == "198"
    assert (got["March 2004"].value, got["May 2005"].value) == ("2004-03", "2005-05")


def test_a_range_of_months_is_two_months(extract_text):
    got = _dates(extract_text, "Grain stocks ran low in January-March, the bureau said.")
    assert (got["January"].value, got["March"].value) == ("2026-01", "2026-03")
    assert (got["January"].attrs.range_role, got["March"].attrs.range_role) == ("start", "end")


def test_a_period_up_to_or_ending_in_a_month(extract_text):
    doc, claims = extract_text("The mill said it earned $5 million in the six months to September.", PUB)
    length = next(c for c in claims if c.kind.value == "quantity" and c.label == "DURATION")
    assert (length.text, length.value, length.unit) == ("six months", 6, "months")
    assert next(c for c in claims if c.text == "September").value == "2025-09"
    got = _dates(extract_text, "For the fiscal year ending in March, profit rose 4 percent, the mill said.")
    assert got["the fiscal year"].attrs.timex == "P1Y" and got["March"].value == "2026-03"
    got = _dates(extract_text, "Sales in the quarter ended in June fell, the mill said.")
    assert got["the quarter"].attrs.timex == "2025-Q2" and got["June"].value == "2025-06"


def test_a_weekday_after_a_counted_length_the_model_ran_on_into(extract_text):
    got = _dates(extract_text, "Shelling went on for the third straight day Friday.")
    assert got["Friday"].value == "2026-03-13"


def test_a_range_of_lengths_written_with_a_double_dash(extract_text):
    _, claims = extract_text("The cells would have died after 30 -- 40 days.", PUB)
    lengths = [(c.value, c.unit) for c in claims if c.kind.value == "quantity" and c.label == "DURATION"]
    assert lengths == [(30, "days"), (40, "days")]  # two ends, not a length of 70 days


def test_a_weekday_set_for_something_in_a_past_report_is_the_nearer_one(extract_text):
    _, claims = extract_text("The dockers' union called a strike for Monday.", PUB)  # published on a Friday
    assert next(c for c in claims if c.text == "Monday").value == "2026-03-16"
    _, claims = extract_text("The dockers' union called a strike for Thursday.", PUB)
    assert next(c for c in claims if c.text == "Thursday").value == "2026-03-12"


def test_year_on_year_is_no_date_and_a_year_after_pre_is(extract_text):
    assert _dates(extract_text, "Output rose 4 percent year on year and 2 percent month-on-month.") == {}
    got = _dates(extract_text, "The league hopes to regain its pre-2001 crowds in the post-1990 stadiums.")
    assert got["pre-2001"].value == "2001" and got["post-1990"].value == "1990"


def test_later_in_the_day_after_a_day_of_history_counts_from_publication(extract_text):
    got = _dates(extract_text, "The envoy toured the fort, whose walls fell on May 2, 1971. Later in the day, he met the mayor of Tolvik.")
    assert got["Later in the day"].attrs.timex == "2026-03-13"
    got = _dates(extract_text, "The envoy arrived on Wednesday. Later in the day, he met the mayor of Tolvik.")
    assert got["Later in the day"].attrs.timex == "2026-03-11"


def test_quarters_and_periods_counted_from_a_year_the_words_name(extract_text):
    got = _dates(extract_text, "Profit at the mill fell in the second quarter of last year.")
    assert got["the second quarter of last year"].value == "2025-Q2"
    got = _dates(extract_text, "Sales at the mill rose 5 percent from the same period last year.")
    assert got["the same period last year"].attrs.timex == "2025"
    got = _dates(extract_text, "Profit in the fourth quarter rose 3 percent from the same quarter a year earlier.")
    assert got["the same quarter a year earlier"].attrs.timex == "2024-Q4"  # the quarter just named, a year back
    got = _dates(extract_text, "The budget for the 2024 fiscal year rose.")
    assert got["the 2024 fiscal year"].value == "2024"


def test_centuries_ago_the_last_century_and_years_before_1500(extract_text):
    got = _dates(extract_text, "The fort was built half a century ago, and the chapel a century ago.")
    assert (got["half a century ago"].value, got["a century ago"].value) == ("1976", "1926")
    got = _dates(extract_text, "The chapel was rebuilt in the last century; the abbey was built between 1260 and 1390.")
    assert got["the last century"].attrs.timex == "19" and got["the last century"].value is None
    assert (got["1260"].value, got["1390"].value) == ("1260", "1390")


def test_christmas_eve_and_a_year_run_on_into_its_noun(extract_text):
    got = _dates(extract_text, "Police guarded the chapel on Christmas Eve. The club has an option for the 2027 season.")
    assert _dates(extract_text, "The mall was busy on Christmas Day.")["Christmas Day"].value == "2025-12-25"
    assert got["Christmas Eve"].value == "2025-12-24"
    assert got["2027"].value == "2027"


def test_a_weekday_on_a_noun_in_a_past_report_may_be_just_ahead(extract_text):
    got = _dates(extract_text, "Fans packed the stadium ahead of Sunday's final.")  # published on a Friday
    assert got["Sunday"].value == "2026-03-15"
    got = _dates(extract_text, "Fans packed the stadium after Tuesday's final.")
    assert got["Tuesday"].value == "2026-03-10"


def test_financial_quarters_and_the_first_two_quarters_of_a_year(extract_text):
    got = _dates(extract_text, "In the last financial quarter, sales at the mill rose 22 percent.")
    assert got["the last financial quarter"].value == "2025-Q4"
    got = _dates(extract_text, "During the first quarter of the financial year the mill sold 21 tonnes.")
    assert got["the first quarter of the financial year"].value == "2026-Q1"
    got = _dates(extract_text, "The mill will stay shut for at least the first two quarters of 2027.")
    assert next(c for t, c in got.items() if "2027" in t).value == "2027-H1"


def test_a_day_set_for_or_put_off_to_and_a_state_kept_until_lie_ahead(extract_text):
    got = _dates(extract_text, "Lawmakers voted early Friday, hours before a deadline set for Monday.")
    assert got["Monday"].value == "2026-03-16"
    got = _dates(extract_text, "The central bank said it will keep the mills closed until Tuesday.")
    assert got["Tuesday"].value == "2026-03-17"  # 'closed' is the state 'will keep' places, not a past event
    got = _dates(extract_text, "The hearing has been postponed to April 15.")
    assert got["April 15"].value == "2026-04-15"


def test_a_half_with_no_year_is_a_half_of_the_year_only_in_business_news(extract_text):
    got = _dates(extract_text, "The mill expects to close the deal in the second half.")
    assert got["the second half"].value == "2026-H2"
    got = _dates(extract_text, "The mill lost $4 million in the second half, it said.")
    assert got["the second half"].value == "2025-H2"  # a past half that has not begun this year: last year's
    assert _dates(extract_text, "The striker scored twice in the second half.") == {}


def test_an_entity_that_ran_on_into_the_next_clause_is_cut_there(extract_text):
    got = _dates(extract_text, "The rally began at 2 p.m. and ended four hours later.")
    assert got["2 p.m."].attrs.timex == "2026-03-13T14:00"
    assert got["four hours later"].attrs.timex == "PT4H"
    doc, claims = extract_text("The strike lasted for three months and ended last week.", PUB)
    assert next(c for c in claims if c.text == "last week").value == "2026-W10"
    assert any(c.text == "three months" and c.label == "DURATION" for c in claims)


def test_clock_times_with_a_zone_tonight_and_a_weekday_part_tagged_apart(extract_text):
    got = _dates(extract_text, "The quake struck at 06:15 GMT on Thursday.")
    assert got["06:15 GMT"].attrs.timex == "2026-03-12T06:15"
    got = _dates(extract_text, "Voting ends at 8 p.m. tonight.")
    assert got["8 p.m. tonight"].attrs.timex == "2026-03-13T20:00"
    got = _dates(extract_text, "Early Thursday morning, troops entered the town of Belvik.")
    assert list(got) == ["Early Thursday morning"] and got["Early Thursday morning"].attrs.timex == "2026-03-12TMO"


def test_the_day_before_counts_from_the_day_being_told(extract_text):
    got = _dates(extract_text, "The vote was on March 3. The day before, the mayor of Tolvik resigned.")
    assert got["The day before"].attrs.timex == "2026-03-02"
    assert not any(t.startswith("the day") for t in _dates(extract_text, "The mayor resigned the day after the vote."))


def test_a_weekday_after_the_subject_of_a_reporting_verb_dates_that_verb(extract_text):
    _, claims = extract_text("Trade must grow, said Tolvik mayor Anna Berg Monday.", "2026-03-14")  # a Saturday
    assert next(c for c in claims if c.text == "Monday").value == "2026-03-09"  # the day she said it, not the coming one


def test_ranges_written_short_with_a_year_or_across_decades_and_coordinated_days(extract_text):
    got = _dates(extract_text, "The fair will take place in Tolvik on March 2-7, 2027.")
    assert (got["March 2"].value, got["7"].value) == ("2027-03-02", "2027-03-07")
    got = _dates(extract_text, "The files cover the 1964-85 period; cases rose in the fiscal year of 2004-05.")
    assert (got["1964"].value, got["85"].value) == ("1964", "1985")
    assert (got["2004"].value, got["05"].value) == ("2004", "2005")
    got = _dates(extract_text, "Leaders met on Saturday and Sunday.")
    assert (got["Saturday"].value, got["Sunday"].value) == ("2026-03-07", "2026-03-08")
    got = _dates(extract_text, "The games were held between late November and early December.")
    assert (got["late November"].value, got["early December"].value) == ("2025-11", "2025-12")


def test_months_that_make_a_quarter_and_months_named_by_context(extract_text):
    got = _dates(extract_text, "The economy grew in the July-September period.")
    assert got["the July-September period"].value == "2025-Q3"
    got = _dates(extract_text, "The war began in 1991. In September that year, the port of Belvik fell.")
    assert got["September that year"].attrs.timex == "1991-09"
    assert _dates(extract_text, "Elections are due in January next.")["January next"].value == "2027-01"
    assert _dates(extract_text, "The body will lie in state until early next Tuesday.")["early next Tuesday"].value == "2026-03-17"
    got = _dates(extract_text, "The temple was built about 1,500 years ago.")
    assert got["about 1,500 years ago"].value == "0526"


def test_the_month_after_a_month_named_is_that_month(extract_text):
    got = _dates(extract_text, "Mill output rose 1.6 percent in January, the bureau said. Energy use rose 6.1 percent in the month.")
    assert got["the month"].attrs.timex == "2026-01" and got["the month"].value is None
    got = _dates(extract_text, "Energy use rose 6.1 percent in the month.")
    assert got["the month"].value == "2026-03"  # with no month named, the month of publication


def test_a_date_on_a_to_infinitive_in_a_present_clause_lies_ahead(extract_text):
    got = _dates(extract_text, "The utility is threatening to cut supplies to Norland on Monday.")
    assert got["Monday"].value == "2026-03-16"
    got = _dates(extract_text, "The mill hopes to open the new kiln in February.")
    assert got["February"].value == "2027-02"


def test_a_weekday_after_early_or_late_before_a_name(extract_text):
    got = _dates(extract_text, "Late Saturday Berglund announced that the two sides had agreed to a price.")  # the model tags no date
    assert got["Late Saturday"].value == "2026-03-07"


def test_a_weekday_between_the_subject_and_its_verb_dates_the_verb(extract_text):
    _, claims = extract_text("The assembly on Saturday imposed a ceiling on rents.", "2026-03-13")  # a Friday
    assert next(c for c in claims if c.text == "Saturday").value == "2026-03-07"


@pytest.mark.parametrize("text", [
    "The USS Tern (LPD 12) on Saturday arrived in Karvik, a port city.",
    "The Tern, a navy frigate, on Saturday arrived in Karvik.",
])
def test_a_weekday_after_the_subjects_bracket_or_apposition_dates_its_verb(extract_text, text):
    _, claims = extract_text(text, "2026-03-13")  # a Friday: the day is the one gone by, not the next day
    assert next(c for c in claims if c.text == "Saturday").value == "2026-03-07"


def test_a_clock_time_in_eastern_time_takes_the_day_after_it(extract_text):
    got = _dates(extract_text, "The market reopened at 9:30 a.m. Eastern time on Tuesday.")
    # one time on the day's claim ('East' is no zone: the zone is written in capitals)
    assert got["Tuesday"].attrs.timex == "2026-03-10T09:30" and not any("9:30" in t for t in got)


def test_dates_joined_by_a_range_or_and_share_the_year_the_last_one_writes(extract_text):
    got = _dates(extract_text, "The guards held the Dunmore mill from March 4 to March 9, 1987, the court heard.")
    assert (got["March 4"].value, got["March 9, 1987"].value) == ("1987-03-04", "1987-03-09")
    assert got["March 4"].attrs.year_from == "the date it is joined to"
    got = _dates(extract_text, "The Tolvik strike ran from December 20 to January 5, 1992.")
    assert got["December 20"].value == "1991-12-20"  # a range across the new year: the year before
    got = _dates(extract_text, "Inspectors visited the Harwick plant on October 3 and November 9, 2004.")
    assert got["October 3"].value == "2004-10-03"
    got = _dates(extract_text, "Inspectors visited the Harwick plant on December 3 and January 9, 2004.")
    assert got["December 3"].attrs.year_from != "the date it is joined to"  # across 'and', only the same year is read


@pytest.mark.parametrize("sentence, text, value, timex", [
    ("Ms. Orlov spoke for a minute and a half before the vote.", "a minute and a half", 1.5, "PT1M30S"),
    ("The Pelko ferry crossing lasts an hour and a half.", "an hour and a half", 1.5, "PT1H30M"),
    ("The Varne trial ran for two and a half years.", "two and a half years", 2.5, "P2Y6M"),
    ("The strike at the Tamsin mill lasted a day and a half.", "a day and a half", 1.5, "P1DT12H"),
])
def test_a_fraction_of_a_unit_is_written_in_the_next_smaller_one(extract_text, sentence, text, value, timex):
    _, claims = extract_text(sentence, PUB)
    found = [c for c in claims if c.kind.value == "quantity" and c.label == "DURATION" and c.text.endswith(text)]
    assert found and found[0].value == value and found[0].attrs.timex == timex  # the claim keeps its value


def test_timex_duration_of_fractions():
    from factlint.extract.quantities import timex_duration
    assert timex_duration(0.5, "hours") == "PT30M" and timex_duration(3, "weeks") == "P3W"
    assert timex_duration(1.5, "weeks") == "P1.5W"  # ten and a half days: left as written


def test_a_rate_counted_per_calendar_period_is_a_repetition(extract_text):
    got = _dates(extract_text, "The Kessel mill pays $3 million a year in rent, and its pumps move 40,000 barrels a day.")
    assert got["a year"].attrs.timex == "P1Y" and got["a year"].attrs.timex_type == "SET" and got["a year"].value is None
    assert got["a day"].attrs.timex == "P1D" and got["a day"].attrs.timex_type == "SET"
    got = _dates(extract_text, "Nurses from the Dunmore clinic visit twice a week, and prices rose 4% per year.")
    assert got["twice a week"].attrs.timex == "P1W" and got["twice a week"].attrs.timex_type == "SET"
    assert got["per year"].attrs.timex == "P1Y"
    got = _dates(extract_text, "The Brannock ferry sails three times a month and pays 20 cents per share a quarter.")
    assert got["three times a month"].attrs.timex == "P1M" and got["a quarter"].attrs.timex == "P1Q"
    got = _dates(extract_text, "The Kessel helpline takes hundreds of calls a day, its manager said.")
    assert got["a day"].attrs.timex == "P1D" and got["a day"].attrs.timex_type == "SET"  # a count, 'of', its noun
    assert "a day" not in _dates(extract_text, "One of the pumps a day later failed.")  # no count of the noun: a time


@pytest.mark.parametrize("sentence", [
    "Sales at the Halden store were $5 million a year earlier.",
    "The Orrin team won 3 games a week ago.",
    "A day after the vote in Pellworth, rebels fired on the town.",
    "Mr. Vasko earned $40 a year and a half into the job.",
    "The Corvin pump moves 12 cubic feet per second.",
])
def test_a_length_or_a_date_after_a_figure_is_no_rate(extract_text, sentence):
    _, claims = extract_text(sentence, PUB)
    assert not [c for c in claims if getattr(c.attrs, "timex_type", None) == "SET"]


def test_a_clock_time_before_a_short_month_and_day_is_one_time(extract_text):
    got = _dates(extract_text, "The Halvard tender offer expires at 5 p.m. EST, Apr. 6.")
    assert got["Apr. 6"].attrs.timex == "2026-04-06T17:00" and got["Apr. 6"].attrs.timex_type == "TIME"
    assert got["Apr. 6"].value == "2026-04-06" and "5 p.m. EST" not in got  # one expression, the date claim kept


@pytest.mark.parametrize("text, tense, value", [
    ("the day before last Tuesday", "past", "2026-03-09"),  # last Tuesday: March 10
    ("the day after tomorrow", "future", "2026-03-15"),
    ("two days after March 3", "past", "2026-03-05"),
    ("3 days before March 3", "past", "2026-02-28"),
])
def test_days_counted_from_a_date_named_after_before_or_after(text, tense, value):
    got = resolve(text, date.fromisoformat(PUB), tense)
    assert got.value == value and "weekday" not in got.attrs  # the weekday named is not this date's


def test_a_day_before_an_event_has_no_date_of_its_own(extract_text):
    got = _dates(extract_text, "Ms. Sorel met the Tarvin envoys the day before last Tuesday.")
    assert got["the day before last Tuesday"].value == "2026-03-09"
    assert resolve("the day before the vote", date.fromisoformat(PUB), "past").value is None


def test_that_same_day_after_a_month_is_a_day_of_that_month(extract_text):
    got = _dates(extract_text, "The Ostrava court ruled on March 3. In October 2025 the Pilsk mill collapsed, "
                               "and that same day its chief resigned.")
    assert got["that same day"].attrs.timex == "2025-10-XX" and got["that same day"].value is None
    got = _dates(extract_text, "The Ostrava court ruled on March 3, and that same day its chief resigned.")
    assert got["that same day"].attrs.timex == "2026-03-03"


def test_a_quarter_of_a_year_named_with_a_possessive_is_one_date(extract_text):
    got = _dates(extract_text, "Orders at the Dravik yard fell in last year's fourth quarter and may recover in next year's first quarter.")
    assert got["last year's fourth quarter"].value == "2025-Q4"
    assert got["next year's first quarter"].value == "2027-Q1"
    assert resolve("2024's second half", date.fromisoformat(PUB), "past").value == "2024-H2"


@pytest.mark.parametrize("sentence, someday", [
    ("Ms. Quill hopes to one day run the Fenwick board.", True),
    ("The Selva club will one day win the cup, its coach said.", True),
    ("The Fenwick strike lasted one day.", False),
    ("Pilots at Selva struck for one day.", False),
    ("One day, the Orsk ferry will carry cars too.", True),
    ("They hope they one day go back to the Varne valley.", True),
    ("Mr. Abrel stayed at the Kessel inn for one day to rest.", False),
])
def test_one_day_before_a_verb_it_places_ahead_is_no_length(extract_text, sentence, someday):
    _, claims = extract_text(sentence, PUB)
    found = [c for c in claims if c.text.lower() == "one day"]
    assert len(found) == 1
    if someday:
        assert found[0].kind.value == "date" and found[0].attrs.timex == "FUTURE_REF" and found[0].value is None
    else:
        assert found[0].kind.value == "quantity" and found[0].label == "DURATION"


@pytest.mark.parametrize("sentence, text, timex", [
    ("Ms. Ilve swims in the Dorn lake every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("Guards at the Kessel depot patrol each night.", "each night", "XXXX-XX-XXTNI"),
    ("Floods hit the Varne valley every spring.", "every spring", "XXXX-SP"),
    ("The Tolsk choir sings every other week.", "every other week", "P2W"),
    ("The Brenn board meets every few years.", "every few years", "PXY"),
    ("The Brenn board meets every three months.", "every three months", "P3M"),
])
def test_every_part_of_the_day_season_or_count_of_units_is_a_repetition(extract_text, sentence, text, timex):
    got = _dates(extract_text, sentence)
    assert got[text].attrs.timex == timex and got[text].attrs.timex_type == "SET" and got[text].value is None


@pytest.mark.parametrize("sentence, text, timex", [
    ("The Tolsk rescue took several hours.", "several hours", "PTXH"),
    ("Crews at the Dorn mine cleared the shaft in a few minutes.", "a few minutes", "PTXM"),
])
def test_some_hours_or_minutes_with_no_number_are_a_vague_length(extract_text, sentence, text, timex):
    got = _dates(extract_text, sentence)
    assert got[text].attrs.timex == timex and got[text].attrs.timex_type == "DURATION" and got[text].value is None


@pytest.mark.parametrize("sentence, text, timex", [
    ("The year-long inquiry into the Orsk dam ended.", "year-long", "P1Y"),
    ("The weeklong Tolsk festival ended.", "weeklong", "P1W"),
    ("The decade-long dispute over the Varne pass ended.", "decade-long", "P10Y"),
])
def test_a_unit_long_is_a_length_of_one_unit(extract_text, sentence, text, timex):
    got = _dates(extract_text, sentence)
    assert got[text].attrs.timex == timex and got[text].attrs.timex_type == "DURATION" and got[text].value is None


def test_a_period_of_uncounted_units_before_its_year_is_some_units(extract_text):
    got = _dates(extract_text, "The Dorn mill lost money in the first months of the year.")
    assert got["the first months"].attrs.timex == "PXM" and got["the first months"].attrs.timex_type == "DURATION"


def test_every_with_a_plural_that_does_not_count_is_no_repetition(extract_text):
    _, claims = extract_text("Every second counts for the Selva crews, who every years would be lost.", PUB)
    assert not [c for c in claims if getattr(c.attrs, "timex_type", None) == "SET"]


@pytest.mark.parametrize("sentence, text, timex", [
    ("The Orsk assembly opened at 14:30 local time.", "14:30", "2026-03-13T14:30"),
    ("The Tellin bell rang at 9 o'clock.", "9 o'clock", "2026-03-13T09:00"),
    ("Mr. Abrel will speak again tomorrow morning.", "tomorrow morning", "2026-03-14TMO"),
])
def test_clock_times_in_local_time_and_on_the_hour_and_a_day_with_its_part_left_untagged(extract_text, sentence, text, timex):
    got = _dates(extract_text, sentence)
    assert got[text].attrs.timex == timex and got[text].attrs.timex_type == "TIME"
