"""The evaluation scorers themselves, on tiny synthetic inputs written here (never the gold): each
one must count a known hit and a known miss correctly, or its figures mean nothing."""

from __future__ import annotations

import json

import pytest

from tests.evaluation import edits as E
from tests.evaluation import floors, quantities, realnews, relations, timex
from tests.evaluation.common import rate
from tests.evaluation.split import split_of

TEXT = "Officials said 30 people were hurt on Monday, 10 in the north and 20 in the south. Police made 7 arrests."
SUM = {"set": "synthetic", "doc": "d1", "type": "sum", "operands": [
    {"role": "total", "start": 15, "end": 17, "surface": "30", "value": 30},
    {"role": "part", "start": 46, "end": 48, "surface": "10", "value": 10},
    {"role": "part", "start": 66, "end": 68, "surface": "20", "value": 20}]}


def finding(check, status, spans):
    return {"check": check, "status": status, "message": "m", "claims": [], "spans": [list(s) for s in spans]}


def test_synthetic_offsets_are_right():
    assert all(TEXT[o["start"]:o["end"]] == o["surface"] for o in SUM["operands"])


def test_number_edits_keep_the_style():
    assert E.edit_number("$1,200.5 million", 0, 1200500000, lambda d: d * 2).new == "2,401.0"
    assert E.edit_number("eight", 3, 8, lambda d: d * 2) == E.Edit(3, 8, "16", 8, 16.0)
    assert E.edit_number("91st", 0, 91, lambda d: d + 1).new == "92nd"
    assert E.edit_number("twenty-five", 0, 25, lambda d: d + 1).new == "26"
    assert E.edit_weekday("Wednesday", 10).new == "Friday"
    assert E.edit_year("1997", 0, -2).new == "1995"


def test_offsets_map_back_through_edits():
    eds = [E.Edit(10, 12, "100", 30, 100)]  # two characters become three
    assert E.changed_ranges(eds) == [(10, 13)]
    assert E.to_original(20, eds) == 19
    assert E.to_original(5, eds) == 5
    assert E.to_original(11, eds) == 10 and E.to_original(13, eds, is_end=True) == 12


def test_relation_verified_needs_a_pass_over_two_operands():
    base = {"findings": [finding("arithmetic.x", "pass", [(15, 17), (46, 48)])]}
    assert relations.verified(SUM, base)
    one = {"findings": [finding("arithmetic.x", "pass", [(15, 17)])]}
    failed = {"findings": [finding("arithmetic.x", "fail", [(15, 17), (46, 48), (66, 68)])]}
    assert not relations.verified(SUM, one)
    assert not relations.verified(SUM, failed)


def test_perturbation_breaks_the_relation_and_is_caught_only_on_the_changed_words():
    perts, skipped = relations.perturbations(SUM, TEXT, "2024-01-01")
    assert skipped == 0 and len(perts) == 2
    total_edit = perts[0]
    assert E.apply(TEXT, total_edit).startswith("Officials said 60 people")
    assert relations.holds("sum", SUM["operands"]) is True
    base = {"findings": [finding("arithmetic.x", "pass", [(15, 17), (46, 48)])]}
    on_change = {"findings": [finding("arithmetic.x", "fail", [(15, 17), (46, 48)])]}
    elsewhere = {"findings": [finding("counts.y", "warn", [(95, 104)])]}
    assert relations.caught(on_change, base, total_edit) == (True, 0)
    assert relations.caught(elsewhere, base, total_edit) == (False, 0)
    # a warn already on the unedited article at the same (shifted) place is not a catch
    old_warn = {"findings": [finding("counts.y", "warn", [(15, 17)])]}
    assert relations.caught(old_warn, old_warn, total_edit) == (False, 0)


def test_control_edits_keep_the_relation_and_count_only_new_fails():
    ce = relations.consistent_edit(SUM, None)
    assert ce is not None
    edited = E.apply(TEXT, ce)
    assert "said 40 people" in edited and "20 in the north" in edited
    # an old fail after the edit, shifted by nothing here, is not new; a fail on the edited number is
    base = {"findings": [finding("counts.y", "fail", [(95, 104)])]}
    same = {"findings": [finding("counts.y", "fail", [(95, 104)])]}
    new = {"findings": [finding("counts.y", "fail", [(95, 104)]), finding("arithmetic.x", "fail", [(15, 17)])]}
    assert relations.new_findings(same, base, ce) == []
    assert [f["check"] for f in relations.new_findings(new, base, ce)] == ["arithmetic.x"]
    # the free number chosen for a control is in no relation and no date
    taken = [(o["start"], o["end"]) for o in SUM["operands"]]
    free = relations.free_numbers(TEXT, taken)
    assert [TEXT[a:b] for a, b in free] == ["7"]


