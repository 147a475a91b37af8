"""Self-contained HTML pages of a report: an index of the run and one page per document.

Every article-derived string goes through ``html.escape``; pages carry inline CSS/JS only and
open from ``file://``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from factlint.numbers import format_number

STATUS_ORDER = ("fail", "warn", "pass", "skip")

CSS = """
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;
--date:#ddf4ff;--quantity:#fff8c5;--name:#fbefff;--fail:#cf222e;--warn:#9a6700;--pass:#1a7f37;--skip:#6e7781;--hl:#ffd33d}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--card:#161b22;
--date:#0c2d4a;--quantity:#3b2e05;--name:#2f1a3d;--fail:#ff7b72;--warn:#d29922;--pass:#3fb950;--skip:#9198a1;--hl:#6e5300}}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:72rem;margin:0 auto;padding:1rem}a{color:inherit}h1{font-size:1.4rem;line-height:1.3}
.meta{color:var(--muted);font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;min-width:7rem}
.card b{display:block;font-size:1.3rem}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;color:inherit;cursor:pointer;padding:0}
.badge{display:inline-block;border-radius:1em;padding:0 .55em;font-size:.8rem;font-weight:600;color:#fff;background:var(--skip)}
.b-fail{background:var(--fail)}.b-warn{background:var(--warn)}.b-pass{background:var(--pass)}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
article.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:1rem}
.c{border-radius:3px;padding:0 1px;cursor:help;position:relative}
.k-date{background:var(--date)}.k-quantity{background:var(--quantity)}.k-name{background:var(--name)}
.fs-fail{border-bottom:3px solid var(--fail)}.fs-warn{border-bottom:3px dashed var(--warn)}
.fs-pass{border-bottom:2px solid var(--pass)}.fs-skip{border-bottom:2px dotted var(--skip)}
.c:focus{outline:2px solid var(--fg)}.c:focus::after,.c:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;z-index:2;
white-space:pre;background:var(--fg);color:var(--bg);font-size:.8rem;padding:.2rem .4rem;border-radius:4px}
.active{background:var(--hl)!important;outline:2px solid var(--warn)}
.findings h3{margin:.8rem 0 .3rem;font-size:1rem}.finding{display:block;width:100%;text-align:left;font:inherit;color:inherit;
background:var(--card);border:1px solid var(--line);border-left:4px solid var(--skip);border-radius:6px;padding:.5rem;margin:.3rem 0;cursor:pointer}
.finding.s-fail{border-left-color:var(--fail)}.finding.s-warn{border-left-color:var(--warn)}.finding.s-pass{border-left-color:var(--pass)}
.finding:focus,.finding.selected{outline:2px solid var(--fg)}.rule{font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted)}
.legend span{margin-right:.6rem}.filters label{margin-right:.8rem}
@media print{.filters,th button{display:none}.layout{display:block}.c::after{display:none}body{font-size:11pt}}
"""

DOC_JS = """
document.querySelectorAll('.finding').forEach(function(btn){btn.addEventListener('click',function(){
document.querySelectorAll('.active').forEach(function(e){e.classList.remove('active')});
document.querySelectorAll('.finding.selected').forEach(function(e){e.classList.remove('selected')});
btn.classList.add('selected');var id=btn.dataset.finding,first=null;
document.querySelectorAll('[data-f]').forEach(function(s){if(s.dataset.f.split(' ').indexOf(id)>=0){s.classList.add('active');if(!first)first=s;}});
if(first&&first.scrollIntoView)first.scrollIntoView({block:'center'});});});
document.querySelectorAll('[data-f]').forEach(function(s){s.addEventListener('click',function(){
var t=document.getElementById(s.dataset.f.split(' ')[0]);if(t){t.focus();t.click();}});});
"""

INDEX_JS = """
var table=document.getElementById('docs');
document.querySelectorAll('.filters input').forEach(function(box){box.addEventListener('change',function(){
var on={};document.querySelectorAll('.filters input').forEach(function(b){on[b.value]=b.checked});
table.querySelectorAll('tbody tr').forEach(function(tr){tr.hidden=!on[tr.dataset.status]});});});
table.querySelectorAll('th button').forEach(function(btn,col){btn.addEventListener('click',function(){
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),dir=btn.dataset.dir==='asc'?-1:1;btn.dataset.dir=dir>0?'asc':'desc';
rows.sort(function(a,b){var x=a.cells[col].dataset.v,y=b.cells[col].dataset.v,nx=parseFloat(x),ny=parseFloat(y);
return (isNaN(nx)||isNaN(ny)?x.localeCompare(y):nx-ny)*dir;});rows.forEach(function(r){body.appendChild(r)});});});
"""


def page_name(doc_id: str) -> str:
    return f"{doc_id}.html"


def _page(title: str, body: str, script: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body><main>\n{body}\n</main>"
        f"<script>{script}</script></body></html>\n"
    )


def _badge(status: str) -> str:
    return f'<span class="badge b-{escape(status)}">{escape(status)}</span>'


def _claim_tip(c: dict) -> str:
    value = c["value"]
    if c["kind"] == "quantity":
        shown = (format_number(value) if isinstance(value, (int, float)) else str(value)) + (f" {c['unit']}" if c.get("unit") else "")
    elif c["kind"] == "name":
        role = c["attrs"].get("role")
        shown = f"{value} ({c.get('label')}{', ' + role if role else ''})"
    else:
        shown = str(value) if value is not None else "unresolved: " + str(c["attrs"].get("unresolved", ""))
    return f"{c['id']} {c['kind']}: {shown}"


def highlight(text: str, claims: list[dict], findings: list[dict]) -> str:
    """The text cut at every claim and finding boundary; each piece knows what covers it, so
    overlapping spans nest correctly (the displaCy span-renderer approach)."""
    marks: list[tuple[int, int, str, dict]] = [(c["start"], c["end"], "c", c) for c in claims]
    for f in findings:
        marks.extend((s, e, "f", f) for s, e in f["spans"])
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    starts = defaultdict(list)
    for m in marks:
        starts[m[0]].append(m)
    active: list[tuple[int, int, str, dict]] = []
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m[1] > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        cs = [m[3] for m in active if m[2] == "c"]
        fs = [m[3] for m in active if m[2] == "f"]
        classes = []
        attrs = []
        if cs:
            classes += ["c", f"k-{cs[-1]['kind']}"]
            attrs.append(f'data-c="{escape(" ".join(c["id"] for c in cs))}" tabindex="0" data-tip="{escape(chr(10).join(_claim_tip(c) for c in cs))}"')
        if fs:
            worst = min(fs, key=lambda f: STATUS_ORDER.index(f["status"]))
            classes.append(f"fs-{worst['status']}")
            attrs.append(f'data-f="{escape(" ".join(f["id"] for f in fs))}"')
        out.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{piece}</span>')
    return "".join(out)


def _people(claims: list[dict]) -> str:
    rows: dict[tuple[str, str], dict] = {}
    for c in claims:
        if c["kind"] != "name" or c["label"] not in ("PERSON", "ORG"):
            continue
        row = rows.setdefault((c["label"], str(c["value"])), {"mentions": 0, "roles": set(), "forms": set()})
        row["mentions"] += 1
        row["forms"].add(c["text"])
        if c["attrs"].get("role"):
            row["roles"].add(c["attrs"]["role"])
    if not rows:
        return "<p class=\"meta\">No people or organisations found.</p>"
    body = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(label)}</td><td>{escape('; '.join(sorted(r['roles'])))}</td>"
        f"<td>{r['mentions']}</td><td>{escape(', '.join(sorted(r['forms'])))}</td></tr>"
        for (label, name), r in sorted(rows.items(), key=lambda kv: (-kv[1]["mentions"], kv[0]))
    )
    return f"<table><thead><tr><th>Name</th><th>Type</th><th>Role</th><th>Mentions</th><th>Written as</th></tr></thead><tbody>{body}</tbody></table>"


def render_document(doc: dict, report: dict) -> str:
    by_status = {s: [f for f in doc["findings"] if f["status"] == s] for s in STATUS_ORDER}
    groups = []
    for status in STATUS_ORDER:
        items = by_status[status]
        if not items:
            continue
        buttons = "".join(
            f'<button type="button" class="finding s-{escape(f["status"])}" id="{escape(f["id"])}" data-finding="{escape(f["id"])}">'
            f'{_badge(f["status"])} <span class="rule">{escape(f["check"])}</span><br>{escape(f["message"])}</button>'
            for f in items)
        groups.append(f"<h3>{escape(status.capitalize())} ({len(items)})</h3>{buttons}")
    findings_html = "".join(groups) or "<p class=\"meta\">No relation between claims was found to check.</p>"
    counts = doc["summary"]["claims"]
    pub = escape(doc["published"] or "unknown")
    pub_how = escape(doc["published_source"] or "not determined")
    note = f"<br>{escape(doc['published_note'])}" if doc.get("published_note") else ""
    where = escape(doc["source"]) + (f", line {doc['line']}" if doc.get("line") else "")
    body = f"""<p class="meta"><a href="../index.html">&larr; All documents</a></p>
