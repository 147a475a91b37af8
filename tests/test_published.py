from factlint.inputs.published import infer
from factlint.records import Document


def _doc(text, **kw):
    return Document(id="d", text=text, source="d.txt", **kw)


def test_seed_year_is_inferred_with_reasoning(seed_text):
    doc = infer(_doc(seed_text))
    assert doc.published == "2021-10-18"
    assert doc.published_source == "inferred"
    assert "Monday" in doc.published_note and "2019" in doc.published_note


def test_dateline_with_year():
    doc = infer(_doc("Headline\n\nLONDON, March 5, 2015 (Reuters) - Something happened on Thursday."))
    assert (doc.published, doc.published_source) == ("2015-03-05", "dateline")


def test_metadata_wins_over_dateline():
    doc = infer(_doc("BRUSSELS, October 18. /TASS/. Text.", published="2020-01-01", published_source="metadata"))
    assert doc.published == "2020-01-01"


def test_no_year_and_no_constraint_is_said_not_guessed():
    doc = infer(_doc("BRUSSELS, October 18. /TASS/. NATO said something."))
    assert doc.published is None
    assert "without a year" in doc.published_note


def test_a_dateline_may_name_a_place_and_its_region():
    doc = infer(_doc("PORTVILLE, NORTH REGION, May 2, 2019 (Agency) -- The new bridge opened on Thursday."))
    assert (doc.published, doc.published_source) == ("2019-05-02", "dateline")
    # a sentence that merely starts with capitals and a comma is no dateline
    assert infer(_doc("NATO, in May 2 statements, said little.")).published is None
