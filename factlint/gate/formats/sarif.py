"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One result per fail or warn finding (suppressed and baselined ones included, marked with
``suppressions``), located at its primary claim (the figure its message says is wrong; else
its first span) with ``relatedLocations`` for the other claims; ``partialFingerprints`` hash the rule and the claims' content, so a result keeps
its identity when the article is edited elsewhere. Inputs not read and stale baseline entries
are tool notifications.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from factlint import __version__
from factlint.gate.formats.common import (base_dir, display_path, examples, gate, location, primary_location, related_claims,
                                          reported, rules)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "factlintFingerprint/v1"
LEVEL = {"fail": "error", "warn": "warning"}


def artifact(source: str) -> dict:
    path = display_path(source)
    if "://" in path:
        return {"uri": path}
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def region(loc: dict, snippet: str | None = None) -> dict:
    if not loc.get("exact", True):
        return {"startLine": loc["line"]}
    out = {"startLine": loc["line"], "startColumn": loc["column"], "endLine": loc["end_line"], "endColumn": loc["end_column"]}
    if snippet:
        out["snippet"] = {"text": snippet}
    return out


def physical(source: str, loc: dict, snippet: str | None = None) -> dict:
    return {"artifactLocation": artifact(source), "region": region(loc, snippet)}


def descriptor(rule: str, text: str, level: str, example: str | None = None) -> dict:
    first = text.split(". ")[0].rstrip(".") + "."
    full = f"{text} Example: {example}" if example else text
    how = (f"Suppress one occurrence with <!-- factlint-disable-next-line {rule} --> on the line before it "
           f"(Markdown, HTML), change its severity with [tool.factlint.severity] \"{rule}\" = \"warn\", "
           "or record known findings with --write-baseline.")
    return {
        "id": rule,
        "name": "".join(w.capitalize() for w in rule.replace("-", ".").split(".")),
        "shortDescription": {"text": first},
        "fullDescription": {"text": full},
        "help": {"text": f"{full}\n\n{how}", "markdown": f"{full}\n\n{how.replace('<!--', '`<!--').replace('-->', '-->`')}"},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": list(dict.fromkeys(["factlint", rule.split(".")[0]]))},
    }


def _inside(inner: dict, outer: dict) -> bool:
    return ((outer["line"], outer["column"]) <= (inner["line"], inner["column"])
            and (inner["end_line"], inner["end_column"]) <= (outer["end_line"], outer["end_column"]))


def render(report: dict) -> str:
    g = gate(report)
    meta = rules()
    used = {f["check"] for d in report["documents"] for f in d["findings"]}
    ids = list(meta) + sorted(used - set(meta))
    index = {rule: i for i, rule in enumerate(ids)}
    worked = examples()
    descriptors = [descriptor(r, meta.get(r, r), "warning" if r.startswith("factlint.") else "error", worked.get(r))
                   for r in ids]
    results = []
    seen: Counter = Counter()
    baseline_in_use = bool(g.get("baseline"))
    for doc, f in reported(report, include_suppressed=True):
        loc = primary_location(doc, f)
        s, e = (f["spans"][0] if f["spans"] else (0, 0))
        if f.get("primary_location"):
            s, e = next(((c["start"], c["end"]) for c in doc.get("claims", []) if c["id"] == f["primary"]), (s, e))
        result = {
            "ruleId": f["check"], "ruleIndex": index[f["check"]],
            "level": LEVEL[f["status"]],
            "message": {"text": f["message"]},
            "locations": [{"physicalLocation": physical(doc["source"], loc, doc["text"][s:e])}],
        }
        related = [c for c in related_claims(f) if not (loc.get("exact") and _inside(c, loc))]
        if related:
            result["relatedLocations"] = [
                {"id": i, "physicalLocation": physical(doc["source"], c), "message": {"text": f"claim {c['claim']}: \"{c['text']}\""}}
                for i, c in enumerate(related, start=1)]
        fp = f.get("fingerprint")
        if fp:
            key = (loc["path"], fp)
            seen[key] += 1  # identical findings in one file stay distinct
            result["partialFingerprints"] = {FINGERPRINT: f"{fp}:{seen[key]}"}
        sup = f.get("suppressed")
        if sup:
            inline = sup["kind"] == "inline"
            result["suppressions"] = [{"kind": "inSource" if inline else "external",
                                       "justification": (f"{sup['directive']} at line {sup['line']}" if inline
                                                         else f"known finding in baseline {display_path(sup['file'])}")}]
        if baseline_in_use:
            result["baselineState"] = "unchanged" if sup and sup["kind"] == "baseline" else "new"
        result["properties"] = {"status": f["status"], "document": doc["id"], "finding": f["id"],
                                **({"severityOverride": f["severity_override"]} if f.get("severity_override") else {})}
        results.append(result)
    for u in g.get("unused_suppressions", []):
        loc = {"line": u["line"], "column": u["column"], "end_line": u["end_line"], "end_column": u["end_column"], "exact": True}
        results.append({"ruleId": u["rule"], "ruleIndex": index[u["rule"]], "level": "warning",
                        "message": {"text": u["message"]},
                        "locations": [{"physicalLocation": physical(u["source"], loc)}]})
    notifications = [{"level": "error", "message": {"text": f"{display_path(e['source'])}"
                                                            f"{':' + str(e['line']) if e.get('line') else ''}: {e['message']}"},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact(e["source"]),
                                                          **({"region": {"startLine": e["line"]}} if e.get("line") else {})}}]}
                     for e in report["errors"]]
    notifications += [{"level": "warning", "message": {"text": s["message"]},
                       "locations": [{"physicalLocation": {"artifactLocation": artifact(s["baseline"])}}]}
                      for s in g.get("stale_baseline", [])]
    invocation = {"executionSuccessful": not report["errors"]}
    if "exit_code" in g:
        invocation["exitCode"] = g["exit_code"]
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__, "rules": descriptors}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": base_dir().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
        "properties": {"summary": report["summary"], "failLevel": g.get("fail_level", "fail")},
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=1) + "\n"


__all__ = ["render"]
