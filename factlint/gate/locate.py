"""Map character offsets in a document's text back to line:column in its input file.

``.txt`` and ``.md``: the text is the file's own (after CRLF -> LF and front matter), so the
mapping is exact. JSONL: the record's line, column 1. HTML: the page is parsed again with
source positions recorded; when that reproduces the document text exactly the mapping is
exact (entities included), otherwise the span's text is looked up in the page source, and
failing that the location is line 1. Columns are 1-based Unicode code points; end columns
are exclusive (the column after the last character), as in SARIF.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from factlint.records import Document

HTML_SUFFIXES = (".html", ".htm")
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")


@dataclass(frozen=True)
class Region:
    line: int
    column: int
    end_line: int
    end_column: int
    exact: bool = True  # False: only the line (JSONL) or a best guess (HTML that could not be mapped)

    def json(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "exact": self.exact}


class Lines:
    """Offset -> (line, column) over one text, both 1-based."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.text = text
        self.first_line = first_line
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        i = bisect_right(self.starts, offset) - 1
        return self.first_line + i, offset - self.starts[i] + 1

    def region(self, start: int, end: int, exact: bool = True) -> Region:
        line, col = self.position(start)
        end_line, end_col = self.position(max(start, end))
        return Region(line, col, end_line, end_col, exact)


class Locator:
    """Regions in the input file for spans of one document's text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.source_text: str | None = None  # the decoded page, for HTML (suppression comments live there)
        self.source_lines: Lines | None = None
        self._map: list[int] | None = None  # HTML: source offset of each text character, -1 if synthetic
        self._text_lines: Lines | None = None
        if doc.text_line is not None:
            self._text_lines = Lines(doc.text, doc.text_line)
        elif Path(doc.source).suffix.lower() in HTML_SUFFIXES and "://" not in doc.source:
            self._load_html()

    @property
    def is_html(self) -> bool:
        return self.source_lines is not None

    def region(self, start: int, end: int) -> Region:
        if self._text_lines is not None:
            return self._text_lines.region(start, end)
        if self.source_lines is not None:
            found = self._html_offsets(start, end)
            if found is not None:
                s, e, exact = found
                return self.source_lines.region(s, e, exact)
        line = self.doc.line or 1
        return Region(line, 1, line, 1, exact=False)

    def text_position(self, offset: int) -> tuple[int, int] | None:
        """File line:column of an offset in the document text, when the text is the file's own."""
        return self._text_lines.position(offset) if self._text_lines is not None else None

    # HTML

    def _load_html(self) -> None:
        from factlint.inputs.text import decode

        try:
            self.source_text = decode(Path(self.doc.source).read_bytes())
        except (OSError, ValueError):
            return
        self.source_lines = Lines(self.source_text)
        text, positions = html_text_map(self.source_text)
        if text == self.doc.text:
            self._map = positions

    def _html_offsets(self, start: int, end: int) -> tuple[int, int, bool] | None:
        if self._map is not None:
            inside = [p for p in self._map[start:end] if p >= 0]
            if inside:
                return inside[0], inside[-1] + 1, True
        # Not reproducible (the page changed, or ingest extracts differently): find the same
        # occurrence of the span's text in the page source.
        needle = self.doc.text[start:end]
        if not needle or self.source_text is None:
            return None
        nth = self.doc.text[:start].count(needle)
        pos = -1
        for _ in range(nth + 1):
            pos = self.source_text.find(needle, pos + 1)
            if pos < 0:
                return None
        return pos, pos + len(needle), False


def html_text_map(source: str) -> tuple[str, list[int]]:
    """``ingest.html_to_text``'s text, with the source offset of every character (-1 where the
    text has a separator that is not in the page)."""
    from factlint.inputs.text import HTMLText

    starts = Lines(source).starts

    class Mapped(HTMLText):
        def __init__(self) -> None:
            super().__init__()
            self.offsets: dict[int, int] = {}  # index in parts -> source offset of that data chunk

        def handle_data(self, data):
            before = len(self.parts)
            super().handle_data(data)
            if len(self.parts) > before:
                line, col = self.getpos()
                self.offsets[len(self.parts) - 1] = starts[line - 1] + col

    parser = Mapped()
    parser.feed(source)
    parser.close()
    chars: list[str] = []
    pos: list[int] = []
    for i, part in enumerate(parser.parts):
        base = parser.offsets.get(i)
        if base is None:
            chars.extend(part)
            pos.extend([-1] * len(part))
            continue
        chars.extend(part)
        pos.extend(_chunk_offsets(source, base, part))
    raw = "".join(chars)
    # The same paragraph split and whitespace collapse as ingest.html_to_text, carrying offsets.
    out_chars: list[str] = []
    out_pos: list[int] = []
    bounds = [0] + [x for m in re.finditer(r"\n\s*\n", raw) for x in (m.start(), m.end())] + [len(raw)]
    first = True
    for a, b in zip(bounds[::2], bounds[1::2]):
        para_c, para_p = [], []
        i = a
        while i < b:
            if raw[i] in " \t\n":
                j = i
                while j < b and raw[j] in " \t\n":
                    j += 1
                para_c.append(" ")
                para_p.append(pos[i])
                i = j
            else:
                para_c.append(raw[i])
                para_p.append(pos[i])
                i += 1
        while para_c and para_c[0].isspace():  # str.strip() on the collapsed paragraph
            para_c.pop(0), para_p.pop(0)
        while para_c and para_c[-1].isspace():
            para_c.pop(), para_p.pop()
        if not para_c:
            continue
        if not first:
            out_chars.extend("\n\n")
            out_pos.extend([-1, -1])
        first = False
        out_chars.extend(para_c)
        out_pos.extend(para_p)
    return "".join(out_chars), out_pos


def _chunk_offsets(source: str, base: int, data: str) -> list[int]:
    """Source offset of each character of a data chunk whose entities were already decoded."""
    out: list[int] = []
    i, k = base, 0
    while k < len(data):
        if i < len(source) and source[i] == "&":
            m = _CHARREF.match(source, i)
            if m:
                decoded = html.unescape(m.group(0))
                if decoded and data.startswith(decoded, k) and decoded != m.group(0):
                    out.extend([i] * len(decoded))
                    k += len(decoded)
                    i = m.end()
                    continue
        out.append(i)
        i += 1
        k += 1
    return out
