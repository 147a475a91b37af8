"""Pinned quality floors for extraction and checks, trafilatura-style.

    python -m tests.eval_gate                      # measure and compare with the floors
    python -m tests.eval_gate --update             # raise floors to what is measured now (minus EPSILON)
    python -m tests.eval_gate --update --allow-regression   # also lower them (say why in the commit)

The test in tests/test_eval_gate.py fails when a figure drops below its floor by more than
EPSILON; floors can only be lowered on purpose, with --allow-regression.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FLOORS = Path(__file__).with_name("eval_floors.json")
EPSILON = 0.005


def measured(sections: tuple[str, ...] = ("extraction", "checks")) -> dict[str, float]:
    from tests.evaluation.evaluate import evaluate_checks, evaluate_extraction

    out: dict[str, float] = {}
    if "extraction" in sections:
        ex = evaluate_extraction()
        out["extraction.date.value_f1"] = ex["values"]["date"]["f1"]
        out["extraction.quantity.value_f1"] = ex["values"]["quantity"]["f1"]
        out["extraction.name.f1"] = ex["values"]["name"]["f1"]
    if "checks" in sections:
        ch = evaluate_checks()
        if "real_news" in ch:
            out["checks.real_news.fail_max"] = ch["real_news"]["fail"]
        out["checks.consistent.fail_max"] = ch["consistent"]["fail"]
        out["checks.perturbed.detection_rate"] = ch["perturbed"]["rate"]
        out["checks.perturbed.new_fail_elsewhere_max"] = ch["perturbed"]["with_new_fail_elsewhere"]
    return out


def compare(now: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Problems: a figure below its floor (or, for *_max keys, above its ceiling)."""
    problems = []
    for key, floor in floors.items():
        if key not in now:
            continue
        value = now[key]
        if key.endswith("_max"):
            if value > floor:
                problems.append(f"{key} = {value}, above the pinned ceiling {floor}")
        elif value < floor - EPSILON:
            problems.append(f"{key} = {value:.4f}, below the pinned floor {floor:.4f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval_gate", description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the measured figures as the new floors")
    parser.add_argument("--allow-regression", action="store_true", help="with --update, allow lowering a floor")
    args = parser.parse_args(argv)
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    now = measured()
    for key in sorted(now):
        print(f"{key:45} {now[key]:>8}   floor {floors.get(key, '-')}")
    problems = compare(now, floors)
    if not args.update:
        for p in problems:
            print("REGRESSION: " + p)
        return 1 if problems else 0
    new = dict(floors)
    for key, value in now.items():
        proposal = value if key.endswith("_max") else round(value - EPSILON, 4)
        old = floors.get(key)
        lowers = old is not None and (proposal > old if key.endswith("_max") else proposal < old)
        if lowers and not args.allow_regression:
            print(f"refusing to lower {key} from {old} to {proposal}; pass --allow-regression to do it on purpose")
            continue
        new[key] = proposal
    FLOORS.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
    print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
