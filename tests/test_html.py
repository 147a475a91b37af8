"""HTML report units, without a browser or spaCy: nesting of highlights, escaping, links, the timeline."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.report.html import _href, claim_value, highlight, page_name, render_document, render_index
from factlint.report.timeline import collect, interval, svg

VOID = {"meta", "br", "input", "line", "circle", "rect"}
HOSTILE = ['<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=1">', "</textarea>"]


class Tree(HTMLParser):
    """Checks tags nest properly; collects elements, attributes and the text inside one element."""

    def __init__(self, text_of: str | None = None):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text_of, self.depth_in, self.text = text_of, None, []
        self.scripts: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self.in_script = True
        if self.text_of and attrs.get("id") == self.text_of:
            self.depth_in = len(self.stack)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "script":
            self.in_script = False
        if self.depth_in is not None and len(self.stack) == self.depth_in:
            self.depth_in = None

    def handle_data(self, data):
        if self.in_script:
            self.scripts.append(data)
        if self.depth_in is not None:
            self.text.append(data)


def parse(markup: str, text_of: str | None = None) -> Tree:
    tree = Tree(text_of)
    tree.feed(markup)
    tree.close()
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


def claim(cid, kind, text, start, value=None, unit=None, label=None, **attrs):
    return {"id": cid, "kind": kind, "text": text, "start": start, "end": start + len(text), "value": value,
            "unit": unit, "label": label, "attrs": attrs}


def document(text, claims=(), findings=(), **fields):
    doc = {"id": "d1", "source": "d1.txt", "line": None, "url": None, "title": "T", "published": "2021-10-18",
           "published_source": "inferred", "published_note": "because", "status": "pass", "text": text,
           "claims": list(claims), "findings": list(findings),
           "summary": {"claims": {"date": 0, "quantity": 0, "name": 0}, "findings": {"pass": 0, "fail": 0, "warn": 0, "skip": 0}}}
    doc.update(fields)
    return doc


def report(*docs, **fields):
    rep = {"schema": "factlint/report/v1", "generator": {"name": "factlint", "version": "0.1.0"},
           "run": {"generated_at": "2026-01-01T00:00:00Z", "duration_seconds": 1.0}, "inputs": ["in/"],
           "links": {"data_docs": None, "flow_run": None}, "documents": list(docs), "errors": [],
           "summary": {"documents": len(docs), "errors": 0, "claims": {"date": 0, "quantity": 0, "name": 0},
                       "findings": {"pass": 0, "fail": 0, "warn": 0, "skip": 0}, "relations": 0}}
    rep.update(fields)
    return rep


SEEDLIKE = "NATO cut it from 20 to 10 people and eight diplomats. Two more went."
SEED_CLAIMS = [claim("c1", "name", "NATO", 0, "NATO", label="ORG"), claim("c2", "quantity", "20", 17, 20, "people"),
               claim("c3", "quantity", "10 people", 23, 10, "people"),
               claim("c4", "quantity", "eight diplomats", 37, 8, "diplomats"),
               claim("c5", "quantity", "Two more", 54, 2, "vacancies", additive=True)]
SEED_FINDING = {"id": "f1", "check": "arithmetic.change-decomposition", "status": "pass",
                "message": "20 - 8 - 2 = 10, and the text says 10", "claims": ["c2", "c3", "c4", "c5"],
                "spans": [[12, 32], [37, 52], [54, 62]], "expectation": "expect_column_values_to_be_between"}


def test_highlight_nests_findings_around_claims():
    out = highlight(SEEDLIKE, SEED_CLAIMS, [SEED_FINDING])
    parse(out)
    assert unescape(re.sub(r"<[^>]+>", "", out)) == SEEDLIKE
    marks = re.findall(r'<mark [^>]*data-f="f1">(.*?)</mark>', out, re.S)
    assert [re.sub(r"<[^>]+>", "", m) for m in marks] == ["from 20 to 10 people", "eight diplomats", "Two more"]
    assert out.count('tabindex="0"') == len(SEED_CLAIMS)


def test_crossing_spans_are_split_not_misnested():
    text = "abcdefghij"
    claims = [claim("c1", "name", "abcdef", 0, "x", label="ORG"), claim("c2", "quantity", "defghi", 3, 1)]
    finding = {"id": "f1", "check": "x", "status": "fail", "message": "m", "claims": [], "spans": [[2, 8]], "expectation": None}
    out = highlight(text, claims, [finding])
    parse(out)
    assert unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.count('id="claim-c1"') == out.count('id="claim-c2"') == 1  # continuation fragments carry no id
    assert "".join(re.findall(r'data-c="c2"[^>]*>([a-z]*)', out)) == "defghi"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<>&\"' \n", min_size=1, max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=8),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=4))
def test_highlight_is_well_formed_and_lossless(text, claim_spans, finding_spans):
    claims = [claim(f"c{i}", ("date", "quantity", "name")[i % 3], text[s:s + n], s, "v") for i, (s, n) in enumerate(claim_spans)
              if s + n <= len(text)]
    findings = [{"id": f"f{i}", "check": "x", "status": ("fail", "warn", "pass", "skip")[i % 4], "message": "m",
                 "claims": [], "spans": [[s, s + n]], "expectation": None} for i, (s, n) in enumerate(finding_spans)]
    out = highlight(text, claims, findings)
    parse(out)
    assert unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "<" not in re.sub(r"<(/?)(mark|span)\b[^>]*>", "", out)


def _hostile_report():
    text = "Intro. " + " ".join(HOSTILE) + " NATO said."
    start = text.index("NATO")
    c = claim("c1", "name", "NATO", start, '"><script>window.pwned=1</script>', label="ORG",
              role='<img src=x onerror="window.pwned=1">')
    f = {"id": "f1", "check": "<b>x</b>", "status": "fail", "message": "</textarea><script>window.pwned=1</script>",
         "claims": ["c1"], "spans": [[0, len(text)]], "expectation": "<i>e</i>"}
    doc = document(text, [c], [f], id="evil", title="<script>window.pwned=1</script>", source='<img src=x onerror="x">',
                   url="javascript:window.pwned=1", published_note="</textarea><script>window.pwned=1</script>", status="fail")
    return report(doc, inputs=["<script>window.pwned=1</script>"], links={"data_docs": "javascript:window.pwned=1", "flow_run": "javascript:x"},
                  errors=[{"source": "<script>x</script>", "line": 3, "message": '<img src=x onerror="x">'}])


@pytest.mark.parametrize("page", ["document", "index"])
def test_article_strings_are_escaped_everywhere(page):
    rep = _hostile_report()
    out = render_document(rep["documents"][0], rep) if page == "document" else render_index(rep)
    tree = parse(out)
    assert [t for t, _ in tree.tags].count("script") == 1
    assert not any(t in ("img", "textarea") for t, _ in tree.tags)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in out
    assert not any(name.startswith("on") for _, attrs in tree.tags for name in attrs)
    assert not any("javascript:" in (attrs.get("href") or "") for _, attrs in tree.tags)
    assert "pwned" not in "".join(tree.scripts)


def test_article_text_reads_back_exactly():
    rep = _hostile_report()
    tree = parse(render_document(rep["documents"][0], rep), text_of="text")
    assert "".join(tree.text) == rep["documents"][0]["text"]


@pytest.mark.parametrize("render", [lambda r: render_document(r["documents"][0], r), render_index])
def test_csp_admits_only_the_pages_own_script(render):
    rep = report(document(SEEDLIKE, SEED_CLAIMS, [SEED_FINDING]))
    out = render(rep)
    tree = parse(out)
    script = "".join(tree.scripts)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = next(a["content"] for t, a in tree.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert directives["default-src"] == "'none'"


def test_links_to_data_docs_and_flow_run():
    rep = report(document(SEEDLIKE), links={"data_docs": "gx/index.html", "flow_run": "http://127.0.0.1:4200/runs/flow-run/abc"})
    index, page = render_index(rep), render_document(rep["documents"][0], rep)
    assert 'href="gx/index.html"' in index and 'href="../gx/index.html"' in page
    assert 'href="http://127.0.0.1:4200/runs/flow-run/abc"' in index and "http://127.0.0.1:4200/runs/flow-run/abc" in page
    assert "no Data Docs" in render_index(report(document(SEEDLIKE)))


@pytest.mark.parametrize("url,expected", [("javascript:alert(1)", None), ("data:text/html,x", None), ("https://a.b/c", "https://a.b/c"),
                                          ("gx/index.html", "gx/index.html"), ("", None), (None, None)])
def test_href_allows_only_web_and_relative_links(url, expected):
    assert _href(url) == expected


def test_page_name_is_file_safe():
    assert page_name("tass-nato-russia-missions") == "tass-nato-russia-missions.html"
    assert page_name("../../etc/passwd") == "etc-passwd.html"
    assert page_name("") == "doc.html"


def test_claim_values_as_readers_want_them():
    assert claim_value(claim("c", "date", "Monday", 0, "2021-10-18", weekday="Monday")) == "2021-10-18 (Monday)"
    assert claim_value(claim("c", "date", "July 5, 2019", 0, "2019-07-05")) == "2019-07-05 (Friday)"
    assert claim_value(claim("c", "date", "decades", 0, None)) == "not placed in time"
    assert claim_value(claim("c", "quantity", "$1.5 million", 0, 1500000, "USD")) == "1,500,000 USD"
    assert claim_value(claim("c", "quantity", "about 20", 0, 20, "people", hedge="approx")) == "\u2248 20 people"
    assert claim_value(claim("c", "name", "Lavrov", 0, "Sergey Lavrov", label="PERSON")) == "Sergey Lavrov"


def test_tooltip_carries_value_and_role():
    c = claim("c1", "name", "Lavrov", 0, "Sergey Lavrov", label="PERSON", role="Foreign Minister")
    out = highlight("Lavrov", [c], [])
    assert 'data-tip="person: Sergey Lavrov\nrole: Foreign Minister"' in out


@pytest.mark.parametrize("value,start,end", [
    ("2021-10-18", date(2021, 10, 18), date(2021, 10, 19)), ("2021-10", date(2021, 10, 1), date(2021, 11, 1)),
    ("2021", date(2021, 1, 1), date(2022, 1, 1)), ("2020-Q3", date(2020, 7, 1), date(2020, 10, 1)),
    ("2020-H1", date(2020, 1, 1), date(2020, 7, 1)), ("2021-W41", date(2021, 10, 11), date(2021, 10, 18)),
    ("199X", date(1990, 1, 1), date(2000, 1, 1)), ("2011-FA", date(2011, 9, 1), date(2011, 12, 1)),
    ("2011-WI", date(2011, 12, 1), date(2012, 3, 1)), ("2021-12", date(2021, 12, 1), date(2022, 1, 1))])
def test_interval_of_each_precision(value, start, end):
    assert interval(value) == (start, end)


@pytest.mark.parametrize("value", ["XXXX-10-06", None, "", "2021-02-30", "2021-W60", "PRESENT_REF", "P3Y", 2021, "0000-01-01"])
def test_values_that_cannot_be_placed(value):
    assert interval(value) is None


def test_timeline_places_what_it_can_and_lists_the_rest():
    claims = [claim("c1", "date", "October 6", 0, "2021-10-06"), claim("c2", "date", "on October 6", 20, "2021-10-06"),
              claim("c3", "date", "the 1990s", 40, "199X"), claim("c4", "date", "October 6", 60, "XXXX-10-06"),
              claim("c5", "date", "recent years", 80, None), claim("c6", "quantity", "20", 100, 20)]
    points, unplaced = collect(claims)
    assert [p.value for p in points] == ["199X", "2021-10-06"]
    assert [len(p.claims) for p in points] == [1, 2]
    assert [c["id"] for c in unplaced] == ["c4", "c5"]
    drawing = svg(points, "2021-10-18")
    parse(drawing)
    assert "published 2021-10-18" in drawing and "2021-10-06 \u00d72" in drawing and 'class="pub"' in drawing
    assert svg([], "2021-10-18") == ""


def test_document_page_lists_unplaced_dates_and_people():
    text = "Sergey Lavrov met NATO in XXXX. Lavrov left."
    claims = [claim("c1", "name", "Sergey Lavrov", 0, "Sergey Lavrov", label="PERSON", role="Foreign Minister"),
              claim("c2", "name", "NATO", 18, "NATO", label="ORG"), claim("c3", "date", "XXXX", 26, None, unresolved="expression not understood"),
              claim("c4", "name", "Lavrov", 32, "Sergey Lavrov", label="PERSON")]
    out = render_document(document(text, claims), report())
    parse(out)
    assert "Not placed on the timeline (1)" in out and "expression not understood" in out
    row = re.search(r"<tr><td>Sergey Lavrov</td>.*?</tr>", out).group(0)
    assert "Foreign Minister" in row and ">2</button>" in row and "Lavrov, Sergey Lavrov" in row


def test_index_counts_and_errors():
    docs = [document(SEEDLIKE, id=f"d{i}", status=s) for i, s in enumerate(["fail", "pass", "pass", "unchecked"])]
    rep = report(*docs, errors=[{"source": "big.txt", "line": None, "message": "larger than --max-bytes"}])
    out = render_index(rep)
    parse(out)
    assert "Inputs not read" in out and "larger than --max-bytes" in out
    assert out.count('<tr data-status="pass">') == 2
    assert re.search(r'value="pass" checked> <span class="badge b-pass">pass</span> \(2\)', out)
    assert 'href="documents/d0.html"' in out
