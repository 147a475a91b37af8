"""``--format text``: one ``path:line:col: RULE status message`` line per finding, then a summary."""

from __future__ import annotations

from factlint.gate.formats.common import clean_line, gate, location, reported


def finding_lines(report: dict) -> list[str]:
    lines = []
    for doc, f in reported(report):
        loc = location(doc, f)
        lines.append(clean_line(f"{loc['path']}:{loc['line']}:{loc['column']}: {f['check']} {f['status']} {f['message']}"))
    g = gate(report)
    for u in g.get("unused_suppressions", []):
        lines.append(clean_line(f"{u['source']}:{u['line']}:{u['column']}: {u['rule']} warn {u['message']}"))
    for s in g.get("stale_baseline", []):
        lines.append(clean_line(f"{s['baseline']}: {s['rule']} warn {s['message']}"))
    return lines


def summary_line(report: dict) -> str:
    s = report["summary"]
    c, f = s["claims"], s["findings"]
    g = gate(report)
    extra = []
    if s["errors"]:
        extra.append(f"{s['errors']} input(s) not read")
    for key, label in (("suppressed", "suppressed"), ("baselined", "in baseline"), ("disabled", "disabled by config"),
                       ("excluded_inputs", "file(s) excluded by config")):
        if g.get(key):
            extra.append(f"{g[key]} {label}")
    if g.get("unused_suppressions"):
        extra.append(f"{len(g['unused_suppressions'])} unused suppression(s)")
    if g.get("stale_baseline"):
        extra.append(f"{sum(e['count'] for e in g['stale_baseline'])} stale baseline entr(ies)")
    return (f"factlint: {s['documents']} document(s), {sum(c.values())} claims ({c['date']} dates, {c['quantity']} quantities, "
            f"{c['name']} names); {s['relations']} relation(s) checked: {f['pass']} pass, {f['fail']} fail, {f['warn']} warn, "
            f"{f['skip']} skip" + "".join(f"; {e}" for e in extra))


def verdict_line(report: dict) -> str:
    """The run in one line: the summary, and the findings that fail the gate if any (stderr when
    stdout carries no format; the message of a ``check --prefect`` flow run's final state)."""
    g = report.get("gate") or {}
    failing = (f"; {g['failing']} finding(s) at or above --fail-level {g['fail_level']}"
               + (" (--exit-zero: exit 0)" if g.get("exit_zero") else "")) if g.get("failing") else ""
    return clean_line(summary_line(report) + failing)


def render(report: dict, written: dict[str, str]) -> str:
    lines = finding_lines(report)
    lines.append(summary_line(report))
    g = report.get("gate")
    if g and g.get("failing"):
        lines.append(f"factlint: {g['failing']} finding(s) at or above --fail-level {g['fail_level']}"
                     + (" (--exit-zero: exit 0)" if g.get("exit_zero") else ""))
    if written.get("html"):
        lines.append(f"report: {written['html']} (JSON: {written['json']})")
    return "\n".join(lines) + "\n"
