"""The verification pipeline as plain functions: ingest -> extract -> check -> validate -> report.

The Prefect flow in ``flows/verify.py`` wraps these same functions as batch tasks; the CLI
calls ``run`` directly when no orchestration is wanted. Same code, same results.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from factlint import extract as _extract
from factlint import validate as _validate
from factlint.ingest import DEFAULT_MAX_BYTES, Batch, read_inputs
from factlint.records import Claim, DocResult, Document, Finding, InputError, Relation

import checks


@dataclass
class RunResult:
    results: list[DocResult]
    errors: list[InputError]
    inputs: list[str]
    report: dict = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    data_docs: str | None = None  # path of the GX Data Docs index, relative to the report folder
    flow_run_url: str | None = None  # the Prefect UI page of the flow run, when a server was used


def ingest(paths: list[str], published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Batch:
    return read_inputs(paths, published=published, max_bytes=max_bytes)


def extract(documents: list[Document], model: str | None = None) -> list[DocResult]:
    return [DocResult(doc, claims) for doc, claims in _extract.extract_all(documents, model)]


def check(results: list[DocResult]) -> list[Relation]:
    relations: list[Relation] = []
    for r in results:
        relations.extend(checks.derive_relations(r.document, r.claims))
    return relations


def suites() -> dict[str, Path]:
    return {family.name: checks.SUITES_DIR / family.suite for family in checks.CHECKS}


def validate(relations: list[Relation]) -> list[Finding]:
    """One GX validation per family over the whole batch; findings in relation order."""
    findings, _ = _validate.decide(relations, suites())
    return findings


def attach(results: list[DocResult], relations: list[Relation], findings: list[Finding]) -> list[DocResult]:
    """Give each document its findings, numbered f1, f2, ... within the document."""
    per_doc: dict[str, list[Finding]] = {}
    for rel, finding in zip(relations, findings):
        bucket = per_doc.setdefault(rel.doc_id, [])
        bucket.append(replace(finding, id=f"f{len(bucket) + 1}"))
    return [replace(r, findings=tuple(per_doc.get(r.document.id, ()))) for r in results]


def run(paths: list[str], output: str | Path | None = "reports", published: str | None = None,
        model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> RunResult:
    """Verify everything under ``paths`` in this process and write the reports to ``output``."""
    from factlint.report import write_reports

    started = time.perf_counter()
    batch = ingest(paths, published, max_bytes)
    results = extract(batch.documents, model)
    relations = check(results)
    findings = validate(relations)
    results = attach(results, relations, findings)
    run_result = RunResult(results, batch.errors, list(paths))
    run_result.seconds = time.perf_counter() - started
    run_result.report, run_result.written = write_reports(run_result, output)
    return run_result
