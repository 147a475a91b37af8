"""Quality floors measured on the hand-made gold sets; see tests/eval_gate.py to update them."""

import json

import pytest

from factlint.evaluate import DEV_DATA
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


@pytest.mark.skipif(not DEV_DATA.exists(), reason="../shared/data/meantime-wikinews-dev.jsonl not present")
def test_extraction_quality_does_not_regress(floors):
    now = measured(("extraction",))
    problems = compare(now, floors)
    assert not problems, "; ".join(problems) + " (if intended: python -m tests.eval_gate --update --allow-regression)"
