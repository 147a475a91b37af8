"""The ``factlint`` command line: a thin shell over ``factlint.pipeline.core`` and ``flows.verify``."""

from __future__ import annotations

import argparse
import os
import sys

from factlint import __version__
from factlint.gate.exitcodes import FAIL_LEVELS, ExitCode
from factlint.gate.formats import FORMATS, LINE_FORMATS, clean, clean_line  # noqa: F401  (clean: terminal-safe text, used here and by callers)
from factlint.gate.formats.text import verdict_line
from factlint.cli.options import add_fetch_arguments, add_report_url_argument, fetch_options, iso_date, positive
from factlint.inputs.ingest import DEFAULT_MAX_BYTES


class UsageError(Exception):
    pass


class _FormatAction(argparse.Action):
    """--format F: one more output, to stdout until an --output-file follows it."""

    def __call__(self, parser, namespace, values, option_string=None):
        outputs = list(getattr(namespace, self.dest) or [])
        outputs.append((values, None))
        setattr(namespace, self.dest, outputs)


class _OutputFileAction(argparse.Action):
    """--output-file FILE: where the --format just before it goes."""

    def __call__(self, parser, namespace, values, option_string=None):
        outputs = list(getattr(namespace, "outputs", None) or [])
        if not outputs:
            parser.error("--output-file must follow the --format it is for, e.g. --format sarif --output-file factlint.sarif")
        fmt, current = outputs[-1]
        if current is not None:
            parser.error(f"--format {fmt} already goes to {current}; give --format {fmt} again for a second file")
        outputs[-1] = (fmt, values)
        namespace.outputs = outputs


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
                                       "Exit codes: 0 no finding at or above the fail level, 1 at least one, "
                                       "2 usage, configuration or input error.",
                           epilog="Formats: --format is repeatable; an --output-file right after a --format sends that format "
                                  "to the file, e.g. --format github --format sarif --output-file factlint.sarif. "
                                  "Formats without one go to stdout (json, sarif and junit only on their own).")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt .md .html .json .jsonl), folders (recursive) or globs")
    check.add_argument("-o", "--output", default="reports", help="folder for index.html, report.json and document pages (default: reports)")
    check.add_argument("--format", dest="outputs", action=_FormatAction, choices=FORMATS, metavar="{" + ",".join(FORMATS) + "}",
                       help="output format, repeatable: text (path:line:col: RULE status message, default), json (the report), "
                            "sarif (SARIF 2.1.0), junit (JUnit XML), github (Actions annotations + step summary)")
    check.add_argument("--output-file", action=_OutputFileAction, metavar="FILE",
                       help="write the --format given just before it to FILE instead of stdout")
    check.add_argument("--fail-level", choices=FAIL_LEVELS, default=None,
                       help="lowest status that fails the gate (exit 1): fail (default) or warn")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings fail the gate (input errors still exit 2)")
    check.add_argument("--config", metavar="FILE",
                       help="read settings from FILE (pyproject.toml [tool.factlint], or the same keys at the top level) "
                            "instead of the nearest pyproject.toml with [tool.factlint]")
    check.add_argument("--baseline", metavar="FILE", help="findings recorded in FILE are known: reported, but they do not fail the gate")
    check.add_argument("--write-baseline", metavar="FILE", help="record every current fail/warn finding in FILE (they then do not fail the gate)")
    check.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
    check.add_argument("--model", default=None, help="spaCy pipeline to use (default: config 'model', $FACTLINT_MODEL, en_core_web_sm, or its registry re-upload)")
    check.add_argument("--max-bytes", type=positive, default=DEFAULT_MAX_BYTES, help=f"skip input files larger than this (default: {DEFAULT_MAX_BYTES})")
    add_fetch_arguments(check)
    check.add_argument("--workers", type=positive, default=1,
                       help="parse in this many processes on this machine (default: 1; one per core is the most that helps)")
    check.add_argument("--prefect", action="store_true", help="run as a Prefect flow run (automatic when PREFECT_API_URL is set)")
    check.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                       help="run extract + check on the Dask cluster at this scheduler address (a Prefect flow run with "
                            "prefect-dask's DaskTaskRunner; each worker loads the spaCy model once)")
    check.add_argument("--no-report", action="store_true", help="do not write report files (print only)")
    add_report_url_argument(check)
    from factlint.cli.monitor import add_commands  # monitor, serve

    add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in ("monitor", "serve"):
            from factlint.cli.monitor import run_command

            return int(run_command(args))
        return int(check(args))
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED


