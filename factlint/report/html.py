"""Self-contained HTML pages of a report: an index of the run and one page per document.

Built from the report dict (contract factlint/report/v1) only. Every article-derived string goes
through ``html.escape``; nothing from the article reaches a ``<script>`` block, and the page's
Content-Security-Policy admits only the page's own scripts (by hash), so even a missed escape
could not run code. Pages carry inline CSS/JS only and open from ``file://``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from datetime import date
from html import escape
from urllib.parse import quote

from factlint.extract.numbers import format_number
from factlint.report.timeline import collect as collect_dates
from factlint.report.timeline import svg as timeline_svg

STATUS_ORDER = ("fail", "warn", "pass", "skip")
DOC_STATUS_ORDER = ("fail", "warn", "pass", "unchecked")
NAME_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "NORP": "group", "FAC": "facility"}
PUBLISHED_HOW = {
    "metadata": "from the input's metadata",
    "cli": "given with --published",
    "dateline": "from the dateline",
    "inferred": "inferred from the dateline and the text",
}
NUMERIC_TH = ' class="n"'
TIP_SKIP_ATTRS = {"para", "sent", "role", "unresolved", "weekday"}  # internal, or already in the headline

CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;--link:#0550ae;
--date:#d3ecff;--quantity:#fff1b8;--name:#f5e6ff;--fail:#cf222e;--warn:#9a6700;--pass:#1a7f37;--skip:#6e7781;
--fail-bg:#ffebe9;--hl:#ffd33d;--focus:#0969da;--on-badge:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--card:#161b22;
--link:#79c0ff;--date:#0c2d4a;--quantity:#3b2e05;--name:#2f1a3d;--fail:#ff7b72;--warn:#d29922;--pass:#3fb950;
--skip:#9198a1;--fail-bg:#3c1618;--hl:#6e5300;--focus:#58a6ff;--on-badge:#0d1117}}
*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:80rem;margin:0 auto;padding:1rem}a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:.5rem;z-index:20;background:var(--bg);padding:.3rem .6rem}
h1{font-size:1.45rem;line-height:1.3;margin:.4rem 0}h2{font-size:1.15rem;margin:1.4rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .3rem}
.meta{color:var(--muted);font-size:.9rem}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
.cards{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;padding:0;list-style:none}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;min-width:6.5rem}
.card b{display:block;font-size:1.3rem;font-variant-numeric:tabular-nums}
.box{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;margin:.8rem 0}.box p{margin:.2rem 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}.nowrap{white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;color:inherit;cursor:pointer;padding:0;text-align:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.badge{display:inline-block;border-radius:1em;padding:0 .55em;font-size:.8rem;font-weight:600;color:var(--on-badge);background:var(--skip);vertical-align:.1em}
.b-fail{background:var(--fail)}.b-warn{background:var(--warn)}.b-pass{background:var(--pass)}
.filters{border:0;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
.filters legend{float:left;margin-right:.5rem;font-weight:600}.filters input[type=search]{font:inherit;padding:.15rem .4rem}
html:not(.js) .needs-js{display:none}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:.2rem}
@media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr)}.side{position:static;max-height:none}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:1rem;line-height:1.95;margin:0}
.c{border-radius:3px;cursor:help}.c .c{box-shadow:inset 0 -1px 0 var(--muted)}
.k-date{background:var(--date)}.k-quantity{background:var(--quantity)}.k-name{background:var(--name)}
mark.fsp{background:none;color:inherit;cursor:pointer;border-bottom:2px dotted var(--skip)}
mark.fs-fail{border-bottom:3px solid var(--fail);background:var(--fail-bg)}mark.fs-warn{border-bottom:3px dashed var(--warn)}
mark.fs-pass{border-bottom:3px double var(--pass)}.fd-2{padding-bottom:4px}.fd-3{padding-bottom:8px}
.text .active{background:var(--hl);outline:2px solid var(--focus);outline-offset:1px}.text .active .c{background:transparent}
#tip{position:absolute;z-index:10;max-width:min(28rem,92vw);white-space:pre-line;background:var(--fg);color:var(--bg);
font-size:.82rem;line-height:1.4;padding:.35rem .55rem;border-radius:5px;pointer-events:none}
html:not(.js) .c{position:relative}html:not(.js) .c:hover::after,html:not(.js) .c:focus::after{content:attr(data-tip);position:absolute;
left:0;top:1.7em;z-index:10;width:max-content;max-width:20rem;white-space:pre-line;background:var(--fg);color:var(--bg);font-size:.8rem;padding:.2rem .4rem;border-radius:4px}
.legend span,.legend mark{margin-right:.5rem;padding:0 .2rem}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--skip);border-radius:6px;margin:.4rem 0;padding:.5rem .6rem}
.finding.s-fail{border-left-color:var(--fail)}.finding.s-warn{border-left-color:var(--warn)}.finding.s-pass{border-left-color:var(--pass)}
.finding.selected{outline:2px solid var(--focus);outline-offset:1px}
.pick{display:block;width:100%;text-align:left;font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}
.msg{font-weight:600}.rule{margin:.2rem 0 0;font-size:.82rem;color:var(--muted)}
.finding ul{margin:.3rem 0 0;padding-left:1.1rem;font-size:.88rem}
button.mentions{font:inherit;background:none;border:1px solid var(--line);border-radius:4px;color:var(--link);cursor:pointer;padding:0 .45rem}
.tl{overflow-x:auto}svg.timeline{display:block;width:100%;max-width:62.5rem;min-width:48rem;height:auto;font:13px system-ui,sans-serif}
svg.timeline text{fill:var(--fg)}svg.timeline .tick{stroke:var(--line)}svg.timeline .axis{stroke:var(--muted)}
svg.timeline .tick-label{fill:var(--muted)}svg.timeline .pt,svg.timeline .bar{fill:var(--date);stroke:var(--focus);stroke-width:1.5}
svg.timeline .pub{stroke:var(--fail);stroke-width:1.5;stroke-dasharray:4 3}svg.timeline .pub-label{fill:var(--fail);font-weight:600}
svg.timeline a:focus .pt,svg.timeline a:focus .bar,svg.timeline a:hover .pt,svg.timeline a:hover .bar{fill:var(--hl)}
@media (max-width:40rem){main{padding:.6rem}.card{min-width:5.5rem;padding:.3rem .6rem}h1{font-size:1.25rem}}
@media print{body{font-size:10.5pt}.skip,.needs-js,#tip,.pick-hint{display:none!important}.layout{display:block}
.side{position:static;max-height:none;overflow:visible}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit}.tl,.scroll{overflow:visible}svg.timeline{min-width:0}.finding,tr{break-inside:avoid}
th[aria-sort] button::after{content:none}}
"""

