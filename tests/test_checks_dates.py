"""The date families (weekdays, chronology, ages) on invented sentences: what each relates, what
it leaves alone, and that no value under test decides the value it is compared with."""

from checks import derive_relations
from factlint.inputs.published import infer
from factlint.pipeline.core import validate
from factlint.records import Document, Status


def findings(extract_text, text, published="2023-11-09"):
    doc, claims = extract_text(text, published)
    relations = derive_relations(doc, claims)
    return [(r, f) for r, f in zip(relations, validate(relations))]


def statuses(extract_text, text, check, published="2023-11-09"):
    return [f.status for r, f in findings(extract_text, text, published) if r.check == check]


def test_a_weekday_that_chose_the_year_is_not_checked_against_it(nlp):
    from factlint.extract.claims import extract_all

    text = "OSLO, March 6 (Wire) - The ferry operator said on Monday it had sold two of its ships in 2022."
    doc = infer(Document(id="d", text=text, source="d.txt"))
    assert doc.published == "2023-03-06" and doc.published_source == "inferred"  # March 6 is a Monday in 2023
    doc, claims = next(extract_all([doc]))
    checks = [r.check for r in derive_relations(doc, claims)]
    assert "weekdays.dateline" not in checks and "weekdays.date" not in checks


def test_a_lead_weekday_is_checked_against_a_dateline_with_its_year(extract_text):
    text = "OSLO, March 6, 2023 (Wire) - The ferry operator said on {day} it had sold two of its ships."
    assert statuses(extract_text, text.format(day="Monday"), "weekdays.dateline", "2023-03-06") == [Status.PASS]
    assert statuses(extract_text, text.format(day="Wednesday"), "weekdays.dateline", "2023-03-06") == [Status.WARN]


def test_a_lead_under_its_dateline_in_a_paragraph_of_its_own_is_still_the_lead(extract_text):
    text = "OSLO, March 6 (Wire) --\n\nThe ferry operator said on {day} it had sold two of its ships."
    assert statuses(extract_text, text.format(day="Monday"), "weekdays.dateline", "2023-03-06") == [Status.PASS]
    assert statuses(extract_text, text.format(day="Wednesday"), "weekdays.dateline", "2023-03-06") == [Status.WARN]


def test_the_lead_weekday_relation_names_the_dateline_date(extract_text):
    text = "OSLO, March 6 (Wire) - The ferry operator said on Monday it had sold two of its ships."
    doc, claims = extract_text(text, "2023-03-06")
    (rel,) = [r for r in derive_relations(doc, claims) if r.check == "weekdays.dateline"]
    assert len(rel.claims) == 2 and rel.spans[0] == (6, 13)  # "March 6" is an operand
    assert "the dateline gives Monday, March 6, 2023" in rel.working


def test_a_future_weekday_in_the_lead_is_not_the_day_of_the_report(extract_text):
    text = "OSLO, March 6 (Wire) - The ferry operator will sell two of its ships on Friday."
    assert statuses(extract_text, text, "weekdays.dateline", "2023-03-06") == []


def test_without_a_dateline_the_first_paragraph_is_checked_against_the_publication_date(extract_text):
    pub = "2023-03-09"  # a Thursday, from metadata
    text = "The ferry operator sold two of its ships on {day}, a spokesman said.\n\nThe new owner will sail them on {later}."
    assert statuses(extract_text, text.format(day="Wednesday", later="Monday"), "weekdays.dateline", pub) == [Status.PASS]
    # five days back in the lead, placed by a past-tense verb: the weekday or the feed's date is off, and
    # which one the text cannot say, so the finding is undecided (skip), not a warning
    assert statuses(extract_text, text.format(day="Saturday", later="Monday"), "weekdays.dateline", pub) == [Status.SKIP]
    # the day after a filing date is another time zone's today; 'last' puts a week back on purpose
    assert statuses(extract_text, text.format(day="Friday", later="Monday"), "weekdays.dateline", pub) == []
    assert statuses(extract_text, text.format(day="last Thursday", later="Monday"), "weekdays.dateline", pub) == []


def test_without_a_dateline_a_weekday_not_placed_by_a_past_verb_only_passes(extract_text):
    pub = "2023-03-09"  # a Thursday
    text = "Shares of the ferry operator slid after {day}'s sale of two ships."
    assert statuses(extract_text, text.format(day="Wednesday"), "weekdays.dateline", pub) == [Status.PASS]
    assert statuses(extract_text, text.format(day="Saturday"), "weekdays.dateline", pub) == []


