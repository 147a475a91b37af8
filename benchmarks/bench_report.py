"""How much writing the reports (JSON + HTML) adds to a run: 1,000 documents, budget 10 %.

    .venv/bin/python benchmarks/bench_report.py                 # 1,000 docs from ../shared/data (MEANTIME/Wikinews)
    .venv/bin/python benchmarks/bench_report.py --docs 200 --data corpus.jsonl

The corpus (plus the seed article) is replicated (with fresh ids) up to ``--docs`` articles, run through the pipeline's plain
functions stage by stage, then reported with ``write_reports`` into a temporary folder. Prints the
time of every stage and the reports' share; exits 1 when the share exceeds ``--budget``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

DATA = ROOT.parent / "shared" / "data" / "meantime-wikinews-dev.jsonl"
SEED = ROOT / "seeds" / "tass-nato-russia-missions.txt"  # mixed in so some pages carry findings


def replicate(source: Path, n: int, target: Path) -> None:
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    if SEED.exists():
        records.append({"id": SEED.stem, "text": SEED.read_text(encoding="utf-8")})
    with target.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(records[i % len(records)])
            rec["id"] = f"{rec.get('id', 'doc')}-{i // len(records)}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def timed(label: str, times: dict, fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    times[label] = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="articles to verify (default 1000)")
    parser.add_argument("--data", type=Path, default=DATA, help=f"JSONL corpus to replicate (default {DATA})")
    parser.add_argument("--repeat", type=int, default=3, help="times the report stage is repeated; the median counts")
    parser.add_argument("--budget", type=float, default=0.10, help="largest acceptable report share of the rest (default 0.10)")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_report: {args.data} not found; pass --data CORPUS.jsonl", file=sys.stderr)
        return 2

    from factlint.extract import nlp
    from factlint.pipeline import core as pipeline
    from factlint.report import write_reports
    from factlint.report.html import render_document, render_index
    from factlint.report.json_report import build_report, dumps

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="factlint-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        replicate(args.data, args.docs, corpus)
        timed("load spaCy model", times, nlp.load)
        batch = timed("ingest", times, pipeline.ingest, [str(corpus)])
        results = timed("extract", times, pipeline.extract, batch.documents)
        relations = timed("check", times, pipeline.check, results)
        findings = timed("validate (GX)", times, pipeline.validate, relations)
        results = timed("attach", times, pipeline.attach, results, relations, findings)
        run = pipeline.RunResult(results, batch.errors, [str(corpus)])
        run.seconds = sum(times.values())

        report_runs, html_runs, json_runs = [], [], []
        for i in range(args.repeat):
            out = Path(tmp) / f"out{i}"
            started = time.perf_counter()
            report, written = write_reports(run, out)
            report_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            pages = [render_document(doc, report) for doc in report["documents"]]
            pages.append(render_index(report))
            html_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            dumps(build_report(run))
            json_runs.append(time.perf_counter() - started)
        size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())

    docs, claims = len(report["documents"]), sum(report["summary"]["claims"].values())
    rest = sum(times.values())
    rest_warm = rest - times["load spaCy model"]
    share, share_warm = (statistics.median(report_runs) / t for t in (rest, rest_warm))
    print(f"{docs} documents, {claims} claims, {report['summary']['relations']} relations ({args.docs} requested from {args.data.name})")
    for label, seconds in times.items():
        print(f"  {label:<24}{seconds:9.2f} s")
    print(f"  {'pipeline before report':<24}{rest:9.2f} s  ({rest_warm:.2f} s without the model load)")
    print(f"  {'write_reports (median)':<24}{statistics.median(report_runs):9.2f} s  "
          f"(runs: {', '.join(f'{r:.2f}' for r in report_runs)}; {size / 1e6:.1f} MB written)")
    print(f"    of which HTML render  {statistics.median(html_runs):9.2f} s  "
          f"({statistics.median(html_runs) / docs * 1000:.2f} ms a document, in memory)")
    print(f"    of which JSON build   {statistics.median(json_runs):9.2f} s  (build_report + dumps, in memory)")
    print(f"report share: {share:.1%} of the rest of the run ({share_warm:.1%} of it without the model load); budget {args.budget:.0%}")
    ok = share_warm <= args.budget
    print("OK" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
