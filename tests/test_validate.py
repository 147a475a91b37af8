import json

import pytest

from factlint.records import Relation, Status
from checks.validate import SuiteError, decide, load_suite, write_data_docs


def _rel(i, stated, computed, hedge="exact"):
    return Relation(id=f"r{i}", doc_id="d", check="arithmetic.change-decomposition", claims=("c1",), spans=((0, 1),),
                    stated=stated, computed=computed, working=f"x = {computed}", hedge=hedge)


def _suite(tmp_path, expectations):
    path = tmp_path / "arithmetic.json"
    path.write_text(json.dumps({"name": "t", "expectations": expectations}))
    return {"arithmetic": path}


def test_severity_maps_to_status(tmp_path):
    suites = _suite(tmp_path, [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "abs_error", "max_value": 0.5,
         "row_condition": {"type": "comparison", "column": {"name": "hedge"}, "operator": "==", "parameter": "exact"}}, "severity": "warning"},
    ])
    findings, results = decide([_rel(1, 10, 10), _rel(2, 11, 10)], suites)
    assert [f.status for f in findings] == [Status.PASS, Status.WARN]
    assert results and results[0]["success"] is False  # GX marks the suite failed; the severity decides


def test_uncovered_relations_are_skipped_not_passed(tmp_path):
    suites = _suite(tmp_path, [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "abs_error", "max_value": 0,
         "row_condition": {"type": "comparison", "column": {"name": "hedge"}, "operator": "==", "parameter": "exact"}}, "severity": "critical"},
    ])
    findings, _ = decide([_rel(1, 10, 12, hedge="bound")], suites)
    assert findings[0].status is Status.SKIP and "no expectation" in findings[0].message


def test_undecidable_relation_is_skip_with_reason():
    rel = Relation(id="r", doc_id="d", check="arithmetic.change-decomposition", claims=(), spans=(), stated=None,
                   computed=None, working="20 - ? = 10", skip_reason="a part has no number")
    findings, _ = decide([rel], {})
    assert findings[0].status is Status.SKIP and "a part has no number" in findings[0].message


def test_invalid_suite_names_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"name": "bad", "expectations": [{"type": "expect_no_such_thing", "kwargs": {}}]}))
    with pytest.raises(SuiteError, match="bad.json"):
        load_suite(path)


def test_data_docs_show_only_their_own_run(tmp_path):
    """A long-lived process (serve, monitor) validates run after run: each report folder's Data
    Docs list that run's validations, not every run the process has made."""
    suites = _suite(tmp_path, [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "abs_error", "max_value": 0.5}, "severity": "critical"},
    ])
    pages = {}
    for name in ("first", "second", "second"):
        _, results = decide([_rel(1, 10, 10)], suites)
        assert write_data_docs(results, tmp_path / name) == tmp_path / name / "index.html"
        pages[name] = sorted(p.relative_to(tmp_path / name) for p in (tmp_path / name / "validations").rglob("*.html"))
    assert len(pages["first"]) == 1 and len(pages["second"]) == 1
    index = (tmp_path / "second" / "index.html").read_text(encoding="utf-8")
    assert pages["second"][0].as_posix() in index and pages["first"][0].as_posix() not in index
    from checks.validate import _gx
    assert "factlint" not in (_gx()[1].get_config().data_docs_sites or {})  # the build's site is gone after it