DOC_JS = """
(function () {
  "use strict";
  var d = document, tip = d.getElementById("tip"), status = d.getElementById("status");
  d.documentElement.classList.add("js");
  function words(el, name) { var v = el.getAttribute && el.getAttribute(name); return v ? v.split(" ") : []; }
  function all(sel) { return Array.prototype.slice.call(d.querySelectorAll(sel)); }
  // The findings whose spans enclose el, innermost first.
  function findingsOf(el) {
    var ids = [];
    for (var n = el; n && n !== d.body; n = n.parentElement) {
      words(n, "data-f").forEach(function (id) { if (ids.indexOf(id) < 0) ids.push(id); });
    }
    return ids;
  }
  function clear() {
    all(".active").forEach(function (e) { e.classList.remove("active"); });
    all(".finding.selected").forEach(function (e) { e.classList.remove("selected"); });
    all(".pick[aria-pressed=true]").forEach(function (e) { e.setAttribute("aria-pressed", "false"); });
    status.textContent = "";
  }
  function light(els, message) {
    els.forEach(function (e) { e.classList.add("active"); });
    status.textContent = message;
  }
  // reveal: "text" scrolls the text to the finding's spans, "card" brings the finding itself into view.
  function selectFinding(id, reveal) {
    var card = d.getElementById("finding-" + id);
    if (!card) return;
    var btn = card.querySelector(".pick"), was = btn.getAttribute("aria-pressed") === "true";
    clear();
    if (was && reveal === "text") return;
    card.classList.add("selected");
    btn.setAttribute("aria-pressed", "true");
    var spans = all("#text [data-f]").filter(function (e) { return words(e, "data-f").indexOf(id) >= 0; });
    light(spans, card.getAttribute("data-status") + " finding " + id + ": " + spans.length + " passage(s) highlighted in the text");
    if (reveal === "card") { card.scrollIntoView({block: "nearest"}); btn.focus(); }
    else if (spans[0]) spans[0].scrollIntoView({block: "center"});
  }
  function showClaims(ids) {
    clear();
    var els = all("#text [data-c]").filter(function (e) {
      return words(e, "data-c").some(function (i) { return ids.indexOf(i) >= 0; });
    });
    light(els, els.length + " mention(s) highlighted in the text");
    var first = els.filter(function (e) { return e.tabIndex >= 0; })[0] || els[0];
    if (first) { first.scrollIntoView({block: "center"}); first.focus({preventScroll: true}); }
  }
  // Enter or click on a highlighted span opens its finding; again cycles through the findings it belongs to.
  function openFindingOf(el) {
    var ids = findingsOf(el);
    if (!ids.length) return;
    var current = d.querySelector(".finding.selected");
    var at = current ? ids.indexOf(current.id.slice("finding-".length)) : -1;
    selectFinding(ids[(at + 1) % ids.length], "card");
  }
  function showTip(el) {
    var lines = [el.getAttribute("data-tip")];
    findingsOf(el).forEach(function (id) {
      var card = d.getElementById("finding-" + id), msg = card && card.querySelector(".msg");
      if (msg) lines.push(card.getAttribute("data-status") + " " + id + ": " + msg.textContent + " (Enter: open)");
    });
    tip.textContent = lines.join("\\n");
    tip.hidden = false;
    var r = el.getBoundingClientRect(), vw = d.documentElement.clientWidth;
    tip.style.left = (Math.max(4, Math.min(r.left, vw - tip.offsetWidth - 4)) + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hideTip() { tip.hidden = true; }
  function claimAt(t) { return t && t.closest ? t.closest("#text .c") : null; }
  d.addEventListener("focusin", function (e) { var c = claimAt(e.target); if (c) showTip(c); else hideTip(); });
  d.addEventListener("focusout", function (e) { if (claimAt(e.target)) hideTip(); });
  d.addEventListener("mouseover", function (e) { var c = claimAt(e.target); if (c) showTip(c); });
  d.addEventListener("mouseout", function (e) {
    if (!claimAt(e.target) || claimAt(e.relatedTarget)) return;
    var f = claimAt(d.activeElement);
    if (f) showTip(f); else hideTip();
  });
  d.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hideTip(); return; }
    var c = claimAt(e.target);
    if (c && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); openFindingOf(c); }
  });
  d.addEventListener("click", function (e) {
    var t = e.target, pick = t.closest(".pick"), link = t.closest("[data-claims]"), span = t.closest("#text [data-f]");
    if (pick) selectFinding(pick.getAttribute("data-finding"), "text");
    else if (link) { e.preventDefault(); showClaims(words(link, "data-claims")); }
    else if (span) openFindingOf(t);
  });
  if (location.hash.indexOf("#finding-") === 0) selectFinding(location.hash.slice("#finding-".length), "text");
})();
"""

