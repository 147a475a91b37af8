"""Remote sources: article URLs, RSS/Atom feeds and sources files, read into ``Document`` records.

Article pages go through trafilatura (main text, title, date, author); feeds through feedparser,
each item becoming a document with its title, link and publication date. A source that cannot
be read is a ``skip`` ``SourceRecord`` plus an ``InputError`` with the reason, and the batch
goes on.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin, urlsplit

from factlint.inputs.fetch import HTML_TYPES, FetchFailed, Fetched, Fetcher, FetchOptions, atomic_write_bytes, is_http_url, looks_like_url, sha256
from factlint.inputs.text import html_to_text, normalise, parse_iso_date, published_fields
from factlint.records import Document, InputError

SOURCES_PREFIX = "@"


@dataclass(frozen=True)
class SourceRecord:
    """What happened to one fetched URL: an article, a feed, or one item of a feed."""

    input: str  # the source as named: the URL, or the feed's URL for its items
    url: str  # the URL fetched
    kind: str  # article | feed | item
    status: str  # ok | skip
    reason: str | None = None  # skip reason code: http-status, timeout, not-an-article, ...
    message: str | None = None
    http_status: int | None = None
    final_url: str | None = None
    content_hash: str | None = None  # sha256 of the bytes fetched
    snapshot: str | None = None  # the page as fetched, named by its hash
    document: str | None = None  # the document id it became
    document_snapshot: str | None = None  # the document as extracted (.json), re-checkable with `factlint check`
    line: int | None = None  # item number within its feed
    not_modified: bool = False  # answered 304: the cached copy was current
    title: str | None = None
    author: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    published: str | None
    author: str | None


class NotAnArticle(ValueError):
    pass


def is_remote(raw: str) -> bool:
    """Inputs this module reads: URLs (any scheme, so others are refused clearly) and @sources files."""
    return raw.startswith(SOURCES_PREFIX) or looks_like_url(raw)


def extract_article(html: bytes | str, url: str | None = None, min_chars: int = 100) -> Article:
    """Main text and metadata of an article page. Paragraphs are separated by blank lines, as
    factlint parses them paragraph by paragraph."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    text = "\n\n".join(line.strip() for line in normalise(text).split("\n") if line.strip())
    if len(text) < min_chars:
        raise NotAnArticle(f"not an article: {len(text)} characters of main text (under {min_chars}); "
                           "point factlint at the article page, not an index or a media file")
    return Article(text=text, title=getattr(doc, "title", None) or None,
                   published=parse_iso_date(getattr(doc, "date", None)), author=getattr(doc, "author", None) or None)


def _struct_date(value) -> str | None:
    if not value:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except (AttributeError, ValueError):
        return None


def _slug(url: str) -> str:
    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", last[-1]) if last else (parts.hostname or "page")
    return stem or (parts.hostname or "page")