def _weekday_value(extract_text, text, published):
    doc, claims = extract_text(text, published)
    return [c.value for c in claims if c.kind.value == "date" and c.attrs.weekday]


def test_weekdays_resolve_by_tense(extract_text):
    pub = "2023-11-08"  # a Wednesday
    assert _weekday_value(extract_text, "The ferry sank last Wednesday.", pub) == ["2023-11-01"]
    assert _weekday_value(extract_text, "The ferry sank on Monday.", pub) == ["2023-11-06"]
    assert _weekday_value(extract_text, "The ferry sank late Monday.", pub) == ["2023-11-06"]
    assert _weekday_value(extract_text, "The harbour will reopen on Friday.", pub) == ["2023-11-10"]
    assert _weekday_value(extract_text, "The board will vote on Wednesday.", pub) == ["2023-11-08"]  # that day, not a week on
    assert _weekday_value(extract_text, "Dealers expect a rebound when markets reopen on Tuesday.", pub) == ["2023-11-14"]
    assert _weekday_value(extract_text, "The suspect can be held until Saturday.", pub) == ["2023-11-11"]
    assert _weekday_value(extract_text, "The report, to be released on Friday, names four firms.", pub) == ["2023-11-10"]


def test_a_past_weekday_and_date_just_after_publication_keep_the_publication_year(extract_text):
    # November 10, 2023 is a Friday: two days after publication, the year stays 2023 and the weekday is checked on it
    text = "The ferry sank on {}, November 10."
    assert statuses(extract_text, text.format("Friday"), "weekdays.date", "2023-11-08") == [Status.PASS]
    assert statuses(extract_text, text.format("Thursday"), "weekdays.date", "2023-11-08") == [Status.FAIL]


def test_an_age_against_a_birth_date_given_with_a_place(extract_text):
    text = "Chief Engineer Daniel Okafor has retired at the age of {}. Okafor, born in Lagos on May 4, 1950, ran the yard for decades."
    assert statuses(extract_text, text.format(73), "ages.birth-year", "2023-11-09") == [Status.PASS]
    assert statuses(extract_text, text.format(76), "ages.birth-year", "2023-11-09") == [Status.FAIL]


def test_a_term_is_not_the_interval_between_two_years(extract_text):
    text = "In 2008 the former mayor was jailed for ten years after the 1999 bribery scandal."
    assert statuses(extract_text, text, "chronology.offset") == []


def test_a_month_precise_interval_counts_whole_years(extract_text):
    assert statuses(extract_text, "Work began in November 2019; in March 2023, three years later, the plant opened.",
                    "chronology.offset") in ([Status.PASS], [])
    assert Status.FAIL not in statuses(extract_text, "Work began in November 2019; in March 2023, four years later, the plant opened.",
                                       "chronology.offset")


def test_an_age_set_off_by_commas_against_a_birth_date_elsewhere(extract_text):
    text = ("Marta Kowalczyk was honoured on Friday. Kowalczyk, {}, said she was proud.\n\n"
            "Born in the mountain town of Zakopane on March 3, 1950, Kowalczyk studied in Krakow.")
    assert statuses(extract_text, text.format(73), "ages.birth-year", "2023-11-09") == [Status.PASS]
    assert statuses(extract_text, text.format(79), "ages.birth-year", "2023-11-09") == [Status.FAIL]


def test_an_age_in_months_is_no_age_in_years(extract_text):
    """'a 6-month-old son' is not a person aged 6 against a birth year (a false fail before)."""
    assert statuses(extract_text, "Mara Lind, who was born in 2022, has a 6-month-old son.", "ages.birth-year", "2024-05-01") == []
    assert statuses(extract_text, "Mara Lind, 40, was born in 1990.", "ages.birth-year", "2024-05-01") == [Status.FAIL]


def test_a_lead_weekday_not_placed_by_a_past_verb_never_warns(extract_text):
    text = ("OSLO, March 6 (Wire) - Flags flew over the harbour on Monday, a day before the anniversary "
            "of the ferry disaster on {day}.")
    assert statuses(extract_text, text.format(day="Tuesday"), "weekdays.dateline", "2023-03-06") == [Status.PASS]
    assert statuses(extract_text, text.format(day="Thursday"), "weekdays.dateline", "2023-03-06") == [Status.PASS]


