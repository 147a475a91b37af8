"""Text from bytes, HTML and metadata: decoding, one newline convention, visible HTML text and
publication-date fields. Shared by local files (``ingest``), fetched pages and feeds (``feeds``) and
source locations (``factlint.gate.locate``)."""

from __future__ import annotations

import codecs
import re
from datetime import date
from html.parser import HTMLParser

SUPPORTED = "factlint reads .txt, .md, .html, .json and .jsonl files"


def parse_iso_date(value: object) -> str | None:
    """'2021-10-18' or '2021-10-18T09:00:00Z' -> '2021-10-18'; None if not a real date."""
    if not isinstance(value, str):
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1.
    Raises ValueError for binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:8192]
    nuls = head.count(b"\x00")
    # Many NULs, or NULs among bytes that are not UTF-8, mean binary; a few stray NULs in
    # UTF-8 text are dropped by normalise() and the article is read.
    if nuls > len(head) // 100 and (nuls > len(head) // 10 or not _utf8(head.replace(b"\x00", b""))):
        raise ValueError(f"binary file, not text; {SUPPORTED}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return normalise(text)


def _utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at the end of the head is fine
        return True
    except UnicodeDecodeError:
        return False


def normalise(text: str) -> str:
    """One newline convention and no NUL characters, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


class HTMLText(HTMLParser):
    """Visible text of an HTML page, block elements separated by blank lines, plus its meta tags."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "article", "section",
             "blockquote", "br", "tr", "header", "footer", "pre", "td", "th", "ul", "ol", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "nav", "svg", "head", "iframe", "textarea"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "title":
            self._in_title = True
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str], str]:
    parser = HTMLText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [re.sub(r"[ \t\n]+", " ", p).strip() for p in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(p for p in paragraphs if p)
    return text, parser.meta, re.sub(r"\s+", " ", parser.title).strip()


def published_fields(raw: object, cli: str | None, where: str) -> dict:
    """The publication fields of a Document: the metadata date if it is one, else the --published date."""
    if raw is not None:
        iso = parse_iso_date(raw)
        if iso:
            return {"published": iso, "published_source": "metadata", "published_note": None}
        note = f"metadata date {str(raw)[:40]!r} is not an ISO date (YYYY-MM-DD)"
        if cli:
            return {"published": cli, "published_source": "cli", "published_note": note}
        return {"published": None, "published_source": None, "published_note": note}
    if cli:
        return {"published": cli, "published_source": "cli", "published_note": None}
    return {"published": None, "published_source": None, "published_note": None}