INDEX_JS = """
(function () {
  "use strict";
  var d = document, table = d.getElementById("docs"), head = table.tHead.rows[0], body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows), text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var boxes = Array.prototype.slice.call(d.querySelectorAll(".filters input[type=checkbox]"));
  var query = d.getElementById("q"), shown = d.getElementById("shown");
  d.documentElement.classList.add("js");
  function apply() {
    var on = {}, q = query.value.trim().toLowerCase(), n = 0;
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    rows.forEach(function (r, i) {
      var show = on[r.getAttribute("data-status")] !== false && (!q || text[i].indexOf(q) >= 0);
      r.hidden = !show;
      if (show) n++;
    });
    shown.textContent = "Showing " + n + " of " + rows.length + " documents";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  query.addEventListener("input", apply);
  Array.prototype.forEach.call(head.cells, function (th, col) {
    var btn = th.querySelector("button");
    if (!btn) return;
    btn.addEventListener("click", function () {
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1, numeric = th.classList.contains("n") || th.hasAttribute("data-numeric");
      Array.prototype.forEach.call(head.cells, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      var keyed = rows.map(function (r, i) { return [r.cells[col].getAttribute("data-v") || "", i, r]; });
      keyed.sort(function (a, b) {
        var c = numeric ? parseFloat(a[0]) - parseFloat(b[0]) : a[0].localeCompare(b[0]);
        return c * dir || a[1] - b[1];
      });
      var frag = d.createDocumentFragment();
      keyed.forEach(function (k) { frag.appendChild(k[2]); });
      body.appendChild(frag);
    });
  });
  apply();
})();
"""


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp(script: str) -> str:
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src {_hash(script)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def page_name(doc_id: str) -> str:
    """The file name of a document's page; ids are already file-safe, this keeps it so for any id."""
    return (re.sub(r"[^A-Za-z0-9._-]+", "-", str(doc_id)).strip("-.") or "doc") + ".html"


def _page(title: str, body: str, script: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp(script)}\">"
        "<meta name=\"generator\" content=\"factlint\">"
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body><main>\n{body}\n</main>"
        f"<script>{script}</script></body></html>\n"
    )