def test_a_weekday_written_just_before_its_date_is_checked_against_it(extract_text):
    # the tagger may cut 'Friday Oct. 13' in two; the weekday still belongs to the date after it
    text = "About $14 million of the fund seeped out Friday Oct. {} alone."
    assert statuses(extract_text, text.format(13), "weekdays.date", "1989-10-20") == [Status.PASS]
    assert statuses(extract_text, text.format(15), "weekdays.date", "1989-10-20") == [Status.FAIL]


def test_weekdays_restated_as_dates_pair_respectively(extract_text):
    text = "The talks were held on last Tuesday and Wednesday, or on November {a} and {b}, officials said."
    assert statuses(extract_text, text.format(a=7, b=8), "weekdays.date") == [Status.PASS, Status.PASS]
    # the extractor reads both days of 'November 7 and 9' (the year from the publication date, as for any
    # weekday with a day and month): the second is not a Wednesday
    assert statuses(extract_text, text.format(a=7, b=9), "weekdays.date") == [Status.PASS, Status.FAIL]
    text = "The talks were held on last Tuesday and Wednesday, or on November 7 and {b}, 2023, officials said."
    assert statuses(extract_text, text.format(b=9), "weekdays.date") == [Status.PASS, Status.FAIL]
    assert statuses(extract_text, "Voting was on Saturday and Sunday, i.e. on Nov. 4 and 5, 2023.", "weekdays.date") \
        == [Status.PASS, Status.PASS]
    # some wires write the abbreviated month with no space before the day
    assert statuses(extract_text, "Voting was on Saturday and Sunday, i.e. on Nov.4 and Nov.{}, 2023.".format(5), "weekdays.date") \
        == [Status.PASS, Status.PASS]
    assert statuses(extract_text, "Voting was on Saturday and Sunday, i.e. on Nov.4 and Nov.{}, 2023.".format(6), "weekdays.date") \
        == [Status.PASS, Status.FAIL]


def test_a_weekly_day_starts_on_its_start_date(extract_text):
    text = "The museum will open late each Friday from November {d}, the city said."
    assert statuses(extract_text, text.format(d=17), "weekdays.date") == [Status.PASS]
    assert statuses(extract_text, text.format(d=16), "weekdays.date") == [Status.WARN]  # Thursday: maybe the week it starts
    text = "Extra trains would run on Saturday and Sunday evenings from November {d}."
    assert statuses(extract_text, text.format(d=19), "weekdays.date") == [Status.PASS]  # a Sunday: one of the two
    assert statuses(extract_text, text.format(d=21), "weekdays.date") == [Status.WARN]
    # the weekday is not read against the publication date in the lead either
    assert statuses(extract_text, text.format(d=19), "weekdays.dateline") == []


def test_a_past_weekday_after_the_lead_passes_or_is_undecided(extract_text):
    pub = "2023-03-09"  # a Thursday
    text = "OSLO, March 9 (Wire) - The ferry operator said on Thursday it had sold two ships.\n\nThe larger ship ran aground on {day}."
    assert statuses(extract_text, text.format(day="Tuesday"), "weekdays.dateline", pub) == [Status.PASS, Status.PASS]
    # five days back past the lead: background as often as a slip, so undecided, never a warning
    assert statuses(extract_text, text.format(day="Saturday"), "weekdays.dateline", pub) == [Status.PASS, Status.SKIP]
    # a weekday bound to a noun ('a briefing here Tuesday') in a past-tense sentence is read the same way
    text = "OSLO, March 9 (Wire) - The ferry operator said on Thursday it had sold two ships.\n\nOfficials at a briefing here {day} called the sale a success."
    assert statuses(extract_text, text.format(day="Tuesday"), "weekdays.dateline", pub) == [Status.PASS, Status.PASS]
    assert statuses(extract_text, text.format(day="Saturday"), "weekdays.dateline", pub) == [Status.PASS]


