"""Remote sources through ingest: article pages (trafilatura), RSS/Atom feeds (feedparser), sources
files, and failed sources as skip records - all served from 127.0.0.1."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from factlint.inputs.fetch import FetchOptions
from factlint.inputs.ingest import read_inputs
from tests.httpserver import ATOM_TYPE, RSS_TYPE, LocalServer, Reply, article_html, atom, rss

FAST = FetchOptions(read_timeout=0.5, total_timeout=5, retries=1, backoff=0.05, delay=0, allow_private_links=True)

NATO = ["BRUSSELS, October 18. NATO announced the reduction of the Russian mission from 20 to 10 people and revoked "
        "the accreditation of eight diplomats. Two more open vacancies were eliminated.",
        "The alliance said the decision was taken on Monday after a review that lasted several weeks."]
QUAKE = ["The earthquake struck the region on Sunday, officials said, damaging hundreds of homes.",
         "Rescue teams from three provinces were sent to the area overnight."]


@pytest.fixture
def srv():
    with LocalServer() as s:
        s.route("/news/nato-cuts.html", Reply(article_html("NATO cuts Russian mission", NATO, "2021-10-18", "Jane Doe")))
        s.route("/news/quake.html", Reply(article_html("Quake damages homes", QUAKE)))
        s.route("/news/gone.html", Reply("gone", status=404))
        s.route("/index.html", Reply("<html><body><nav>Home</nav><p>Latest</p></body></html>"))
        yield s


def options(tmp_path, **kw):
    return replace(FAST, **kw).under(tmp_path)


def test_article_url_becomes_a_document_with_metadata(srv, tmp_path):
    url = srv.url("/news/nato-cuts.html")
    batch = read_inputs([url], fetch=options(tmp_path))
    assert not batch.errors
    (doc,) = batch.documents
    assert doc.id == "nato-cuts" and doc.source == url and doc.url == url
    assert doc.title == "NATO cuts Russian mission" and doc.published == "2021-10-18" and doc.published_source == "metadata"
    assert "from 20 to 10 people" in doc.text and "Copyright" not in doc.text and "Home" not in doc.text
    assert "\n\n" in doc.text  # paragraphs stay paragraphs
    (src,) = batch.sources
    assert src.status == "ok" and src.kind == "article" and src.author == "Jane Doe" and src.document == "nato-cuts"
    snap = json.loads(open(src.document_snapshot, encoding="utf-8").read())
    assert snap["text"] == doc.text  # `factlint check` on this snapshot reproduces the spans


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feed_items_become_documents(srv, tmp_path, fmt):
    items = [{"title": "NATO cuts the mission", "link": srv.url("/news/nato-cuts.html"), "published": "2021-10-19"},
             {"title": "Quake", "link": "/news/quake.html", "published": "2021-10-17"},  # relative link
             {"title": "Removed story", "link": srv.url("/news/gone.html")}]
    body = rss("Test feed", items) if fmt == "rss" else atom("Test feed", items)
    feed = srv.route("/feed.xml", Reply(body, content_type=RSS_TYPE if fmt == "rss" else ATOM_TYPE))
    batch = read_inputs([feed], fetch=options(tmp_path))
    assert [d.title for d in batch.documents] == ["NATO cuts the mission", "Quake"]
    nato, quake = batch.documents
    assert (nato.source, nato.line, nato.url) == (feed, 1, srv.url("/news/nato-cuts.html"))
    assert nato.published == "2021-10-19"  # the feed's date wins over the page's
    assert quake.url == srv.url("/news/quake.html") and quake.published == "2021-10-17"
    (err,) = batch.errors
    assert (err.source, err.line) == (feed, 3) and "HTTP 404" in err.message and err.message.startswith("skipped:")
    kinds = [(s.kind, s.status, s.reason) for s in batch.sources]
    assert kinds == [("feed", "ok", None), ("item", "ok", None), ("item", "ok", None), ("item", "skip", "http-status")]


def test_failed_sources_are_skip_records_and_the_batch_goes_on(srv, tmp_path, seed_text):
    (tmp_path / "local.txt").write_text(seed_text, encoding="utf-8")
    bad = srv.route("/bad.xml", Reply("<?xml version='1.0'?><rss><channel><<<", content_type=RSS_TYPE))
    pdf = srv.route("/report.pdf", Reply(b"%PDF-1.4", content_type="application/pdf"))
    slow = srv.route("/slow.html", Reply("late", delay=1.5))
    inputs = [str(tmp_path / "local.txt"), srv.url("/news/gone.html"), bad, pdf, slow, srv.url("/index.html"),
              "ftp://127.0.0.1/x.txt", srv.url("/news/quake.html")]
    batch = read_inputs(inputs, fetch=options(tmp_path / "out"))
    assert [d.id for d in batch.documents] == ["local", "quake"]
    reasons = {s.url: s.reason for s in batch.sources if s.status == "skip"}
    assert reasons == {srv.url("/news/gone.html"): "http-status", bad: "malformed-feed", pdf: "content-type",
                       slow: "timeout", srv.url("/index.html"): "not-an-article"}
    messages = {e.source: e.message for e in batch.errors}
    assert "only http:// and https:// URLs" in messages["ftp://127.0.0.1/x.txt"]
    assert "not an article" in messages[srv.url("/index.html")] and "timeout" in messages[slow]


def test_feed_links_to_loopback_are_refused_by_default(srv, tmp_path):
    feed = srv.route("/feed.xml", Reply(rss("Feed", [{"title": "x", "link": srv.url("/news/quake.html")}]), content_type=RSS_TYPE))
    batch = read_inputs([feed], fetch=options(tmp_path, allow_private_links=False))
    assert not batch.documents
    assert [s.reason for s in batch.sources] == [None, "private-address"]
    assert "--allow-private-links" in batch.errors[0].message


def test_sources_file_lists_urls_and_paths(srv, tmp_path, seed_text):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    listing = tmp_path / "desk.sources"
    listing.write_text(f"# the desk's sources\n{srv.url('/news/quake.html')}\n\na.txt  # a local file\n", encoding="utf-8")
    batch = read_inputs([f"@{listing}"], fetch=options(tmp_path / "out"))
    assert sorted(d.id for d in batch.documents) == ["a", "quake"] and not batch.errors
    missing = read_inputs([f"@{tmp_path / 'nope.sources'}"], fetch=options(tmp_path / "out"))
    assert "cannot read sources file" in missing.errors[0].message


def test_check_cli_reads_a_url_and_reports_sources(srv, tmp_path, capsys, nlp):
    from factlint.cli.main import main

    code = main(["check", srv.url("/news/nato-cuts.html"), srv.url("/news/gone.html"), "-o", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2  # a source that could not be read is an input error, and the rest is still checked
    assert f"{srv.url('/news/gone.html')}: skipped: HTTP 404" in err
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["summary"]["documents"] == 1 and report["documents"][0]["findings"][0]["status"] == "pass"
    assert [s["status"] for s in report["sources"]] == ["ok", "skip"]
    assert report["sources"][0]["snapshot"].startswith(str(tmp_path / "snapshots"))


def test_check_cli_obeys_robots_unless_told_not_to(srv, tmp_path, capsys, nlp):
    from factlint.cli.main import main

    srv.route("/robots.txt", Reply("User-agent: factlint\nDisallow: /news/\n", content_type="text/plain"))
    url = srv.url("/news/nato-cuts.html")
    assert main(["check", url, "-o", str(tmp_path / "a")]) == 2
    err = capsys.readouterr()[1]
    assert f"{url}: skipped: disallowed for factlint by" in err and "--ignore-robots" in err
    assert main(["check", url, "-o", str(tmp_path / "b"), "--ignore-robots"]) == 0
    report = json.loads((tmp_path / "b" / "report.json").read_text())
    assert report["summary"]["documents"] == 1 and [s["status"] for s in report["sources"]] == ["ok"]
