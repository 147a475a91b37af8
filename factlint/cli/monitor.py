"""The ``factlint monitor`` (one monitoring run now) and ``factlint serve`` (the same on a Prefect
schedule) subcommands: thin shells over ``factlint.monitor.runs`` and ``flows.monitor``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from factlint.cli.options import add_fetch_arguments, add_report_url_argument, iso_date, positive, seconds
from factlint.inputs.fetch import DEFAULT_HTTP_MAX_BYTES, FetchOptions
from factlint.gate.formats import clean_line

SERVE_NEEDS_SERVER = ("serve needs a running Prefect server, and PREFECT_API_URL is not set (a temporary server "
                      "never fires schedules). Start one with `prefect server start` and run "
                      "`export PREFECT_API_URL=http://127.0.0.1:4200/api`")


def add_commands(sub) -> None:
    """Add ``monitor`` and ``serve`` to the ``factlint`` parser."""
    mon = sub.add_parser("monitor", help="one monitoring run: fetch URLs and feeds, check, compare articles, record history",
                         description="Fetch article URLs and RSS/Atom feeds (and local paths), verify every article, compare "
                                     "articles with each other, record the run in the history and write the reports. "
                                     "A flow run on the Prefect server when PREFECT_API_URL is set (as for check), in this "
                                     "process otherwise. "
                                     "Exit codes as for check: 0, 1 when the gate fails, 2 when a source could not be read.")
    srv = sub.add_parser("serve", help="run monitoring on a Prefect schedule (--cron or --interval)",
                         description="Serve the monitoring flow on a cron or interval schedule with Prefect until stopped "
                                     "(Ctrl-C). Needs a Prefect server: `prefect server start` and PREFECT_API_URL.")
    for p in (mon, srv):
        p.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="article URLs, RSS/Atom feed URLs, @FILE (a sources file: one URL or path per line), local paths")
        p.add_argument("-o", "--output", default="reports", help="folder for the reports, snapshots and history (default: reports)")
        p.add_argument("--history", metavar="URL_OR_PATH", default="",
                       help="history database: a SQLAlchemy URL (postgresql://...) or a SQLite file path "
                            "(default: OUTPUT/history.sqlite)")
        p.add_argument("--no-history", action="store_true", help="keep no history (every article is re-extracted)")
        p.add_argument("--fail-on", choices=["fail", "warn", "never"], default="fail",
                       help="the finding status that fails the run (flow state, exit code); never: the run never fails on findings")
        p.add_argument("--webhook", metavar="URL", help="POST a JSON summary of new failures to this URL")
        add_fetch_arguments(p)
        p.add_argument("--max-bytes", type=positive, default=DEFAULT_HTTP_MAX_BYTES,
                       help=f"largest page or feed fetched, in bytes (default: {DEFAULT_HTTP_MAX_BYTES})")
        p.add_argument("--no-crossdoc", action="store_true", help="do not compare articles with each other")
        p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="publication date for inputs that carry none")
        p.add_argument("--model", default=None, help="spaCy pipeline to use")
        add_report_url_argument(p)
    mon.add_argument("--format", choices=["text", "json"], default="text", help="stdout: readable summary or the report JSON")
    when = srv.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "0 * * * *" (hourly)')
    when.add_argument("--interval", type=seconds, metavar="SECONDS", help="run every SECONDS seconds")
    srv.add_argument("--name", default="factlint-monitor", help="deployment name (default: factlint-monitor)")


def _absolute(source: str) -> str:
    """Served runs start in another process: local paths and @files must not depend on its folder."""
    from factlint.inputs.feeds import SOURCES_PREFIX, is_remote

    if source.startswith(SOURCES_PREFIX):
        return SOURCES_PREFIX + str(Path(source[len(SOURCES_PREFIX):]).resolve())
    return source if is_remote(source) else str(Path(source).resolve())


def parameters(args: argparse.Namespace) -> dict:
    """The monitoring flow's parameters from the command line."""
    return {
        "sources": [_absolute(s) for s in args.sources], "output": str(Path(args.output).resolve()),
        "history": None if args.no_history else (args.history or ""), "fail_on": args.fail_on, "webhook": args.webhook,
        "published": args.published, "model": args.model, "crossdoc": not args.no_crossdoc,
        "allow_private_links": args.allow_private_links, "ignore_robots": args.ignore_robots, "max_items": args.max_items, "max_bytes": args.max_bytes,
        "timeout": args.timeout, "delay": args.delay, "report_url": args.report_url,
    }


