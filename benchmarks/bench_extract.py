"""Extraction throughput against spaCy's own nlp.pipe on the same texts and model.

    uv run python benchmarks/bench_extract.py [--docs 600] [--repeat 3]

Prints documents per second for (a) the stock pipeline's nlp.pipe over whole texts, (b)
factlint's parse + claim extraction, the ratio b/a and the issue's floor (0.85).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import spacy

from factlint import nlp as fl_nlp
from factlint.extract import extract_all
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
    base, ours = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _ in stock.pipe(texts, batch_size=64):
            pass
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ in extract_all(docs):
            pass
        ours.append(time.perf_counter() - t)
    b, o = statistics.median(base), statistics.median(ours)
    print(f"model {model}, {args.docs} news articles, median of {args.repeat} runs")
    print(f"spaCy nlp.pipe alone          {args.docs / b:8.1f} docs/s  ({b:.2f} s)")
    print(f"factlint parse + extraction   {args.docs / o:8.1f} docs/s  ({o:.2f} s)")
    print(f"ratio {b / o:.3f} (floor {FLOOR})  {'OK' if b / o >= FLOOR else 'BELOW FLOOR'}")


if __name__ == "__main__":
    main()
