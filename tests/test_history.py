"""Monitoring runs with the history store: two runs over a changed feed, reuse by content hash,
new vs known failures, cross-article disagreements, the webhook and transactional writes. The
history tests run on SQLite and on a real PostgreSQL server started on loopback (tests/postgres.py),
two monitoring runs writing at once included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import replace

import pytest
import sqlalchemy as sa

from factlint.monitor import history
from factlint.monitor import runs as monitor
from factlint.inputs.fetch import FetchOptions
from tests.httpserver import RSS_TYPE, LocalServer, Reply, article_html, rss

CUTS = ["BRUSSELS, October 18. NATO announced the reduction of the Russian mission from 20 to 10 people and revoked "
        "the accreditation of eight diplomats. Two more open vacancies were eliminated.",
        "The alliance said the decision was taken on Monday after a review that lasted several weeks."]
CUTS_WRONG = [CUTS[0].replace("from 20 to 10", "from 20 to 11"), CUTS[1]]  # 20 - 8 - 2 = 10, not 11: a fail
EXPELS = ["NATO revoked the accreditation of ten Russian diplomats, officials in Brussels said on Tuesday.",
          "Moscow has not yet said how it will respond to the decision by the alliance, the officials added."]
EXPELS_V2 = ["NATO revoked the accreditation of twelve Russian diplomats, officials in Brussels said on Tuesday.",
             EXPELS[1]]
QUAKE_A = ["The earthquake struck eastern Turkey on October 12, 2021, the national disaster agency said in a statement.",
           "Rescue teams from three provinces were sent to the area overnight to search for survivors."]
QUAKE_B = ["The earthquake struck eastern Turkey on October 11, 2021, the disaster agency said, as rescuers searched.",
           "Hundreds of homes were damaged in villages near the border, local officials told reporters."]


@pytest.fixture(scope="session")
def postgres():
    from tests.postgres import server_or_skip

    server = server_or_skip()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def history_db(request, tmp_path):
    """A history URL: the default SQLite file (empty: OUTPUT/history.sqlite), or a fresh database on
    the PostgreSQL test server, as ``--history`` takes it (postgresql://...)."""
    if request.param == "sqlite":
        return ""
    server = request.getfixturevalue("postgres")
    return server.create_database(f"h_{uuid.uuid4().hex[:12]}").replace("postgresql+psycopg://", "postgresql://")


def store_url(history_db, tmp_path) -> str:
    return history.as_url(history_db) if history_db else history.default_url(tmp_path / "out")


@pytest.fixture
def site():
    with LocalServer() as s:
        s.route("/cuts.html", Reply(article_html("NATO cuts Russian mission", CUTS, "2021-10-18")))
        s.route("/cuts-wrong.html", Reply(article_html("NATO cuts mission again", CUTS_WRONG, "2021-10-18")))
        s.route("/expels.html", Reply(article_html("NATO expels Russian diplomats", EXPELS, "2021-10-19")))
        s.route("/quake-a.html", Reply(article_html("Quake hits eastern Turkey", QUAKE_A, "2021-10-12")))
        s.route("/quake-b.html", Reply(article_html("Turkey quake damages homes", QUAKE_B, "2021-10-12")))
        s.route("/hook", Reply("ok", content_type="text/plain"))
        yield s


def feed(site, *paths):
    items = [{"title": p.strip("/").replace(".html", ""), "link": site.url(p), "published": "2021-10-19"} for p in paths]
    return site.route("/feed.xml", Reply(rss("Desk", items), content_type=RSS_TYPE))


def opts(tmp_path, site, **kw):
    fetch = FetchOptions(read_timeout=5, retries=1, backoff=0.05, delay=0, allow_private_links=True)
    return replace(monitor.MonitorOptions(output=str(tmp_path / "out"), fail_on="warn", webhook=site.url("/hook"),
                                          fetch=fetch), **kw)


def findings_of(report, check_prefix):
    return [(d["id"], f) for d in report["documents"] for f in d["findings"] if f["check"].startswith(check_prefix)]


def test_two_runs_over_a_changed_feed(site, tmp_path, nlp, history_db):
    url = feed(site, "/cuts.html", "/cuts-wrong.html", "/expels.html")
    first = monitor.run([url], opts(tmp_path, site, history=history_db))
    r1 = first.run.report
    assert r1["summary"]["documents"] == 3 and first.reused == 0 and first.gate == "failed"

    # The cross-article disagreement: a warn on both articles, each naming the other, linked in "crossdoc".
    warns = [(doc, f) for doc, f in findings_of(r1, "crossdoc.count-agreement") if f["status"] == "warn"]
    assert {doc for doc, _ in warns} >= {"cuts", "expels"}
    cuts_vs_expels = next(f for doc, f in warns if doc == "cuts" and "[expels]" in f["message"])
    assert "says 8" in cuts_vs_expels["message"] and "says 10" in cuts_vs_expels["message"]
    text = next(d["text"] for d in r1["documents"] if d["id"] == "cuts")
    assert [text[s:e] for s, e in cuts_vs_expels["spans"]] == ["eight diplomats"]
    link = next(x for x in r1["crossdoc"] if {d["id"] for d in x["documents"]} == {"cuts", "expels"})
    assert link["status"] == "warn" and link["entity"] == "nato" and link["thing"] == "diplomat"

    hist1 = r1["history"]
    assert hist1["run"] == 1 and not hist1["known_failures"]
    assert any(n["check"] == "arithmetic.change-decomposition" and n["document"] == "cuts-wrong" for n in hist1["new_failures"])
    (hook,) = site.posts("/hook")
    payload = json.loads(hook.body)
    assert payload["schema"] == "factlint/webhook/v1" and payload["run"] == 1
    assert len(payload["new_failures"]) == len(hist1["new_failures"]) and hist1["webhook"]["ok"]

    # Run 2: one article changed, one is new, two are unchanged.
    site.route("/expels.html", Reply(article_html("NATO expels Russian diplomats", EXPELS_V2, "2021-10-19")))
    url = feed(site, "/cuts.html", "/cuts-wrong.html", "/expels.html", "/quake-a.html")
    second = monitor.run([url], opts(tmp_path, site, history=history_db))
    r2 = second.run.report
    hist2 = r2["history"]
    assert hist2["run"] == 2 and hist2["reused_documents"] == 2 and second.reused == 2
    assert [r["id"] for r in hist2["recent_runs"]] == [2, 1]
    known = {(k["document"], k["check"]) for k in hist2["known_failures"]}
    assert ("cuts-wrong", "arithmetic.change-decomposition") in known
    assert all(k["first_run"] == 1 for k in hist2["known_failures"])
    new_msgs = [n["message"] for n in hist2["new_failures"]]
    assert any("says 12" in m for m in new_msgs) and not any("says 10" in m for m in new_msgs)
    assert len(site.posts("/hook")) == 2

    # A document whose claims came back from the history reports exactly as a fresh extraction did.
    doc1 = next(d for d in r1["documents"] if d["id"] == "cuts-wrong")
    doc2 = next(d for d in r2["documents"] if d["id"] == "cuts-wrong")
    assert doc1["claims"] == doc2["claims"] and doc1["published"] == doc2["published"]
    assert [f for f in doc1["findings"] if not f["check"].startswith("crossdoc")] == \
           [f for f in doc2["findings"] if not f["check"].startswith("crossdoc")]

    engine = sa.create_engine(store_url(history_db, tmp_path))
    with engine.connect() as conn:
        count = lambda t: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()  # noqa: E731
        assert count(history.runs) == 2
        assert count(history.documents) == 7  # 3 + 4, every run's documents
        assert count(history.contents) == 5  # cuts, cuts-wrong, expels v1, expels v2, quake-a
        assert count(history.claims) > 10 and count(history.findings) >= 8
        assert count(history.sources) == 4 + 5
    engine.dispose()
    page = (tmp_path / "out" / "runs.html").read_text()
    assert "New failures" in page and "Known failures" in page and "says 12" in page


def test_same_event_with_different_dates_is_a_warning(site, tmp_path, nlp):
    url = feed(site, "/quake-a.html", "/quake-b.html")
    result = monitor.run([url], opts(tmp_path, site, history=None, webhook=None))
    dated = findings_of(result.run.report, "crossdoc.date-agreement")
    assert {doc for doc, _ in dated} == {"quake-a", "quake-b"}
    assert all(f["status"] == "warn" and "1 day apart" in f["message"] for _, f in dated)
    assert "history" not in result.run.report


def test_gate_levels(site, tmp_path, nlp):
    url = site.url("/cuts.html")
    passing = monitor.run([url, site.url("/expels.html")], opts(tmp_path, site, fail_on="fail", history=None, webhook=None))
    assert passing.gate == "passed"  # warnings only
    strict = monitor.run([url, site.url("/expels.html")], opts(tmp_path, site, fail_on="warn", history=None, webhook=None))
    assert strict.gate == "failed"
    off = monitor.run([site.url("/cuts-wrong.html")], opts(tmp_path, site, fail_on="never", history=None, webhook=None))
    assert off.gate == "off"


def test_a_failed_write_leaves_the_history_unchanged(tmp_path, history_db):
    from factlint.records import DocResult, Document

    store = history.HistoryStore(store_url(history_db, tmp_path))
    doc = DocResult(Document(id="a", text="x", source="a.txt"), ())
    store.record(results=[doc], keys=["k1"], extractor="e", reused=set(), inputs=["a.txt"], output=None, errors=0,
                 source_records=[], failing={"fail"}, gate="passed")
    with pytest.raises(AttributeError):
        store.record(results=[doc], keys=["k2"], extractor="e", reused=set(), inputs=["a.txt"], output=None, errors=0,
                     source_records=[object()], failing={"fail"}, gate="passed")
    assert [r["id"] for r in store.recent_runs()] == [1]
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(history.documents)).scalar() == 1
        assert conn.execute(sa.select(sa.func.count()).select_from(history.contents)).scalar() == 1
    store.close()


