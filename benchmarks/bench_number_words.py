"""Number words: factlint's parser (factlint/extract/numbers.py) against the `text2num` library (issue 16).

    python3 -m uv pip install --python .venv/bin/python text2num==3.1.0   # not a factlint dependency
    .venv/bin/python benchmarks/bench_number_words.py [--repeat 2000]

Correctness on (a) the number words of the tune quantity gold (tests/gold/quantities/tune.jsonl:
the leading number words of each surface that has a spelled-out number, against the gold value;
held-out gold is never read) and (b) phrases invented here, one per kind news writes. Speed: calls
per second over list (b). text2num reads a phrase as a whole (``text2num``); what it refuses
(``ValueError``) counts as wrong. Results are in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factlint.extract.lexicon import NUMBER_PART  # noqa: E402
from factlint.extract.numbers import parse_words  # noqa: E402

# (phrase, value): invented for this comparison, one or more per kind of spelled-out number.
INVENTED = [
    ("seven", 7), ("zero", 0), ("eleven", 11), ("nineteen", 19), ("forty", 40), ("twenty-six", 26),
    ("twenty six", 26), ("ninety-nine", 99), ("one hundred", 100), ("a hundred", 100), ("three hundred", 300),
    ("one hundred and five", 105), ("one hundred five", 105), ("two hundred and thirty-one", 231),
    ("nine hundred ninety-nine", 999), ("a thousand", 1000), ("one thousand", 1000), ("four thousand", 4000),
    ("twelve thousand", 12_000), ("sixty-five thousand", 65_000), ("four hundred thousand", 400_000),
    ("seven hundred and fifty thousand", 750_000), ("three thousand four hundred", 3400),
    ("two thousand and eight", 2008), ("a million", 1_000_000), ("two million", 2_000_000),
    ("twelve million five hundred thousand", 12_500_000), ("six billion", 6_000_000_000), ("a billion", 1e9),
    ("three trillion", 3e12), ("fifteen hundred", 1500), ("a dozen", 12), ("two dozen", 24), ("a couple", 2),
    ("one and a half", 1.5), ("two and a half", 2.5), ("two-thirds", 2 / 3), ("two thirds", 2 / 3),
    ("a quarter", 0.25), ("three quarters", 0.75), ("a third", 1 / 3), ("half", 0.5),
    ("1.5 million", 1_500_000), ("2.3 billion", 2_300_000_000), ("40 million", 40_000_000), ("15 thousand", 15_000),
    ("Twenty-Five", 25), ("FORTY", 40), ("one", 1), ("eighty-eight thousand", 88_000),
]


def factlint_value(phrase: str) -> float | None:
    return parse_words(phrase.split())


def text2num_value(phrase: str) -> float | None:
    from text_to_num import text2num
    try:
        return float(text2num(phrase, "en"))
    except (ValueError, TypeError):
        return None


def same(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-4)  # the gold writes 2/3 as 0.6667


_SUBUNIT = re.compile(r"\bcents?\b|\bpence\b", re.I)
_ALPHA_NUMBER = {w for w in NUMBER_PART if w not in ("a", "an", "and")} | {"third", "thirds", "quarter", "quarters"}


def gold_phrases() -> list[tuple[str, float]]:
    """The leading number words of each tune gold surface that spells a number out."""
    out = []
    for line in (ROOT / "tests" / "gold" / "quantities" / "tune.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if "high" in g or _SUBUNIT.search(g["surface"]):
            continue  # a range's value is its low end; cents are scaled to the currency
        words = []
        for w in g["surface"].replace("-", " - ").split():
            low = w.lower()
            if low in NUMBER_PART or low in _ALPHA_NUMBER or re.fullmatch(r"[\d,.]+", w) or (w == "-" and words):
                words.append(w)
            else:
                break
        phrase = " ".join(words).replace(" - ", "-").strip("- ")
        if phrase and any(w.lower().strip("-") in _ALPHA_NUMBER for w in phrase.replace("-", " ").split()):
            out.append((phrase, float(g["value"])))
    return out


def score(pairs: list[tuple[str, float]]) -> dict:
    fl = [p for p, v in pairs if same(factlint_value(p), v)]
    t2 = [p for p, v in pairs if same(text2num_value(p), v)]
    return {"n": len(pairs), "factlint": len(fl), "text2num": len(t2),
            "only_factlint": sorted(set(fl) - set(t2)), "only_text2num": sorted(set(t2) - set(fl))}


def speed(fn, phrases: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for p in phrases:
            fn(p)
    return repeat * len(phrases) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2000)
    args = ap.parse_args()
    gold = gold_phrases()
    words_only = [(p, v) for p, v in gold + INVENTED if not re.search(r"\d", p)]
    for name, pairs in (("tune gold number words", gold), ("invented phrases", INVENTED), ("both, words only (no digits)", words_only)):
        s = score(pairs)
        print(f"{name}: {s['n']} phrases; right: factlint {s['factlint']}, text2num {s['text2num']}")
        print(f"  only factlint right: {s['only_factlint']}")
        print(f"  only text2num right: {s['only_text2num']}")
    phrases = [p for p, _ in INVENTED]
    fl, t2 = speed(factlint_value, phrases, args.repeat), speed(text2num_value, phrases, args.repeat)
    print(f"speed (invented phrases, {args.repeat} rounds): factlint {fl:,.0f}/s, text2num {t2:,.0f}/s, ratio {fl / t2:.2f}")


if __name__ == "__main__":
    main()
