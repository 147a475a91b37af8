from checks import CHECKS, RULES, derive_relations
from factlint.pipeline.core import attach, suites, validate
from factlint.records import DocResult, Status


def _relations(extract_text, text, published="2021-10-18"):
    doc, claims = extract_text(text, published)
    return doc, claims, derive_relations(doc, claims)


SEED_PARA = ("On October 6, NATO announced the reduction of the Russian mission from {start} to {end} people and revoked "
             "the accreditation of eight diplomats. Two more open vacancies were eliminated.")


def test_change_decomposition_relation(extract_text):
    doc, claims, rels = _relations(extract_text, SEED_PARA.format(start=20, end=10))
    assert len(rels) == 1
    r = rels[0]
    assert (r.stated, r.computed, r.working) == (10, 10, "20 - 8 - 2 = 10")
    covered = [doc.text[s:e] for s, e in r.spans]
    assert any("from 20 to 10" in t for t in covered)
    assert "eight diplomats" in covered and any(t.startswith("Two more") for t in covered)


def test_no_relation_without_itemised_parts(extract_text):
    _, _, rels = _relations(extract_text, "The mission was cut from 20 to 10 people. Eight diplomats left.")
    assert rels == []


def test_increase(extract_text):
    _, _, rels = _relations(extract_text, "The team grew from 5 to 9 people: three engineers joined and one more analyst was hired.")
    assert rels and rels[0].working == "5 + 3 + 1 = 9" and rels[0].stated == 9


def test_validation_pass_and_fail(extract_text):
    results, relations = [], []
    for i, end in enumerate((10, 11)):
        doc, claims, rels = _relations(extract_text, SEED_PARA.format(start=20, end=end))
        doc = type(doc)(**{**doc.__dict__, "id": f"d{i}"})
        rels = [type(r)(**{**r.__dict__, "doc_id": doc.id, "id": f"d{i}/{r.id}"}) for r in rels]
        results.append(DocResult(doc, claims))
        relations.extend(rels)
    findings = validate(relations)  # one GX validation for the whole batch
    assert [f.status for f in findings] == [Status.PASS, Status.FAIL]
    assert findings[0].message == "20 - 8 - 2 = 10, and the text says 10"
    assert findings[1].message.startswith("20 - 8 - 2 = 10, but the text says 11")
    attached = attach(results, relations, findings)
    assert [r.findings[0].id for r in attached] == ["f1", "f1"]


def test_hedged_language_widens_the_tolerance(extract_text):
    _, _, within = _relations(extract_text, SEED_PARA.format(start="about 20", end=11))  # off by 1 of 11
    _, _, beyond = _relations(extract_text, SEED_PARA.format(start="about 20", end=13))  # off by 3 of 13
    assert within[0].hedge == beyond[0].hedge == "approx"
    assert [f.status for f in validate(within + beyond)] == [Status.PASS, Status.WARN]


def test_every_family_has_a_suite_and_documented_rules():
    suite_files = suites()
    for family in CHECKS:
        assert suite_files[family.name].exists()
        assert family.derive.__doc__
    assert all(RULES.values())
