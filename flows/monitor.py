"""The monitoring flow: the stages of ``factlint.monitor.runs`` as Prefect tasks, with artifacts (a
summary, a table of failing findings, a link to the HTML report) and a final state that
reflects the gate. Served on a schedule by ``factlint serve`` or deployed with ``prefect.yaml``."""

from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import get_run_context  # noqa: E402
from prefect.states import Failed  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from factlint.monitor import runs as m  # noqa: E402
from factlint.pipeline import core as pipeline  # noqa: E402
from factlint.inputs.fetch import DEFAULT_HTTP_MAX_BYTES, FetchOptions  # noqa: E402
from factlint.inputs.ingest import Batch  # noqa: E402


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


def publish_artifacts(result: m.MonitorResult) -> None:
    create_markdown_artifact(markdown=m.summary_markdown(result), key="factlint-monitor-summary",
                             description="factlint monitoring run: summary")
    rows = m.failure_rows(result)
    create_table_artifact(table=rows or [{"document": "", "url": "", "check": "", "status": "", "new": False,
                                          "message": "no failing finding"}],
                          key="factlint-failures", description="factlint: failing and warning findings, new first")
    html = result.run.written.get("html")
    if html:
        from pathlib import Path

        create_link_artifact(link=Path(html).resolve().as_uri(), link_text="factlint HTML report",
                             key="factlint-report", description="the HTML report of this run")


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
            max_bytes: int = DEFAULT_HTTP_MAX_BYTES, timeout: float = 20.0, delay: float = 1.0):
    """Fetch and verify ``sources`` (article URLs, RSS/Atom feeds, @sources files, local paths),
    compare the articles with each other, record the run in the history and report to ``output``.
    The run fails when a finding at ``fail_on`` or worse exists (``never``: it does not)."""
    import time

    started = time.perf_counter()
    opts = m.MonitorOptions(output=output, history=history, fail_on=fail_on, webhook=webhook, published=published,
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
    publish_artifacts(result)
    summary = result.run.report["summary"]
    message = (f"{summary['documents']} document(s), {summary['findings']['fail']} fail, {summary['findings']['warn']} warn, "
               f"{summary['errors']} source(s) not read; gate {result.gate}")
    if result.failed:
        return Failed(message=f"factlint gate (fail_on={fail_on}): {message}")
    return result


if __name__ == "__main__":
    import sys

    monitor(sys.argv[1:] or ["seeds"])
