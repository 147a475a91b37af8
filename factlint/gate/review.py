"""The CI gate: apply configuration, inline suppressions and the baseline to a run's findings.

Findings are never dropped for being suppressed or known: each keeps its place in the report
with a ``suppressed`` field, a ``location`` in the input file and a content ``fingerprint``.
Only rules switched off by configuration leave the report. The result is the ``gate`` block
of the report, which holds the exit code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from factlint.gate import suppress
from factlint.gate.baseline import Baseline, Entry, fingerprint, source_key
from factlint.gate.config import Config, rule_selected, severity_of
from factlint.gate.exitcodes import exit_code, gating
from factlint.gate.locate import Locator, Region
from factlint.records import DocResult, Finding, InputError, Status

GATED = (Status.FAIL, Status.WARN)
UNUSED_SUPPRESSION = "factlint.unused-suppression"
STALE_BASELINE = "factlint.stale-baseline"
HOUSEKEEPING = {
    UNUSED_SUPPRESSION: "An inline factlint-disable comment that suppresses no fail or warn finding "
                        "(or names an unknown rule). Remove it.",
    STALE_BASELINE: "A baseline entry for a file that was checked but no longer has that finding. "
                    "Rewrite the baseline with --write-baseline.",
}


@dataclass
class GateOptions:
    config: Config = field(default_factory=Config)
    fail_level: str = "fail"
    exit_zero: bool = False
    baseline: Baseline | None = None
    write_baseline: Path | None = None
    inputs: list[str] | None = None  # the paths as the user gave them (before include/exclude)
    input_errors: list[InputError] = field(default_factory=list)  # met while applying include/exclude
    excluded: int = 0
    selected: list[str] = field(default_factory=list)  # the inputs left to read after include/exclude
    written_entries: list[Entry] = field(default_factory=list)  # filled when write_baseline is set


def review(run, opts: GateOptions) -> None:
    """Amend ``run`` (a pipeline.RunResult) in place: annotated findings and the ``gate`` block."""
    import checks

    known = set(checks.RULES)
    if opts.input_errors:
        run.errors[:0] = opts.input_errors
    if opts.inputs is not None:
        run.inputs = list(opts.inputs)
    tally = _Tally()
    results = []
    for r in run.results:
        results.append(_review_document(r, opts, known, tally))
    run.results = results
    stale = []
    if opts.baseline is not None and opts.write_baseline is None:
        stale = opts.baseline.stale(r.document.source for r in results)
    if opts.write_baseline is not None:
        opts.written_entries = tally.entries + _carried_over(opts, results)
    housekeeping = len(tally.unused) + sum(e.count for e in stale)
    counted = {"fail": tally.counts["fail"], "warn": tally.counts["warn"] + housekeeping}
    code = exit_code({"errors": len(run.errors), "findings": counted}, opts.fail_level, opts.exit_zero)
    run.extensions["gate"] = {
        "fail_level": opts.fail_level,
        "exit_zero": opts.exit_zero,
        "exit_code": int(code),
        "failing": gating(counted, opts.fail_level),
        "config": str(opts.config.path) if opts.config.path else None,
        "baseline": str(opts.write_baseline or (opts.baseline.path if opts.baseline else "")) or None,
        "findings": counted,
        "suppressed": tally.suppressed,
        "baselined": tally.baselined,
        "disabled": tally.disabled,
        "excluded_inputs": opts.excluded,
        "unused_suppressions": tally.unused,
        "stale_baseline": [_stale_json(e, opts.baseline) for e in stale],
    }


@dataclass
class _Tally:
    counts: Counter = field(default_factory=Counter)
    suppressed: int = 0
    baselined: int = 0
    disabled: int = 0
    unused: list[dict] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def _review_document(r: DocResult, opts: GateOptions, known: set[str], tally: _Tally) -> DocResult:
    doc = r.document
    enabled, severity = opts.config.rules_for(doc.source)
    locator = Locator(doc)
    directives = _directives(doc, locator, known)
    scopes = suppress.scopes(directives)
    claims = {c.id: c for c in r.claims}
    findings: list[Finding] = []
    for f in r.findings:
        level = severity_of(f.check, severity)
        if not rule_selected(f.check, enabled) or level == "off":
            tally.disabled += 1
            continue
        ann: dict = dict(f.annotations)  # keep what earlier stages added (e.g. crossdoc's "related")
        status = f.status
        if level and status in GATED and level != status.value:
            ann["severity_override"] = {"from": status.value, "to": level, "config": str(opts.config.path)}
            status = Status(level)
        region = locator.region(*f.spans[0]) if f.spans else Region(doc.line or 1, 1, doc.line or 1, 1, False)
        ann["location"] = {"path": doc.source, **region.json()}
        ann["claim_locations"] = [{"claim": cid, "text": claims[cid].text,
                                   **locator.region(claims[cid].start, claims[cid].end).json()}
                                  for cid in f.claims if cid in claims]
        if f.primary in claims:  # the claim the message says is wrong: where annotations and SARIF point
            c = claims[f.primary]
            ann["primary"] = f.primary
            ann["primary_location"] = {"path": doc.source, **locator.region(c.start, c.end).json()}
        fp = fingerprint(f.check, [claims[cid] for cid in f.claims if cid in claims])
        ann["fingerprint"] = fp
        if status in GATED:
            _decide(doc.source, f, status, region, fp, ann, scopes, opts, tally, claims)
        findings.append(replace(f, status=status, annotations=ann))
    for d, message in suppress.unused(directives):
        tally.unused.append({"source": doc.source, "line": d.start[0], "column": d.start[1],
                             "end_line": d.end[0], "end_column": d.end[1],
                             "rule": UNUSED_SUPPRESSION, "directive": d.text, "message": f"{d.text} {message}"})
    return replace(r, findings=tuple(findings))


def _decide(source, f, status, region, fp, ann, scopes, opts, tally, claims) -> None:
    directive = suppress.match(scopes, f.check, (region.line, region.column)) if region.exact else None
    if directive is not None:
        ann["suppressed"] = {"kind": "inline", "directive": directive.text, "line": directive.start[0]}
        tally.suppressed += 1
        return
    if opts.write_baseline is not None:
        tally.entries.append(Entry(source_key(source, opts.write_baseline.resolve().parent), f.check, fp, status.value,
                                   tuple(claims[c].text for c in f.claims if c in claims), f.message))
        ann["suppressed"] = {"kind": "baseline", "file": str(opts.write_baseline)}
        tally.baselined += 1
        return
    if opts.baseline is not None and opts.baseline.take(source, fp):
        ann["suppressed"] = {"kind": "baseline", "file": str(opts.baseline.path)}
        tally.baselined += 1
        return
    tally.counts[status.value] += 1


def _directives(doc, locator: Locator, known: set[str]) -> list[suppress.Directive]:
    if Path(doc.source).suffix.lower() not in suppress.SUFFIXES:
        return []
    if locator.is_html and locator.source_text is not None:
        return suppress.parse(locator.source_text, locator.source_lines.position, known)
    if doc.text_line is not None:
        return suppress.parse(doc.text, locator.text_position, known)
    return []


def _carried_over(opts: GateOptions, results: list[DocResult]) -> list[Entry]:
    """Rewriting the baseline in place keeps the entries of files this run did not check."""
    old = opts.baseline
    if old is None or opts.write_baseline is None or old.path.resolve() != opts.write_baseline.resolve():
        return []
    checked = {source_key(r.document.source, old.folder) for r in results}
    return [e for e in old.entries if e.source not in checked]


def _stale_json(e: Entry, baseline: Baseline | None) -> dict:
    where = str(baseline.path) if baseline else ""
    claims = ", ".join(f'"{c}"' for c in e.claims)
    return {"rule": STALE_BASELINE, "baseline": where, "source": e.source, "finding_rule": e.rule,
            "fingerprint": e.fingerprint, "claims": list(e.claims), "count": e.count,
            "message": f"{e.rule} in {e.source} ({claims}) is no longer found; "
                       f"update the baseline with --write-baseline {where}"}