def test_history_url_forms(tmp_path):
    assert history.as_url(str(tmp_path / "h.sqlite")).startswith("sqlite:////")
    # postgresql:// is the psycopg 3 driver factlint installs, not SQLAlchemy's default psycopg2.
    assert history.as_url("postgresql://u:secret@db/factlint") == "postgresql+psycopg://u:secret@db/factlint"
    assert history.as_url("postgres://db/factlint") == "postgresql+psycopg://db/factlint"
    assert history.as_url("postgresql+psycopg2://db/f") == "postgresql+psycopg2://db/f"
    assert "secret" not in history.redact("postgresql://u:secret@db/factlint")


class _Paused(list):
    """Content keys that stop after the first one until ``resume`` is set: the run has inserted that
    content in its open transaction when another run starts recording the same content."""

    def __init__(self, keys, reached: threading.Event, resume: threading.Event):
        super().__init__(keys)
        self.reached, self.resume = reached, resume

    def __iter__(self):
        for i, key in enumerate(list.__iter__(self)):
            if i == 1:
                self.reached.set()
                self.resume.wait(60)
            yield key


def test_two_runs_recording_the_same_new_content_at_once(tmp_path, history_db):
    """Both runs are recorded; the content (and its claims) is stored once, by the first to commit."""
    from factlint.records import DocResult, Document

    url = store_url(history_db, tmp_path)
    a, b = history.HistoryStore(url), history.HistoryStore(url)
    docs = [DocResult(Document(id=i, text=i, source=f"{i}.txt"), ()) for i in ("shared", "own")]
    reached, resume = threading.Event(), threading.Event()
    done: dict = {}

    def first():
        done["a"] = a.record(results=docs, keys=_Paused(["k-shared", "k-a"], reached, resume), extractor="e",
                             reused=set(), inputs=["a"], output=None, errors=0, source_records=[], failing={"fail"},
                             gate="passed")

    t = threading.Thread(target=first)
    t.start()
    assert reached.wait(60)  # run A holds an uncommitted "k-shared"
    threading.Timer(1.0, resume.set).start()  # B blocks on it (PostgreSQL) or on the write lock (SQLite)
    done["b"] = b.record(results=docs, keys=["k-shared", "k-b"], extractor="e", reused=set(), inputs=["b"], output=None,
                         errors=0, source_records=[], failing={"fail"}, gate="passed")
    t.join(60)
    assert {done["a"].run_id, done["b"].run_id} == {1, 2}
    with a.engine.connect() as conn:
        keys = sorted(conn.execute(sa.select(history.contents.c.key)).scalars())
        assert keys == ["k-a", "k-b", "k-shared"]
        assert conn.execute(sa.select(sa.func.count()).select_from(history.documents)).scalar() == 4
    a.close()
    b.close()


