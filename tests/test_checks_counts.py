"""Count agreement: a later mention of a counted thing carries the number stated before."""

from functools import partial

from checks import counts
from factlint.pipeline.core import validate
from factlint.records import Status
from tests.conftest import family_relations, one_relation

_rels = partial(family_relations, counts)
_one = partial(one_relation, counts)


def test_definite_mention_with_the_same_event_is_exact(extract_text):
    doc, r = _one(extract_text, "Police said 21 people were wounded on Saturday.\n\nAmong the 24 wounded were 13 police officers.")
    assert (r.hedge, r.computed, r.stated) == ("exact", 21, 24)
    assert [doc.text[s:e] for s, e in r.spans] == ["21 people", "24"]
    assert r.messages[1] == "21 (paragraph 1) vs 24 (paragraph 2) people wounded"


def test_agreeing_mention_passes_and_names_both_places(extract_text):
    _, r = _one(extract_text, "Storms destroyed 120 homes in the region.\n\nOfficials said the 120 destroyed homes would be rebuilt.")
    assert r.stated == r.computed == 120 and r.hedge == "exact"
    assert r.messages[0] == "120 (paragraph 1) and 120 (paragraph 2) homes destroyed"


def test_compound_noun_and_count_without_noun(extract_text):
    _, r = _one(extract_text, "The closures will cost 400 jobs. The union said the 450 job cuts were unacceptable.")
    assert (r.hedge, r.computed, r.stated) == ("exact", 400, 450)
    _, r = _one(extract_text, "Of the 40 detained, nine were charged with violence. Marchand said the seven people charged would appear in court.")
    assert (r.hedge, r.computed, r.stated) == ("exact", 9, 7)


def test_resemblance_alone_relates_nothing(extract_text, seed_claims):
    """A noun named only in a relative clause, or the same words framing two counts of different
    nouns, is resemblance, not reference: on real news it relates different groups far more often
    than one group twice (issue 15), so no relation is formed, agreeing or not."""
    for text in ["The authorities revoked eight accreditations held by its staff.\n\n"
                 "\"The nine colleagues who lost their accreditation will keep working,\" she said.",
                 "The authorities revoked eight accreditations held by its staff.\n\n"
                 "\"The eight colleagues who lost their accreditation will keep working,\" she said."]:
        _, rels = _rels(extract_text, text)
        assert rels == [], [r.working for r in rels]
    doc, claims = seed_claims
    assert [r.working for r in counts.derive(doc, claims) if "diplomats" in r.working] == []


def test_total_marked_count_is_preferred(extract_text):
    _, r = _one(extract_text, "Police arrested four men and two women on Monday, six people arrested in all. "
                              "The seven people arrested were released on bail.")
    assert (r.hedge, r.computed, r.stated) == ("exact", 6, 7)
    # charged and denied are not one event: no relation, whatever the numbers
    assert _rels(extract_text, "He was found guilty on four counts of fraud and two counts of money laundering, "
                               "six counts in all. He had denied all seven counts.")[1] == []


def test_several_earlier_counts_that_differ_are_not_chosen_between(extract_text):
    """Two earlier counts fit the definite mention and differ: which one it means is a guess, and
    letting the mention's own value choose (the one that agrees, or the sum that does) would pass by
    construction. No relation, whatever the later number."""
    for n in ("five", "three", "four"):
        _, rels = _rels(extract_text, "Two people were killed in the first explosion. Three people were killed in a second blast. "
                                      f"The {n} people killed were all civilians.")
        assert rels == [], (n, [r.working for r in rels])


def test_subsets_and_other_sets_are_not_related(extract_text):
    for text in [
        "The company operates 40 stores in France. It will close 12 stores. The 28 remaining stores will be refurbished.",
        "The airline ordered 30 aircraft. The 20 aircraft still on order will arrive by 2010.",
        "The team had planned to take samples at 30 stations. The 24 stations still to be sampled account for most of the work.",
        "Police detained 40 people. The 31 people released were not charged.",
        "Three people were killed and 27 injured. Tavares said three of the eight taken to hospital were in a serious condition.",
        "The institute has three ships. The two remaining ships will cover the work.",
        "Boeing delivered 30 jets. Its competitor Airbus delivered 40 jets.",
        "The drive comes in 30GB and 60GB versions. The 80GB model costs more.",
    ]:
        _, rels = _rels(extract_text, text)
        assert [r for r in rels if r.stated != r.computed] == [], text