<h1>{escape(doc['title'] or doc['id'])} {_badge(doc['status'])}</h1>
<p class="meta">Source: {where}{' &middot; <a href="' + escape(doc['url']) + '" rel="noopener noreferrer">original</a>' if doc.get('url') and doc['url'].startswith(('http://', 'https://')) else ''}<br>
Published: <b>{pub}</b> ({pub_how}){note}</p>
<div class="cards"><div class="card"><b>{counts['date']}</b>dates</div><div class="card"><b>{counts['quantity']}</b>quantities</div>
<div class="card"><b>{counts['name']}</b>names</div><div class="card"><b>{len(doc['findings'])}</b>relations checked</div></div>
<div class="layout"><section><h2>Text</h2><p class="legend meta"><span class="c k-date">date</span><span class="c k-quantity">quantity</span><span class="c k-name">name</span>
<span class="fs-pass">verified</span><span class="fs-fail">contradicted</span></p>
<article class="text">{highlight(doc['text'], doc['claims'], doc['findings'])}</article></section>
<section class="findings"><h2>Findings</h2>{findings_html}<h2>People and organisations</h2>{_people(doc['claims'])}</section></div>"""
    return _page(f"{doc['title'] or doc['id']} - factlint", body, DOC_JS)


def render_index(report: dict) -> str:
    s = report["summary"]
    rows = []
    for d in report["documents"]:
        f = d["summary"]["findings"]
        n_claims = sum(d["summary"]["claims"].values())
        rows.append(
            f'<tr data-status="{escape(d["status"])}"><td data-v="{escape(d["status"])}">{_badge(d["status"])}</td>'
            f'<td data-v="{escape(d["title"] or d["id"])}"><a href="documents/{escape(page_name(d["id"]))}">{escape(d["title"] or d["id"])}</a><br><span class="meta">{escape(d["source"])}</span></td>'
            f'<td data-v="{escape(d["published"] or "")}">{escape(d["published"] or "unknown")}</td><td data-v="{n_claims}">{n_claims}</td>'
            f'<td data-v="{f["fail"]}">{f["fail"]}</td><td data-v="{f["warn"]}">{f["warn"]}</td><td data-v="{f["pass"]}">{f["pass"]}</td></tr>')
    errors = "".join(f"<li><code>{escape(e['source'])}{':' + str(e['line']) if e.get('line') else ''}</code>: {escape(e['message'])}</li>" for e in report["errors"])
    statuses = sorted({d["status"] for d in report["documents"]}, key=lambda x: (STATUS_ORDER + ("unchecked",)).index(x))
    filters = "".join(f'<label><input type="checkbox" value="{escape(st)}" checked> {escape(st)}</label>' for st in statuses)
    inputs = ", ".join(f"<code>{escape(i)}</code>" for i in report["inputs"])
    claims = s["claims"]
    body = f"""<h1>factlint report</h1>
