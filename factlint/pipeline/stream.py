"""The pipeline in chunks, for batches too big to hold: flat memory, and chunks can go to worker processes.

``process_chunk`` (extract + check) is the unit of work a process pool or a Dask worker runs: it
takes plain ``Document`` records and the model *name*, loads the model once per process through
``nlp.load``'s cache, and returns plain records (never spaCy ``Doc``s, which pickle to ~2 MB each).
``run_stream`` has each chunk validated where it was parsed (``verify_chunk``; every expectation is
row-wise, so the findings are the same as one table per run), writes each document's page as it goes, spools each document's JSON
to a temporary file, and keeps only the small index row per document; report.json is then
assembled from the spool byte for byte as ``dumps(build_report(run))`` would write it.
Not done here: the gate's ``review`` (it needs the whole run) and GX Data Docs (one set per chunk).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from factlint.files import atomic_writer
from factlint.inputs.ingest import DEFAULT_MAX_BYTES
from factlint.pipeline import core as pipeline
from factlint.pipeline.pool import chunks, process_pool, warm  # noqa: F401  (re-exported: the stream's public API)
from factlint.records import DocResult, Document, Relation

DEFAULT_CHUNK = 100

Mapper = Callable[[Callable, Iterable], Iterable]  # map(fn, chunks) in order: builtins.map, Executor.map, ...


def process_chunk(documents: list[Document], model: str | None = None) -> list[tuple[DocResult, list[Relation]]]:
    """Extract and check one chunk; plain records out, so it can run in another process."""
    out = []
    for result in pipeline.extract(documents, model):
        out.append((result, pipeline.check([result])))
    return out


def verify_chunk(documents: list[Document], model: str | None = None) -> list[DocResult]:
    """Extract, check and validate one chunk: its documents with their findings. Every expectation
    is row-wise, so validating chunk by chunk decides each relation as one table per run would;
    GX's cost is per expectation and call, so chunks should be tens of documents, not one."""
    part = process_chunk(documents, model)
    results = [r for r, _ in part]
    relations = [rel for _, rels in part for rel in rels]
    return pipeline.attach(results, relations, pipeline.validate(relations))


@dataclass
class StreamResult:
    """What a streamed run keeps: per-document index rows and totals, not the documents."""
    documents: int = 0
    summary: dict = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    errors: list = field(default_factory=list)
    findings: list = field(default_factory=list)  # (doc_id, check, status, message) per finding, when asked for


def _index_row(doc: dict) -> dict:
    """The fields ``render_index`` reads from a document, and nothing else (no text, no claims)."""
    first_fail = next((f for f in doc["findings"] if f["status"] == "fail"), None)
    return {"id": doc["id"], "title": doc["title"], "source": doc["source"], "line": doc["line"],
            "published": doc["published"], "status": doc["status"], "summary": doc["summary"],
            "findings": [first_fail] if first_fail else []}


def _indent(text: str, prefix: str) -> str:
    # json.dumps escapes newlines inside strings, so every line break is structural
    return "\n".join(prefix + line for line in text.split("\n"))


def run_stream(paths: list[str], output: str | Path | None = "reports", published: str | None = None,
               model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, chunk: int = DEFAULT_CHUNK,
               mapper: Mapper = map, keep_findings: bool = False) -> StreamResult:
    """Verify ``paths`` chunk by chunk with ``mapper`` running ``verify_chunk``; write the reports to ``output``."""
    from factlint.report import atomic_write, locked
    from factlint.report.html import page_name, render_document, render_index
    from factlint.report.json_report import KINDS, STATUSES, build_report, document_json

    started = time.perf_counter()
    batch = pipeline.ingest(paths, published, max_bytes, output)
    documents, batch.documents = batch.documents, []
    # The report dict the pages see for their run links: no documents, the run's links.
    shell = SimpleNamespace(results=[], errors=batch.errors, inputs=list(paths), seconds=0.0, data_docs=None,
                            flow_run_url=None, extensions=pipeline.extensions_of(batch))
    page_report = build_report(shell)
    rows: list[dict] = []
    kinds: Counter = Counter()
    statuses: Counter = Counter()
    result = StreamResult(errors=list(batch.errors))
    out = Path(output) if output is not None else None
    spool = tempfile.TemporaryFile("w+", encoding="utf-8")
    hold = contextlib.ExitStack()
    try:
        if out is not None:  # as write_reports: one run at a time writes a report folder
            hold.enter_context(locked(out))
        parts = mapper(partial(verify_chunk, model=model), chunks(documents, chunk))  # a partial pickles; a lambda would not
        del documents  # each chunk's list is now the only reference to its documents
        for part in parts:
            for r in part:
                doc = document_json(r)
                if out is not None:
                    atomic_write(out / "documents" / page_name(doc["id"]), render_document(doc, page_report))
                if result.documents:
                    spool.write(",\n")
                spool.write(_indent(json.dumps(doc, ensure_ascii=False, indent=1), "  "))
                kinds.update(doc["summary"]["claims"])
                statuses.update(doc["summary"]["findings"])
                rows.append(_index_row(doc))
                if keep_findings:
                    result.findings.extend((doc["id"], f["check"], f["status"], f["message"]) for f in doc["findings"])
                result.documents += 1
        shell.seconds = time.perf_counter() - started
        report = build_report(shell)
        report["summary"].update({"documents": result.documents, "claims": {k: kinds.get(k, 0) for k in KINDS},
                                  "findings": {s: statuses.get(s, 0) for s in STATUSES},
                                  "relations": sum(statuses.values())})
        result.summary = report["summary"]
        if out is not None:
            _write_json(out / "report.json", report, spool, result.documents)
            result.written["json"] = str(out / "report.json")
            report["documents"] = rows
            atomic_write(out / "index.html", render_index(report))
            result.written["html"] = str(out / "index.html")
    finally:
        hold.close()
        spool.close()
    result.seconds = time.perf_counter() - started
    return result


def _write_json(path: Path, report: dict, spool, count: int) -> None:
    """report.json as ``dumps(report)`` with the documents copied from the spool, written atomically."""
    from factlint.report.json_report import dumps

    text = dumps(report)  # report["documents"] is [] here
    marker = ' "documents": [],\n'
    head, tail = text.split(marker, 1)
    with atomic_writer(path) as fh:
        fh.write(head)
        if count:
            fh.write(' "documents": [\n')
            spool.seek(0)
            while block := spool.read(1 << 20):
                fh.write(block)
            fh.write("\n ],\n")
        else:
            fh.write(marker)
        fh.write(tail)
