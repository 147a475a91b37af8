"""Polite, bounded HTTP fetching with ``requests``: robots.txt (RFC 9309, parsed by protego) and its Crawl-delay,
timeouts, retries with backoff (honouring Retry-After), a size cap, a content-type check, a
redirect cap, conditional GET and snapshots.

A fetch either returns a ``Fetched`` page or raises ``FetchFailed`` with a short reason code
(``http-status``, ``timeout``, ...) and a message that says what to do, so the caller can turn
it into a skip record and go on with the rest of the batch.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
import time
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from protego import Protego

from factlint import __version__
from factlint.files import atomic_write

USER_AGENT = f"factlint/{__version__} (news fact-claim checker; python-requests/{requests.__version__})"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/x-rss+xml"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_HTTP_MAX_BYTES = 5 * 1024 * 1024
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 2.5: parse at least 500 KiB


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch. Defaults are polite for a news site; tests shrink the timeouts and delays.

    ``allow_private_links`` lets links *found in feeds* point at private, loopback or link-local
    addresses (URLs you name yourself are always fetched): off by default, so a feed cannot make
    factlint probe the network it runs in. ``obey_robots``: each site's robots.txt is read once
    per batch and its rules for factlint's User-Agent (and its Crawl-delay, up to
    ``max_retry_after``) are followed.
    """

    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # for the whole body, so a server dripping bytes cannot hold a run
    retries: int = 3  # extra attempts on connection errors, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_retry_after: float = 60.0  # a Retry-After longer than this ends the attempts
    max_bytes: int = DEFAULT_HTTP_MAX_BYTES
    max_redirects: int = 5
    delay: float = 1.0  # minimum seconds between two requests to the same host
    user_agent: str = USER_AGENT
    allow_private_links: bool = False
    max_items: int = 50  # feed items read per feed
    min_text_chars: int = 100  # less main text than this and a page is "not an article"
    snapshot_dir: Path | None = None  # where pages are kept by content hash (None: not kept)
    cache_dir: Path | None = None  # where ETag/Last-Modified are kept per URL (None: no conditional GET)
    obey_robots: bool = True

    def under(self, output: str | Path | None) -> "FetchOptions":
        """These options with snapshots and the HTTP cache inside a report folder."""
        if output is None:
            return self
        out = Path(output)
        return replace(self, snapshot_dir=out / "snapshots", cache_dir=out / ".http-cache")


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 when the cached copy was still current
    content_type: str  # media type without parameters, lower case
    body: bytes
    sha256: str
    snapshot: str | None  # path of the snapshot file
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def is_feed(self) -> bool:
        if self.content_type in FEED_TYPES:
            return True
        head = self.body[:1024].lstrip().lower()
        return head.startswith(b"<?xml") and any(tag in self.body[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


class FetchFailed(Exception):
    """A source that could not be fetched. ``reason`` is a stable code, ``message`` says what to do."""

    def __init__(self, url: str, reason: str, message: str, status: int | None = None):
        super().__init__(f"{url}: {message}")
        self.url, self.reason, self.message, self.status = url, reason, message, status


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a reader never sees half a snapshot."""
    atomic_write(path, data)


def is_http_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def looks_like_url(text: str) -> bool:
    """Any ``scheme://`` - so ``ftp://`` is refused with a message instead of read as a file name."""
    head, sep, _ = text.partition("://")
    return bool(sep) and head.isalpha() and len(head) > 1


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _private_address(host: str, port: int) -> str | None:
    """The first non-public address ``host`` resolves to, or None."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return None  # the request itself will fail with a connection error
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        if not addr.is_global or addr.is_multicast:
            return str(addr)
    return None


@dataclass
class _CacheEntry:
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    content_type: str | None = None
    final_url: str | None = None
    snapshot: str | None = None


class Fetcher:
    """One ``requests`` session per batch; remembers when it last asked each host."""

    def __init__(self, options: FetchOptions | None = None, session: requests.Session | None = None):
        self.options = options or FetchOptions()
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = self.options.user_agent
        self.session.max_redirects = self.options.max_redirects
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[Protego | None, tuple[str, str] | None]] = {}  # origin -> rules, refusal
        self._delay: dict[str, float] = {}  # host -> Crawl-delay, where longer than options.delay

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------------

    def fetch(self, url: str, *, accept: frozenset[str] = HTML_TYPES | FEED_TYPES, from_feed: bool = False) -> Fetched:
        """GET ``url`` following at most ``max_redirects`` redirects. ``from_feed`` marks a link a
        feed supplied: it must resolve to a public address unless ``allow_private_links``."""
        cached = self._cache_load(url)
        final, resp, attempts = self._follow(url, cached, from_feed)
        return self._read(url, final, resp, cached, accept, attempts)

    # -- steps --------------------------------------------------------------------------------

    def _follow(self, url: str, cached: _CacheEntry | None, from_feed: bool,
                robots: bool = True) -> tuple[str, requests.Response, int]:
        """GET ``url``, following redirects (each hop checked, and with ``robots`` allowed by its
        site's robots.txt); the final URL, its response (body not read) and the attempts made."""
        opts = self.options
        visited = [url]
        current = url
        attempts = 0
        for _hop in range(opts.max_redirects + 1):
            self._check_url(current, from_feed)
            if robots:
                self._check_robots(current, from_feed)
            resp, n = self._get(current, cached)
            attempts += n
            if resp.status_code in REDIRECT_STATUSES and resp.headers.get("Location"):
                resp.close()
                target = urljoin(current, resp.headers["Location"])
                if target in visited:
                    chain = " -> ".join([*visited, target])
                    raise FetchFailed(url, "redirect-loop", f"redirect loop ({chain}); check the URL")
                visited.append(target)
                current = target
                continue
            return current, resp, attempts
        raise FetchFailed(url, "too-many-redirects",
                          f"more than {opts.max_redirects} redirects (last: {current}); check the URL")

    def _check_url(self, url: str, from_feed: bool) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchFailed(url, "scheme", f"only http and https URLs are fetched, not {parts.scheme or 'this'}:")
        if not parts.hostname:
            raise FetchFailed(url, "scheme", "URL has no host; check it")
        if from_feed and not self.options.allow_private_links:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            addr = _private_address(parts.hostname, port)
            if addr:
                raise FetchFailed(url, "private-address",
                                  f"feed link points at a private or loopback address ({addr}); "
                                  "allow it with --allow-private-links if the feed is trusted")

    def _check_robots(self, url: str, from_feed: bool) -> None:
        """Refuse ``url`` when its site's robots.txt disallows it for factlint (RFC 9309)."""
        if not self.options.obey_robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin, from_feed)
        rules, refused = self._robots[origin]
        if refused:
            raise FetchFailed(url, *refused)
        if rules is not None and not rules.can_fetch(url, self.options.user_agent):
            raise FetchFailed(url, "robots", f"disallowed for factlint by {origin}/robots.txt; leave it out, "
                              "or pass --ignore-robots if the site lets you fetch it")

    def _read_robots(self, origin: str, from_feed: bool) -> tuple[Protego | None, tuple[str, str] | None]:
        """The site's rules (None: no robots.txt, a 4xx, so everything is allowed), or why the whole
        site is refused - (reason, message) - when robots.txt is unreachable or answers a server error
        after the retries (RFC 9309 2.3.1.4). A site that cannot be reached at all keeps the
        network's reason code (``connection``, ``timeout``), which is the cause to fix."""
        url = origin + "/robots.txt"
        try:
            url, resp, _ = self._follow(url, None, from_feed, robots=False)  # RFC 9309 2.3.1.2: up to 5 redirects
            with resp:
                status = resp.status_code
                if status == 200:
                    rules = Protego.parse(self._body(url, resp, cap=ROBOTS_MAX_BYTES).decode("utf-8-sig", "replace"))
                elif 400 <= status < 500 and status != 429:
                    return None, None
                else:
                    raise FetchFailed(url, "robots", f"HTTP {status}")
        except FetchFailed as exc:
            reason = exc.reason if exc.reason in ("connection", "timeout") else "robots"
            return None, (reason, f"{origin}/robots.txt could not be read ({exc.message.split(';')[0]}), so the "
                                  "site is not fetched (RFC 9309); a later run will try again")
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, ValueError) as exc:
            return None, ("robots", f"{origin}/robots.txt could not be read ({_short(exc)}), so the site is not "
                                    "fetched (RFC 9309); a later run will try again")
        delay = rules.crawl_delay(self.options.user_agent)
        if delay:
            self._delay[urlsplit(origin).netloc] = min(float(delay), self.options.max_retry_after)
        return rules, None

    def _polite_wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            wait = max(self.options.delay, self._delay.get(host, 0.0)) - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def _get(self, url: str, cached: _CacheEntry | None) -> tuple[requests.Response, int]:
        """One URL, retrying connection errors, 429 and 5xx with backoff; returns the response
        (body not read yet) and the number of attempts."""
        opts = self.options
        headers = {}
        if cached and cached.snapshot and Path(cached.snapshot).exists():
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        attempt = 0
        while True:
            attempt += 1
            self._polite_wait(url)
            try:
                resp = self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                        timeout=(opts.connect_timeout, opts.read_timeout))
            except requests.exceptions.ConnectTimeout:
                reason, message = "timeout", f"no connection within {opts.connect_timeout:g} s"
            except requests.exceptions.ReadTimeout:
                # The server accepted but did not answer in time; asking again would double the wait.
                raise FetchFailed(url, "timeout", f"no response within the {opts.read_timeout:g} s read timeout; "
                                  "the server is slow or down, a later run will try again") from None
            except requests.exceptions.ConnectionError as exc:
                reason, message = "connection", f"cannot connect ({_short(exc)})"
            except requests.exceptions.RequestException as exc:
                raise FetchFailed(url, "connection", f"request failed ({_short(exc)}); check the URL") from None
            else:
                if resp.status_code not in RETRY_STATUSES or attempt > opts.retries:
                    return resp, attempt
                wait = retry_after_seconds(resp.headers.get("Retry-After"))
                resp.close()
                if wait is not None and wait > opts.max_retry_after:
                    raise FetchFailed(url, "http-status",
                                      f"HTTP {resp.status_code}, and the server asks to wait {wait:g} s, over the "
                                      f"{opts.max_retry_after:g} s limit; a later run will try again", resp.status_code)
                time.sleep(wait if wait is not None else opts.backoff * 2 ** (attempt - 1))
                continue
            if attempt > opts.retries:
                raise FetchFailed(url, reason, f"{message} after {attempt} attempt(s); a later run will try again")
            time.sleep(opts.backoff * 2 ** (attempt - 1))

    def _read(self, url: str, final: str, resp: requests.Response, cached: _CacheEntry | None,
              accept: frozenset[str], attempts: int) -> Fetched:
        opts = self.options
        with resp:
            if resp.status_code == 304 and cached and cached.snapshot and Path(cached.snapshot).exists():
                body = Path(cached.snapshot).read_bytes()
                return Fetched(url, final, 304, cached.content_type or "", body, sha256(body), cached.snapshot, attempts)
            if resp.status_code != 200:
                reason = (resp.reason or "").strip()
                raise FetchFailed(url, "http-status", f"HTTP {resp.status_code}{' ' + reason if reason else ''}; "
                                  "check the URL or remove it from the sources", resp.status_code)
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if ctype and ctype not in accept:
                what = "an HTML page" if accept == HTML_TYPES else "an HTML page or an RSS/Atom feed"
                raise FetchFailed(url, "content-type", f"not an article: content type {ctype!r}, not {what}")
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > opts.max_bytes:
                raise FetchFailed(url, "too-large", f"response is {int(declared):,} bytes, over the "
                                  f"{opts.max_bytes:,}-byte limit; raise --max-bytes")
            body = self._body(url, resp)
        digest = sha256(body)
        snapshot = self._snapshot(body, digest, "xml" if ctype in FEED_TYPES else "html")
        self._cache_store(url, _CacheEntry(resp.headers.get("ETag"), resp.headers.get("Last-Modified"), digest,
                                           ctype, final, snapshot))
        return Fetched(url, final, 200, ctype, body, digest, snapshot, attempts)

    def _body(self, url: str, resp: requests.Response, cap: int | None = None) -> bytes:
        """Stream the body, stopping at the size cap and the total deadline; with ``cap``, the first
        ``cap`` bytes are the body (robots.txt: RFC 9309 lets a parser stop at 500 KiB)."""
        opts = self.options
        deadline = time.monotonic() + opts.total_timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.iter_content(chunk_size=65536):
                size += len(chunk)
                if cap is not None and size >= cap:
                    chunks.append(chunk[:len(chunk) - (size - cap)])
                    break
                if size > opts.max_bytes:
                    raise FetchFailed(url, "too-large", f"response is over the {opts.max_bytes:,}-byte limit "
                                      "(stopped reading); raise --max-bytes")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FetchFailed(url, "timeout", f"body not complete within {opts.total_timeout:g} s; "
                                      "the server is slow, a later run will try again")
        except requests.exceptions.RequestException as exc:
            if "timed out" in str(exc).lower():
                raise FetchFailed(url, "timeout", f"the body stalled past the {opts.read_timeout:g} s read timeout; "
                                  "a later run will try again") from None
            raise FetchFailed(url, "connection", f"connection broke while reading ({_short(exc)})") from None
        return b"".join(chunks)

    # -- snapshots and the conditional-GET cache ----------------------------------------------

    def _snapshot(self, body: bytes, digest: str, ext: str) -> str | None:
        if self.options.snapshot_dir is None:
            return None
        path = Path(self.options.snapshot_dir) / f"{digest}.{ext}"
        if not path.exists():
            atomic_write_bytes(path, body)
        return str(path)

    def _cache_path(self, url: str) -> Path | None:
        if self.options.cache_dir is None:
            return None
        return Path(self.options.cache_dir) / f"{sha256(url.encode())[:32]}.json"

    def _cache_load(self, url: str) -> _CacheEntry | None:
        path = self._cache_path(url)
        if path is None or not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return _CacheEntry(**{k: data.get(k) for k in _CacheEntry.__dataclass_fields__})
        except (OSError, ValueError, TypeError):
            return None  # a damaged cache entry only costs a full download

    def _cache_store(self, url: str, entry: _CacheEntry) -> None:
        path = self._cache_path(url)
        if path is None:
            return
        data = {"url": url, **entry.__dict__}
        atomic_write_bytes(path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode())


def _short(exc: Exception) -> str:
    text = str(exc)
    if "Connection refused" in text:
        return "connection refused"
    if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "host name not found"
    return text[:160]


__all__ = ["FEED_TYPES", "HTML_TYPES", "FetchFailed", "FetchOptions", "Fetched", "Fetcher", "USER_AGENT",
           "atomic_write_bytes", "is_http_url", "looks_like_url", "retry_after_seconds", "sha256"]