def test_a_weekday_night_has_the_weekday_s_date(extract_text):
    text = "Police said the shop was raided on Friday night."  # one TIME entity for the parser
    doc, claims = extract_text(text, "2023-09-18")
    (night,) = [c for c in claims if c.text == "Friday night"]
    assert (night.value, night.attrs.timex_type, night.attrs.timex) == ("2023-09-15", "TIME", "2023-09-15TNI")
    assert statuses(extract_text, text, "weekdays.dateline", "2023-09-18") == [Status.PASS]


def test_a_place_less_date_line_does_not_warn_on_a_late_post(extract_text):
    text = "March 9, 2023\n\nThe ferry operator sold two of its ships on {day}, a spokesman said."
    assert statuses(extract_text, text.format(day="Tuesday"), "weekdays.dateline", None) == [Status.PASS]
    assert statuses(extract_text, text.format(day="Saturday"), "weekdays.dateline", None) == [Status.SKIP]
    text = "OSLO, March 9 (Wire) - The ferry operator sold two of its ships on {day}, a spokesman said."
    assert statuses(extract_text, text.format(day="Saturday"), "weekdays.dateline", "2023-03-09") == [Status.WARN]


def test_n_years_later_against_the_year_the_same_event_is_dated(extract_text):
    """'N years later' counts from the year before it; the event of its clause dated by the same verb
    elsewhere gives the other end (weakly bound across sentences: pass or warn)."""
    text = ("The tunnel was first proposed in 1984 and opened in 2003. Tolls have risen since. "
            "Crews began digging in 1996, with the tunnel opening to lorries {} years later.")
    assert statuses(extract_text, text.format("seven"), "chronology.offset") == [Status.PASS]
    assert statuses(extract_text, text.format("eleven"), "chronology.offset") == [Status.WARN]
    # no verb of the clause dates anything else: nothing to compare with
    assert statuses(extract_text, "The tunnel was proposed in 1984. Crews began digging in 1996, with lorries "
                    "using it seven years later.", "chronology.offset") == []


def test_n_years_after_a_clause_against_the_date_its_verb_was_given(extract_text):
    """'in 2011, N years after it reopened': the clause's verb dates the other end ('reopened in 1998')."""
    text = "The theatre, which reopened in 1998, was sold in 2011, {} years after it reopened."
    assert statuses(extract_text, text.format(13), "chronology.offset") == [Status.PASS]
    assert statuses(extract_text, text.format(10), "chronology.offset") == [Status.FAIL]
    # the verb dated in another sentence: bound weakly
    apart = "The theatre reopened in 1998. It was sold in 2011, {} years after it reopened."
    assert statuses(extract_text, apart.format(10), "chronology.offset") == [Status.WARN]
    # nothing before dated by the clause's verb: no interval
    assert statuses(extract_text, "The theatre was built in 1998. It was sold in 2011, 10 years after it reopened.",
                    "chronology.offset") == []


def test_n_years_after_an_event_dated_elsewhere_counts_to_publication(extract_text):
    text = ("ODESSO, Nov 9 (Wire) -- {} years after its founding, the rowing club opened a boathouse. "
            "The club has doubled in size since its founding in 1998.")
    assert statuses(extract_text, text.format("Twenty-five"), "chronology.offset") == [Status.PASS]
    assert statuses(extract_text, text.format("Fifteen"), "chronology.offset") == [Status.WARN]
    # the duration's own sentence dates it: not counted to publication
    assert statuses(extract_text, "Ten years after its founding in 1998, the club opened a boathouse in 2008. "
                    "It has grown since its founding in 1998.", "chronology.offset") in ([], [Status.PASS])


def test_an_age_at_death_is_not_dated_by_a_clause_closed_before_it(extract_text):
    text = "Former governor Ida Brenner, who ran the province from 1981 to 1994, died on Tuesday aged {}. She was born in 1932 in a mill town."
    assert statuses(extract_text, text.format(91), "ages.birth-year", "2023-11-09") == [Status.PASS]
    assert statuses(extract_text, text.format(96), "ages.birth-year", "2023-11-09") == [Status.FAIL]
    # the year of the age's own verb still dates it
    text = "In 1990, Ida Brenner became governor at the age of {}. She was born in 1932 in a mill town."
    assert statuses(extract_text, text.format(58), "ages.birth-year", "2023-11-09") == [Status.PASS]
    assert statuses(extract_text, text.format(91), "ages.birth-year", "2023-11-09") == [Status.FAIL]