def test_winning_margin_stated_twice(extract_text):
    _, r = _one(extract_text, "Verbeek won the race by 42 seconds on Sunday.\n\nVerbeek's 48-second margin came from the time trial.")
    assert (r.hedge, r.computed, r.stated) == ("weak", 42, 48)


def test_suite_decides_fail_warn_pass(extract_text):
    _, exact = _rels(extract_text, "Three people were killed on Wednesday. The four people killed were passengers.")
    _, weak = _rels(extract_text, "Verbeek won the race by 42 seconds on Sunday. Verbeek's 48-second margin came from the time trial.")
    _, agree = _rels(extract_text, "Three people were killed on Wednesday. The three people killed were passengers.")
    findings = validate(exact + weak + agree)
    assert [f.status for f in findings] == [Status.FAIL, Status.WARN, Status.PASS]
    assert findings[0].message.startswith("Three (paragraph 1) vs four (paragraph 1) people killed")


def test_paragraphs_are_numbered_as_a_reader_counts_them(nlp, tmp_path):
    """Issue 17: a .txt's first line is its title; the paragraph after it is paragraph 1, not 2,
    and a figure in the headline itself is 'the headline'."""
    from factlint.pipeline import core as pipeline
    from tests.conftest import write

    body = "Police said 21 people were wounded on Saturday.\n\nAmong the 24 wounded were 13 police officers."
    write(tmp_path / "storm.txt", "Storm toll rises in the north\n\n" + body)
    write(tmp_path / "headline.txt", "Storm wounds 21 people in the north\n\nAmong the 24 wounded were 13 police officers.")
    batch = pipeline.ingest([str(tmp_path / "storm.txt"), str(tmp_path / "headline.txt")], "2023-09-18")
    assert [d.title for d in batch.documents] == ["Storm toll rises in the north", "Storm wounds 21 people in the north"]
    results = pipeline.extract(batch.documents)
    messages = {r.doc_id: r.messages[1] for r in pipeline.check(results) if r.check.startswith("counts.")}
    assert messages["storm"] == "21 (paragraph 1) vs 24 (paragraph 2) people wounded"
    from checks.context import Context

    headline = results[1]
    ctx = Context(headline.document, headline.claims)
    where = {c.text: ctx.paragraph(c) for c in headline.claims if c.text in ("21 people", "24")}
    assert where == {"21 people": "the headline", "24": "paragraph 1"}


def test_a_whole_and_its_breakdown_are_not_two_counts_of_one_thing(extract_text):
    """'A X and B Y' is a breakdown; 'another member' makes a subset; 'all N X and Y' counts a union,
    unless Y only renames X: which it is, the words do not say, so it is matched only weakly (issue 15)."""
    _, rels = _rels(extract_text, "Rescuers saved all 230 passengers and crew. The 200 passengers saved were taken to hotels.")
    assert [(r.hedge, r.computed, r.stated) for r in rels] == [("weak", 230, 200)]
    for text in [
        "His two sons and two daughters live abroad.\n\nOf the nine sons and daughters, five live in the town.",
        "Four lorries crashed on the road. A fifth lorry then hit the three lorries, police said.",
        "Three buses collided on the road. A third bus had hit the two buses, police said.",
    ]:
        _, rels = _rels(extract_text, text)
        assert [r for r in rels if r.stated != r.computed] == [], (text, [r.working for r in rels])


def test_a_measure_of_another_noun_is_not_referred_back_to(extract_text):
    """'a quota of N barrels': the N is the quota's; a later sentence not about the quota means other barrels."""
    _, rels = _rels(extract_text, "The cartel has a production quota of 26 million barrels per day.\n\n"
                                  "Its minister backed the plan: we continue with the two million barrels per day, he said.")
    assert rels == [], [r.working for r in rels]


