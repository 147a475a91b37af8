"""The ``factlint`` command line: a thin shell over ``factlint.pipeline`` and ``flows.verify``."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date

from factlint import __version__
from factlint.exitcodes import ExitCode, exit_code
from factlint.ingest import DEFAULT_MAX_BYTES
from factlint.report import dumps

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]|\x1b\[[0-?]*[ -/]*[@-~]|\x1b")


class UsageError(Exception):
    pass


def clean(text: str) -> str:
    """Terminal-safe: no ANSI escapes or control characters from article text or file names."""
    return _CONTROL.sub("", text)


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; try --published YYYY-MM-DD, e.g. 2021-10-18") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"invalid size {value!r}; give a positive number of bytes")
    return n


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(ExitCode.ERROR, f"factlint: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factlint", description="Extract dates, quantities and names from news articles and check them for internal consistency.")
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="verify articles and write a report",
                           description="Verify articles (files, folders, globs, JSONL corpora) and write HTML + JSON reports. "
                                       "Exit codes: 0 no failing finding, 1 at least one failing finding, 2 usage or input error.")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt .md .html .json .jsonl), folders (recursive) or globs")
    check.add_argument("-o", "--output", default="reports", help="folder for index.html, report.json and document pages (default: reports)")
    check.add_argument("--format", choices=["text", "json"], default="text", help="what to print on stdout: a readable summary (text) or the report JSON (json)")
    check.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    check.add_argument("--model", default=None, help="spaCy pipeline to use (default: $FACTLINT_MODEL, en_core_web_sm, or its registry re-upload)")
    check.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, help=f"skip input files larger than this (default: {DEFAULT_MAX_BYTES})")
    check.add_argument("--prefect", action="store_true", help="run as a Prefect flow run (automatic when PREFECT_API_URL is set)")
    check.add_argument("--no-report", action="store_true", help="do not write report files (print only)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(check(args))
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return 130


def check(args: argparse.Namespace) -> ExitCode:
    from factlint.nlp import ModelNotFound
    from factlint.validate import SuiteError

    output = None if args.no_report else args.output
    try:
        if args.prefect or os.environ.get("PREFECT_API_URL"):
            from flows.verify import verify

            run = verify(paths=args.paths, output=output, published=args.published, model=args.model, max_bytes=args.max_bytes)
        else:
            from factlint.pipeline import run as run_pipeline

            run = run_pipeline(args.paths, output, published=args.published, model=args.model, max_bytes=args.max_bytes)
    except (ModelNotFound, SuiteError) as exc:
        print(f"factlint: error: {clean(str(exc))}", file=sys.stderr)
        return ExitCode.ERROR
    for err in run.errors:
        print(f"factlint: error: {clean(str(err))}", file=sys.stderr)
    if args.format == "json":
        sys.stdout.write(dumps(run.report))
    else:
        print(summary_text(run.report, run.written))
    return exit_code(run.report["summary"])


def summary_text(report: dict, written: dict[str, str]) -> str:
    s = report["summary"]
    c, f = s["claims"], s["findings"]
    lines = []
    for d in report["documents"]:
        for finding in d["findings"]:
            if finding["status"] in ("fail", "warn"):
                lines.append(clean(f"{d['source']}: {finding['check']} {finding['status']}: {finding['message']}"))
    lines.append(
        f"factlint: {s['documents']} document(s), {sum(c.values())} claims ({c['date']} dates, {c['quantity']} quantities, "
        f"{c['name']} names); {s['relations']} relation(s) checked: {f['pass']} pass, {f['fail']} fail, {f['warn']} warn, {f['skip']} skip"
        + (f"; {s['errors']} input(s) not read" if s["errors"] else ""))
    if written.get("html"):
        lines.append(f"report: {written['html']} (JSON: {written['json']})")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