def check(args: argparse.Namespace) -> ExitCode:
    """Configuration and baseline first (fail fast, before spaCy loads), then the run, the gate
    and every requested output."""
    from factlint.gate.baseline import BaselineError
    from factlint.gate.config import ConfigError

    outputs = args.outputs or [("text", None)]
    try:
        _check_outputs(outputs)
        if args.dask_address and args.workers > 1:
            raise UsageError("--workers sets processes on this machine and --dask-address sends the work to a "
                             "cluster; drop --workers (the cluster's worker count applies)")
        opts = gate_options(args)
    except (UsageError, ConfigError, BaselineError) as exc:
        print(f"factlint: error: {clean_line(str(exc))}", file=sys.stderr)
        return ExitCode.ERROR
    paths = opts.selected
    model = args.model or opts.config.model
    output = None if args.no_report else args.output
    run_errors: tuple = ()
    if paths:  # spaCy is imported only when there is something to read
        from factlint.extract.nlp import ModelNotFound
        from checks.validate import SuiteError

        run_errors = (ModelNotFound, SuiteError)
    try:
        run = _run(args, paths, output, model, opts)
    except run_errors as exc:
        print(f"factlint: error: {clean_line(str(exc))}", file=sys.stderr)
        return ExitCode.ERROR
    for err in run.errors:
        print(f"factlint: error: {clean_line(str(err))}", file=sys.stderr)
    code = ExitCode(run.report["gate"]["exit_code"])
    try:
        _write_outputs(run, outputs, opts)
    except OSError as exc:
        print(f"factlint: error: {clean_line(str(exc.filename or ''))}: cannot write ({exc.strerror or exc}); "
              "check the --output-file / --write-baseline path", file=sys.stderr)
        return ExitCode.ERROR
    return code


def gate_options(args: argparse.Namespace):
    """GateOptions from the flags and the configuration; flags win over the config file."""
    from pathlib import Path

    from factlint.gate import config as cfg
    from factlint.gate.baseline import Baseline
    from factlint.gate.review import GateOptions

    config = cfg.load(args.config)
    write = Path(args.write_baseline) if args.write_baseline else None
    baseline_path = args.baseline or config.baseline
    baseline = None
    if baseline_path and not (write and not Path(baseline_path).exists()):
        baseline = Baseline.load(baseline_path)
    selected, errors, excluded = cfg.select_inputs(args.paths, config)
    opts = GateOptions(config=config, fail_level=args.fail_level or config.fail_level or "fail", exit_zero=args.exit_zero,
                       baseline=baseline, write_baseline=write, inputs=list(args.paths), input_errors=errors,
                       excluded=excluded, selected=selected)
    return opts


def _check_outputs(outputs: list[tuple[str, str | None]]) -> None:
    to_stdout = [fmt for fmt, dest in outputs if dest is None]
    structured = [fmt for fmt in to_stdout if fmt not in LINE_FORMATS]
    if structured and len(to_stdout) > 1:
        raise UsageError(f"--format {structured[0]} cannot share stdout with --format "
                         f"{next(f for f in to_stdout if f != structured[0] or to_stdout.count(f) > 1)}; "
                         f"add --output-file FILE after one of them")


def _run(args, paths, output, model, opts):
    """One run, however it is orchestrated; the gate's review amends it before its reports are written, once."""
    from factlint.gate.review import review
    from factlint.pipeline import core as pipeline

    gate = lambda run: review(run, opts)  # noqa: E731
    if not paths:  # the configuration excluded every input: report that without loading spaCy or GX
        import time

        from factlint.inputs.ingest import Batch

        return pipeline.report(pipeline.assemble(Batch(), list(args.paths), [], time.perf_counter(), review=gate), output)
    common = dict(paths=paths, output=output, published=args.published, model=model, max_bytes=args.max_bytes,
                  fetch=fetch_options(args, args.max_bytes), review=gate)
    if args.dask_address:
        from flows.dask import run_on_dask

        return run_on_dask(address=args.dask_address, report_url=args.report_url, **common)
    if args.prefect or os.environ.get("PREFECT_API_URL"):
        from flows.verify import run_of, verify

        return run_of(verify(workers=args.workers, report_url=args.report_url, return_state=True, **common))  # the run ends in the gate's state
    return pipeline.run(workers=args.workers, **common)


def _write_outputs(run, outputs, opts) -> None:
    from pathlib import Path

    from factlint.gate.baseline import dumps as baseline_dumps
    from factlint.gate.formats import render
    from factlint.report import atomic_write

    if opts.write_baseline is not None:
        atomic_write(opts.write_baseline, baseline_dumps(opts.written_entries))
        n = sum(e.count for e in opts.written_entries)
        print(f"factlint: wrote {n} known finding(s) to baseline {opts.write_baseline}", file=sys.stderr)
    for fmt, dest in outputs:
        text = render(fmt, run.report, run.written)
        if dest is None:
            sys.stdout.write(text)
        else:
            atomic_write(Path(dest), text)
    if all(dest is not None for _, dest in outputs):  # nothing on stdout: the verdict still shows
        print(verdict_line(run.report), file=sys.stderr)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and any(fmt == "github" for fmt, _ in outputs):
        from factlint.gate.formats.github import step_summary

        with open(summary_file, "a", encoding="utf-8") as fh:
            fh.write(step_summary(run.report))


if __name__ == "__main__":
    sys.exit(main())