def _badge(status: str) -> str:
    return f'<span class="badge b-{escape(status)}">{escape(status)}</span>'


def _href(url: object, relative_prefix: str = "") -> str | None:
    """A safe href for a link from the report: http(s) and file URLs, or a relative path; None otherwise."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if scheme:
        return url if scheme[1].lower() in ("http", "https", "file") else None
    if url.startswith(("/", "\\")):
        return "file://" + quote(url.replace("\\", "/"))
    return relative_prefix + quote(url, safe="/#?=&%.-_~")


def _weekday(value: object) -> str | None:
    try:
        return date.fromisoformat(str(value)).strftime("%A") if len(str(value)) == 10 else None
    except ValueError:
        return None


def claim_value(c: dict) -> str:
    """A claim's normalised value as a reader wants it: the ISO date, the number and unit, the canonical name."""
    value, attrs = c.get("value"), c.get("attrs") or {}
    if c["kind"] == "quantity":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            shown = format_number(value)
        else:
            shown = "no value" if value is None else str(value)
        hedge = {"approx": "\u2248 ", "bound": "bound: "}.get(str(attrs.get("hedge")), "")
        return hedge + shown + (f" {c['unit']}" if c.get("unit") else "")
    if c["kind"] == "date":
        if value is None:
            return "not placed in time"
        weekday = attrs.get("weekday") or _weekday(value)
        return f"{value} ({weekday})" if weekday else str(value)
    return str(value)


def _claim_tip(c: dict) -> str:
    attrs = c.get("attrs") or {}
    if c["kind"] == "name":
        lines = [f"{NAME_LABELS.get(c.get('label'), str(c.get('label') or 'name'))}: {claim_value(c)}"]
        if attrs.get("role"):
            lines.append(f"role: {attrs['role']}")
    else:
        lines = [f"{c['kind']}: {claim_value(c)}"]
        if attrs.get("unresolved"):
            lines.append(f"why: {attrs['unresolved']}")
    lines += [f"{k.replace('_', ' ')}: {v}" for k, v in sorted(attrs.items()) if k not in TIP_SKIP_ATTRS]
    return "\n".join(lines)


def _worst(findings: list[dict]) -> str:
    return min((f["status"] for f in findings), key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER))


def highlight(text: str, claims: list[dict], findings: list[dict]) -> str:
    """The text with claims and finding spans as properly nested elements.

    Marks are opened outermost first (finding spans outside claims, longer outside shorter); where two
    marks cross, the inner one is closed at the boundary and reopened after it, so one mark may become
    several fragments (displaCy's span renderer splits the same way). O(n log n + crossings).
    """
    n = len(text)
    groups: dict[tuple[int, int, int], dict[str, dict]] = {}

    def add(start: object, end: object, order: int, item: dict) -> None:
        if not isinstance(start, int) or not isinstance(end, int):
            return
        start, end = max(0, start), min(n, end)
        if start < end:
            groups.setdefault((start, end, order), {}).setdefault(item["id"], item)

    for f in findings:
        for span in f.get("spans") or ():
            add(span[0], span[1], 0, f)
    for c in claims:
        add(c.get("start"), c.get("end"), 1, c)

    marks = sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1], kv[0][2]))
    opening: dict[int, list[int]] = defaultdict(list)
    for i, ((start, _, _), _) in enumerate(marks):
        opening[start].append(i)
    cuts = sorted({0, n, *(k[0] for k, _ in marks), *(k[1] for k, _ in marks)})

    stack: list[int] = []
    out: list[str] = []

    def open_tag(i: int, first: bool) -> str:
        (_, _, order), items = marks[i]
        ids = escape(" ".join(items))
        if order == 0:
            depth = 1 + sum(1 for j in stack if marks[j][0][2] == 0)
            return f'<mark class="fsp fs-{escape(_worst(list(items.values())))} fd-{min(depth, 3)}" data-f="{ids}">'
        group = list(items.values())
        head = f' id="claim-{escape(group[0]["id"])}" tabindex="0" aria-describedby="tip"' if first else ""
        tip = escape("\n".join(_claim_tip(c) for c in group))
        return f'<span class="c k-{escape(str(group[0]["kind"]))}" data-c="{ids}" data-tip="{tip}"{head}>'

    def close_tag(i: int) -> str:
        return "</mark>" if marks[i][0][2] == 0 else "</span>"

    pos = 0
    for p in cuts:
        if p > pos:
            out.append(escape(text[pos:p]))
            pos = p
        lowest = next((k for k, i in enumerate(stack) if marks[i][0][1] <= p), None)
        if lowest is not None:
            reopen = []
            while len(stack) > lowest:
                i = stack.pop()
                out.append(close_tag(i))
                if marks[i][0][1] > p:
                    reopen.append(i)
            for i in reversed(reopen):
                out.append(open_tag(i, first=False))
                stack.append(i)
        for i in opening.get(p, ()):
            out.append(open_tag(i, first=True))
            stack.append(i)
    return "".join(out)