class RemoteReader:
    """Reads remote sources into a batch. ``ids`` and ``read_local`` come from ``factlint.inputs.ingest``
    so fetched documents share the id space and sources files may name local paths too."""

    def __init__(self, batch, ids, published: str | None, options: FetchOptions,
                 read_local: Callable[[list[str]], None]):
        self.batch, self.ids, self.published, self.options = batch, ids, published, options
        self.read_local = read_local
        self.fetcher = Fetcher(options)

    def close(self) -> None:
        self.fetcher.close()

    def read(self, raw: str) -> None:
        if raw.startswith(SOURCES_PREFIX):
            self._sources_file(raw)
        elif not is_http_url(raw):
            self.batch.errors.append(InputError(raw, "only http:// and https:// URLs are fetched; "
                                                     "download the file and give its path instead"))
        else:
            self._url(raw)

    # -- sources files ------------------------------------------------------------------------

    def _sources_file(self, raw: str) -> None:
        path = Path(raw[len(SOURCES_PREFIX):])
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            self.batch.errors.append(InputError(raw, f"cannot read sources file ({exc.strerror or exc}); "
                                                     "check the path after '@'"))
            return
        named = 0
        for lineno, line in enumerate(lines, start=1):
            entry = line.split(" #")[0].strip()
            if not entry or entry.startswith("#"):
                continue
            named += 1
            if is_remote(entry):
                if entry.startswith(SOURCES_PREFIX):
                    self.batch.errors.append(InputError(str(path), "sources files cannot name other sources files; "
                                                                   "list their URLs here", lineno))
                    continue
                self.read(entry)
            else:
                local = Path(entry)
                self.read_local([str(local if local.is_absolute() else path.parent / local)])
        if not named:
            self.batch.errors.append(InputError(str(path), "sources file lists nothing; add one URL or path per line"))

    # -- URLs ---------------------------------------------------------------------------------

    def _skip(self, record: SourceRecord, source: str, line: int | None = None) -> None:
        self.batch.sources.append(record)
        self.batch.errors.append(InputError(source, f"skipped: {record.message}", line))

    def _url(self, url: str) -> None:
        try:
            page = self.fetcher.fetch(url)
        except FetchFailed as exc:
            self._skip(SourceRecord(url, url, "article", "skip", exc.reason, exc.message, exc.status), url)
            return
        if page.is_feed:
            self._feed(url, page)
        else:
            self._article(url, page)

    def _article(self, url: str, page: Fetched, *, kind: str = "article", feed: str | None = None,
                 line: int | None = None, title: str | None = None, published: str | None = None) -> None:
        base = SourceRecord(feed or url, url, kind, "ok", http_status=page.status, final_url=page.final_url,
                            content_hash=page.sha256, snapshot=page.snapshot, line=line, not_modified=page.not_modified)
        try:
            art = extract_article(page.body, page.final_url, self.options.min_text_chars)
        except NotAnArticle as exc:
            self._skip(_replace(base, status="skip", reason="not-an-article", message=str(exc)), feed or url, line)
            return
        self._add(base, art.text, title or art.title, page.final_url, published or art.published,
                  source=feed or url, line=line, author=art.author, id_hint=_slug(page.final_url))

    def _feed(self, url: str, page: Fetched) -> None:
        import feedparser

        parsed = feedparser.parse(page.body, response_headers={"content-location": page.final_url,
                                                               "content-type": page.content_type or "application/xml"})
        record = SourceRecord(url, url, "feed", "ok", http_status=page.status, final_url=page.final_url,
                              content_hash=page.sha256, snapshot=page.snapshot, not_modified=page.not_modified,
                              title=parsed.feed.get("title"))
        entries = parsed.entries[: self.options.max_items]
        if parsed.bozo and not entries:
            problem = str(parsed.get("bozo_exception", "")) or "unreadable"
            self._skip(_replace(record, status="skip", reason="malformed-feed",
                                message=f"malformed feed ({problem[:120]}); ask the publisher to fix it or use the article URLs"), url)
            return
        if not entries:
            self._skip(_replace(record, status="skip", reason="empty-feed", message="the feed has no items"), url)
            return
        note = None
        if parsed.bozo:
            note = f"feed XML is not well-formed ({str(parsed.get('bozo_exception', ''))[:80]}); read the {len(entries)} item(s) recovered"
        if len(parsed.entries) > len(entries):
            note = (note + "; " if note else "") + f"read the first {len(entries)} of {len(parsed.entries)} items (max_items)"
        self.batch.sources.append(_replace(record, message=note))
        for n, entry in enumerate(entries, start=1):
            self._item(url, page.final_url, n, entry)

    def _item(self, feed_url: str, base_url: str, n: int, entry) -> None:
        title = entry.get("title") or None
        published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        link = entry.get("link")
        if not link:
            content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
            self._inline_item(feed_url, n, title, published, content)
            return
        link = urljoin(base_url, link)
        try:
            page = self.fetcher.fetch(link, accept=HTML_TYPES, from_feed=True)
        except FetchFailed as exc:
            self._skip(SourceRecord(feed_url, link, "item", "skip", exc.reason, exc.message, exc.status, line=n, title=title),
                       feed_url, n)
            return
        self._article(link, page, kind="item", feed=feed_url, line=n, title=title, published=published)

    def _inline_item(self, feed_url: str, n: int, title: str | None, published: str | None, content: str) -> None:

        text, _, _ = html_to_text(content)
        record = SourceRecord(feed_url, feed_url, "item", "ok", line=n, title=title,
                              content_hash=sha256(content.encode()))
        if len(text) < self.options.min_text_chars:
            self._skip(_replace(record, status="skip", reason="not-an-article",
                                message=f"feed item has no link and only {len(text)} characters of text"), feed_url, n)
            return
        self._add(record, text, title, None, published, source=feed_url, line=n, author=None,
                  id_hint=f"{_slug(feed_url)}-{n}")

    def _add(self, record: SourceRecord, text: str, title: str | None, url: str | None, published_meta: str | None,
             *, source: str, line: int | None, author: str | None, id_hint: str) -> None:

        doc = Document(id=self.ids.make(id_hint), text=text, source=source, title=title, url=url, line=line,
                       **published_fields(published_meta, self.published, source))
        snap = self._document_snapshot(doc)
        self.batch.documents.append(doc)
        self.batch.sources.append(_replace(record, document=doc.id, document_snapshot=snap, title=title, author=author))

    def _document_snapshot(self, doc: Document) -> str | None:
        """The extracted text as a JSON record: `factlint check` on it gives the same spans again."""
        if self.options.snapshot_dir is None:
            return None
        record = {"id": doc.id, "title": doc.title, "url": doc.url, "text": doc.text}
        if doc.published_source == "metadata":
            record["published"] = doc.published
        data = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        path = Path(self.options.snapshot_dir) / f"{sha256(data)}.json"
        if not path.exists():
            atomic_write_bytes(path, data)
        return str(path)


def _replace(record: SourceRecord, **changes) -> SourceRecord:
    from dataclasses import replace

    return replace(record, **changes)


def read_remote(raws: list[str], batch, ids, published: str | None, options: FetchOptions,
                read_local: Callable[[list[str]], None]) -> None:
    reader = RemoteReader(batch, ids, published, options, read_local)
    try:
        for raw in raws:
            reader.read(raw)
    finally:
        reader.close()
