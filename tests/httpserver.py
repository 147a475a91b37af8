"""A real HTTP server on 127.0.0.1 for fetch, feed and monitoring tests, with injectable faults.

Each path answers with a ``Reply`` or a sequence of them (the last one repeats), so "500 then
success" or "429 with Retry-After, then success" are one line in a test. Every request is logged
(method, path, headers, body) for assertions on conditional GET, User-Agent and webhooks.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line: a slow server
    etag: str | None = None  # answer 304 to a matching If-None-Match
    length: bool = True  # send Content-Length (False: the body ends when the connection closes)

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class LocalServer:
    """``with LocalServer() as srv: srv.route('/a.html', Reply(...)); srv.url('/a.html')``."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                with server._lock:
                    server.requests.append(Request(self.command, self.path, dict(self.headers.items()), body))
                    replies = server.routes.get(path)
                    n = server.hits.get(path, 0)
                    server.hits[path] = n + 1
                if not replies:
                    replies = [Reply("<html><body><p>no such page</p></body></html>", status=404)]
                reply = replies[min(n, len(replies) - 1)]
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.end_headers()
                    return
                data = reply.data()
                try:
                    self.send_response(reply.status)
                    if reply.content_type:
                        self.send_header("Content-Type", reply.content_type)
                    if reply.length:
                        self.send_header("Content-Length", str(len(data)))
                    if reply.etag:
                        self.send_header("ETag", reply.etag)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size cap, timeout): expected

            do_GET = do_POST = do_HEAD = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="test-http", daemon=True)

    def start(self) -> "LocalServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, *replies: Reply) -> str:
        with self._lock:
            self.routes[path] = list(replies)
            self.hits[path] = 0
        return self.url(path)

    def count(self, path: str) -> int:
        return self.hits.get(path, 0)

    def posts(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.method == "POST" and r.path == path]


def article_html(title: str, paragraphs: list[str], published: str | None = None, author: str | None = None) -> str:
    """A news page with navigation and footer boilerplate around the article, as sites have."""
    meta = f'<meta property="article:published_time" content="{published}T08:00:00Z">' if published else ""
    if author:
        meta += f'<meta name="author" content="{escape(author)}">'
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)} | Test News</title>{meta}</head>"
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>Copyright Test News. All rights reserved. Contact us.</footer></body></html>")


def rss(title: str, items: list[dict]) -> str:
    """RSS 2.0; items are dicts with title, link and optional published (YYYY-MM-DD)."""
    parts = []
    for it in items:
        pub = ""
        if it.get("published"):
            y, m, d = (int(x) for x in it["published"].split("-"))
            import calendar

            pub = f"<pubDate>{formatdate(calendar.timegm((y, m, d, 9, 0, 0, 0, 0, 0)), usegmt=True)}</pubDate>"
        parts.append(f"<item><title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>{pub}"
                     f"<guid>{escape(it['link'])}</guid></item>")
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"
            f"<link>http://127.0.0.1/</link><description>test feed</description>{''.join(parts)}</channel></rss>")


def atom(title: str, items: list[dict]) -> str:
    entries = "".join(
        f"<entry><title>{escape(it['title'])}</title><link href='{escape(it['link'])}'/><id>{escape(it['link'])}</id>"
        f"<updated>{it.get('published', '2021-10-18')}T09:00:00Z</updated></entry>" for it in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>{escape(title)}</title>"
            f"<id>urn:test</id><updated>2021-10-18T09:00:00Z</updated>{entries}</feed>")


RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