def options(params: dict):
    from factlint.monitor.runs import MonitorOptions

    return MonitorOptions(
        output=params["output"], history=params["history"], fail_on=params["fail_on"], webhook=params["webhook"],
        published=params["published"], model=params["model"], crossdoc=params["crossdoc"], report_url=params["report_url"],
        fetch=FetchOptions(read_timeout=params["timeout"], max_bytes=params["max_bytes"], max_items=params["max_items"],
                           allow_private_links=params["allow_private_links"], delay=params["delay"],
                           obey_robots=not params["ignore_robots"]))


def run_command(args: argparse.Namespace) -> int:
    from factlint.gate.exitcodes import ExitCode, exit_code
    from factlint.extract.nlp import ModelNotFound
    from factlint.report import dumps
    from checks.validate import SuiteError

    params = parameters(args)
    if args.command == "serve":
        return serve(args, params)
    try:
        result = monitor_run(params)
    except (ModelNotFound, SuiteError) as exc:
        print(f"factlint: error: {clean_line(str(exc))}", file=sys.stderr)
        return ExitCode.ERROR
    for err in result.run.errors:
        print(f"factlint: error: {clean_line(str(err))}", file=sys.stderr)
    code = exit_code(result.run.report["summary"], "warn" if args.fail_on == "warn" else "fail",
                     exit_zero=args.fail_on == "never")
    if args.format == "json":
        sys.stdout.write(dumps(result.run.report))
    else:
        print(summary_text(result.run.report, result.run.written))
        hist = result.run.report.get("history")
        if hist:
            print(f"history: run {hist['run']}, {hist['reused_documents']} document(s) reused, "
                  f"{len(hist['new_failures'])} new and {len(hist['known_failures'])} known failure(s); "
                  + verdict(result.gate, code, result.run.report["summary"]["errors"])
                  + (f"; webhook: {hist['webhook']['status']}" if hist.get("webhook") else ""))
        else:
            print(f"factlint: {verdict(result.gate, code, result.run.report['summary']['errors'])}")
    return code


def monitor_run(params: dict):
    """One monitoring run: a flow run of ``flows.monitor`` when PREFECT_API_URL is set (its state,
    artifacts and logs in the Prefect UI, as ``check`` does), else in this process."""
    if os.environ.get("PREFECT_API_URL"):
        from flows.monitor import monitor, result_of

        return result_of(monitor(**params, return_state=True))
    from factlint.monitor import runs

    return runs.run(params["sources"], options(params))


def verdict(gate: str, code: int, errors: int) -> str:
    """What the run's exit code says, in words: a run that could not read a source did not pass."""
    if code == 2:
        return f"gate not passed: {errors} source(s) not read (exit 2)"
    return f"gate {gate} (exit {int(code)})"


def summary_text(report: dict, written: dict[str, str]) -> str:
    lines = [f"{d['url'] or d['source']}: {f['check']} {f['status']}: {f['message']}"
             for d in report["documents"] for f in d["findings"] if f["status"] in ("fail", "warn")]
    s, f = report["summary"], report["summary"]["findings"]
    lines.append(f"factlint: {s['documents']} document(s); {f['pass']} pass, {f['fail']} fail, {f['warn']} warn, "
                 f"{f['skip']} skip" + (f"; {s['errors']} source(s) not read" if s["errors"] else ""))
    if written.get("html"):
        lines.append(f"report: {written['html']} (JSON: {written['json']})")
    return "\n".join(clean_line(line) for line in lines)  # one line per finding, whatever the text holds


def serve(args: argparse.Namespace, params: dict) -> int:
    from factlint.gate.exitcodes import ExitCode

    if not os.environ.get("PREFECT_API_URL"):
        print(f"factlint: error: {SERVE_NEEDS_SERVER}", file=sys.stderr)
        return ExitCode.ERROR
    from flows.monitor import monitor

    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval}
    # limit=1: runs of one deployment never overlap, so two never write the same report folder at once.
    monitor.serve(name=args.name, parameters=params, limit=1,
                  description=f"factlint monitoring of {len(params['sources'])} source(s) into {params['output']}",
                  **schedule)
    return ExitCode.OK
