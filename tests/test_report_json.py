"""The report contract factlint/report/v1 is public: these tests pin it."""

import json

import pytest

from factlint.report import dumps
from tests import golden

DOC_KEYS = {"id", "source", "line", "url", "title", "published", "published_source", "published_note", "status",
            "text", "claims", "findings", "summary"}
CLAIM_KEYS = {"id", "kind", "text", "start", "end", "value", "unit", "label", "attrs"}
FINDING_KEYS = {"id", "check", "status", "message", "claims", "spans", "expectation"}


@pytest.fixture(scope="module")
def report(seed_report):
    return seed_report


def test_contract_keys(report):
    assert report["schema"] == "factlint/report/v1"
    assert {"schema", "generator", "run", "inputs", "links", "documents", "errors", "summary"} <= set(report)
    doc = report["documents"][0]
    assert DOC_KEYS <= set(doc)
    assert all(CLAIM_KEYS <= set(c) for c in doc["claims"])
    assert all(FINDING_KEYS <= set(f) for f in doc["findings"])
    assert {c["kind"] for c in doc["claims"]} == {"date", "quantity", "name"}
    assert set(report["summary"]["findings"]) == {"pass", "fail", "warn", "skip"}


def test_offsets_index_the_emitted_text(report):
    for doc in report["documents"]:
        for c in doc["claims"]:
            assert doc["text"][c["start"]:c["end"]] == c["text"]
        ids = {c["id"] for c in doc["claims"]}
        for f in doc["findings"]:
            assert set(f["claims"]) <= ids
            for cid in f["claims"]:
                claim = next(c for c in doc["claims"] if c["id"] == cid)
                assert any(s <= claim["start"] and claim["end"] <= e for s, e in f["spans"])


def test_values_are_typed(report):
    doc = report["documents"][0]
    assert doc["published_source"] == "inferred"
    for c in doc["claims"]:
        if c["kind"] == "quantity":
            assert isinstance(c["value"], (int, float))
        if c["kind"] == "name":
            assert c["label"] in {"PERSON", "ORG", "GPE", "NORP"}


def test_round_trip_is_lossless(report):
    assert json.loads(dumps(report)) == report


def test_deterministic_apart_from_run(report, tmp_path):
    again = golden.generate(tmp_path).report
    a, b = dict(report), dict(again)
    a.pop("run"), b.pop("run")
    assert dumps(a) == dumps(b)


def test_numbers_are_written_without_binary_rounding_noise():
    from factlint.records import Claim, Kind, QuantityAttrs
    from factlint.report.json_report import claim_json

    scaled = 4.1 * 10**9  # 4099999999.9999995 in binary floating point
    claim = Claim(id="c1", kind=Kind.QUANTITY, text="$4.1 billion", start=0, end=12, value=scaled, unit="USD",
                  label="MONEY", attrs=QuantityAttrs(high=0.1 + 0.2))
    out = claim_json(claim)
    assert out["value"] == 4100000000 and isinstance(out["value"], int)
    assert out["attrs"]["high"] == 0.3
    third = claim_json(Claim(id="c2", kind=Kind.QUANTITY, text="a third", start=0, end=7, value=1 / 3, attrs=QuantityAttrs()))
    assert third["value"] == pytest.approx(1 / 3, rel=1e-14)