def _claims_links(ids: list[str], by_id: dict[str, dict]) -> str:
    items = []
    for cid in ids:
        c = by_id.get(cid)
        if c is None:
            continue
        items.append(f'<li><a href="#claim-{escape(cid)}" data-claims="{escape(cid)}">\u201c{escape(c["text"])}\u201d</a> '
                     f'<span class="meta">{escape(claim_value(c))}</span></li>')
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _findings(doc: dict, by_id: dict[str, dict]) -> str:
    groups = []
    for status in STATUS_ORDER + tuple(sorted({f["status"] for f in doc["findings"]} - set(STATUS_ORDER))):
        items = [f for f in doc["findings"] if f["status"] == status]
        if not items:
            continue
        cards = []
        for f in items:
            fid = escape(f["id"])
            suppressed = " &middot; <b>suppressed</b>" if f.get("suppressed") else ""
            decided = f' &middot; decided by <code>{escape(f["expectation"])}</code>' if f.get("expectation") else ""
            cards.append(
                f'<div class="finding s-{escape(status)}" id="finding-{fid}" data-status="{escape(status)}">'
                f'<button type="button" class="pick" data-finding="{fid}" aria-pressed="false" aria-controls="text">'
                f'{_badge(status)} <span class="msg">{escape(f["message"])}</span></button>'
                f'<p class="rule">{fid} &middot; rule <code>{escape(f["check"])}</code>{decided}{suppressed}</p>'
                f'{_claims_links(list(f.get("claims") or ()), by_id)}</div>')
        groups.append(f'<section class="group"><h3>{escape(status.capitalize())} ({len(items)})</h3>\n{chr(10).join(cards)}</section>')
    if not groups:
        return '<p class="meta">No relation between claims was found to check.</p>'
    return ('<p class="meta pick-hint">Select a finding to highlight the passages it rests on; '
            'Enter on a highlighted passage opens its finding.</p>\n' + "\n".join(groups))


def _people(claims: list[dict]) -> str:
    rows: dict[tuple[str, str], dict] = {}
    for c in claims:
        if c["kind"] != "name" or c.get("label") not in ("PERSON", "ORG"):
            continue
        row = rows.setdefault((c["label"], str(c["value"])), {"ids": [], "roles": set(), "forms": set()})
        row["ids"].append(c["id"])
        row["forms"].add(c["text"])
        if (c.get("attrs") or {}).get("role"):
            row["roles"].add(str(c["attrs"]["role"]))
    if not rows:
        return '<p class="meta">No people or organisations found.</p>'
    body = []
    for (label, name), r in sorted(rows.items(), key=lambda kv: (kv[0][0] != "PERSON", -len(kv[1]["ids"]), kv[0][1])):
        n = len(r["ids"])
        body.append(
            f"<tr><td>{escape(name)}</td><td>{escape(NAME_LABELS.get(label, label))}</td>"
            f"<td>{escape('; '.join(sorted(r['roles'])))}</td>"
            f'<td class="n"><button type="button" class="mentions" data-claims="{escape(" ".join(r["ids"]))}" '
            f'aria-label="Highlight the {n} mention{"s" if n != 1 else ""} of {escape(name)}">{n}</button></td>'
            f"<td>{escape(', '.join(sorted(r['forms'])))}</td></tr>")
    return ('<div class="scroll"><table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Role</th>'
            f'<th scope="col" class="n">Mentions</th><th scope="col">Written as</th></tr></thead><tbody>\n{chr(10).join(body)}</tbody></table></div>')


