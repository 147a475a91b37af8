"""Gate speed: ``factlint check one-article.txt`` cold, against the floor of the stack (budget 1.2x).

    .venv/bin/python benchmarks/bench_gate.py                  # the seed article, 5 rounds
    .venv/bin/python benchmarks/bench_gate.py --runs 3 --article my.txt --check

The floor is what no implementation can avoid: start Python, import spaCy and Great
Expectations, load the spaCy model, process the article's text. The gate is the real command a
CI job runs (``python -m factlint check ARTICLE --no-report``, plus any ``--args``), in a fresh
process each time. Floor and gate runs alternate so machine load hits both alike; the medians
are compared, of wall time (the budget) and of CPU time (steadier on a busy machine).
``--check`` exits 1 when the wall-time ratio exceeds ``--budget``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tass-nato-russia-missions.txt"

FLOOR = """
import sys
import spacy
import great_expectations
nlp = spacy.load(sys.argv[1], exclude=["lemmatizer"])
text = open(sys.argv[2], encoding="utf-8").read()
for paragraph in text.split("\\n\\n"):
    nlp(paragraph)
"""


def clean_env() -> dict[str, str]:
    """No Prefect server or telemetry: the gate must not need either."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.setdefault("GX_ANALYTICS_ENABLED", "false")
    return env


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one child process. On a busy machine the wall
    time swings with other load; the CPU time is the steadier measure of the work itself."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):  # 1 is a finding, still a complete run
        raise SystemExit(f"bench_gate: {shlex.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, default=SEED, help=f"the article to check (default {SEED.relative_to(ROOT)})")
    parser.add_argument("--runs", type=int, default=5, help="rounds of (floor, gate); the medians count (default 5)")
    parser.add_argument("--budget", type=float, default=1.2, help="largest acceptable gate/floor ratio (default 1.2)")
    parser.add_argument("--args", default="", help="more arguments for factlint check, e.g. \"--format sarif --output-file /tmp/o.sarif\"")
    parser.add_argument("--check", action="store_true", help="exit 1 when the ratio exceeds --budget")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from factlint.extract.nlp import default_model

    model = default_model()
    env = clean_env()
    floor_cmd = [sys.executable, "-c", FLOOR, model, str(args.article)]
    gate_cmd = [sys.executable, "-m", "factlint", "check", str(args.article), "--no-report", *shlex.split(args.args)]
    timed(floor_cmd, env)  # warm the file cache once so the first round is not an outlier
    floors, gates = [], []
    for i in range(args.runs):
        floors.append(timed(floor_cmd, env))
        gates.append(timed(gate_cmd, env))
        print(f"round {i + 1}: floor {floors[-1][0]:.2f} s wall / {floors[-1][1]:.2f} s CPU, "
              f"gate {gates[-1][0]:.2f} s wall / {gates[-1][1]:.2f} s CPU", flush=True)
    floor, gate = (statistics.median(t[0] for t in floors), statistics.median(t[0] for t in gates))
    floor_cpu, gate_cpu = (statistics.median(t[1] for t in floors), statistics.median(t[1] for t in gates))
    ratio, ratio_cpu = gate / floor, gate_cpu / floor_cpu
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"article: {args.article} ({args.article.stat().st_size:,} bytes), model {model}, {args.runs} rounds, "
          f"{os.cpu_count()} CPUs, load average {load:.1f}")
    print(f"floor (python + import spacy + import great_expectations + load model + process text): "
          f"wall median {floor:.2f} s (min {min(t[0] for t in floors):.2f}), CPU median {floor_cpu:.2f} s")
    print(f"gate  ({shlex.join(gate_cmd[1:])}): wall median {gate:.2f} s (min {min(t[0] for t in gates):.2f}), "
          f"CPU median {gate_cpu:.2f} s")
    print(f"ratio gate/floor: wall {ratio:.3f}, CPU {ratio_cpu:.3f} (budget {args.budget}); "
          f"overhead {gate - floor:+.2f} s wall, {gate_cpu - floor_cpu:+.2f} s CPU")
    verdict = "within budget" if ratio <= args.budget else "OVER BUDGET"
    print(f"bench_gate: {verdict} (wall); CPU {'within budget' if ratio_cpu <= args.budget else 'OVER BUDGET'}")
    return 1 if args.check and ratio > args.budget else 0


if __name__ == "__main__":
    sys.exit(main())
