"""Time against document length: factlint on one document of N repetitions of a short sentence with
a count, beside spaCy's nlp.pipe over the same text cut into the paragraphs factlint parses (issue 15).

    .venv/bin/python benchmarks/bench_longdoc.py                          # quick: N = 200, 1000
    .venv/bin/python benchmarks/bench_longdoc.py --sizes 1000,5000,20000,40000
    .venv/bin/python benchmarks/bench_longdoc.py --vary --json

factlint is timed end to end (``factlint.pipeline.core.run``: ingest, parse, extraction, every
document-scope check, GX validation, the report; no files written), with the model loaded before the
clock starts. spaCy is the stock pipeline of the same model (lemmatizer excluded, as factlint loads
it) over ``factlint.extract.nlp.paragraphs(text)``. The issue's bar: a 20,000-sentence document in
<= 2x spaCy's time. Each size is printed as soon as it is done, so a size that does not finish still
leaves the smaller ones.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SENTENCE = "The council approved {n} new projects for the district."
BAR = 2.0


def document(n: int, vary: bool = False, per_paragraph: int = 0) -> str:
    """N sentences, each with a count (the same count unless ``vary``), in one paragraph or in
    paragraphs of ``per_paragraph`` sentences."""
    sents = [SENTENCE.format(n=(12 + i % 50) if vary else 12) for i in range(n)]
    if per_paragraph <= 0:
        return " ".join(sents) + "\n"
    return "\n\n".join(" ".join(sents[i:i + per_paragraph]) for i in range(0, n, per_paragraph)) + "\n"


def time_spacy(stock, text: str) -> tuple[float, int]:
    from factlint.extract.nlp import paragraphs

    pieces = [p for _, p in paragraphs(text)]
    t = time.perf_counter()
    for _ in stock.pipe(pieces, batch_size=64):
        pass
    return time.perf_counter() - t, len(pieces)


def time_factlint(text: str) -> tuple[float, dict]:
    from factlint.pipeline.core import run

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        t = time.perf_counter()
        report = run([str(path)], output=None, published="2024-03-15").report
        return time.perf_counter() - t, report["summary"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000", help="comma-separated sentence counts (default 200,1000; the issue's: 1000,5000,20000,40000)")
    parser.add_argument("--vary", action="store_true", help="a different count in each sentence (default: the same count)")
    parser.add_argument("--per-paragraph", type=int, default=0, metavar="K", help="K sentences per paragraph (default: one paragraph)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per size")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes: give whole numbers separated by commas, e.g. --sizes 1000,5000")
    import spacy

    from factlint.extract import nlp as fl_nlp

    model = fl_nlp.default_model()
    stock = spacy.load(model, exclude=["lemmatizer"])
    fl_nlp.load(model)
    time_factlint(document(5))  # warm up: GX, suites and imports are loaded once per process
    if not args.json:
        print(f"model {model}; one document of N x {SENTENCE.format(n=12)!r}{' (counts vary)' if args.vary else ''}; "
              f"load average {os.getloadavg()[0]:.1f}; bar: factlint <= {BAR}x spaCy at 20,000")
        print(f"{'N':>7} {'chars':>9} {'paragraphs':>10} {'spaCy s':>9} {'factlint s':>10} {'ratio':>6} {'claims':>7} {'findings':>8}")
    for n in sizes:
        text = document(n, args.vary, args.per_paragraph)
        s_time, pieces = time_spacy(stock, text)
        f_time, summary = time_factlint(text)
        findings = sum(summary["findings"].values())
        claims = sum(summary["claims"].values())
        row = {"sentences": n, "chars": len(text), "paragraphs": pieces, "spacy_seconds": round(s_time, 3),
               "factlint_seconds": round(f_time, 3), "ratio": round(f_time / s_time, 3), "claims": claims, "findings": findings}
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(f"{n:>7} {len(text):>9} {pieces:>10} {s_time:>9.2f} {f_time:>10.2f} {f_time / s_time:>6.2f} {claims:>7} {findings:>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
