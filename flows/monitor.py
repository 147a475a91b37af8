"""The monitoring flow: the stages of ``factlint.monitor.runs`` as Prefect tasks, with artifacts (a
summary, a table of failing findings, a link to the HTML report) and a final state that
reflects the gate. Served on a schedule by ``factlint serve`` or deployed with ``prefect.yaml``."""

from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import get_run_context  # noqa: E402
from prefect.client.schemas.objects import State  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from factlint.monitor import runs as m  # noqa: E402
from factlint.pipeline import core as pipeline  # noqa: E402
from factlint.inputs.fetch import DEFAULT_HTTP_MAX_BYTES, FetchOptions  # noqa: E402
from factlint.inputs.ingest import Batch  # noqa: E402
from factlint.report.artifact import check_report_url, report_markdown  # noqa: E402
from flows.states import data_of, failed, quiet_failed_runs  # noqa: E402

quiet_failed_runs()  # a failed gate is logged as the run's Failed state, not as a crash


@task(name="fetch", cache_policy=NO_CACHE)  # fetch.py retries each request itself, with backoff
def fetch_task(sources: list[str], opts: m.MonitorOptions) -> Batch:
    return m.gather(sources, opts)


@task(name="reuse", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def reuse_task(batch: Batch, opts: m.MonitorOptions) -> m.Prepared:
    return m.prepare(batch, opts)


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(prepared: m.Prepared, opts: m.MonitorOptions):
    return pipeline.extract(prepared.todo(), opts.model)


@task(name="verify", cache_policy=NO_CACHE)
def verify_task(prepared: m.Prepared, fresh, opts: m.MonitorOptions):
    return m.verify(m.combine(prepared, fresh), opts)


@task(name="record-and-report", cache_policy=NO_CACHE)
def finish_task(results, prepared, sources, opts, links, started, flow_run_id, flow_run_url) -> m.MonitorResult:
    return m.finish(results, prepared, sources, opts, links, started, flow_run_id, flow_run_url)


def publish_artifacts(result: m.MonitorResult, report_url: str | None = None) -> None:
    create_markdown_artifact(markdown=m.summary_markdown(result), key="factlint-monitor-summary",
                             description="factlint monitoring run: summary")
    rows = m.failure_rows(result)
    create_table_artifact(table=rows or [{"document": "", "url": "", "check": "", "status": "", "new": False,
                                          "message": "no failing finding"}],
                          key="factlint-failures", description="factlint: failing and warning findings, new first")
    create_markdown_artifact(markdown=report_markdown(result.run.report, result.run.written, report_url),
                             key="factlint-report", description="factlint: the HTML report of this run, its summary and failures")


def _flow_run() -> tuple[str | None, str | None]:
    try:
        ctx = get_run_context()
        run_id = str(ctx.flow_run.id)
    except Exception:  # not inside a flow run (never here, but keep the report writable)
        return None, None
    from prefect.settings import PREFECT_UI_URL

    ui = PREFECT_UI_URL.value()
    return run_id, (f"{ui.rstrip('/')}/runs/flow-run/{run_id}" if ui else None)


@flow(name="factlint-monitor", log_prints=False)
def monitor(sources: list[str], output: str = "reports", history: str | None = "", fail_on: str = "fail",
            webhook: str | None = None, published: str | None = None, model: str | None = None,
            crossdoc: bool = True, allow_private_links: bool = False, ignore_robots: bool = False, max_items: int = 50,
            max_bytes: int = DEFAULT_HTTP_MAX_BYTES, timeout: float = 20.0, delay: float = 1.0,
            report_url: str | None = None):
    """Fetch and verify ``sources`` (article URLs, RSS/Atom feeds, @sources files, local paths),
    compare the articles with each other, record the run in the history and report to ``output``.
    The run fails when a finding at ``fail_on`` or worse exists (``never``: it does not).
    ``report_url``: where ``output`` is published; the artifacts link BASE/index.html."""
    import time

    if report_url:
        check_report_url(report_url)

    started = time.perf_counter()
    opts = m.MonitorOptions(output=output, history=history, fail_on=fail_on, webhook=webhook, report_url=report_url,
                            published=published,
                            model=model, crossdoc=crossdoc,
                            fetch=FetchOptions(read_timeout=timeout, max_bytes=max_bytes, max_items=max_items,
                                               allow_private_links=allow_private_links, delay=delay,
                                               obey_robots=not ignore_robots))
    batch = fetch_task(sources, opts)
    # quote(): plain records, not futures; Prefect would walk every one of them looking for some
    prepared = reuse_task(quote(batch), opts)
    fresh = extract_task(quote(prepared), opts)
    results, links = verify_task(quote(prepared), quote(fresh), opts)
    run_id, run_url = _flow_run()
    result = finish_task(quote(results), quote(prepared), sources, opts, quote(links), started, run_id, run_url)
    publish_artifacts(result, report_url)
    summary = result.run.report["summary"]
    message = (f"{summary['documents']} document(s), {summary['findings']['fail']} fail, {summary['findings']['warn']} warn, "
               f"{summary['errors']} source(s) not read; gate {result.gate}")
    if result.failed:  # the MonitorResult rides along, for `factlint monitor` (see result_of)
        return failed(f"factlint gate (fail_on={fail_on}): {message}", result)
    return Completed(data=result, message=message)


def result_of(state: State) -> m.MonitorResult:
    """The MonitorResult of a monitoring flow run called with ``return_state=True``."""
    return data_of(state, m.MonitorResult)


if __name__ == "__main__":
    import sys

    monitor(sys.argv[1:] or ["seeds"])
