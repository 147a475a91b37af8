"""Arguments shared by the subcommands: value types with one-line errors, and the fetching options
that every command which fetches (check, monitor, serve) accepts alike."""

from __future__ import annotations

import argparse
from datetime import date

from factlint.inputs.fetch import FetchOptions


def iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; try --published YYYY-MM-DD, e.g. 2021-10-18") from None


def positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"invalid size {value!r}; give a positive number of bytes")
    return n


def seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1
    if n <= 0:
        raise argparse.ArgumentTypeError(f"invalid number of seconds {value!r}; give a positive number, e.g. 3600")
    return n


def report_url(value: str) -> str:
    from factlint.report.artifact import check_report_url

    try:
        return check_report_url(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--report-url ")) from None


def add_report_url_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report-url", type=report_url, metavar="BASE",
                        help="where the report folder is published (e.g. https://reports.example.com/factlint): "
                             "the flow run's factlint-report artifact links BASE/index.html instead of a file:// URL")


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """How URLs and feeds are fetched. ``--max-bytes`` is each command's own (check: input files and
    pages; monitor: pages and feeds)."""
    parser.add_argument("--allow-private-links", action="store_true",
                        help="let links found in feeds point at private or loopback addresses (refused by default)")
    parser.add_argument("--ignore-robots", action="store_true",
                        help="fetch pages the site's robots.txt disallows for factlint (only if the site lets you)")
    parser.add_argument("--max-items", type=positive, default=FetchOptions.max_items,
                        help=f"items read per feed (default: {FetchOptions.max_items})")
    parser.add_argument("--timeout", type=seconds, default=FetchOptions.read_timeout,
                        help=f"read timeout per request in seconds (default: {FetchOptions.read_timeout:g})")
    parser.add_argument("--delay", type=float, default=FetchOptions.delay,
                        help=f"seconds between requests to one host (default: {FetchOptions.delay:g})")


def fetch_options(args: argparse.Namespace, max_bytes: int) -> FetchOptions:
    return FetchOptions(read_timeout=args.timeout, max_bytes=max_bytes, max_items=args.max_items,
                        allow_private_links=args.allow_private_links, delay=args.delay,
                        obey_robots=not args.ignore_robots)
