"""Names: one spelling and one title per person; declared organisation variants."""

from functools import partial

from checks import names
from checks.names import edit_distance, near_miss
from factlint.pipeline.core import validate
from factlint.records import Status
from tests.conftest import family_relations

_rels = partial(family_relations, names, published="2024-05-13")


def test_near_miss():
    assert edit_distance("Wolter", "Walter") == 1 and edit_distance("ab", "ba") == 1
    assert near_miss("Salmivaara", "Salmivara") and near_miss("Brunet", "Bruneau") and near_miss("Whitcombe", "Whitcomb")
    assert not near_miss("Bush", "Busch") and not near_miss("Lee", "Lei") and not near_miss("Brandt", "Brandt")
    assert not near_miss("Kim", "Tim") and not near_miss("Morgan", "Jordan")


def test_lone_misspelt_surname_warns(extract_text):
    doc, rels = _rels(extract_text, "The expedition's chief scientist, Katrin Wolter, said the crew was safe.\n\n"
                                    "Walter, who was among those rescued, praised the coast guard.", "names.spelling")
    assert len(rels) == 1 and rels[0].hedge == "weak"
    assert [doc.text[s:e] for s, e in rels[0].spans] == ["Katrin Wolter", "Walter"]
    assert "Walter vs Wolter" in rels[0].messages[1]


def test_two_full_names_one_letter_apart(extract_text):
    _, rels = _rels(extract_text, "Mayor Liisa Korhola opened the line. Critics said Liisa Korhala had ignored the cost.", "names.spelling")
    assert len(rels) == 1


def test_distinct_people_are_not_flagged(extract_text):
    for text in [
        "George Bush met Laura Bush in Texas. Bush said the economy was strong.",
        "Katrin Wolter and Walter Reed arrived. Wolter said the trip went well.",
        "Hillary Clinton and Bill Clinton arrived. Clinton said she would run.",
        # a place a letter away from a surname is a place ('Marta Perus' / 'Peru')
        "The envoy Marta Perus arrived on Monday. Peru has asked for more aid.",
    ]:
        _, rels = _rels(extract_text, text, "names.spelling")
        assert rels == [], text


def test_two_titles_fail_and_compatible_titles_pass(extract_text):
    doc, rels = _rels(extract_text, "Infrastructure Minister Ana Sequeira ordered an inquiry.\n\n"
                                    "Transport Minister Sequeira visited the site on Thursday.", "names.title")
    assert len(rels) == 1 and rels[0].stated != rels[0].computed
    assert "Transport Minister" in [doc.text[s:e] for s, e in rels[0].spans]
    assert rels[0].messages[1].startswith("Ana Sequeira: Infrastructure Minister (paragraph 1) vs Transport Minister (paragraph 2)")
    for text in [
        "Foreign Minister Sergey Lavrov met reporters. Russian Foreign Minister Sergey Lavrov said talks were useful.",
        "Chief Executive Elena Moretti said sales fell. CEO Elena Moretti said the company would recover.",
        "Deputy Prime Minister Nick Clegg spoke. Prime Minister Nick Clegg then left.",
        "Prime Minister Gordon Brown spoke. Former Chancellor Gordon Brown had visited Washington.",
    ]:
        _, rels = _rels(extract_text, text, "names.title")
        assert all(r.stated == r.computed for r in rels), text


def test_organisation_variants_are_grouped_but_not_a_relation(seed_claims):
    """The variants share their canonical name (extraction); no relation is made of that, since it could only pass."""
    doc, claims = seed_claims
    assert not [r for r in names.derive(doc, claims) if r.check == "names.variant"]
    forms = {c.text for c in claims if c.attrs.__class__.__name__ == "NameAttrs" and c.value == "Russia-NATO Council"}
    assert {"Russia-NATO Council", "NATO-Russia Council"} <= forms


def test_suite_decides(extract_text):
    _, title = _rels(extract_text, "Interior Minister Karl Brandt spoke. Justice Minister Brandt said more police were needed.")
    _, spelling = _rels(extract_text, "Chief Executive Elena Moretti spoke. \"Sales are up,\" Moretto told analysts.")
    findings = validate(title + spelling)
    assert [(f.check, f.status) for f in findings] == [("names.title", Status.FAIL), ("names.spelling", Status.WARN)]


def test_conflict_between_any_two_titles(extract_text):
    doc, rels = _rels(extract_text, "Minister Karl Brandt arrived. Interior Minister Karl Brandt spoke. "
                                    "Justice Minister Karl Brandt left.", "names.title")
    assert len(rels) == 1 and rels[0].stated != rels[0].computed
    assert "Interior Minister (paragraph 1) vs Justice Minister (paragraph 1)" in rels[0].messages[1]


def test_two_titles_in_one_sentence_are_not_compared(extract_text):
    """A correction note ('Interior Minister Karl Brandt should read Justice Minister Karl Brandt') or a
    change of office puts two titles in one sentence on purpose (issue 15: a false fail on wire copy)."""
    _, rels = _rels(extract_text, "(Correction: Interior Minister Karl Brandt should read Justice Minister Karl Brandt.)\n\n"
                                  "Justice Minister Karl Brandt opened the court on Monday. "
                                  "Later, Justice Minister Karl Brandt left.", "names.title")
    assert [(r.stated, r.computed) for r in rels] == [(0.0, 0.0)]  # the two later sentences agree


def test_a_name_only_quoted_or_one_s_apart_is_no_misspelling(extract_text):
    base = "Striker Tom Jones scored twice on Sunday. Jones said the win mattered.\n\n"
    assert len(_rels(extract_text, base + "Later, Jonesy said he was proud of the team.", "names.spelling")[1]) == 1
    # a form used only inside someone's quoted words is as often a nickname as a slip
    assert _rels(extract_text, base + '"Without Jonesy we would have lost," said the coach.', "names.spelling")[1] == []
    # a surname that only adds a final -s to a given name used alone is another person's name
    assert _rels(extract_text, "Two students, Edward and Mary, were arrested at the protest. Edward said he was angry.\n\n"
                               "The British lawyer Ann Edwards said the case against them was weak.", "names.spelling")[1] == []


def test_an_organisation_opening_with_a_title_word_has_no_title(extract_text):
    _, rels = _rels(extract_text, "General Motors said it would cut 500 jobs.\n\nGeneral Motors shares fell on Monday.", "names.title")
    assert rels == []
    _, rels = _rels(extract_text, "Infrastructure Minister Ana Sequeira ordered an inquiry.\n\n"
                                  "Transport Minister Sequeira visited the site on Thursday.", "names.title")
    assert len(rels) == 1
