"""Offsets in a document's text map back to line:column in the input file (property tests)."""

from __future__ import annotations

import html as htmllib

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.inputs.ingest import html_to_text
from factlint.gate.locate import Lines, Locator, html_text_map
from factlint.records import Document

TEXT = st.text(alphabet=st.sampled_from(list("ab c\n\té€")), max_size=60)


@given(TEXT, st.data())
def test_line_and_column_point_at_the_same_character(text, data):
    offset = data.draw(st.integers(0, len(text)))
    line, col = Lines(text).position(offset)
    lines = text.split("\n")
    assert sum(len(x) + 1 for x in lines[: line - 1]) + col - 1 == offset


WORDS = st.sampled_from(["NATO", "from 20 to 11", "caf&eacute;", "&amp;", "&#169;", "x&nbsp;y", "  ", "\n", "people."])
BLOCKS = st.sampled_from(["p", "div", "h1", "li", "span", "b"])


@st.composite
def pages(draw):
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        tag = draw(BLOCKS)
        body = "".join(draw(st.lists(WORDS, min_size=1, max_size=5)))
        parts.append(f"<{tag}>{body}</{tag}>" + draw(st.sampled_from(["", "\n", "\n\n  ", "<!-- c -->"])))
    return "<html><head><title>t</title><script>var x = 1;</script></head><body>\n" + "".join(parts) + "</body></html>"


@settings(max_examples=150)
@given(pages())
def test_html_map_reproduces_ingest_and_points_into_the_source(page):
    text, positions = html_text_map(page)
    assert text == html_to_text(page)[0]
    assert len(positions) == len(text)
    for ch, pos in zip(text, positions):
        if pos < 0 or ch.isspace():
            continue
        raw = page[pos:pos + 10]
        assert raw.startswith(ch) or (raw.startswith("&") and htmllib.unescape(raw[: raw.index(";") + 1]).startswith(ch))


def test_markdown_front_matter_and_crlf(tmp_path):
    from factlint.inputs.ingest import read_inputs

    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n# Head\r\n\r\nFirst \xe2\x82\xac line.\r\n")
    (doc,) = read_inputs([str(path)]).documents
    assert doc.text_line == 4
    start = doc.text.index("line")
    region = Locator(doc).region(start, start + 4)
    assert (region.line, region.column, region.end_column, region.exact) == (6, 9, 13, True)


def test_unmappable_inputs_fall_back_to_the_record_line():
    doc = Document(id="d", text="some text", source="corpus.jsonl", line=7)
    region = Locator(doc).region(5, 9)
    assert (region.line, region.column, region.exact) == (7, 1, False)
