"""Floors pinned on the held-out and sealed figures of issues 15 and 16 (``floors.json``).

Each evaluation command takes ``--check-floors``: after its table it compares its held-out (and, for
relations, sealed) figures with the floors here, prints one ``REGRESSION:`` line per figure below its
floor (or above its ``_max`` ceiling) and exits 1. The full evaluations take minutes, so they are run
at the end of a session rather than in the unit tests; raise a floor by hand when a figure rises
(the value measured minus ``tests.eval_gate.EPSILON``), lower one only on purpose and say why.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.eval_gate import compare
from tests.evaluation.common import PR

FLOORS = Path(__file__).with_name("floors.json")


def figures(command: str, result: dict) -> dict[str, float]:
    """The pinned figures of one command's result (the dict its ``evaluate`` returns)."""
    out: dict[str, float] = {}
    if command == "relations":
        for split in ("heldout", "sealed"):
            tot = result.get(split, {}).get("total")
            if not tot:
                continue
            if tot["verified_rate"] is not None:
                out[f"relations.{split}.verified_rate"] = tot["verified_rate"]
            if tot["detection_rate"] is not None:
                out[f"relations.{split}.detection_rate"] = tot["detection_rate"]
            out[f"relations.{split}.false_alarm_controls_max"] = tot["false_alarm_controls"]
    elif command == "realnews":
        held = result["sets"]["all"]["heldout"]
        out["realnews.heldout.fail_max"] = held["fail"]
        out["realnews.heldout.warn_max"] = held["warn"]
    elif command == "timex":
        value = [result["heldout"]["by_type"][t]["value"] for t in ("DATE", "TIME")]
        both = PR(*(sum(v[k] for v in value) for k in ("gold", "gold_hit", "pred", "pred_hit")))
        out["timex.heldout.date_time_value_f1"] = both.as_dict()["f1"]
    elif command == "quantities":
        out["quantities.heldout.f1"] = result["heldout"]["by_label"]["ALL"]["f1"]
    return out


def check(command: str, result: dict, floors: dict[str, float] | None = None) -> list[str]:
    """Problems: pinned figures of ``command`` below their floors (or above their ceilings)."""
    if floors is None:
        floors = json.loads(FLOORS.read_text())
    mine = {k: v for k, v in floors.items() if k.startswith(command + ".")}
    return compare(figures(command, result), mine)
