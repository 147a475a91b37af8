"""A monitoring run as plain functions: fetch the sources, reuse what the history already
verified, extract the rest, check, compare articles with each other, record the run, notify,
report, and decide the gate.

``run`` does it all in this process (``factlint monitor``); ``flows/monitor.py`` wraps the same
stage functions as Prefect tasks for ``factlint serve`` and the ``prefect.yaml`` deployment.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import checks
from checks import crossdoc
from factlint.monitor import history
from factlint.pipeline import core as pipeline
from factlint.inputs.fetch import USER_AGENT, FetchOptions
from factlint.inputs.ingest import Batch
from factlint.records import DocResult, Document
from factlint.report.artifact import md, report_link

FAIL_ON = ("fail", "warn", "never")


@dataclass(frozen=True)
class MonitorOptions:
    output: str = "reports"
    history: str | None = ""  # "" -> history.sqlite under output; None -> no history (and no reuse)
    fail_on: str = "fail"  # the lowest finding status that fails the run (flow state, exit code); never: off
    webhook: str | None = None  # POST new failures here as JSON
    report_url: str | None = None  # where the report folder is published (BASE/index.html), for links
    published: str | None = None
    model: str | None = None
    crossdoc: bool = True
    fetch: FetchOptions = field(default_factory=FetchOptions)

    @property
    def history_url(self) -> str | None:
        if self.history is None:
            return None
        return history.as_url(self.history) if self.history else history.default_url(self.output)

    @property
    def failing(self) -> set[str]:
        """Statuses that count as failures: for the gate, and for 'new failures' in the history."""
        return {"fail", "warn"} if self.fail_on == "warn" else {"fail"}


@dataclass
class Prepared:
    """The batch with, per document, its content key and - when already verified - its claims."""

    batch: Batch
    keys: list[str]
    extractor: str
    reused: dict[str, DocResult]  # content key -> result rebuilt from the history

    def todo(self) -> list[Document]:
        return [d for d, k in zip(self.batch.documents, self.keys) if k not in self.reused]


@dataclass
class MonitorResult:
    run: pipeline.RunResult
    gate: str  # passed | failed | off
    recorded: history.Recorded | None = None
    webhook: dict | None = None
    reused: int = 0

    @property
    def failed(self) -> bool:
        return self.gate == "failed"


# -- stages ---------------------------------------------------------------------------------------

def gather(sources: list[str], opts: MonitorOptions) -> Batch:
    return pipeline.ingest(sources, opts.published, opts.fetch.max_bytes, opts.output, fetch=opts.fetch.under(opts.output))


def prepare(batch: Batch, opts: MonitorOptions) -> Prepared:
    """Content keys, and the documents the history has already extracted with this extractor."""
    extractor = history.extractor_key(opts.model)
    keys = [history.content_key(d, extractor) for d in batch.documents]
    reused: dict[str, DocResult] = {}
    if opts.history_url:
        store = history.HistoryStore(opts.history_url)
        try:
            known = store.known_claims(sorted(set(keys)))
        finally:
            store.close()
        for doc, key in zip(batch.documents, keys):
            if key in known and key not in reused:
                extracted, claims = known[key]
                reused[key] = DocResult(history.restore(doc, extracted), claims)
    return Prepared(batch, keys, extractor, reused)


def combine(prepared: Prepared, fresh: list[DocResult]) -> list[DocResult]:
    """Reused and freshly extracted results, in the batch's order."""
    it = iter(fresh)
    out = []
    for doc, key in zip(prepared.batch.documents, prepared.keys):
        if key in prepared.reused:
            out.append(replace(prepared.reused[key], document=history.restore(doc, history.extracted_fields(prepared.reused[key].document))))
        else:
            out.append(next(it))
    return out


def verify(results: list[DocResult], opts: MonitorOptions) -> tuple[list[DocResult], list[dict]]:
    """The per-article checks, then the cross-article ones."""
    relations = pipeline.check(results)
    findings = pipeline.validate(relations)
    results = pipeline.attach(results, relations, findings)
    if opts.crossdoc:
        return crossdoc.apply(results, checks.family("crossdoc").suite_path)
    return results, []


def gate(results: list[DocResult], opts: MonitorOptions) -> str:
    if opts.fail_on == "never":
        return "off"
    failing = any(f.status.value in opts.failing for r in results for f in r.findings)
    return "failed" if failing else "passed"


def record(prepared: Prepared, results: list[DocResult], sources: list[str], opts: MonitorOptions, gate_state: str,
           flow_run_id: str | None = None, started_at: str | None = None) -> tuple[history.Recorded | None, list[dict]]:
    """Write the run to the history (one transaction); returns what was recorded and the recent runs."""
    if not opts.history_url:
        return None, []
    store = history.HistoryStore(opts.history_url)
    try:
        recorded = store.record(results=results, keys=prepared.keys, extractor=prepared.extractor,
                                reused=set(prepared.reused), inputs=list(sources), output=str(Path(opts.output).resolve()),
                                errors=len(prepared.batch.errors), source_records=prepared.batch.sources,
                                failing=opts.failing, gate=gate_state, flow_run_id=flow_run_id, started_at=started_at)
        return recorded, store.recent_runs(10)
    finally:
        store.close()