def test_weekday_published_is_not_perturbed():
    rel = {"type": "weekday-published", "operands": [{"role": "weekday", "start": 37, "end": 43, "surface": "Monday", "value": "2024-01-01"}]}
    assert relations.perturbations(rel, TEXT, "2024-01-02") == ([], 0)


def test_weekday_resolved_compares_the_claimed_date():
    rel = {"type": "weekday-published", "operands": [{"role": "weekday", "start": 37, "end": 43, "surface": "Monday", "value": "2024-01-01"}]}
    right = {"claims": [{"kind": "date", "start": 37, "end": 43, "value": "2024-01-01"}], "findings": []}
    wrong = {"claims": [{"kind": "date", "start": 37, "end": 43, "value": "2024-01-08"}], "findings": []}
    assert relations.resolved(rel, right) and not relations.resolved(rel, wrong)


def _ids_by_split():
    ids = [f"synthetic-{i}" for i in range(40)]
    return next(i for i in ids if split_of(i) == "tune"), next(i for i in ids if split_of(i) == "heldout")


def test_realnews_counts_and_lists_only_tune_fails_and_warns(tmp_path):
    tune_id, held_id = _ids_by_split()
    doc = {"claims": [], "findings": [finding("arithmetic.x", "fail", [(0, 4)]), finding("counts.y", "warn", [(5, 9)]),
                                      finding("counts.y", "pass", [(5, 9)])]}
    counts, found = realnews.tally("synthetic", {tune_id: doc, held_id: doc}, {tune_id: "Text here", held_id: "Text here"})
    assert counts["tune"]["fail"] == counts["heldout"]["fail"] == 1
    assert counts["tune"]["warn_by_rule"] == {"counts.y": 1}
    assert [(f["doc"], f["status"], f["spans"]) for f in found] == [(tune_id, "fail", ["Text"]), (tune_id, "warn", ["here"])]
    fails = [f for f in found if f["status"] == "fail"]
    verdicts = [{"set": "synthetic", "doc": tune_id, "rule": "arithmetic.x", "span": "Text", "verdict": False, "why": "w"},
                {"set": "synthetic", "doc": "gone", "rule": "arithmetic.x", "span": "x", "verdict": True, "why": "w"}]
    assert realnews.review_status(fails, verdicts) == {"fails": 1, "reviewed": 1, "true": 0, "false": 1, "unreviewed": 0, "stale_verdicts": 1}
    bad = tmp_path / "verdicts.jsonl"
    bad.write_text(json.dumps({"set": "s", "doc": "d", "rule": "r", "verdict": "yes"}) + "\n")
    with pytest.raises(realnews.VerdictError, match="verdicts.jsonl:1"):
        realnews.load_verdicts(bad)


def test_timex_strict_relaxed_and_value():
    gold = [{"start": 0, "end": 6, "type": "DATE", "value": "1998-08-07", "text": "Friday"},
            {"start": 20, "end": 31, "type": "DURATION", "value": "P3D", "text": "three days"},
            {"start": 40, "end": 47, "type": "DATE", "value": "PRESENT_REF", "text": "now"}]
    claims = [{"kind": "date", "start": 0, "end": 6, "value": "1998-08-07", "unit": None, "label": "DATE", "text": "Friday", "attrs": {}},
              {"kind": "quantity", "start": 14, "end": 31, "value": 3, "unit": "days", "label": "DURATION", "text": "about three days", "attrs": {}},
              {"kind": "date", "start": 50, "end": 54, "value": "1997", "unit": None, "label": "DATE", "text": "1997", "attrs": {}},
              {"kind": "quantity", "start": 60, "end": 62, "value": 47, "unit": "years", "label": "AGE", "text": "47", "attrs": {}}]
    pred = [p for c in claims if (p := timex.timex_of(c))]
    assert [(p["type"], p["value"]) for p in pred] == [("DATE", "1998-08-07"), ("DURATION", "P3D"), ("DATE", "1997")]
    t = timex.new_tallies()
    timex.score_document(gold, pred, t)
    assert t["strict"]["ALL"].as_dict()["gold_hit"] == 1 and t["strict"]["ALL"].pred_hit == 1
    assert t["relaxed"]["ALL"].gold_hit == 2 and t["relaxed"]["ALL"].pred == 3
    assert t["value"]["DURATION"].gold_hit == 1 and t["value"]["DATE"].as_dict()["recall"] == 0.5
    assert t["value"]["DATE"].as_dict()["precision"] == 0.5