def test_a_narrowed_earlier_count_is_not_the_larger_set_named_later(extract_text):
    """The earlier count keeps a modifier ('local') the later one drops; the later sentence names
    that word again as another count's noun, which does not narrow the later count."""
    text = ("About 300 local volunteers slept in a hall near the river.\n\n"
            "Officials said there had been 900 locals among the 5,000 volunteers.")
    assert _rels(extract_text, text)[1] == []
    # the same later count with the modifier kept is a second statement of the first
    text = ("About 300 local volunteers were housed in a hall near the river.\n\n"
            "Officials said the 350 local volunteers housed there would go home on Monday.")
    assert [(r.computed, r.stated) for r in _rels(extract_text, text)[1]] == [(300, 350)]


def test_a_rate_is_not_a_count_of_a_set(extract_text):
    text = ("The coach said it was wiser to think about one match at a time.\n\n"
            "\"We have three matches this week, and after these three matches we will know more,\" he said.")
    assert _rels(extract_text, text)[1] == []



def test_the_size_of_a_change_is_not_a_count_of_the_level(extract_text):
    text = "The union's membership grew by 1,200 nurses last year.\n\nThe 1,500 nurses will get a pay rise."
    assert _rels(extract_text, text)[1] == []


def test_a_matched_noun_without_a_shared_event_is_not_related(extract_text):
    """Noun and qualifiers agree, but nothing says the same thing happened to both sets: on real news
    those were different groups of one kind (issue 15), so no relation is formed."""
    assert _rels(extract_text, "The city deployed 20 officers to the march.\n\nAll 25 officers were back at the station by noon.")[1] == []
    _, r = _one(extract_text, "Police said 21 people were wounded on Saturday.\n\nThe 24 people wounded were taken to hospital.")
    assert r.hedge == "exact"


def test_the_n_people_points_back_to_the_one_count_of_people_before(extract_text):
    """'the N people' after a count of smugglers, miners, fishermen: the one count of people of the last
    sentences is what it refers to, whatever noun that count used; the pairing does not read the values."""
    text = "Border guards arrested {a} Velorian smugglers near Tarvik on Monday.\n\nThe {b} people live in three villages, police said."
    for a, b in ((14, 14), (14, 28)):
        doc, r = _one(extract_text, text.format(a=a, b=b))
        assert (r.hedge, r.computed, r.stated) == ("weak", a, b)
        assert [doc.text[s:e] for s, e in r.spans] == [f"{a} Velorian smugglers", f"{b} people"]
    doc, r = _one(extract_text, text.format(a=14, b=28))
    assert [f.status for f in validate([r])] == [Status.WARN]


def test_the_n_people_relates_nothing_when_several_counts_of_people_fit(extract_text):
    for text in ["Border guards arrested 14 smugglers and freed 30 migrants near Tarvik.\n\nThe 14 people live in three villages.",
                 "Border guards arrested 14 smugglers near Tarvik.\n\nNine fishermen were questioned.\n\nThe 14 people live in three villages.",
                 # narrowed by what follows the noun: another set
                 "Border guards arrested 14 smugglers near Tarvik.\n\nThe 200 people at the market watched the raid."]:
        _, rels = _rels(extract_text, text)
        assert rels == [], [r.working for r in rels]


def test_a_set_introduced_by_what_holds_it_is_referred_to_by_the(extract_text):
    """'the depot had 340 buses ... the 340 buses were sold': the holding introduces the set; a later
    'the N buses' refers to it whatever happens to it (weakly: the words, not an event, tie them)."""
    text = "The Tarvik depot had {a} buses on its books.\n\nLast week the {b} buses were sold to a scrap dealer."
    for a, b in ((340, 340), (340, 680)):
        _, r = _one(extract_text, text.format(a=a, b=b))
        assert (r.hedge, r.computed, r.stated) == ("weak", a, b)
    _, r = _one(extract_text, text.format(a=340, b=680))
    assert [f.status for f in validate([r])] == [Status.WARN]
    # held in two years: two counts
    _, rels = _rels(extract_text, "In 2019 the Tarvik depot had 340 buses.\n\nIn 2021 the 300 buses were sold to a scrap dealer.")
    assert rels == []


