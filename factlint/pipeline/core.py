"""The verification pipeline as plain functions: ingest -> extract -> check -> validate -> assemble -> report.

The Prefect flows (``flows/verify.py``, ``flows/dask.py``) and monitoring wrap these same functions;
the CLI calls ``run`` directly when no orchestration is wanted. Same code, same results: every
path puts its run together with ``assemble`` and writes it, once, with ``report``.
"""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Callable

import checks
from checks import validate as _validate
from factlint.extract import claims as _extract
from factlint.inputs.fetch import FetchOptions
from factlint.inputs.ingest import DEFAULT_MAX_BYTES, Batch, read_inputs
from factlint.records import DocResult, Document, Finding, InputError, Relation


class RunResult:
    """One run: the documents with their claims and findings, the inputs not read, the report written.

    A plain class, not a dataclass: a Prefect flow that returns a dataclass has every field walked,
    recursively, looking for futures to resolve - every claim and finding of the run: 450,000
    objects for 300 articles, and the flow's overhead at 1,000 articles fell from +17.6 % to +6.4 %
    when this stopped (benchmarks/bench_pipeline.py --only prefect). Prefect leaves other objects alone.
    """

    __slots__ = ("results", "errors", "inputs", "report", "written", "seconds", "data_docs", "flow_run_url",
                 "extensions")

    def __init__(self, results: list[DocResult], errors: list[InputError], inputs: list[str],
                 report: dict | None = None, written: dict[str, str] | None = None, seconds: float = 0.0,
                 data_docs: str | None = None, flow_run_url: str | None = None, extensions: dict | None = None):
        self.results = results
        self.errors = errors
        self.inputs = inputs
        self.report = report if report is not None else {}
        self.written = written if written is not None else {}
        self.seconds = seconds
        self.data_docs = data_docs  # path of the GX Data Docs index, relative to the report folder
        self.flow_run_url = flow_run_url  # the Prefect UI page of the flow run, when a server was used
        self.extensions = extensions if extensions is not None else {}  # extra report blocks (sources, crossdoc, history)

    def __repr__(self) -> str:
        return (f"RunResult({len(self.results)} documents, {len(self.errors)} inputs not read, "
                f"written={self.written!r})")


def ingest(paths: list[str], published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           output: str | Path | None = None, fetch: FetchOptions | None = None, ignore_robots: bool = False) -> Batch:
    """Read the inputs; URLs are fetched with ``fetch`` (FetchOptions; by default polite ones with
    ``max_bytes`` per page), snapshotted under ``output``."""
    options = fetch or FetchOptions(max_bytes=max_bytes, obey_robots=not ignore_robots)
    return read_inputs(paths, published=published, max_bytes=max_bytes, fetch=options.under(output))


def extensions_of(batch: Batch) -> dict:
    """Report blocks beyond the documents: ``sources`` (one record per URL fetched) when any was."""
    return {"sources": [s.to_json() for s in batch.sources]} if batch.sources else {}


def extract(documents: list[Document], model: str | None = None, workers: int = 1) -> list[DocResult]:
    """Parse the documents and extract their claims; with ``workers`` > 1 in that many processes,
    chunk by chunk (each document is parsed on its own, so the results are the same, in order)."""
    if workers > 1 and len(documents) > 1:
        from factlint.extract import nlp
        from factlint.pipeline import pool

        nlp.load(model)  # here first: a missing model is one clear error, and forked workers share the loaded one
        size = max(5, min(50, -(-len(documents) // (4 * workers))))  # ~4 chunks a worker evens out the load
        with pool.process_pool(workers, model, gx=False) as executor:
            return [r for part in executor.map(partial(extract, model=model), pool.chunks(documents, size)) for r in part]
    return [DocResult(doc, claims) for doc, claims in _extract.extract_all(documents, model)]


def check(results: list[DocResult]) -> list[Relation]:
    relations: list[Relation] = []
    for r in results:
        relations.extend(checks.derive_relations(r.document, r.claims))
    return relations


def suites() -> dict[str, Path]:
    return checks.suite_paths()


def validate(relations: list[Relation]) -> list[Finding]:
    """One GX validation per family over the whole batch; findings in relation order."""
    findings, _ = _validate.decide(relations, suites())
    return findings


def validate_with_results(relations: list[Relation]) -> tuple[list[Finding], list]:
    """``validate``, also returning the GX validation results for the run's Data Docs."""
    return _validate.decide(relations, suites())


DATA_DOCS = "gx"  # Data Docs folder inside the report folder


def data_docs(results: list, output: str | Path | None) -> str | None:
    """Write the GX Data Docs of a run next to the report; the link is relative to the report folder."""
    if output is None or not results:
        return None
    index = _validate.write_data_docs(results, Path(output) / DATA_DOCS)
    return f"{DATA_DOCS}/index.html" if index else None


def attach(results: list[DocResult], relations: list[Relation], findings: list[Finding]) -> list[DocResult]:
    """Give each document its findings, numbered f1, f2, ... within the document."""
    per_doc: dict[str, list[Finding]] = {}
    for rel, finding in zip(relations, findings):
        bucket = per_doc.setdefault(rel.doc_id, [])
        bucket.append(replace(finding, id=f"f{len(bucket) + 1}"))
    return [replace(r, findings=tuple(per_doc.get(r.document.id, ()))) for r in results]


Review = Callable[[RunResult], None]  # the CLI's gate (config, suppressions, baseline): amends a run before it is reported


def assemble(batch: Batch, paths: list[str], results: list[DocResult], started: float, *,
             data_docs: str | None = None, flow_run_url: str | None = None, extensions: dict | None = None,
             review: Review | None = None) -> RunResult:
    """The one place a run is put together, however it ran (in process, a Prefect flow, Dask,
    monitoring): the documents with their findings, the inputs not read, the extra report blocks
    (by default the batch's), the time taken; then the gate's ``review``, before anything is written."""
    run_result = RunResult(results, batch.errors, list(paths), data_docs=data_docs, flow_run_url=flow_run_url,
                           extensions=extensions_of(batch) if extensions is None else extensions)
    run_result.seconds = time.perf_counter() - started
    if review is not None:
        review(run_result)
    return run_result


def report(run_result: RunResult, output: str | Path | None) -> RunResult:
    """Write the run's HTML and JSON reports (once per run) and keep what was written on it."""
    from factlint.report import write_reports

    run_result.report, run_result.written = write_reports(run_result, output)
    return run_result


def run(paths: list[str], output: str | Path | None = "reports", published: str | None = None,
        model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
        review: Review | None = None, ignore_robots: bool = False,
        workers: int = 1, fetch: FetchOptions | None = None) -> RunResult:
    """Verify everything under ``paths`` and write the reports to ``output``: in this process, with
    the parsing in ``workers`` processes when more than one. ``review`` (the CLI's gate: config,
    suppressions, baseline) may amend the run before it is reported."""
    started = time.perf_counter()
    batch = ingest(paths, published, max_bytes, output, fetch=fetch, ignore_robots=ignore_robots)
    results = extract(batch.documents, model, workers)
    relations = check(results)
    findings, gx_results = validate_with_results(relations)
    results = attach(results, relations, findings)
    return report(assemble(batch, paths, results, started, data_docs=data_docs(gx_results, output), review=review), output)
