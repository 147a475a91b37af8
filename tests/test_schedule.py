"""Schedules for real: a `prefect server start` on loopback (a temporary server never fires
schedules; the session's server from conftest), `factlint serve --interval` against it, completed
runs with artifacts read back through the Prefect client, and the gate reflected in a flow run's
state. Everything started is stopped by process id, the serve process here, the server at the end
of the session."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

import pytest

from tests.conftest import BIN, ROOT, in_thread, stop
from tests.httpserver import RSS_TYPE, LocalServer, Reply, article_html, rss
from tests.test_history import CUTS, CUTS_WRONG, EXPELS

RUNS_TIMEOUT = 300  # two runs take ~60 s on an idle 2-core machine, much longer when it is shared
# Articles without a date, number or name: nothing for Great Expectations to decide, so a served run
# costs process start-up, fetching and parsing only. The gate test below covers findings.
QUIET = ["The committee discussed the proposal at length and agreed that the work should continue after the break.",
         "Members said the discussion had been useful and asked the staff to prepare a summary for the next meeting."]


def client(api: str):
    from prefect.client.orchestration import PrefectClient

    return PrefectClient(api)


async def _runs(api: str, deployment: str | None = None):
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName

    async with client(api) as c:
        dep = DeploymentFilter(name=DeploymentFilterName(any_=[deployment])) if deployment else None
        return await c.read_flow_runs(deployment_filter=dep)


async def _artifacts(api: str, flow_run_id):
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async with client(api) as c:
        return await c.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))


@pytest.fixture
def site():
    with LocalServer() as s:
        s.route("/cuts.html", Reply(article_html("NATO cuts Russian mission", CUTS, "2021-10-18")))
        s.route("/cuts-wrong.html", Reply(article_html("NATO cuts mission again", CUTS_WRONG, "2021-10-18")))
        s.route("/expels.html", Reply(article_html("NATO expels Russian diplomats", EXPELS, "2021-10-19")))
        s.route("/quiet-1.html", Reply(article_html("The committee meets", QUIET)))
        s.route("/quiet-2.html", Reply(article_html("The committee meets again", QUIET[::-1])))
        s.route("/feed.xml", Reply(rss("Desk", [{"title": "Meeting", "link": s.url("/quiet-1.html")},
                                                {"title": "Meeting again", "link": s.url("/quiet-2.html")}]), content_type=RSS_TYPE))
        yield s


@pytest.mark.slow
def test_served_flow_runs_on_an_interval_with_artifacts(prefect_server, site, tmp_path):
    from factlint.monitor import history

    api, env, home = prefect_server
    out = tmp_path / "out"
    extractor = history.extractor_key()
    log = open(home / "serve.log", "w")
    serve = subprocess.Popen([sys.executable, "-m", "factlint", "serve", site.url("/feed.xml"), "-o", str(out),
                              "--interval", "5", "--allow-private-links", "--delay", "0", "--name", "test-monitor"],
                             cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        started = time.monotonic()
        completed = []
        while len(completed) < 2:
            assert serve.poll() is None, "factlint serve exited:\n" + (home / "serve.log").read_text()[-3000:]
            assert time.monotonic() - started < RUNS_TIMEOUT, (
                f"fewer than 2 completed runs after {RUNS_TIMEOUT} s: "
                f"{[(r.name, r.state_type) for r in in_thread(asyncio.run, _runs(api, 'test-monitor'))]}\n"
                + (home / "serve.log").read_text()[-3000:])
            time.sleep(2)
            runs = in_thread(asyncio.run, _runs(api, "test-monitor"))
            assert not [r for r in runs if r.state_type.value in ("FAILED", "CRASHED")], \
                (home / "serve.log").read_text()[-3000:]
            completed = [r for r in runs if r.state_type.value == "COMPLETED"]
        print(f"2 completed scheduled runs after {time.monotonic() - started:.1f} s")

        artifacts = {a.key: a for a in in_thread(asyncio.run, _artifacts(api, completed[0].id))}
        assert {"factlint-monitor-summary", "factlint-failures", "factlint-report"} <= set(artifacts)
        assert "Gate: **passed**" in artifacts["factlint-monitor-summary"].data
        assert "| 2 |" in artifacts["factlint-monitor-summary"].data  # two documents
        assert artifacts["factlint-report"].data.startswith("[factlint HTML report](file://")

        report = json.loads((out / "report.json").read_text())
        assert report["history"]["run"] >= 2
        if history.extractor_key() == extractor:  # (unless the extraction code was edited meanwhile)
            assert report["history"]["reused_documents"] == 2  # incremental: the second run re-extracts nothing
        assert report["links"]["flow_run"] is None or "/runs/flow-run/" in report["links"]["flow_run"]
    finally:
        t = time.monotonic()
        stop(serve)  # the serve process before the server (the server fixture stops after this test)
        log.close()
        print(f"factlint serve stopped in {time.monotonic() - t:.1f} s")


@pytest.mark.slow
def test_flow_state_reflects_the_gate(prefect_server, run_flow, site, tmp_path):
    """In this process (spaCy and GX are loaded already), against the same real server."""
    from flows.monitor import monitor

    api, _, _ = prefect_server

    def run_both():
        failed = monitor([site.url("/cuts-wrong.html")], output=str(tmp_path / "a"), history=None, fail_on="fail",
                         allow_private_links=True, delay=0, return_state=True)
        lenient = monitor([site.url("/cuts-wrong.html")], output=str(tmp_path / "b"), history=None, fail_on="never",
                          allow_private_links=True, delay=0, return_state=True)
        return failed, lenient

    failed, lenient = run_flow(run_both)
    assert failed.is_failed() and failed.message.startswith("factlint gate (fail_on=fail)")
    assert lenient.is_completed()
    assert (tmp_path / "a" / "report.json").exists()  # the report is written before the gate fails the run
    runs = {r.id: r.state_type.value for r in in_thread(asyncio.run, _runs(api))}
    assert runs[failed.state_details.flow_run_id] == "FAILED" and runs[lenient.state_details.flow_run_id] == "COMPLETED"
    artifacts = {a.key: a for a in in_thread(asyncio.run, _artifacts(api, failed.state_details.flow_run_id))}
    assert {"factlint-monitor-summary", "factlint-failures", "factlint-report"} <= set(artifacts)
    table = artifacts["factlint-failures"].data
    rows = json.loads(table) if isinstance(table, str) else table
    assert any(r["check"] == "arithmetic.change-decomposition" and r["status"] == "fail" for r in rows)
    assert "Gate: **failed**" in artifacts["factlint-monitor-summary"].data


@pytest.mark.slow
def test_prefect_yaml_deploys_to_a_process_pool(prefect_server):
    """The deployment route as the README gives it: a process work pool, then `prefect deploy --all`
    from the repository folder. (Running it needs a worker; the served test covers execution.)"""
    api, env, _ = prefect_server
    for cmd in (["work-pool", "create", "factlint", "--type", "process"], ["--no-prompt", "deploy", "--all"]):
        proc = subprocess.run([str(BIN / "prefect"), *cmd], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]

    async def read():
        async with client(api) as c:
            return await c.read_deployment_by_name("factlint-monitor/hourly")

    dep = in_thread(asyncio.run, read())
    assert dep.entrypoint == "flows/monitor.py:monitor" and dep.work_pool_name == "factlint"
    assert [s.schedule.cron for s in dep.schedules] == ["0 * * * *"]
    assert dep.parameters["sources"] == ["@monitor.sources"]
    assert dep.pull_steps == [{"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}]
