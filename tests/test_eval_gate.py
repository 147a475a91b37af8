"""Quality floors measured on the hand-made gold sets; see tests/eval_gate.py to update them."""

import json

import pytest

from tests.conftest import shared_data
from tests.eval_gate import FLOORS, compare, measured

pytestmark = pytest.mark.slow

TARGETS = {  # the targets: a floor may never be pinned below these
    "extraction.date.value_f1": 0.85,
    "extraction.quantity.value_f1": 0.93,
    "extraction.name.f1": 0.88,
}


@pytest.fixture(scope="module")
def floors():
    return json.loads(FLOORS.read_text())


def test_floors_meet_the_targets(floors):
    for key, target in TARGETS.items():
        assert floors[key] >= target, f"{key} floor {floors[key]} is below the target {target}"


def test_extraction_quality_does_not_regress(floors):
    shared_data("meantime-wikinews-dev.jsonl")
    now = measured(("extraction",))
    problems = compare(now, floors)
    assert not problems, "; ".join(problems) + " (if intended: python -m tests.eval_gate --update --allow-regression)"


CHECK_TARGETS = {  # issue 4: at most 1 fail on real news, >= 90% detection, no new fail elsewhere
    "checks.real_news.fail_max": 1,
    "checks.perturbed.detection_rate": 0.90,
    "checks.perturbed.new_fail_elsewhere_max": 0,
}
# Targets knowingly not met, with the reason; each must really be unmet (so the list cannot go stale).
UNMET = {
    # Issue 15 moved the detection target to sets nobody tuned on (tests/evaluation relations, held
    # out) and keeps this self-written set as in-sample. Three of its count plants rested on weak
    # evidence that raised only false warns on 1,167 tune real-news articles, three percent plants
    # lie inside the rounding of their inputs (034e660, af5a491; docs/evaluation.md).
    "checks.perturbed.detection_rate": "in-sample since issue 15; traded for precision on real news",
}


def _meets(name: str, floor: float) -> bool:
    target = CHECK_TARGETS[name]
    return floor >= target if name.endswith("_rate") else floor <= target


def test_check_floors_meet_the_targets(floors):
    for name in CHECK_TARGETS:
        if name in UNMET:
            assert not _meets(name, floors[name]), f"{name} meets its target again: take it out of UNMET"
        else:
            assert _meets(name, floors[name]), f"{name}: floor {floors[name]} misses the target {CHECK_TARGETS[name]}"


def test_check_quality_does_not_regress(floors):
    shared_data("meantime-wikinews-dev.jsonl")
    now = measured(("checks",))
    problems = compare(now, floors)
    assert not problems, "; ".join(problems) + " (if intended: python -m tests.eval_gate --update --allow-regression)"