@pytest.mark.slow
def test_two_monitoring_runs_writing_at_once(site, tmp_path, history_db):
    """Two `factlint monitor` processes over the same feed into one history, started together."""
    url = feed(site, "/cuts.html", "/cuts-wrong.html", "/expels.html")
    hist = history_db or str(tmp_path / "shared-history.sqlite")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    cmd = [sys.executable, "-m", "factlint", "monitor", url, "--history", hist, "--delay", "0", "--allow-private-links",
           "--format", "json"]
    started = time.monotonic()
    procs = [subprocess.Popen([*cmd, "-o", str(tmp_path / f"out{i}")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for i in (1, 2)]
    results = [p.communicate(timeout=900) for p in procs]
    print(f"two monitoring runs at once on {history_db.split(':')[0] or 'sqlite'}: {time.monotonic() - started:.1f} s")
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 1, err  # cuts-wrong fails the gate; no database error
        assert out.strip(), err  # the report is printed even while the other run holds the database
    reports = [json.loads(out) for out, _ in results]
    assert sorted(r["history"]["run"] for r in reports) == [1, 2]
    engine = sa.create_engine(history.as_url(hist))
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(history.runs)).scalar() == 2
        assert conn.execute(sa.select(sa.func.count()).select_from(history.contents)).scalar() == 3
        assert conn.execute(sa.select(sa.func.count()).select_from(history.documents)).scalar() == 6
    engine.dispose()


def test_monitor_cli_exit_codes_and_summary(site, tmp_path, capsys, nlp):
    from factlint.cli.main import main

    out = str(tmp_path / "out")
    code = main(["monitor", site.url("/cuts.html"), site.url("/gone.html"), "-o", out, "--delay", "0"])
    stdout, stderr = capsys.readouterr()
    assert code == 2 and "skipped: HTTP 404" in stderr and "history: run 1" in stdout
    # The exit code's verdict, not "gate passed": a source could not be read.
    assert "gate not passed: 1 source(s) not read (exit 2)" in stdout and "gate passed" not in stdout
    code = main(["monitor", site.url("/cuts.html"), "-o", out, "--delay", "0", "--format", "json"])
    report = json.loads(capsys.readouterr()[0])
    assert code == 0 and report["history"]["reused_documents"] == 1


def test_monitor_cli_error_lines_stay_one_line(site, tmp_path, capsys, nlp):
    """A source name with a line break cannot start a line of its own (e.g. a GitHub ::error:: command)."""
    from factlint.cli.main import main

    hostile = str(tmp_path / "no such\n::error::injected.html")
    code = main(["monitor", site.url("/cuts.html"), hostile, "-o", str(tmp_path / "out"), "--delay", "0"])
    stderr = capsys.readouterr()[1]
    assert code == 2 and "injected.html" in stderr
    assert all(line.startswith("factlint: ") for line in stderr.splitlines() if line.strip())


def test_docs_cover_monitoring():
    """Every cross-article rule, the two subcommands and both scheduling routes are documented
    (docs/monitoring.md)."""
    import checks
    from factlint.cli.main import build_parser
    from tests.conftest import ROOT

    readme = (ROOT / "docs" / "monitoring.md").read_text(encoding="utf-8")
    for rule in checks.family("crossdoc").rules:
        assert f"`{rule}`" in readme, rule
    for needle in ("factlint serve", "factlint monitor", "prefect server start", "prefect work-pool create factlint --type process",
                   "prefect worker start --pool factlint", "prefect deploy --all", "--allow-private-links"):
        assert needle in readme, needle
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in ("monitor", "serve"):
        assert sub.choices[name].description and all(a.help for a in sub.choices[name]._actions)
    deployment = (ROOT / "prefect.yaml").read_text(encoding="utf-8")
    assert "entrypoint: flows/monitor.py:monitor" in deployment and "cron:" in deployment


def test_webhook_failure_is_reported_not_raised(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    rec = history.Recorded(run_id=3, new=[{"document": "a", "check": "x", "status": "fail", "message": "m"}], known=[])
    o = monitor.MonitorOptions(output=str(tmp_path), webhook=f"http://127.0.0.1:{port}/hook",
                               fetch=FetchOptions(connect_timeout=1, read_timeout=1))
    outcome = monitor.notify(rec, o, {"documents": 1})
    assert outcome["ok"] is False and outcome["sent"] == 0 and outcome["error"]
    assert monitor.notify(history.Recorded(4, [], []), o, {}) is None  # nothing new: no POST


def _one_failure(message: str, count: int = 11):
    from factlint.records import Claim, DocResult, Document, Finding, Kind, Status

    text = f"The mission fell from 20 to {count} people."
    doc = Document(id="cuts", text=text, source="cuts.html", url="https://news.example/cuts.html")
    claim = Claim(id="q2", kind=Kind.QUANTITY, text=f"{count} people", start=text.index(f"{count} people"),
                  end=text.index(f"{count} people") + len(f"{count} people"), value=count, unit="person")
    finding = Finding(id="f1", check="arithmetic.change-decomposition", status=Status.FAIL, message=message,
                      claims=("q2",), spans=((claim.start, claim.end),))
    return DocResult(doc, (claim,), (finding,))


def _record(store, result, key):
    return store.record(results=[result], keys=[key], extractor="e", reused=set(), inputs=["feed"], output=None,
                        errors=0, source_records=[], failing={"fail"}, gate="failed")


def test_a_reworded_message_keeps_a_known_failure_known(tmp_path, history_db):
    """Known failures are keyed on the check and the claims' content, not on the message text: a
    message reworded (e.g. paragraphs numbered differently) is not a new failure, a changed figure is."""
    store = history.HistoryStore(store_url(history_db, tmp_path))
    first = _record(store, _one_failure("20 - 8 - 2 = 10, but the text says 11 (paragraph 3)"), "k1")
    assert [n["check"] for n in first.new] == ["arithmetic.change-decomposition"]
    again = _record(store, _one_failure("20 - 8 - 2 = 10, but the text says 11 (paragraph 2)"), "k1")
    assert again.new == [] and [k["first_run"] for k in again.known] == [1]
    changed = _record(store, _one_failure("20 - 8 - 2 = 10, but the text says 12 (paragraph 2)", count=12), "k2")
    assert len(changed.new) == 1 and changed.known == []
    store.close()


def test_a_history_from_before_known_keys_is_migrated(tmp_path, history_db):
    """A history written by an earlier factlint (no findings.known_key column) gets the column filled
    from what it recorded, so its failures stay known when the message is reworded."""
    url = store_url(history_db, tmp_path)
    store = history.HistoryStore(url)
    _record(store, _one_failure("20 - 8 - 2 = 10, but the text says 11 (paragraph 3)"), "k1")
    with store.engine.begin() as conn:  # back to the earlier schema
        conn.execute(sa.text("DROP INDEX ix_findings_known_key"))
        conn.execute(sa.text("ALTER TABLE findings DROP COLUMN known_key"))
    store.close()

    store = history.HistoryStore(url)  # opening it migrates
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(history.findings.c.known_key)).scalars().all() != [None]
    again = _record(store, _one_failure("20 - 8 - 2 = 10, but the text says 11 (paragraph 2)"), "k1")
    assert again.new == [] and [k["first_run"] for k in again.known] == [1]
    store.close()


def test_flow_parameters_are_documented():
    """docs/monitoring.md lists every parameter of every flow, and only those (names in order)."""
    import inspect
    import re

    from flows.dask import verify_dask
    from flows.monitor import monitor as monitor_flow
    from flows.verify import verify
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "monitoring.md").read_text(encoding="utf-8")
    section = text[text.index("### Flow parameters"):]
    tables = {}
    for name in ("factlint-monitor", "factlint-verify", "factlint-verify-dask"):
        start = section.index(f"`{name}` (")
        body = section[start:]
        table = body[body.index("| parameter |"):]
        rows = table[:table.index("\n\n")].splitlines()[2:]
        tables[name] = [re.match(r"\| `([a-z_]+)` \|", r).group(1) for r in rows]
    for flow in (monitor_flow, verify, verify_dask):
        assert tables[flow.name] == list(inspect.signature(flow.fn).parameters), flow.name


def test_first_runs_at_once_on_a_new_sqlite_history_all_open_it(tmp_path):
    """Two first runs on one new SQLite file both find no table; one then meets the other's
    'table already exists' (SQLite has no advisory lock). Every store must open all the same."""
    errors = []
    for trial in range(5):
        path = str(tmp_path / f"h{trial}.sqlite")

        def open_store():
            try:
                history.HistoryStore(path).close()
            except Exception as exc:  # noqa: BLE001 - the test reports whatever escaped
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_store) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