<p class="meta">factlint {escape(report['generator']['version'])} &middot; generated <span class="volatile">{escape(report['run']['generated_at'])} in {report['run']['duration_seconds']} s</span><br>Inputs: {inputs}</p>
<div class="cards"><div class="card"><b>{s['documents']}</b>documents</div><div class="card"><b>{claims['date']}</b>dates</div>
<div class="card"><b>{claims['quantity']}</b>quantities</div><div class="card"><b>{claims['name']}</b>names</div>
<div class="card"><b>{s['relations']}</b>relations checked</div><div class="card"><b>{s['findings']['fail']}</b>fail</div>
<div class="card"><b>{s['findings']['warn']}</b>warn</div><div class="card"><b>{s['errors']}</b>inputs not read</div></div>
{'<h2>Inputs not read</h2><ul>' + errors + '</ul>' if errors else ''}
<h2>Documents</h2><p class="filters">Show: {filters}</p>
<table id="docs"><thead><tr><th><button type="button">Status</button></th><th><button type="button">Title</button></th><th><button type="button">Published</button></th>
<th><button type="button">Claims</button></th><th><button type="button">Fail</button></th><th><button type="button">Warn</button></th><th><button type="button">Pass</button></th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>"""
    return _page("factlint report", body, INDEX_JS)
