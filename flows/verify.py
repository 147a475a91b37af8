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
from prefect.utilities.annotations import quote  # noqa: E402

from factlint.pipeline import core as pipeline  # noqa: E402
from factlint.inputs.fetch import FetchOptions  # noqa: E402
from factlint.inputs.ingest import DEFAULT_MAX_BYTES, Batch  # noqa: E402
from factlint.records import DocResult, Finding, Relation  # noqa: E402


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
           review: pipeline.Review | None = None) -> pipeline.RunResult:
    """Verify the articles under ``paths`` and write the reports to ``output``; ``workers`` > 1
    parses in that many processes on this machine (for a cluster, see flows/dask.py). ``fetch``:
    how URLs are fetched; ``review``: the CLI's gate, applied before the reports are written."""
    import time

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
    create_markdown_artifact(markdown=summary_markdown(run), key="factlint-summary",
                             description="factlint verification summary")
    return run


if __name__ == "__main__":
    import sys

    verify(sys.argv[1:] or ["seeds"])
