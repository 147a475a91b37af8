"""``--format junit``: JUnit XML for CI test reports. One testsuite per document, one testcase
per relation checked. A testcase fails exactly when its finding fails the gate (status at or
above --fail-level, not suppressed, not in the baseline); suppressed, baselined and undecidable
(``skip``) relations are skipped; inputs not read are errors."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factlint.gate.formats.common import display_path, fails_gate, gate, location

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", name=_x(name))


def _case(suite: ET.Element, classname: str, name: str, **attrs: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=_x(classname), name=_x(name), time="0",
                         **{k: _x(v) for k, v in attrs.items()})


def render(report: dict) -> str:
    g = gate(report)
    fail_level = g.get("fail_level", "fail")
    root = ET.Element("testsuites", name="factlint")
    for doc in report["documents"]:
        path = display_path(doc["source"])
        suite = _suite(root, f"{path}:{doc['line']}" if doc.get("line") else path)
        claims = {c["id"]: c["text"] for c in doc["claims"]}
        for f in doc["findings"]:
            loc = location(doc, f)
            where = f"{path}:{loc['line']}:{loc['column']}"
            label = " | ".join(" ".join(claims.get(c, c).split()) for c in f["claims"])
            case = _case(suite, path, f"{f['check']} [{label}]", file=path, line=str(loc["line"]))
            detail = _x(f"{where}: {f['check']} {f['status']} {f['message']}")
            sup = f.get("suppressed")
            if fails_gate(f, fail_level):
                ET.SubElement(case, "failure", type=f["status"], message=_x(f["message"])).text = detail
            elif sup and f["status"] in ("fail", "warn"):
                why = f"suppressed by {sup['directive']}" if sup["kind"] == "inline" else f"in baseline {sup['file']}"
                ET.SubElement(case, "skipped", message=_x(f"{f['status']} {why}: {f['message']}"))
            elif f["status"] == "skip":
                ET.SubElement(case, "skipped", message=_x(f["message"]))
            else:
                ET.SubElement(case, "system-out").text = detail
    housekeeping = [(u["source"], u["line"], u["rule"], u["message"]) for u in g.get("unused_suppressions", [])]
    housekeeping += [(s["baseline"], None, s["rule"], s["message"]) for s in g.get("stale_baseline", [])]
    if housekeeping:
        suite = _suite(root, "factlint housekeeping")
        for source, line, rule, message in housekeeping:
            case = _case(suite, display_path(source), f"{rule} {display_path(source)}" + (f":{line}" if line else ""))
            if fail_level == "warn":
                ET.SubElement(case, "failure", type="warn", message=_x(message)).text = _x(message)
            else:
                ET.SubElement(case, "system-out").text = _x(message)
    if report["errors"]:
        suite = _suite(root, "inputs not read")
        for e in report["errors"]:
            where = display_path(e["source"]) + (f":{e['line']}" if e.get("line") else "")
            case = _case(suite, "inputs", where)
            ET.SubElement(case, "error", type="input", message=_x(e["message"])).text = _x(f"{where}: {e['message']}")
    _count(root, report)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _count(root: ET.Element, report: dict) -> None:
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in root.iter("testsuite"):
        cases = suite.findall("testcase")
        counts = {"tests": len(cases),
                  "failures": sum(1 for c in cases if c.find("failure") is not None),
                  "errors": sum(1 for c in cases if c.find("error") is not None),
                  "skipped": sum(1 for c in cases if c.find("skipped") is not None)}
        for k, v in counts.items():
            suite.set(k, str(v))
            totals[k] += v
        suite.set("time", "0")
    for k, v in totals.items():
        root.set(k, str(v))
    root.set("time", str(report.get("run", {}).get("duration_seconds", 0)))