def test_quantities_found_by_value_or_number_as_written():
    gold = [{"doc": "d", "start": 0, "end": 9, "surface": "3 million", "value": 3000000, "unit": "tonnes", "label": "CARDINAL", "bound": "exact"},
            {"doc": "d", "start": 20, "end": 22, "surface": "$5", "value": 5, "unit": "USD", "label": "MONEY", "bound": "exact"},
            {"doc": "d", "start": 30, "end": 38, "surface": "10 to 15", "value": 10, "high": 15, "unit": None, "label": "CARDINAL", "bound": "exact"}]
    doc = {"claims": [
        {"id": "c1", "kind": "quantity", "start": 0, "end": 16, "value": 3, "unit": "tonnes", "label": "CARDINAL", "text": "3 million tonnes", "attrs": {}},
        {"id": "c2", "kind": "quantity", "start": 20, "end": 22, "value": 6, "unit": "USD", "label": "MONEY", "text": "$6", "attrs": {}},
        {"id": "c3", "kind": "quantity", "start": 30, "end": 32, "value": 10, "unit": None, "label": "CARDINAL", "text": "10", "attrs": {"pair": "c4", "range_role": "start"}},
        {"id": "c4", "kind": "quantity", "start": 36, "end": 38, "value": 15, "unit": None, "label": "CARDINAL", "text": "15", "attrs": {"pair": "c3", "range_role": "end"}},
        {"id": "c5", "kind": "date", "start": 40, "end": 44, "value": "1997", "unit": None, "label": "DATE", "text": "1997", "attrs": {}}]}
    pred = quantities.predictions(doc)
    assert [(p["start"], p["end"], p["high"]) for p in pred] == [(0, 16, None), (20, 22, None), (30, 38, 15)]
    tallies = {k: quantities.PR() for k in (*quantities.LABELS, "ALL")}
    extra = quantities.new_extra()
    quantities.score_document(gold, pred, tallies, extra)
    assert tallies["ALL"].as_dict() == {"gold": 3, "gold_hit": 2, "pred": 3, "pred_hit": 2, "precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert tallies["MONEY"].gold_hit == 0 and extra["span"].gold_hit == 3
    assert extra["ranges"] == 1 and extra["range_high_right"] == 1


def test_relations_report_the_sealed_column_and_never_list_its_misses(monkeypatch):
    """A sealed relation (a held-out article outside both gold files) is counted in its own column,
    whatever split_of says of its article, and -v lists no sealed miss."""
    tune_id, held_id = _ids_by_split()
    sealed_id = next(i for i in (f"sealed-{k}" for k in range(40)) if split_of(i) == "heldout")
    gold = {"tune": [dict(SUM, doc=tune_id)], "heldout": [dict(SUM, doc=held_id)], "sealed": [dict(SUM, doc=sealed_id, note="sealed-note")]}
    monkeypatch.setattr(relations, "load_relation_gold", lambda split: [dict(r, _split=split) for r in gold[split]])
    monkeypatch.setattr(relations, "load_set", lambda name: {i: {"id": i, "text": TEXT, "published": "2024-01-02"} for i in (tune_id, held_id, sealed_id)})
    monkeypatch.setattr(relations, "reports", lambda recs, use_cache, workers: {r["id"]: {"claims": [], "findings": []} for r in recs})
    result = relations.evaluate()
    assert result["sealed"]["total"]["relations"] == 1 and result["sealed"]["total"]["verified"] == 0
    assert result["heldout"]["total"]["relations"] == 1 and result["tune"]["total"]["relations"] == 1
    assert result["sealed"]["total"]["edits"] == 2 and "misses" not in result["sealed"]
    out = relations.render(result, verbose=True)
    assert "sealed: verified" in out
    assert [line.split("|")[1].split()[0] for line in out.split("sealed (held-out")[1].splitlines() if line.startswith("TOTAL")] == ["0/1"]
    listed = out.split("tune misses")[1]
    assert tune_id in listed and sealed_id not in out and "sealed-note" not in out and held_id not in out


def test_relations_without_the_sealed_set_never_read_it(monkeypatch):
    """sealed=False (the CLI's --no-sealed) neither loads nor prints the sealed column."""
    tune_id, held_id = _ids_by_split()
    loaded = []
    gold = {"tune": [dict(SUM, doc=tune_id)], "heldout": [dict(SUM, doc=held_id)], "sealed": [dict(SUM, doc="never")]}

    def load(split):
        loaded.append(split)
        return [dict(r, _split=split) for r in gold[split]]

    monkeypatch.setattr(relations, "load_relation_gold", load)
    monkeypatch.setattr(relations, "load_set", lambda name: {i: {"id": i, "text": TEXT, "published": "2024-01-02"} for i in (tune_id, held_id)})
    monkeypatch.setattr(relations, "reports", lambda recs, use_cache, workers: {r["id"]: {"claims": [], "findings": []} for r in recs})
    result = relations.evaluate(sealed=False)
    assert "sealed" not in loaded and "sealed" not in result and result["tune"]["total"]["relations"] == 1
    assert "sealed" not in relations.render(result, verbose=False)


def test_relations_score_the_fresh_set_alone_with_its_own_articles(monkeypatch):
    """columns=("fresh",) (the CLI's --fresh) reads only the fresh gold and its own articles, counts the
    fails and warns on the unedited articles, and prints figures only (no id, no note)."""
    loaded = []

    def load(split):
        loaded.append(split)
        return [dict(SUM, set="fresh", doc="fresh-1", note="fresh-note", _split=split)]

    monkeypatch.setattr(relations, "load_relation_gold", load)
    monkeypatch.setattr(relations, "load_jsonl", lambda path: [{"id": "fresh-1", "text": TEXT, "published": "2024-01-02"}])
    monkeypatch.setattr(relations, "load_set", lambda name: pytest.fail("a shared data set was read"))
    base = {"claims": [], "findings": [finding("arithmetic.sum", "pass", [(15, 17), (46, 48)]), finding("dates.x", "warn", [(0, 5)])]}
    monkeypatch.setattr(relations, "reports", lambda recs, use_cache, workers: {r["id"]: base for r in recs})
    result = relations.evaluate(columns=("fresh",))
    assert loaded == ["fresh"] and set(result) == {"definition", "not_perturbed", "fresh"}
    assert result["fresh"]["total"]["relations"] == 1 and result["fresh"]["total"]["verified"] == 1
    assert result["fresh"]["unedited"] == {"documents": 1, "fail": 0, "warn": 1}
    out = relations.render(result, verbose=True)
    assert "fresh: verified" in out and "1 warns on its 1 unedited" in out
    assert "fresh-1" not in out and "fresh-note" not in out


def test_relations_score_the_second_fresh_set_alone_from_its_own_files(monkeypatch, tmp_path):
    """columns=("fresh2",) (the CLI's --fresh2) reads only tests/gold/fresh2's gold and articles (not the
    first fresh set's), counts the fails and warns on the unedited articles, and prints figures only."""
    rel = dict(SUM, set="fresh2", doc="fresh2-1", note="fresh2-note")
    (tmp_path / "relations.jsonl").write_text(json.dumps(rel) + "\n", encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "fresh2-1", "text": TEXT, "published": "2024-01-02"}) + "\n",
                                             encoding="utf-8")
    monkeypatch.setitem(relations.FRESH_SETS, "fresh2", tmp_path)
    monkeypatch.setitem(relations.FRESH_SETS, "fresh", tmp_path / "missing")
    monkeypatch.setattr(relations, "load_set", lambda name: pytest.fail("a shared data set was read"))
    base = {"claims": [], "findings": [finding("arithmetic.sum", "pass", [(15, 17), (46, 48)]), finding("dates.x", "fail", [(0, 5)])]}
    monkeypatch.setattr(relations, "reports", lambda recs, use_cache, workers: {r["id"]: base for r in recs})
    result = relations.evaluate(columns=("fresh2",))
    assert set(result) == {"definition", "not_perturbed", "fresh2"}
    assert result["fresh2"]["total"]["relations"] == 1 and result["fresh2"]["total"]["verified"] == 1
    assert result["fresh2"]["unedited"] == {"documents": 1, "fail": 1, "warn": 0}
    out = relations.render(result, verbose=True)
    assert "fresh2: verified" in out and "1 fails and 0 warns on its 1 unedited" in out
    assert "fresh2-1" not in out and "fresh2-note" not in out


