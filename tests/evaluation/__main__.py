"""Evaluation commands of issues 15 and 16 (tune and held-out figures side by side).

    python -m tests.evaluation relations     # relation gold: verified / edits caught / false alarms on controls
    python -m tests.evaluation relations --fresh  # the same figures on the fresh set (tests/gold/fresh) alone
    python -m tests.evaluation relations --fresh2 # the same on the second fresh set (tests/gold/fresh2) alone
    python -m tests.evaluation realnews      # fail/warn rates on real news; tune fails listed for review
    python -m tests.evaluation timex         # TempEval-3 scoring of dates on TBAQ, per TIMEX type
    python -m tests.evaluation quantities    # quantity P/R/F1 on whole annotated articles, per label
    python -m tests.evaluation diagnose      # where each unverified tune restatement stops (extraction, binding, check)

Every command takes --json and --limit N (a quick run on the first N items). Held-out figures are
printed only as aggregates. The older extraction/check evaluation is ``python -m tests.evaluation.evaluate``.
"""

from __future__ import annotations

import argparse
import json
import sys

from tests.evaluation.common import UserError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.evaluation", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--json", action="store_true", help="print machine-readable JSON instead of tables")
        p.add_argument("--limit", type=int, default=None, metavar="N", help="a quick run on the first N items of each split/set")
        p.add_argument("--no-cache", action="store_true", help="run factlint on every article again (reports are cached per article and code version)")
        p.add_argument("--workers", type=int, default=1, metavar="N", help="parse in N processes")
        p.add_argument("--check-floors", action="store_true", help="exit 1 when a held-out (or sealed) figure is below its floor in tests/evaluation/floors.json")
        return p

    rel = command("relations", "Relation gold: verified relations, single edits caught, false alarms on consistent edits.")
    rel.add_argument("--edits-per-relation", type=int, default=2, metavar="N", help="perturb at most N operands of each relation (default 2)")
    rel.add_argument("-v", "--verbose", action="store_true", help="list the tune misses (held-out and sealed misses are never listed)")
    rel.add_argument("--no-sealed", action="store_true", help="leave the sealed set out (for rule writers: it is measured once per session)")
    rel.add_argument("--fresh", action="store_true", help="score the fresh set alone (tests/gold/fresh: its own articles; figures only)")
    rel.add_argument("--fresh2", action="store_true", help="score the second fresh set alone (tests/gold/fresh2: its own articles; figures only)")
    rn = command("realnews", "fail/warn rates on real news per rule; tune fails written for hand review.")
    rn.add_argument("--fails-out", default=None, metavar="FILE", help="where to write the tune fails (default tests/evaluation/review/fails-tune.jsonl)")
    rn.add_argument("--verdicts", default=None, metavar="FILE", help="verdict file (default tests/evaluation/review/verdicts.jsonl)")
    tx = command("timex", "TempEval-3 scoring of factlint's dates on TBAQ: strict/relaxed span and value F1 per TIMEX type.")
    tx.add_argument("-v", "--verbose", action="store_true", help="list tune errors (held-out errors are never listed)")
    qt = command("quantities", "Quantity P/R/F1 on whole hand-annotated articles, per label.")
    qt.add_argument("-v", "--verbose", action="store_true", help="list tune errors (held-out errors are never listed)")
    dg = command("diagnose", "Where each unverified tune restatement stops: not extracted, not bound, bound apart, set apart.")
    dg.add_argument("-v", "--verbose", action="store_true", help="list each tune miss with its operands' bindings")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit: give a positive number of items, e.g. --limit 20")
    if getattr(args, "fresh", False) and getattr(args, "fresh2", False):
        parser.error("--fresh and --fresh2: score one fresh set at a time")
    if (getattr(args, "fresh", False) or getattr(args, "fresh2", False)) and args.check_floors:
        parser.error("--check-floors: the fresh sets have no floors; drop --fresh/--fresh2")
    if args.check_floors and args.command == "diagnose":
        parser.error("--check-floors: diagnose reads tune relations only and has no floors")
    if args.check_floors and args.limit is not None:
        parser.error("--check-floors compares whole sets with their floors: drop --limit")
    common = {"limit": args.limit, "use_cache": not args.no_cache, "workers": args.workers}
    try:
        if args.command == "relations":
            from tests.evaluation import relations as mod

            result = mod.evaluate(per_relation=args.edits_per_relation, sealed=not args.no_sealed,
                                  columns=("fresh",) if args.fresh else ("fresh2",) if args.fresh2 else None, **common)
            text = mod.render(result, args.verbose)
        elif args.command == "realnews":
            from tests.evaluation import realnews as mod

            result = mod.evaluate(fails_out=args.fails_out, verdicts=args.verdicts, **common)
            text = mod.render(result)
        elif args.command == "timex":
            from tests.evaluation import timex as mod

            result = mod.evaluate(**common)
            text = mod.render(result, args.verbose)
        elif args.command == "diagnose":
            from tests.evaluation import diagnose as mod

            result = mod.evaluate(**common)
            text = mod.render(result, args.verbose)
        else:
            from tests.evaluation import quantities as mod

            result = mod.evaluate(**common)
            text = mod.render(result, args.verbose)
    except UserError as exc:  # missing data, an unreadable verdict file: one line naming the file, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        result.pop("errors_tune", None) if not getattr(args, "verbose", False) else None
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(text)
    if args.check_floors:
        from tests.evaluation.floors import check

        problems = check(args.command, result)
        for p in problems:
            print("REGRESSION: " + p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