def notify(recorded: history.Recorded | None, opts: MonitorOptions, summary: dict) -> dict | None:
    """POST the new failures of this run to the webhook, once; the outcome goes into the report."""
    if not opts.webhook or recorded is None or not recorded.new:
        return None
    import requests

    payload = {"schema": "factlint/webhook/v1", "run": recorded.run_id,
               "report": report_link({"html": str(Path(opts.output) / "index.html")}, opts.report_url)
               if opts.report_url else str(Path(opts.output).resolve() / "index.html"),
               "summary": summary, "new_failures": recorded.new}
    try:
        resp = requests.post(opts.webhook, json=payload, timeout=(opts.fetch.connect_timeout, opts.fetch.read_timeout),
                             headers={"User-Agent": USER_AGENT}, allow_redirects=False)
        return {"status": resp.status_code, "ok": resp.ok, "sent": len(recorded.new)}
    except requests.RequestException as exc:
        return {"status": None, "ok": False, "sent": 0, "error": str(exc)[:200]}


def extensions(prepared: Prepared, links: list[dict], recorded: history.Recorded | None, recent: list[dict],
               opts: MonitorOptions, webhook: dict | None, gate_state: str) -> dict:
    ext = pipeline.extensions_of(prepared.batch)
    if links:
        ext["crossdoc"] = links
    if recorded is not None:
        ext["history"] = {"store": history.redact(opts.history_url), "run": recorded.run_id,
                          "reused_documents": len([k for k in prepared.keys if k in prepared.reused]),
                          "gate": gate_state, "new_failures": recorded.new, "known_failures": recorded.known,
                          "recent_runs": recent, "webhook": webhook, "page": "runs.html"}
    return ext


def summary_for(results: list[DocResult], errors: int) -> dict:
    statuses = {s: sum(1 for r in results for f in r.findings if f.status.value == s) for s in ("pass", "fail", "warn", "skip")}
    return {"documents": len(results), "errors": errors, "findings": statuses}


def finish(results: list[DocResult], prepared: Prepared, sources: list[str], opts: MonitorOptions, links: list[dict],
           started: float, flow_run_id: str | None = None, flow_run_url: str | None = None) -> MonitorResult:
    """Gate, record, notify and write the reports."""
    from factlint.report import atomic_write

    started_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    gate_state = gate(results, opts)
    recorded, recent = record(prepared, results, sources, opts, gate_state, flow_run_id, started_at)
    webhook = notify(recorded, opts, summary_for(results, len(prepared.batch.errors)))
    run = pipeline.report(pipeline.assemble(prepared.batch, sources, results, started, flow_run_url=flow_run_url,
                                            extensions=extensions(prepared, links, recorded, recent, opts, webhook, gate_state)),
                          opts.output)
    if "history" in run.report:
        page = Path(opts.output) / "runs.html"
        atomic_write(page, runs_page(run.report))
        run.written["runs"] = str(page)
    return MonitorResult(run, gate_state, recorded, webhook, len(prepared.reused))


def run(sources: list[str], opts: MonitorOptions | None = None) -> MonitorResult:
    """One monitoring run in this process."""
    opts = opts or MonitorOptions()
    started = time.perf_counter()
    prepared = prepare(gather(sources, opts), opts)
    fresh = pipeline.extract(prepared.todo(), opts.model)
    results, links = verify(combine(prepared, fresh), opts)
    return finish(results, prepared, sources, opts, links, started)


# -- presentation (Prefect artifacts, runs.html) ------------------------------------------------

def summary_markdown(result: MonitorResult) -> str:
    s = result.run.report["summary"]
    f = s["findings"]
    hist = result.run.report.get("history") or {}
    lines = [
        "# factlint monitoring run", "",
        f"Gate: **{result.gate}**" + (f" (run {hist['run']} in the history)" if hist else ""), "",
        "| documents | reused from history | pass | fail | warn | skip | sources skipped | new failures |",
        "|---|---|---|---|---|---|---|---|",
        f"| {s['documents']} | {result.reused} | {f['pass']} | {f['fail']} | {f['warn']} | {f['skip']} | {s['errors']} | "
        f"{len(hist.get('new_failures', [])) if hist else 'n/a'} |", "",
        f"Report: {md(result.run.written.get('html', 'not written'))}",
    ]
    skipped = [e for e in result.run.report["errors"]]
    if skipped:
        lines += ["", "## Sources not read", ""] + [f"- {md(e['source'])}{':' + str(e['line']) if e['line'] else ''}: {md(e['message'])}" for e in skipped[:50]]
    return "\n".join(lines)


def failure_rows(result: MonitorResult) -> list[dict]:
    """One row per failing finding (fail, and warn when the gate counts warnings), new ones first."""
    new = {(n["document"], n["finding"]) for n in (result.run.report.get("history") or {}).get("new_failures", [])}
    wanted = {"fail", "warn"}
    rows = []
    for d in result.run.report["documents"]:
        for fd in d["findings"]:
            if fd["status"] in wanted:
                rows.append({"document": d["id"], "url": d["url"] or d["source"], "check": fd["check"],
                             "status": fd["status"], "new": (d["id"], fd["id"]) in new, "message": fd["message"]})
    rows.sort(key=lambda r: (not r["new"], r["status"] != "fail"))
    return rows


def runs_page(report: dict) -> str:
    """A small page of the recent runs and this run's new and known failures."""
    from factlint.report.html import render_runs

    return render_runs(report)
