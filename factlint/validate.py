"""The Great Expectations boundary: decide every relation of a batch with the check suites.

All relations of a run form one table; each family's suite (``checks/suites/*.json``) is
validated once against it. An expectation's ``severity`` maps to the finding's status
(critical -> fail, warning -> warn, info -> pass); relations no expectation covers are skipped,
never passed silently.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from factlint.numbers import format_number
from factlint.records import Finding, Relation, Status

SEVERITY_STATUS = {"critical": Status.FAIL, "warning": Status.WARN, "info": Status.PASS}
STATUS_RANK = {Status.FAIL: 3, Status.WARN: 2, Status.PASS: 1, Status.SKIP: 0}
COLUMNS = ["row_id", "family", "check", "doc_id", "stated", "computed", "abs_error", "rel_error", "hedge"]


class SuiteError(ValueError):
    """A suite file that cannot be used; the message names the file and the fix."""


@dataclass(frozen=True)
class Decision:
    status: Status
    expectation: str | None
    explain: str | None


@lru_cache(maxsize=1)
def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    source = context.data_sources.add_pandas("factlint")
    asset = source.add_dataframe_asset("relations")
    batch_definition = asset.add_batch_definition_whole_dataframe("run")
    return gx, context, batch_definition


def load_suite(path: Path):
    """Read a suite JSON file into a GX ExpectationSuite, refusing any expectation GX rejects."""
    gx, _, _ = _gx()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read suite ({exc}); fix the JSON or restore it from git") from None
    expected = data.get("expectations", [])
    suite = gx.ExpectationSuite(name=data.get("name") or path.stem, expectations=expected, meta=data.get("meta"))
    if len(suite.expectations) != len(expected):
        raise SuiteError(f"{path}: {len(expected) - len(suite.expectations)} expectation(s) are not valid GX 1.x "
                         "configurations; check their 'type' and 'kwargs'")
    for exp in suite.expectations:
        cond = getattr(exp, "row_condition", None)
        if cond is not None and not isinstance(_condition_text(cond), str):
            raise SuiteError(f"{path}: row_condition of {exp.expectation_type} must be a pandas query string")
    return suite


def _condition_text(cond: Any) -> str | None:
    if cond is None:
        return None
    if isinstance(cond, str):
        return cond
    return getattr(cond, "pass_through_filter", None)


def relation_table(relations: list[Relation]):
    import pandas as pd

    rows = [{
        "row_id": r.id, "family": r.check.split(".")[0], "check": r.check, "doc_id": r.doc_id,
        "stated": r.stated, "computed": r.computed, "abs_error": r.abs_error, "rel_error": r.rel_error,
        "hedge": r.hedge,
    } for r in relations]
    return pd.DataFrame(rows, columns=COLUMNS)


def decide(relations: list[Relation], suites: dict[str, Path]) -> tuple[list[Finding], list[dict]]:
    """Findings for every relation, and the raw GX validation results (for Data Docs / JSON)."""
    decidable = [r for r in relations if r.computed is not None and r.stated is not None]
    decisions: dict[str, Decision] = {}
    covered: dict[str, bool] = {}
    results: list[dict] = []
    if decidable:
        gx, _, batch_definition = _gx()
        table = relation_table(decidable)
        for family, path in suites.items():
            rows = table[table["family"] == family]
            if rows.empty:
                continue
            suite = load_suite(path)
            batch = batch_definition.get_batch(batch_parameters={"dataframe": rows.reset_index(drop=True)})
            outcome = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]})
            results.append(outcome.to_json_dict())
            for res in outcome.results:
                cfg = res.expectation_config
                cond = _condition_text(cfg.kwargs.get("row_condition"))
                in_scope = rows.query(cond) if cond else rows
                severity = str(getattr(cfg.severity, "value", cfg.severity) or "critical")
                status = SEVERITY_STATUS.get(severity, Status.FAIL)
                explain = (cfg.meta or {}).get("explain") or cfg.type
                failed = {item["row_id"] for item in (res.result.get("unexpected_index_list") or [])}
                if res.exception_info and res.exception_info.get("raised_exception"):
                    raise SuiteError(f"{path}: expectation {cfg.type} raised {res.exception_info.get('exception_message')}; fix its kwargs")
                for row_id in in_scope["row_id"]:
                    covered[row_id] = True
                    if row_id in failed:
                        current = decisions.get(row_id)
                        if current is None or STATUS_RANK[status] > STATUS_RANK[current.status]:
                            decisions[row_id] = Decision(status, cfg.type, explain)
                    elif row_id not in decisions:
                        decisions[row_id] = Decision(Status.PASS, cfg.type, explain)
    findings = []
    for n, r in enumerate(relations, start=1):
        findings.append(_finding(r, decisions.get(r.id), covered.get(r.id, False), n))
    return findings, results


def _finding(r: Relation, d: Decision | None, covered: bool, n: int) -> Finding:
    doc_local = f"f{n}"
    if r.computed is None or r.stated is None:
        return Finding(doc_local, r.check, Status.SKIP, f"{r.working}: {r.skip_reason or 'cannot be decided'}", r.claims, r.spans)
    stated = format_number(r.stated)
    if not covered or d is None:
        return Finding(doc_local, r.check, Status.SKIP,
                       f"{r.working}; no expectation in the {r.check.split('.')[0]} suite covers a '{r.hedge}' relation",
                       r.claims, r.spans)
    if d.status is Status.PASS:
        message = f"{r.working}, and the text says {stated}"
    else:
        message = f"{r.working}, but the text says {stated} (off by {format_number(r.abs_error)}; {d.explain})"
    return Finding(doc_local, r.check, d.status, message, r.claims, r.spans, d.expectation)
