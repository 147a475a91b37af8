"""Fetching against a real HTTP server on 127.0.0.1 with every fault the issue names."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from factlint.inputs.fetch import HTML_TYPES, USER_AGENT, FetchFailed, Fetcher, FetchOptions, retry_after_seconds
from tests.httpserver import RSS_TYPE, LocalServer, Reply, article_html

PAGE = article_html("Council meets", ["The council met on Monday and approved the budget of 12 projects."] * 3)
FAST = FetchOptions(connect_timeout=2, read_timeout=0.5, total_timeout=5, retries=2, backoff=0.05,
                    max_retry_after=2, max_bytes=64 * 1024, delay=0)


@pytest.fixture
def srv():
    with LocalServer() as s:
        yield s


@pytest.fixture
def fetcher(tmp_path):
    with Fetcher(FAST.under(tmp_path)) as f:
        yield f


def reason(fetcher, url, **kw) -> FetchFailed:
    with pytest.raises(FetchFailed) as info:
        fetcher.fetch(url, **kw)
    return info.value


def test_article_is_fetched_snapshotted_with_user_agent(srv, fetcher, tmp_path):
    url = srv.route("/a.html", Reply(PAGE))
    page = fetcher.fetch(url)
    assert page.status == 200 and page.content_type == "text/html" and page.body == PAGE.encode()
    assert page.snapshot == str(tmp_path / "snapshots" / f"{page.sha256}.html")
    assert (tmp_path / "snapshots" / f"{page.sha256}.html").read_bytes() == PAGE.encode()
    assert srv.requests[0].headers["User-Agent"] == USER_AGENT and USER_AGENT.startswith("factlint/")


def test_404_is_a_skip_with_the_status(srv, fetcher):
    err = reason(fetcher, srv.url("/missing.html"))
    assert (err.reason, err.status) == ("http-status", 404)
    assert "HTTP 404" in err.message and srv.count("/missing.html") == 1  # a 4xx is not retried


def test_500_then_success_is_retried(srv, fetcher):
    url = srv.route("/flaky.html", Reply("oops", status=500), Reply("oops", status=503), Reply(PAGE))
    page = fetcher.fetch(url)
    assert page.status == 200 and page.attempts == 3 and srv.count("/flaky.html") == 3


def test_500_forever_gives_up_after_the_retries(srv, fetcher):
    url = srv.route("/down.html", Reply("oops", status=500))
    err = reason(fetcher, url)
    assert (err.reason, err.status) == ("http-status", 500) and srv.count("/down.html") == FAST.retries + 1


def test_429_honours_retry_after(srv, fetcher):
    url = srv.route("/busy.html", Reply("slow down", status=429, headers={"Retry-After": "1"}), Reply(PAGE))
    started = time.monotonic()
    page = fetcher.fetch(url)
    assert page.status == 200 and time.monotonic() - started >= 0.95


def test_retry_after_over_the_limit_ends_the_attempts(srv, fetcher):
    url = srv.route("/busy.html", Reply("come back tomorrow", status=429, headers={"Retry-After": "86400"}))
    err = reason(fetcher, url)
    assert err.status == 429 and "86400" in err.message and srv.count("/busy.html") == 1


def test_retry_after_forms():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_slow_response_times_out_without_retrying(srv, fetcher):
    url = srv.route("/slow.html", Reply(PAGE, delay=2.0))
    started = time.monotonic()
    err = reason(fetcher, url)
    assert err.reason == "timeout" and time.monotonic() - started < 1.9
    assert srv.count("/slow.html") == 1


def test_oversized_body_is_cut_off(srv, fetcher):
    big = "<html><body>" + "<p>padding text</p>" * 20000 + "</body></html>"
    declared = srv.route("/big.html", Reply(big))
    streamed = srv.route("/big-stream.html", Reply(big, length=False))
    assert reason(fetcher, declared).reason == "too-large"
    err = reason(fetcher, streamed)
    assert err.reason == "too-large" and "stopped reading" in err.message


def test_non_html_content_type_is_not_an_article(srv, fetcher):
    url = srv.route("/photo.png", Reply(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png"))
    err = reason(fetcher, url)
    assert err.reason == "content-type" and "image/png" in err.message
    feed = srv.route("/feed.xml", Reply("<rss/>", content_type=RSS_TYPE))
    assert reason(fetcher, feed, accept=HTML_TYPES).reason == "content-type"  # a feed link must be a page


def test_redirect_loop_and_redirect_cap(srv, fetcher):
    srv.route("/loop-a", Reply(status=302, headers={"Location": "/loop-b"}))
    srv.route("/loop-b", Reply(status=302, headers={"Location": "/loop-a"}))
    err = reason(fetcher, srv.url("/loop-a"))
    assert err.reason == "redirect-loop" and "/loop-b" in err.message
    for i in range(10):
        srv.route(f"/hop{i}", Reply(status=301, headers={"Location": f"/hop{i + 1}"}))
    assert reason(fetcher, srv.url("/hop0")).reason == "too-many-redirects"


def test_redirect_is_followed(srv, fetcher):
    srv.route("/old", Reply(status=301, headers={"Location": "/new.html"}))
    srv.route("/new.html", Reply(PAGE))
    page = fetcher.fetch(srv.url("/old"))
    assert page.final_url == srv.url("/new.html") and page.url == srv.url("/old")


def test_conditional_get_uses_the_etag_and_the_snapshot(srv, tmp_path):
    url = srv.route("/etag.html", Reply(PAGE, etag='"v1"'))
    with Fetcher(FAST.under(tmp_path)) as f:
        first = f.fetch(url)
    with Fetcher(FAST.under(tmp_path)) as f:  # a later run: the cache lives under the output folder
        second = f.fetch(url)
    assert first.status == 200 and second.status == 304 and second.body == first.body
    assert srv.requests[-1].headers.get("If-None-Match") == '"v1"'


def test_only_http_and_https(fetcher):
    assert reason(fetcher, "ftp://127.0.0.1/a.txt").reason == "scheme"
    assert reason(fetcher, "file:///etc/passwd").reason == "scheme"


def test_feed_links_to_private_addresses_are_refused_unless_allowed(srv, tmp_path):
    url = srv.route("/a.html", Reply(PAGE))
    with Fetcher(FAST) as f:
        err = reason(f, url, from_feed=True)
        assert err.reason == "private-address" and "127.0.0.1" in err.message
        assert f.fetch(url).status == 200  # a URL the user names is always fetched
    with Fetcher(FAST.__class__(**{**FAST.__dict__, "allow_private_links": True})) as f:
        assert f.fetch(url, from_feed=True).status == 200


def test_connection_refused_is_retried_then_reported(tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with Fetcher(FAST) as f:
        err = reason(f, f"http://127.0.0.1:{port}/a.html")
    assert err.reason == "connection" and f"{FAST.retries + 1} attempt" in err.message


def test_polite_delay_between_requests_to_one_host(srv):
    url = srv.route("/a.html", Reply(PAGE))
    with Fetcher(FetchOptions(delay=0.3)) as f:
        started = time.monotonic()
        f.fetch(url)
        f.fetch(url)
    assert time.monotonic() - started >= 0.3


# -- robots.txt (RFC 9309) ------------------------------------------------------------------------

def robots(srv, text: str, status: int = 200) -> None:
    srv.route("/robots.txt", Reply(text, status=status, content_type="text/plain"))


def test_robots_disallow_is_a_skip_and_the_page_is_never_asked_for(srv, fetcher):
    robots(srv, "User-agent: *\nAllow: /\n\nUser-agent: factlint\nDisallow: /private/\n")
    url = srv.route("/private/a.html", Reply(PAGE))
    err = reason(fetcher, url)
    assert err.reason == "robots" and "robots.txt" in err.message and "--ignore-robots" in err.message
    assert srv.count("/private/a.html") == 0
    assert fetcher.fetch(srv.route("/public.html", Reply(PAGE))).status == 200
    assert srv.count("/robots.txt") == 1  # read once per site and batch


def test_robots_rules_for_other_agents_do_not_apply(srv, fetcher):
    robots(srv, "User-agent: SomeBot\nDisallow: /\n")
    assert fetcher.fetch(srv.route("/a.html", Reply(PAGE))).status == 200


def test_no_robots_file_allows_everything_and_a_server_error_refuses_the_site(srv, tmp_path):
    with Fetcher(FAST) as f:
        assert f.fetch(srv.route("/a.html", Reply(PAGE))).status == 200  # /robots.txt is 404 here
    robots(srv, "", status=503)
    with Fetcher(FAST) as f:
        err = reason(f, srv.url("/a.html"))
    assert err.reason == "robots" and "HTTP 503" in err.message and srv.count("/a.html") == 1


def test_ignore_robots_fetches_without_asking(srv, tmp_path):
    robots(srv, "User-agent: *\nDisallow: /\n")
    with Fetcher(replace(FAST, obey_robots=False)) as f:
        assert f.fetch(srv.route("/a.html", Reply(PAGE))).status == 200
    assert srv.count("/robots.txt") == 0


def test_robots_crawl_delay_spaces_requests_to_the_site(srv, tmp_path):
    robots(srv, "User-agent: *\nCrawl-delay: 1\n")
    url = srv.route("/a.html", Reply(PAGE))
    with Fetcher(FAST) as f:
        f.fetch(url)
        started = time.monotonic()
        f.fetch(url)
    assert time.monotonic() - started >= 0.9  # FAST's own delay is 0


def test_robots_follow_rfc_9309_precedence_and_wildcards(srv, fetcher):
    # the longest matching rule wins (not the first), "*" and "$" match, a BOM does not hide the group
    robots(srv, "\ufeffUser-agent: *\nAllow: /\nDisallow: /private/\nDisallow: /*.pdf$\nAllow: /private/open/\n")
    assert reason(fetcher, srv.route("/private/a.html", Reply(PAGE))).reason == "robots"
    assert reason(fetcher, srv.route("/files/a.pdf", Reply(PAGE))).reason == "robots"
    assert fetcher.fetch(srv.route("/private/open/a.html", Reply(PAGE))).status == 200


def test_unreachable_robots_refuses_the_site_for_the_run(srv, fetcher):
    robots(srv, "User-agent: *\nAllow: /\n")
    srv.route("/robots.txt", Reply("User-agent: *\nAllow: /\n", content_type="text/plain", delay=2))  # > read timeout
    err = reason(fetcher, srv.route("/a.html", Reply(PAGE)))
    assert err.reason == "timeout" and "robots.txt could not be read" in err.message and srv.count("/a.html") == 0