def _timeline(doc: dict) -> str:
    points, unplaced = collect_dates(doc["claims"])
    drawn = timeline_svg(points, doc.get("published"))
    parts = [f'<div class="tl">{drawn}</div>' if drawn else '<p class="meta">No date in the text could be placed in time.</p>']
    if unplaced:
        items = "".join(
            f'<li><a href="#claim-{escape(c["id"])}" data-claims="{escape(c["id"])}">\u201c{escape(c["text"])}\u201d</a> '
            f'<span class="meta">{escape(str(c["value"]) if c.get("value") is not None else str((c.get("attrs") or {}).get("unresolved") or "not resolved"))}</span></li>'
            for c in unplaced)
        parts.append(f"<details><summary>Not placed on the timeline ({len(unplaced)})</summary><ul>{items}</ul></details>")
    return "".join(parts)


def _published(doc: dict) -> str:
    source = doc.get("published_source")
    how = PUBLISHED_HOW.get(source, f"source: {source}" if source else "not determined")
    when = escape(claim_value({"kind": "date", "value": doc.get("published"), "attrs": {}})) if doc.get("published") else "unknown"
    note = f'<p class="meta">{escape(doc["published_note"])}</p>' if doc.get("published_note") else ""
    return f'<div class="box"><p><b>Published:</b> {when} &middot; {escape(how)}</p>{note}</div>'


def _run_links(report: dict, prefix: str) -> list[str]:
    links = report.get("links") or {}
    out = []
    if href := _href(links.get("data_docs"), prefix):
        out.append(f'<a href="{escape(href)}">Great Expectations Data Docs</a>')
    if href := _href(links.get("flow_run")):
        out.append(f'<a href="{escape(href)}" rel="noopener noreferrer">Prefect flow run</a>')
    return out


def render_document(doc: dict, report: dict) -> str:
    by_id = {c["id"]: c for c in doc["claims"]}
    counts, fcounts = doc["summary"]["claims"], doc["summary"]["findings"]
    where = escape(doc["source"]) + (f", line {int(doc['line'])}" if doc.get("line") else "")
    url = _href(doc.get("url")) if str(doc.get("url") or "").startswith(("http://", "https://")) else None
    original = f' &middot; <a href="{escape(url)}" rel="noopener noreferrer">original article</a>' if url else ""
    nav = " &middot; ".join(['<a href="../index.html">&larr; All documents</a>'] + _run_links(report, "../"))
    title = doc.get("title") or doc["id"]
    cards = "".join(f'<li class="card"><b>{int(v)}</b>{label}</li>' for v, label in (
        (counts.get("date", 0), "dates"), (counts.get("quantity", 0), "quantities"), (counts.get("name", 0), "names"),
        (len(doc["findings"]), "relations checked"), (fcounts.get("fail", 0), "fail"), (fcounts.get("warn", 0), "warn"),
        (fcounts.get("pass", 0), "pass"), (fcounts.get("skip", 0), "skip")))
    legend = ('<span class="c k-date">date</span><span class="c k-quantity">quantity</span><span class="c k-name">name</span>'
              '<mark class="fsp fs-fail">fail</mark><mark class="fsp fs-warn">warn</mark><mark class="fsp fs-pass">pass</mark>'
              '<mark class="fsp fs-skip">skip</mark>')
    body = f"""<a class="skip" href="#text">Skip to the text</a><a class="skip" href="#findings">Skip to the findings</a>
<header><nav class="meta" aria-label="Report">{nav}</nav>
<h1>{escape(title)} {_badge(doc['status'])}</h1>
<p class="meta">Source: {where}{original}</p></header>
{_published(doc)}
<ul class="cards">{cards}</ul>
<div class="layout"><section aria-labelledby="h-text"><h2 id="h-text">Text</h2>
<p class="legend meta">{legend}<br>Hover or focus a highlighted claim for its value.</p>
<article id="text" class="text" tabindex="-1">{highlight(doc['text'], doc['claims'], doc['findings'])}</article></section>
<aside id="findings" class="side" aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>
<p id="status" class="meta" role="status" aria-live="polite"></p>{_findings(doc, by_id)}</aside></div>
<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline of dates</h2>{_timeline(doc)}</section>
<section aria-labelledby="h-people"><h2 id="h-people">People and organisations</h2>{_people(doc['claims'])}</section>
<div id="tip" role="tooltip" hidden></div>"""
    return _page(f"{title} - factlint", body, DOC_JS)


