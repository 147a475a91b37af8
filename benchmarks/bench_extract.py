"""Extraction throughput against spaCy's own nlp.pipe on the same texts and model.

    uv run python benchmarks/bench_extract.py [--docs 600] [--repeat 3]

Prints documents per second for (a) the stock pipeline's nlp.pipe over whole texts, (b)
factlint's parse + claim extraction, the ratio b/a and the issue's floor (0.85).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import spacy

from factlint.extract import nlp as fl_nlp
from factlint.extract.claims import extract_all
from factlint.records import Document

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "meantime-wikinews-dev.jsonl"
FLOOR = 0.85


def corpus(n: int) -> list[dict]:
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [records[i % len(records)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = corpus(args.docs)
    texts = [r["text"] for r in records]
    model = fl_nlp.default_model()
    stock = spacy.load(model, exclude=["lemmatizer"])
    fl_nlp.load(model)
    docs = [Document(id=f"d{i}", text=r["text"], source="bench", published=r.get("published"), published_source="metadata")
            for i, r in enumerate(records)]
    base, ours, base_cpu, ours_cpu = [], [], [], []
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        for _ in stock.pipe(texts, batch_size=64):
            pass
        base.append(time.perf_counter() - t)
        base_cpu.append(time.process_time() - c)
        t, c = time.perf_counter(), time.process_time()
        for _ in extract_all(docs):
            pass
        ours.append(time.perf_counter() - t)
        ours_cpu.append(time.process_time() - c)
    b, o = statistics.median(base), statistics.median(ours)
    bc, oc = statistics.median(base_cpu), statistics.median(ours_cpu)
    print(f"model {model}, {args.docs} news articles, median of {args.repeat} runs (load average {os.getloadavg()[0]:.1f})")
    print(f"spaCy nlp.pipe alone          {args.docs / b:8.1f} docs/s  ({b:.2f} s wall, {bc:.2f} s CPU)")
    print(f"factlint parse + extraction   {args.docs / o:8.1f} docs/s  ({o:.2f} s wall, {oc:.2f} s CPU)")
    print(f"ratio (wall) {b / o:.3f}, ratio (CPU, robust to other load) {bc / oc:.3f}; floor {FLOOR}: "
          f"{'OK' if min(b / o, bc / oc) >= FLOOR else 'BELOW FLOOR' if max(b / o, bc / oc) < FLOOR else 'wall below floor: rerun on a quiet machine'}")


if __name__ == "__main__":
    main()