def test_the_cli_takes_one_fresh_set_at_a_time_and_no_floors_for_them():
    from tests.evaluation.__main__ import main

    for argv in (["relations", "--fresh", "--fresh2"], ["relations", "--fresh2", "--check-floors"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_the_headline_total_leaves_the_weekdays_against_publication_out():
    """``without`` subtracts one type's counts from the column total (the 'TOTAL w/o weekday' row)."""
    counts = ("relations", "verified", "edits", "caught", "controls", "false_alarm_controls")
    col = {"total": dict(zip(counts, (10, 7, 6, 3, 4, 1))),
           "by_type": {"weekday-published": dict(zip(counts, (4, 4, 0, 0, 0, 0))), "sum": dict(zip(counts, (6, 3, 6, 3, 4, 1)))}}
    assert relations.without(col) == dict(zip(counts, (6, 3, 6, 3, 4, 1)))
    assert relations.without(col, "sum") == dict(zip(counts, (4, 4, 0, 0, 0, 0)))


def _relations_result(verified, relations, caught, edits, false_alarms):
    total = {"verified_rate": rate(verified, relations), "detection_rate": rate(caught, edits), "false_alarm_controls": false_alarms}
    return {"tune": {"total": dict(total)}, "heldout": {"total": dict(total)}}


def test_floors_flag_a_held_out_figure_below_its_floor_and_a_count_above_its_ceiling():
    floors_ = {"relations.heldout.verified_rate": 0.70, "relations.heldout.detection_rate": 0.60,
               "relations.heldout.false_alarm_controls_max": 0, "relations.sealed.verified_rate": 0.5, "realnews.heldout.warn_max": 8}
    assert floors.check("relations", _relations_result(72, 100, 61, 100, 0), floors_) == []
    problems = floors.check("relations", _relations_result(60, 100, 61, 100, 1), floors_)
    assert [p.split(" ")[0] for p in problems] == ["relations.heldout.verified_rate", "relations.heldout.false_alarm_controls_max"]
    # sealed left out (--no-sealed): its floors are not checked; other commands' floors are not this command's
    assert not any("sealed" in p or "realnews" in p for p in problems)


def test_floors_read_the_timex_and_quantity_figures_the_tables_print():
    value = {"DATE": {"gold": 80, "gold_hit": 60, "pred": 70, "pred_hit": 60}, "TIME": {"gold": 20, "gold_hit": 10, "pred": 10, "pred_hit": 10}}
    timex_result = {"heldout": {"by_type": {t: {"value": v} for t, v in value.items()}}}
    # P = 70/80, R = 70/100: F1 = 0.7778
    assert floors.figures("timex", timex_result) == {"timex.heldout.date_time_value_f1": 0.7778}
    assert floors.check("timex", timex_result, {"timex.heldout.date_time_value_f1": 0.80}) != []
    q = {"heldout": {"by_label": {"ALL": {"f1": 0.95}}}}
    assert floors.check("quantities", q, {"quantities.heldout.f1": 0.93}) == []


def test_floors_read_the_real_news_totals_over_all_sets():
    result = {"sets": {"all": {"tune": {"fail": 3, "warn": 20}, "heldout": {"fail": 1, "warn": 5}}}}
    assert floors.figures("realnews", result) == {"realnews.heldout.fail_max": 1, "realnews.heldout.warn_max": 5}
    assert [p.split(" ")[0] for p in floors.check("realnews", result, {"realnews.heldout.fail_max": 0, "realnews.heldout.warn_max": 8})] == \
        ["realnews.heldout.fail_max"]


def test_the_pinned_floors_file_covers_every_command():
    pinned = json.loads(floors.FLOORS.read_text())
    assert {k.split(".")[0] for k in pinned} == {"relations", "realnews", "timex", "quantities"}
