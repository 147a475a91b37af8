"""Distributed mode: the verify flow with extract + check mapped over chunks on a Dask cluster.

Prefect's ``DaskTaskRunner`` (prefect-dask) sends each chunk's ``stream.process_chunk`` to a Dask
worker. Only the model *name* travels; each worker process loads spaCy once (``nlp.load`` is an
``lru_cache``) and sends back plain records - a spaCy ``Doc`` pickles to ~2 MB and the
``Language`` to ~16 MB. Ingest, the one GX validation of the run's relation table and the reports
stay in the flow's process, as in ``flows/verify.py``.
"""

from __future__ import annotations

import time

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from factlint.pipeline import core as pipeline
from factlint.pipeline import pool, stream
from factlint.inputs.fetch import FetchOptions
from factlint.inputs.ingest import DEFAULT_MAX_BYTES
from factlint.report.artifact import check_report_url
from flows.verify import gate_state, ingest_task, publish_artifacts, report_task, run_of, validate_task

DEFAULT_CHUNK = 50  # documents per Dask task: ~10 ms of Prefect per task against seconds of parsing


@task(name="extract-check", cache_policy=NO_CACHE)
def extract_check_task(documents, model: str | None):
    return stream.process_chunk(documents, model)


@flow(name="factlint-verify-dask", log_prints=False)
def verify_dask(paths: list[str], output: str | None = "reports", published: str | None = None,
                model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                chunk: int = DEFAULT_CHUNK, ignore_robots: bool = False, fetch: FetchOptions | None = None,
                review: pipeline.Review | None = None, report_url: str | None = None):
    """``flows.verify.verify`` with extract + check mapped over chunks of ``chunk`` documents; ends in the gate's state."""
    if report_url:
        check_report_url(report_url)
    started = time.perf_counter()
    batch = ingest_task(paths, published, max_bytes, output, ignore_robots, fetch)
    futures = extract_check_task.map(list(pool.chunks(batch.documents, chunk)), unmapped(model))
    parts = [f.result() for f in futures]
    results = [r for part in parts for r, _ in part]
    relations = [rel for part in parts for _, rels in part for rel in rels]
    findings, docs = validate_task(quote(relations), output)  # quote(): records, no futures to look for
    results = pipeline.attach(results, relations, findings)
    run = report_task(quote(pipeline.assemble(batch, paths, results, started, data_docs=docs, review=review)), output)
    publish_artifacts(run, report_url)
    return gate_state(run)


def task_runner(address: str | None = None, workers: int = 2):
    """A DaskTaskRunner on the cluster at ``address`` (tcp://host:8786), else on a new LocalCluster
    of ``workers`` single-threaded processes (spaCy holds the GIL, so threads would not help)."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "host": "127.0.0.1", "dashboard_address": None})


def run_on_dask(paths: list[str], address: str | None = None, workers: int = 2, **kwargs) -> pipeline.RunResult:
    """Run ``verify_dask`` on the Dask cluster at ``address`` (or a LocalCluster); kwargs as ``verify_dask``."""
    return run_of(verify_dask.with_options(task_runner=task_runner(address, workers))(paths=paths, return_state=True, **kwargs))