def _index_row(d: dict) -> str:
    f, c = d["summary"]["findings"], d["summary"]["claims"]
    status = d["status"]
    rank = DOC_STATUS_ORDER.index(status) if status in DOC_STATUS_ORDER else len(DOC_STATUS_ORDER)
    title = d.get("title") or d["id"]
    href = "documents/" + quote(page_name(d["id"]))
    first_fail = next((x["id"] for x in d["findings"] if x["status"] == "fail"), None)
    jump = f' <a href="{escape(href)}#finding-{escape(first_fail)}" class="meta">first fail</a>' if first_fail else ""
    where = escape(d["source"]) + (f":{int(d['line'])}" if d.get("line") else "")
    numbers = "".join(f'<td class="n" data-v="{int(v)}">{int(v)}</td>' for v in (
        c.get("date", 0), c.get("quantity", 0), c.get("name", 0), f.get("fail", 0), f.get("warn", 0), f.get("pass", 0), f.get("skip", 0)))
    return (f'<tr data-status="{escape(status)}"><td data-v="{rank}">{_badge(status)}</td>'
            f'<td data-v="{escape(title.lower())}"><a href="{escape(href)}">{escape(title)}</a>{jump}<br><span class="meta">{where}</span></td>'
            f'<td class="nowrap" data-v="{escape(d.get("published") or "")}">{escape(d.get("published") or "unknown")}</td>{numbers}</tr>')


def render_index(report: dict) -> str:
    s = report["summary"]
    claims, findings = s["claims"], s["findings"]
    docs = report["documents"]
    counted = Counter(d["status"] for d in docs)
    by_status = {st: counted[st] for st in (*DOC_STATUS_ORDER, *sorted(set(counted) - set(DOC_STATUS_ORDER)))}
    errors = "".join(
        f'<tr><td><code>{escape(e["source"])}</code></td><td class="n">{int(e["line"]) if e.get("line") else ""}</td><td>{escape(e["message"])}</td></tr>'
        for e in report["errors"])
    errors_html = ('<section aria-labelledby="h-errors"><h2 id="h-errors">Inputs not read</h2><div class="scroll"><table><thead><tr>'
                   f'<th scope="col">Input</th><th scope="col" class="n">Line</th><th scope="col">Why</th></tr></thead><tbody>{errors}</tbody></table></div></section>'
                   if errors else "")
    filters = "".join(f'<label><input type="checkbox" value="{escape(st)}" checked> {_badge(st)} ({n})</label>'
                      for st, n in by_status.items() if n)
    inputs = ", ".join(f"<code>{escape(str(i))}</code>" for i in report["inputs"]) or "none"
    links = ['<a href="report.json">report.json</a>'] + _run_links(report, "")
    if not _href((report.get("links") or {}).get("data_docs")):
        links.append('<span class="meta">no Data Docs for this run</span>')
    if not _href((report.get("links") or {}).get("flow_run")):
        links.append('<span class="meta">no Prefect flow run (run without a server)</span>')
    cards = "".join(f'<li class="card"><b>{int(v)}</b>{label}</li>' for v, label in (
        (s["documents"], "documents"), (claims.get("date", 0), "dates"), (claims.get("quantity", 0), "quantities"),
        (claims.get("name", 0), "names"), (s["relations"], "relations verified"), (findings.get("fail", 0), "fail"),
        (findings.get("warn", 0), "warn"), (findings.get("pass", 0), "pass"), (findings.get("skip", 0), "skip"),
        (s["errors"], "inputs not read")))
    run = report.get("run") or {}
    head = "".join(
        f'<th scope="col"{NUMERIC_TH if numeric else ""}><button type="button">{label}</button></th>'
        for label, numeric in (("Status", False), ("Title", False), ("Published", False), ("Dates", True), ("Quantities", True),
                               ("Names", True), ("Fail", True), ("Warn", True), ("Pass", True), ("Skip", True)))
    body = f"""<a class="skip" href="#docs">Skip to the documents</a>
<h1>factlint report</h1>
<p class="meta">factlint {escape(str(report['generator']['version']))} &middot; <span class="volatile">generated {escape(str(run.get('generated_at', '')))}, run time {escape(str(run.get('duration_seconds', '')))} s</span><br>
Inputs: {inputs}<br>{' &middot; '.join(links)}</p>
<ul class="cards">{cards}</ul>
{errors_html}
<section aria-labelledby="h-docs"><h2 id="h-docs">Documents</h2>
<fieldset class="filters needs-js"><legend>Show</legend>{filters}
<label>Search <input type="search" id="q" placeholder="title or source"></label></fieldset>
<p id="shown" class="meta needs-js" role="status" aria-live="polite"></p>
<div class="scroll"><table id="docs"><caption class="meta needs-js">Select a column heading to sort.</caption><thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(_index_row(d) for d in docs)}</tbody></table></div></section>"""
    return _page("factlint report", body + _history_html(report.get("history")), INDEX_JS)