def test_a_birth_date_whose_subject_is_a_surname_named_once(extract_text):
    text = ("Former mayor Jan Kessler has died. Kessler, who died in hospital on Tuesday aged {}, led the city for years. "
            "He built the harbour. Kessler was born on Nov. 3, 1942 in Tarn.")
    assert statuses(extract_text, text.format(81), "ages.birth-year", "2023-11-09") == [Status.PASS]
    assert statuses(extract_text, text.format(85), "ages.birth-year", "2023-11-09") == [Status.FAIL]
    # two people of the surname: whose birth it is is not bound by the surname
    text = ("Former mayor Jan Kessler has died. Kessler, who died in hospital on Tuesday aged 85, led the city for years. "
            "His son Piet Kessler spoke. Kessler was born on Nov. 3, 1942 in Tarn.")
    assert Status.FAIL not in statuses(extract_text, text, "ages.birth-year", "2023-11-09")


def test_a_part_of_a_weekday_with_no_clock_is_dated_as_the_day(extract_text):
    # the tagger calls 'late Wednesday' a time, or leaves 'earlier Saturday' after a comma untagged; both
    # are the weekday's date (as 'early Monday' is), and read against the publication date
    pub = "2023-03-08"  # a Wednesday
    for text, said, value in (("The union chief told reporters late Wednesday that a strike was likely.", "late Wednesday", "2023-03-08"),
                              ("Lind, speaking earlier Saturday, warned the port would stay shut.", "earlier Saturday", "2023-03-04")):
        doc, claims = extract_text(text, pub)
        assert [(c.text, c.value) for c in claims if c.kind.value == "date"] == [(said, value)]
    # a capitalised word before the weekday makes a name ('Super Tuesday', 'the Sunday Herald'), not a day
    doc, claims = extract_text("He wrote in the Sunday Herald that he would resign.", pub)
    assert not [c for c in claims if c.kind.value == "date"]


def test_an_anniversary_against_the_year_of_its_event(extract_text):
    text = "Crowds gathered on Sunday for the {}th anniversary of the strike in 1983."
    assert statuses(extract_text, text.format(40), "chronology.offset") == [Status.PASS]
    # the anniversary's year is the publication's: weakly placed, a mismatch warns
    assert statuses(extract_text, text.format(45), "chronology.offset") == [Status.WARN]
    text = "The year 2018 marks the {}th anniversary of the charter signed in 1948."
    assert statuses(extract_text, text.format(70), "chronology.offset") == [Status.PASS]
    assert statuses(extract_text, text.format(75), "chronology.offset") == [Status.FAIL]
    # no year of the event in the sentence: nothing to count from
    assert statuses(extract_text, "Crowds gathered on Sunday for the 45th anniversary of the walkout.", "chronology.offset") == []


def test_she_was_an_age_is_the_person_of_the_sentence_before(extract_text):
    text = ("The painter Helen Morris died on Monday at her home in Leeds. She was {}.\n\n"
            "Born in 1936 in a farming village, Morris studied in London.")
    assert statuses(extract_text, text.format(87), "ages.birth-year") == [Status.PASS]
    assert statuses(extract_text, text.format(81), "ages.birth-year") == [Status.FAIL]
    # two people named in the sentence before: whose age 'He was' gives, the pronoun does not say
    two = ("Lars Dovin met the painter Mira Castell in Selm. He was 70.\n\n"
           "Born in 1940 in the town of Selm, Castell studied in Paris.")
    assert statuses(extract_text, two, "ages.birth-year") == []


def test_a_past_event_on_a_day_its_weekday_pins_after_publication_warns(extract_text):
    """No year is written, but the weekday fits the publication year's day only."""
    text = "The ministry said on {}, that the talks had ended."
    assert statuses(extract_text, text.format("Friday, November 20"), "chronology.after-publication", "2026-11-18") == [Status.WARN]
    # a day after: perhaps the same day in another time zone; before publication, or a plan: nothing
    assert statuses(extract_text, text.format("Thursday, November 19"), "chronology.after-publication", "2026-11-18") == []
    assert statuses(extract_text, text.format("Monday, November 16"), "chronology.after-publication", "2026-11-18") == []
    assert statuses(extract_text, "The ministry will meet on Friday, November 20.", "chronology.after-publication",
                    "2026-11-18") == []