def test_a_wider_noun_points_back_to_the_one_count_of_its_class(extract_text):
    text = "Customs officers seized {a} trucks at the Tarvik crossing on Monday.\n\nThe {b} vehicles were carrying cigarettes, officials said."
    _, r = _one(extract_text, text.format(a=12, b=24))
    assert (r.hedge, r.computed, r.stated) == ("weak", 12, 24)
    _, rels = _rels(extract_text, "Customs officers seized 12 trucks and 30 cars at the Tarvik crossing.\n\nThe 12 vehicles were carrying cigarettes.")
    assert rels == []  # two counts of vehicles: which one, the words do not say


def test_the_n_people_narrowed_by_the_same_event_points_back(extract_text):
    text = "Border guards arrested {a} Velorian smugglers near Tarvik on Monday.\n\nThe {b} people arrested will appear in court on Friday."
    _, r = _one(extract_text, text.format(a=14, b=28))
    assert (r.hedge, r.computed, r.stated) == ("weak", 14, 28)
    _, rels = _rels(extract_text, "Border guards arrested 14 Velorian smugglers near Tarvik on Monday.\n\n"
                                  "The 28 people injured in the raid were taken to hospital.")
    assert rels == []  # another event: another set


def test_a_margin_after_two_margins_is_related_to_the_nearest_whatever_the_values(extract_text):
    """Which of two earlier margins a later one restates is not chosen by the values: the nearest."""
    text = "Verbeek won the first stage by {a} seconds on Friday.\n\nVerbeek won the second stage by {b} seconds on Sunday.\n\nVerbeek's 42-second margin came from the time trial."
    for a, b in ((42, 30), (30, 42)):
        _, rels = _rels(extract_text, text.format(a=a, b=b))
        assert [(r.computed, r.stated) for r in rels if r.working.startswith("margin")] == [(b, 42)]


def test_the_victims_refer_back_to_the_one_toll_just_told(extract_text):
    text = "The storm killed 12 people in Tarvik on Monday. Rescuers worked through the night. The {n} victims included four children."
    for n, status in ((12, "pass"), (14, "warn")):
        _, rels = family_relations(counts, extract_text, text.format(n=n))
        assert [(r.computed, r.stated, f.status.value) for r, f in zip(rels, validate(rels))] == [(12, n, status)]
    # a death toll and an injury toll before it: which one 'the victims' are, the words do not say
    _, rels = family_relations(counts, extract_text, "The storm killed 12 people and injured 30 in Tarvik. The 12 victims were buried.")
    assert rels == []


def test_a_sentence_opened_on_a_definite_count_refers_back_to_the_one_count_of_its_noun(extract_text):
    """'Of the N X, ...' breaks down a set the reader was told of: the one earlier count of X, whatever
    verb each sentence uses. Only when the text counted X once before: two earlier counts are a guess."""
    _, r = _one(extract_text, "The operator will cut 42 routes from May. Of the 40 routes, 25 run on the coast line.")
    assert (r.hedge, r.computed, r.stated) == ("weak", 42, 40)
    _, r = _one(extract_text, "Over her career she wrote 11 novels and a book of poems. Of her 11 novels, seven were first printed in Oslo.")
    assert (r.hedge, r.computed, r.stated) == ("weak", 11, 11)
    _, rels = _rels(extract_text, "The operator will cut 42 routes from May and add 12 routes in June. "
                                  "Of the 40 routes, 25 run on the coast line.")
    assert rels == [], [r.working for r in rels]
    # a definite count that does not open its sentence needs the same event, as before
    _, rels = _rels(extract_text, "The operator will cut 42 routes from May. Figures show the 40 routes run late.")
    assert rels == [], [r.working for r in rels]


def test_a_count_with_a_frequency_adjective_is_the_same_set_without_it(extract_text):
    text = "The ferry company will cancel {} nightly crossings from June.\n\nOf the {} crossings, 9 leave from the north port."
    for stated, status in ((14, Status.PASS), (16, Status.WARN)):
        _, rels = _rels(extract_text, text.format(14, stated))
        assert [f.status for f in validate(rels)] == [status]