def render_runs(report: dict) -> str:
    """runs.html of a monitoring run: the history section of the index on a page of its own."""
    return _page("factlint runs", '<p class="meta"><a href="index.html">&larr; this run\'s report</a></p>'
                 + _history_html(report.get("history"), all_runs_link=False), "")


def _history_html(hist: dict | None, all_runs_link: bool = True) -> str:
    """Monitoring runs: the recent runs and this run's new vs known failures, from the history store."""
    if not hist:
        return ""

    def failures(items: list[dict], known: bool) -> str:
        if not items:
            return '<p class="meta">none</p>'
        rows = "".join(
            f'<tr><td><a href="documents/{escape(page_name(str(i["document"])))}">{escape(str(i["document"]))}</a></td>'
            f'<td>{escape(str(i["check"]))}</td><td>{_badge(str(i["status"]))}</td><td>{escape(str(i["message"]))}</td>'
            + (f'<td class="n">{escape(str(i.get("first_run", "")))}</td>' if known else "") + "</tr>" for i in items[:200])
        head = ('<th scope="col">Document</th><th scope="col">Rule</th><th scope="col">Status</th><th scope="col">Message</th>'
                + ('<th scope="col" class="n">First seen (run)</th>' if known else ""))
        return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'

    runs = "".join(
        f'<tr><td class="n">{escape(str(r.get("id", "")))}</td><td>{escape(str(r.get("started_at", "")))}</td>'
        f'<td class="n">{escape(str(r.get("documents", "")))}</td><td class="n">{escape(str(r.get("reused", "")))}</td>'
        f'<td class="n">{escape(str(r.get("fail", "")))}</td>'
        f'<td class="n">{escape(str(r.get("warn", "")))}</td><td class="n">{escape(str(r.get("errors", "")))}</td>'
        f'<td class="n">{escape(str(r.get("new_failures", "")))}</td>'
        f'<td>{escape(str(r.get("gate", "")))}</td></tr>' for r in hist.get("recent_runs", []))
    more = '; <a href="runs.html">all runs</a>' if all_runs_link else ""
    return (f'<section aria-labelledby="h-hist"><h2 id="h-hist">Monitoring history</h2>'
            f'<p class="meta">Run {escape(str(hist.get("run", "")))} in <code>{escape(str(hist.get("store", "")))}</code>, '
            f'gate {escape(str(hist.get("gate", "")))}{more}</p>'
            f'<h3>New failures ({len(hist.get("new_failures", []))})</h3>{failures(hist.get("new_failures", []), False)}'
            f'<h3>Known failures ({len(hist.get("known_failures", []))})</h3>{failures(hist.get("known_failures", []), True)}'
            f'<h3>Recent runs</h3><div class="scroll"><table><thead><tr><th scope="col" class="n">Run</th><th scope="col">Started (UTC)</th>'
            f'<th scope="col" class="n">Documents</th><th scope="col" class="n">Reused</th><th scope="col" class="n">Fail</th>'
            f'<th scope="col" class="n">Warn</th><th scope="col" class="n">Not read</th><th scope="col" class="n">New failures</th><th scope="col">Gate</th></tr></thead><tbody>{runs}</tbody></table></div></section>')
