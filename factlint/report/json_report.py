"""The JSON report contract ``factlint/report/v1``: what users' CI and scripts read.

Everything is deterministic for the same input except the ``run`` object (timestamp, duration).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from factlint import REPORT_SCHEMA, __version__
from factlint.records import Claim, DocResult, Finding, Kind, Status

KINDS = [k.value for k in Kind]
STATUSES = [s.value for s in Status]


def _number(value: Any) -> Any:
    """A number as JSON writes it: 15 significant digits, the most a double holds exactly, so that
    binary rounding in a scale's product does not show ('$4.1 billion' is 4100000000, not
    4099999999.9999995); whole numbers as integers. Fingerprints hash the claim's own value, so
    baselines stay valid."""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        value = float(f"{value:.15g}")
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def claim_json(c: Claim) -> dict:
    return {"id": c.id, "kind": c.kind.value, "text": c.text, "start": c.start, "end": c.end,
            "value": _number(c.value), "unit": c.unit, "label": c.label,
            "attrs": {k: _number(v) for k, v in c.attrs.to_json().items()}}


def finding_json(f: Finding) -> dict:
    out = {"id": f.id, "check": f.check, "status": f.status.value, "message": f.message,
           "claims": list(f.claims), "spans": [list(s) for s in f.spans], "expectation": f.expectation}
    # Added fields (location, fingerprint, suppressed, ...) extend the finding; they never replace a v1 key.
    out.update({k: v for k, v in f.annotations.items() if k not in out})
    return out


def doc_status(findings: list[dict]) -> str:
    statuses = {f["status"] for f in findings}
    for s in ("fail", "warn", "pass"):
        if s in statuses:
            return s
    return "unchecked"


def document_json(r: DocResult) -> dict:
    d = r.document
    claims = [claim_json(c) for c in r.claims]
    findings = [finding_json(f) for f in r.findings]
    kinds = Counter(c["kind"] for c in claims)
    statuses = Counter(f["status"] for f in findings)
    return {
        "id": d.id, "source": d.source, "line": d.line, "url": d.url, "title": d.title,
        "published": d.published, "published_source": d.published_source, "published_note": d.published_note,
        "status": doc_status(findings),
        "text": d.text, "claims": claims, "findings": findings,
        "summary": {"claims": {k: kinds.get(k, 0) for k in KINDS}, "findings": {s: statuses.get(s, 0) for s in STATUSES}},
    }


def build_report(run) -> dict:
    documents = [document_json(r) for r in run.results]
    kinds: Counter = Counter()
    statuses: Counter = Counter()
    for d in documents:
        kinds.update(d["summary"]["claims"])
        statuses.update(d["summary"]["findings"])
    errors = [{"source": e.source, "line": e.line, "message": e.message} for e in run.errors]
    report = {
        "schema": REPORT_SCHEMA,
        "generator": {"name": "factlint", "version": __version__},
        "run": {"generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "duration_seconds": round(run.seconds, 3)},
        "inputs": list(run.inputs),
        "links": {"data_docs": getattr(run, "data_docs", None), "flow_run": getattr(run, "flow_run_url", None)},
        "documents": documents,
        "errors": errors,
        "summary": {
            "documents": len(documents),
            "errors": len(errors),
            "claims": {k: kinds.get(k, 0) for k in KINDS},
            "findings": {s: statuses.get(s, 0) for s in STATUSES},
            "relations": sum(statuses.values()),
        },
    }
    # Added blocks (v1 only ever grows): "sources" when URLs were fetched, "crossdoc" and "history" from monitoring.
    report.update(getattr(run, "extensions", None) or {})
    return report


def dumps(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1) + "\n"
