"""The Prefect flow: ingest -> extract -> check -> validate -> report, one task per stage over the
whole batch (Prefect costs ~10 ms per task run, so never one task per document or claim)."""

from __future__ import annotations

import os

# With no PREFECT_API_URL Prefect starts a temporary local server; on a loaded 2-core machine
# it needs more than the default 20 s. Telemetry would try the internet, which is not there.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.objects import State  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from factlint.pipeline import core as pipeline  # noqa: E402
from factlint.inputs.fetch import FetchOptions  # noqa: E402
from factlint.inputs.ingest import DEFAULT_MAX_BYTES, Batch  # noqa: E402
from factlint.gate.exitcodes import ExitCode, report_exit_code  # noqa: E402
from factlint.gate.formats.text import verdict_line  # noqa: E402
from factlint.records import DocResult, Finding, Relation  # noqa: E402
from factlint.report.artifact import check_report_url, report_markdown  # noqa: E402
from flows.states import data_of, failed, quiet_failed_runs  # noqa: E402

quiet_failed_runs()  # a failed gate is logged as the run's Failed state, not as a crash


@task(name="ingest", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def ingest_task(paths: list[str], published: str | None, max_bytes: int, output: str | None = None,
                ignore_robots: bool = False, fetch: FetchOptions | None = None) -> Batch:
    return pipeline.ingest(paths, published, max_bytes, output, fetch=fetch, ignore_robots=ignore_robots)


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(batch: Batch, model: str | None, workers: int = 1) -> list[DocResult]:
    return pipeline.extract(batch.documents, model, workers)


@task(name="check", cache_policy=NO_CACHE)
def check_task(results: list[DocResult]) -> list[Relation]:
    return pipeline.check(results)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(relations: list[Relation], output: str | None) -> tuple[list[Finding], str | None]:
    findings, results = pipeline.validate_with_results(relations)
    return findings, pipeline.data_docs(results, output)


@task(name="report", cache_policy=NO_CACHE, retries=1)
def report_task(run: pipeline.RunResult, output: str | None) -> pipeline.RunResult:
    return pipeline.report(run, output)


def _flow_run_url() -> str | None:
    """The flow run's page in the Prefect UI; None on a temporary server, whose UI is gone when the process ends."""
    if not os.environ.get("PREFECT_API_URL"):
        return None
    from prefect.runtime import flow_run

    return flow_run.ui_url


def summary_markdown(run: pipeline.RunResult) -> str:
    s = run.report["summary"]
    f, c = s["findings"], s["claims"]
    lines = [
        "# factlint run", "",
        "| documents | claims | relations | pass | fail | warn | skip | inputs not read |",
        "|---|---|---|---|---|---|---|---|",
        f"| {s['documents']} | {sum(c.values())} | {s['relations']} | {f['pass']} | {f['fail']} | {f['warn']} | {f['skip']} | {s['errors']} |",
        "",
        f"Report: `{run.written.get('html', 'not written')}` (JSON: `{run.written.get('json', 'not written')}`)",
    ]
    return "\n".join(lines)


@flow(name="factlint-verify", log_prints=False)
def verify(paths: list[str], output: str | None = "reports", published: str | None = None,
           model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           ignore_robots: bool = False, workers: int = 1, fetch: FetchOptions | None = None,
           review: pipeline.Review | None = None, report_url: str | None = None) -> State:
    """Verify the articles under ``paths`` and write the reports to ``output``; ``workers`` > 1
    parses in that many processes on this machine (for a cluster, see flows/dask.py). ``fetch``:
    how URLs are fetched; ``review``: the CLI's gate, applied before the reports are written.
    ``report_url``: where ``output`` is published (the artifacts link BASE/index.html). The run
    ends in the gate's state (``gate_state``), the RunResult its data (``run_of``)."""
    import time

    if report_url:
        check_report_url(report_url)

    started = time.perf_counter()
    batch = ingest_task(paths, published, max_bytes, output, ignore_robots, fetch)
    # quote(): these are plain records, not futures; without it Prefect walks every nested
    # object of a batch looking for some (~0.65 s per 100 articles, several times a run).
    results = extract_task(quote(batch), model, workers)
    relations = check_task(quote(results))
    findings, docs = validate_task(quote(relations), output)
    results = pipeline.attach(results, relations, findings)
    run = pipeline.assemble(batch, paths, results, started, data_docs=docs, flow_run_url=_flow_run_url(), review=review)
    run = report_task(quote(run), output)
    publish_artifacts(run, report_url)
    return gate_state(run)


def publish_artifacts(run: pipeline.RunResult, report_url: str | None = None) -> None:
    """``factlint-summary`` (counts) and ``factlint-report`` (the link, the summary and the failures)."""
    create_markdown_artifact(markdown=summary_markdown(run), key="factlint-summary",
                             description="factlint verification summary")
    create_markdown_artifact(markdown=report_markdown(run.report, run.written, report_url), key="factlint-report",
                             description="factlint: the HTML report of this run, its summary and failures")


def gate_state(run: pipeline.RunResult) -> State:
    """What the gate said, as the flow run's final state: Failed with the one-line verdict when it
    fails (exit 1, or 2 for inputs not read), Completed otherwise; the RunResult is its data."""
    message = verdict_line(run.report)
    if report_exit_code(run.report) is ExitCode.OK:
        return Completed(data=run, message=message)
    return failed(message, run)


def run_of(state: State) -> pipeline.RunResult:
    """The RunResult of a verification flow run called with ``return_state=True``."""
    return data_of(state, pipeline.RunResult)


if __name__ == "__main__":
    import sys

    verify(sys.argv[1:] or ["seeds"])
