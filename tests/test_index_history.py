"""index.html of a monitoring run shows the recent runs and new vs known failures."""

import pytest

from factlint.report.html import render_index


@pytest.fixture(scope="module")
def report(seed_report):
    return seed_report


def test_index_shows_history_new_and_known_failures(report):
    report = dict(report, history={
        "store": "sqlite:///reports/history.db", "run": 2, "gate": "fail",
        "new_failures": [{"document": "a", "check": "counts.agreement", "status": "fail", "message": "<script>x</script> 8 vs 9"}],
        "known_failures": [{"document": "b", "check": "names.spelling", "status": "warn", "message": "Wolter / Walter", "first_run": 1}],
        "recent_runs": [{"id": 2, "started_at": "2020-01-02T20:00:00Z", "documents": 2, "fail": 1, "warn": 1, "new_failures": 1, "gate": "fail"},
                        {"id": 1, "started_at": "2020-01-02T19:00:00Z", "documents": 1, "fail": 0, "warn": 1, "new_failures": 1, "gate": "pass"}],
    })
    html = render_index(report)
    assert "Monitoring history" in html and "New failures (1)" in html and "Known failures (1)" in html
    assert "&lt;script&gt;x&lt;/script&gt; 8 vs 9" in html and "<script>x" not in html
    assert html.count("2020-01-02T") == 2


def test_index_without_history_has_no_history_section(report):
    assert "Monitoring history" not in render_index(report)
