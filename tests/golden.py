"""Golden files of the seed's report: report.json, index.html and the document page, volatile parts normalised.

    python -m tests.golden               # compare a fresh run on the seed with tests/golden/
    python -m tests.golden --update      # regenerate tests/golden/ (`make golden`), then review the diff
    python -m tests.golden --screenshot  # retake reports/screenshot-seed.png (the README's picture) in Chromium

The goldens pin what users see; extraction changes move them on purpose, so regenerating is one
command and the diff is the review.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = ROOT / "tests" / "golden"
SEED_INPUT = "seeds/tass-nato-russia-missions.txt"  # relative, so sources and inputs read the same on every machine
SEED_PAGE = "documents/tass-nato-russia-missions.html"
FILES = ("report.json", "index.html", SEED_PAGE)
SCREENSHOT = ROOT / "reports" / "screenshot-seed.png"
UPDATE_HINT = "If the change is intended, regenerate with `make golden` (python -m tests.golden --update) and review the diff."

CHROMIUM = "/usr/bin/chromium"
# No browser download, no network, no first-run work: the tests drive Debian's chromium as it is.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

_TAG_BREAK = re.compile(r">(?=<)")
_VOLATILE = re.compile(r'<span class="volatile">.*?</span>', re.S)


def generate(output: Path):
    """Run the pipeline on the seed exactly as the goldens were made (from the repository root)."""
    from factlint.pipeline.core import run

    with contextlib.chdir(ROOT):
        return run([SEED_INPUT], output=output)


def normalise(name: str, text: str) -> str:
    """Blank what changes from run to run: the report's ``run`` object and the index's volatile span."""
    if name.endswith(".json"):
        report = json.loads(text)
        report["run"] = {key: f"<{key}>" for key in report.get("run", {})}
        return json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    return _VOLATILE.sub('<span class="volatile">(volatile)</span>', text)


def produced(output: Path) -> dict[str, str]:
    return {name: normalise(name, (output / name).read_text(encoding="utf-8")) for name in FILES}


def _diff(name: str, expected: str, actual: str, limit: int = 40) -> str:
    if not name.endswith(".json"):  # one tag per line, so a change inside a long line shows where it is
        expected, actual = (_TAG_BREAK.sub(">\n", t) for t in (expected, actual))
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      f"tests/golden/{name}", f"fresh {name}", lineterm="", n=1))
    more = f"\n... {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return "\n".join(line[:300] for line in lines[:limit]) + more


def compare(output: Path) -> list[str]:
    """One message per golden file that differs from the run written to ``output`` (empty: all match)."""
    problems = []
    for name, actual in produced(output).items():
        path = GOLDEN_DIR / name
        if not path.exists():
            problems.append(f"tests/golden/{name} is missing. {UPDATE_HINT}")
            continue
        expected = path.read_text(encoding="utf-8")
        if expected != actual:
            problems.append(f"tests/golden/{name} differs from a fresh run on {SEED_INPUT}. {UPDATE_HINT}\n"
                            + _diff(name, expected, actual))
    return problems


def update(output: Path) -> list[Path]:
    written = []
    for name, text in produced(output).items():
        path = GOLDEN_DIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def screenshot(output: Path, target: Path = SCREENSHOT, width: int = 1200) -> Path:
    """The seed's document page as the README shows it: 1200 px wide, its finding selected, light scheme."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme="light")
            page.goto((output / SEED_PAGE).as_uri())
            page.locator(".pick", has_text="20 - 8 - 2 = 10").click()
            # a viewport as tall as the page, so the sticky findings panel shows every finding
            page.set_viewport_size({"width": width, "height": page.evaluate("document.documentElement.scrollHeight")})
            page.evaluate("window.scrollTo(0, 0)")
            page.mouse.move(0, 0)
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target), full_page=True)
        finally:
            browser.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite tests/golden/ from a fresh run on the seed")
    parser.add_argument("--screenshot", action="store_true", help=f"retake {SCREENSHOT.relative_to(ROOT)} with {CHROMIUM}")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factlint-golden-") as tmp:
        out = Path(tmp)
        generate(out)
        if args.screenshot:
            print(f"wrote {screenshot(out).relative_to(ROOT)}")
        if args.update:
            for path in update(out):
                print(f"wrote {path.relative_to(ROOT)}")
            return 0
        if args.screenshot:
            return 0
        problems = compare(out)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(FILES)} golden files match")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
