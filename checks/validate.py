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
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from factlint.extract.numbers import format_number
from factlint.records import Finding, Relation, Status

SEVERITY_STATUS = {"critical": Status.FAIL, "warning": Status.WARN, "info": Status.PASS}
STATUS_RANK = {Status.FAIL: 3, Status.WARN: 2, Status.PASS: 1, Status.SKIP: 0}
COLUMNS = ["row_id", "relation", "family", "check", "doc_id", "stated", "computed", "abs_error", "rel_error",
           "tolerance", "excess", "slack", "excess_beyond_slack", "overshoot", "hedge"]


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


def ready() -> None:
    """Create the GX context now (a worker process's warm-up), not at its first validation."""
    _gx()


def load_suite(path: Path, name: str | None = None):
    """Read a suite JSON file into a GX ExpectationSuite named ``name`` (one template serves several
    families, each validated under its own name), refusing any expectation GX rejects."""
    gx, _, _ = _gx()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read suite ({exc}); fix the JSON or restore it from git") from None
    expected = data.get("expectations", [])
    suite = gx.ExpectationSuite(name=name or data.get("name") or path.stem, expectations=expected, meta=data.get("meta"))
    if len(suite.expectations) != len(expected):
        raise SuiteError(f"{path}: {len(expected) - len(suite.expectations)} expectation(s) are not valid GX 1.x "
                         "configurations; check their 'type' and 'kwargs'")
    return suite


def rows_in_scope(rows, cond: Any):
    """Boolean mask of the rows a GX row_condition selects, so a relation that no expectation
    looked at is reported as skip rather than pass. The filter clause is GX's own (its pandas
    execution engine turns the condition into the ``DataFrame.query`` it runs), not a copy of it."""
    import pandas as pd
    from great_expectations.execution_engine import PandasExecutionEngine
    from great_expectations.expectations.row_conditions import PassThroughCondition, deserialize_row_condition

    if cond is None:
        return pd.Series(True, index=rows.index)
    try:
        cond = deserialize_row_condition(cond if isinstance(cond, (str, dict)) else cond.dict())
        clause = cond if isinstance(cond, str) else cond.pass_through_filter if isinstance(cond, PassThroughCondition) \
            else PandasExecutionEngine().condition_to_filter_clause(cond)
        selected = rows.query(clause)
    except Exception as exc:  # GX's and pandas' errors for a condition they cannot apply
        raise SuiteError(f"row_condition {cond!r} cannot be applied ({exc}); use a GX 1.x comparison, and/or, "
                         "nullity or pass_through condition on the relation columns") from None
    return rows.index.isin(selected.index)


def _applicable(suite, rows):
    """The suite with only the expectations whose row_condition selects some row: GX's cost is
    per expectation (~0.1-0.5 s each), whatever the number of rows."""
    gx, _, _ = _gx()
    keep = [e for e in suite.expectations if rows_in_scope(rows, getattr(e, "row_condition", None)).any()]
    if len(keep) == len(suite.expectations):
        return suite
    return gx.ExpectationSuite(name=suite.name, expectations=[e.configuration for e in keep], meta=suite.meta)


def relation_table(relations: list[Relation]):
    import pandas as pd

    rows = [{
        "row_id": f"r{i}", "relation": r.id, "family": r.check.split(".")[0], "check": r.check, "doc_id": r.doc_id,
        "stated": r.stated, "computed": r.computed, "abs_error": r.abs_error, "rel_error": r.rel_error,
        "tolerance": r.tolerance, "excess": r.excess, "slack": r.slack, "excess_beyond_slack": r.excess_beyond_slack,
        "overshoot": r.overshoot, "hedge": r.hedge,
    } for i, r in enumerate(relations)]
    return pd.DataFrame(rows, columns=COLUMNS)


def decide(relations: list[Relation], suites: dict[str, Path]) -> tuple[list[Finding], list]:
    """Findings for every relation, and the GX validation results (for Data Docs)."""
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
            suite = _applicable(load_suite(path, f"factlint.{family}"), rows)
            if not suite.expectations:
                continue
            batch = batch_definition.get_batch(batch_parameters={"dataframe": rows.reset_index(drop=True)})
            outcome = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]})
            results.append(outcome)
            for res in outcome.results:
                cfg = res.expectation_config
                in_scope = rows[rows_in_scope(rows, cfg.kwargs.get("row_condition"))]
                severity = str(getattr(cfg.severity, "value", cfg.severity) or "critical")
                status = SEVERITY_STATUS.get(severity, Status.FAIL)
                meta = cfg.meta or {}
                explain = (meta.get("explain_for") or {}).get(family) or meta.get("explain") or cfg.type
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
    row_of = {id(r): f"r{i}" for i, r in enumerate(decidable)}
    findings = []
    for n, r in enumerate(relations, start=1):
        row = row_of.get(id(r), "")
        findings.append(_finding(r, decisions.get(row), covered.get(row, False), n))
    return findings, results


def _finding(r: Relation, d: Decision | None, covered: bool, n: int) -> Finding:
    doc_local = f"f{n}"
    if r.computed is None or r.stated is None:
        return Finding(doc_local, r.check, Status.SKIP, f"{r.working}: {r.skip_reason or 'cannot be decided'}", r.claims, r.spans,
                       primary=r.primary)
    stated = r.said if r.said is not None else format_number(r.stated)
    if not covered or d is None:
        return Finding(doc_local, r.check, Status.SKIP,
                       f"{r.working}; no expectation in the {r.check.split('.')[0]} suite covers a '{r.hedge}' relation",
                       r.claims, r.spans, primary=r.primary)
    if r.messages is not None:
        message = r.messages[0] if d.status is Status.PASS else r.messages[1] + (f" ({d.explain})" if r.hedge != "exact" else "")
    elif d.status is Status.PASS:
        message = f"{r.working}, and the text says {stated}"
    else:
        message = f"{r.working}, but the text says {stated} (off by {format_number(r.abs_error)}; {d.explain})"
    return Finding(doc_local, r.check, d.status, message, r.claims, r.spans, d.expectation, primary=r.primary)


_DATA_DOCS_LOCK = threading.Lock()


def write_data_docs(results: list, folder: Path) -> Path | None:
    """Render a run's GX validation results as Data Docs (static HTML) under ``folder``;
    returns the index page, or None when nothing was validated."""
    if not results:
        return None
    gx, context, _ = _gx()
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    folder.mkdir(parents=True, exist_ok=True)
    with _DATA_DOCS_LOCK:  # one build at a time: the store is shared by the process's runs
        site = "factlint"  # added for this build and deleted after it, so one name serves every folder
        context.add_data_docs_site(site, {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder.resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
        try:
            store = context.validation_results_store
            for key in store.list_keys():  # earlier runs of this process: their pages belong to their own report folders
                store.remove_key(key)
            run_id = RunIdentifier(run_name="factlint")
            for result in results:
                key = ValidationResultIdentifier(
                    expectation_suite_identifier=ExpectationSuiteIdentifier(name=result.suite_name),
                    run_id=run_id, batch_identifier="relations")
                context.validation_results_store.set(key, result)
            context.build_data_docs(site_names=[site])
        finally:
            context.delete_data_docs_site(site)  # a folder's site lives for one build, not for the process
    index = folder / "index.html"
    return index if index.exists() else None
