"""``--format github``: GitHub Actions workflow commands, one annotation per finding, and a
Markdown summary for ``$GITHUB_STEP_SUMMARY``.

GitHub shows only about 10 annotations of each level per step: the first 10 of each level are
annotations, the rest are plain log lines, and a notice says how many were not annotated.
"""

from __future__ import annotations

from factlint.gate.formats.common import clean, clean_line, display_path, gate, primary_location, related_claims, reported
from factlint.gate.formats.text import summary_line

LIMIT = 10  # annotations GitHub shows per level per step
LEVEL = {"fail": "error", "warn": "warning"}
SUMMARY_ROWS = 100


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, file: str | None = None, loc: dict | None = None, title: str | None = None) -> str:
    props = []
    if file:
        props.append(("file", file))
    if loc:
        props.append(("line", str(loc["line"])))
        # The runner drops columns unless the annotation starts and ends on one line.
        if loc.get("exact", True) and loc.get("end_line", loc["line"]) == loc["line"]:
            props += [("endLine", str(loc["line"])), ("col", str(loc["column"])), ("endColumn", str(loc["end_column"]))]
        elif loc.get("end_line") and loc["end_line"] > loc["line"]:
            props.append(("endLine", str(loc["end_line"])))
    if title:
        props.append(("title", title))
    head = ",".join(f"{k}={escape_property(clean(v))}" for k, v in props)
    return f"::{level}{' ' + head if head else ''}::{escape_data(clean(message))}"


def annotations(report: dict) -> list[tuple[str, str, str | None, dict | None, str]]:
    """(level, message, file, location, title) for everything worth an annotation, in report order."""
    out = []
    for doc, f in reported(report):
        out.append((LEVEL[f["status"]], f["message"] + _related(f), display_path(doc["source"]), primary_location(doc, f),
                    f["check"]))
    for u in gate(report).get("unused_suppressions", []):
        out.append(("warning", u["message"], display_path(u["source"]), {**u, "exact": True}, u["rule"]))
    for s in gate(report).get("stale_baseline", []):
        out.append(("warning", s["message"], display_path(s["baseline"]), None, s["rule"]))
    for e in report["errors"]:
        loc = {"line": e["line"], "exact": False} if e.get("line") else None
        out.append(("error", e["message"], display_path(e["source"]), loc, "factlint: input not read"))
    return out


def _related(f: dict) -> str:
    """The finding's other claims, named in the message (an annotation has one location): it
    points at the figure the message says is wrong."""
    if not f.get("primary"):
        return ""
    others = [f"\u201c{c['text']}\u201d at line {c['line']}" + (f" col {c['column']}" if c.get("exact", True) else "")
              for c in related_claims(f)]
    return f" (see also {', '.join(others)})" if others else ""


def render(report: dict) -> str:
    lines, shown, hidden = [], {"error": 0, "warning": 0}, {"error": 0, "warning": 0}
    for level, message, file, loc, title in annotations(report):
        if shown[level] < LIMIT:
            shown[level] += 1
            lines.append(command(level, message, file, loc, title))
        else:
            hidden[level] += 1
            where = f"{file}:{loc['line']}:{loc.get('column', 1)}" if loc else file
            lines.append(clean_line(f"{where}: {title} {level} {message}"))
    if any(hidden.values()):
        more = " and ".join(f"{n} more {lvl}(s)" for lvl, n in hidden.items() if n)
        lines.append(command("notice", f"{more} than GitHub annotates ({LIMIT} per level per step); "
                                       "all are listed in this log and in the step summary", title="factlint"))
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return (clean(text).replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|"))


def _code(text: str) -> str:
    return "`" + clean_line(text).replace("`", "'").replace("|", "\\|") + "`"


def step_summary(report: dict) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: verdict, counts, and the findings that matter."""
    s, g = report["summary"], gate(report)
    f = s["findings"]
    failing = g.get("failing", f["fail"])
    verdict = (f"❌ {failing} finding(s) at or above fail level `{g.get('fail_level', 'fail')}`" if failing
               else "✅ no finding fails the gate")
    if s["errors"]:
        verdict = f"❌ {s['errors']} input(s) could not be read"
    out = [f"### factlint: {verdict}", "",
           "| documents | relations | pass | fail | warn | skip | suppressed | in baseline | inputs not read |",
           "|---|---|---|---|---|---|---|---|---|",
           f"| {s['documents']} | {s['relations']} | {f['pass']} | {f['fail']} | {f['warn']} | {f['skip']} | "
           f"{g.get('suppressed', 0)} | {g.get('baselined', 0)} | {s['errors']} |", ""]
    rows = list(reported(report))
    if rows:
        out += ["| | where | rule | message |", "|---|---|---|---|"]
        for doc, fnd in rows[:SUMMARY_ROWS]:
            loc = primary_location(doc, fnd)
            icon = "❌" if fnd["status"] == "fail" else "⚠️"
            out.append(f"| {icon} {fnd['status']} | {_code(display_path(doc['source']) + ':' + str(loc['line']) + ':' + str(loc['column']))} "
                       f"| {_code(fnd['check'])} | {_cell(fnd['message'])} |")
        if len(rows) > SUMMARY_ROWS:
            out.append(f"\n_{len(rows) - SUMMARY_ROWS} more not listed here; see the SARIF or JSON report._")
        hidden = {lvl: max(0, sum(1 for _, x in rows if LEVEL[x["status"]] == lvl) - LIMIT) for lvl in ("error", "warning")}
        if any(hidden.values()):
            out.append(f"\n_GitHub annotates {LIMIT} per level per step: "
                       + " and ".join(f"{n} more {lvl}(s)" for lvl, n in hidden.items() if n) + " are only listed here and in the log._")
        out.append("")
    extra = [("Unused suppressions", [f"{_code(display_path(u['source']) + ':' + str(u['line']))} {_cell(u['message'])}"
                                      for u in g.get("unused_suppressions", [])]),
             ("Stale baseline entries", [_cell(x["message"]) for x in g.get("stale_baseline", [])]),
             ("Inputs not read", [f"{_code(display_path(e['source']) + (':' + str(e['line']) if e.get('line') else ''))} {_cell(e['message'])}"
                                  for e in report["errors"]])]
    for title, items in extra:
        if items:
            out += [f"**{title}**", ""] + [f"- {i}" for i in items] + [""]
    return "\n".join(out) + "\n"
