"""Flow runs end in the gate's state (issue 17), on the session's real Prefect server on loopback:
a failed gate run by a worker's engine process logs no traceback; ``check --prefect`` and
``factlint monitor`` (with PREFECT_API_URL set) make flow runs whose state says what the gate said."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SEED, in_thread, write
from tests.test_history import CUTS_WRONG

PUBLISHED = "2021-10-18"


@pytest.fixture
def wrong(tmp_path):
    """An article whose arithmetic fails (20 - 8 - 2 = 10, not 11)."""
    return write(tmp_path / "in" / "cuts-wrong.txt", "NATO cuts mission again\n\n" + "\n\n".join(CUTS_WRONG) + "\n")


async def _read(api: str, flow_run_id):
    from prefect.client.orchestration import PrefectClient
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, LogFilter, LogFilterFlowRunId

    async with PrefectClient(api) as c:
        run = await c.read_flow_run(flow_run_id)
        logs = await c.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
        artifacts = await c.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
        return run, logs, {a.key: a for a in artifacts}


def read_run(api: str, flow_run_id):
    """(flow run, its logs, its artifacts by key) as the server has them."""
    return in_thread(asyncio.run, _read(api, flow_run_id))


def run_id_of(report_path) -> str:
    link = json.loads(report_path.read_text())["links"]["flow_run"]
    assert link and "/flow-run/" in link, link  # the UI page: /runs/flow-run/ID (monitor) or /flow-runs/flow-run/ID
    return link.rsplit("/", 1)[1]


@pytest.mark.slow
@pytest.mark.parametrize("entrypoint", ["flows/monitor.py:monitor", "flows/verify.py:verify"])
def test_failed_gate_in_a_worker_process_logs_no_traceback(prefect_server, wrong, tmp_path, entrypoint):
    """The flow run as a process worker (and ``serve``) runs it: ``python -m prefect.engine`` in
    a process of its own. The run is Failed with the gate's message; no log line is a traceback."""
    from prefect.client.orchestration import PrefectClient

    api, env, _ = prefect_server
    module, name = entrypoint.split(":")
    flow = getattr(__import__(module[:-3].replace("/", "."), fromlist=[name]), name)
    params = ({"sources": [str(wrong)], "output": str(tmp_path / "out"), "history": None, "published": PUBLISHED}
              if name == "monitor" else {"paths": [str(wrong)], "output": str(tmp_path / "out"), "published": PUBLISHED})

    async def create():
        async with PrefectClient(api) as c:
            return (await c.create_flow_run(flow, parameters=params)).id

    flow_run_id = in_thread(asyncio.run, create())
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "prefect.engine", str(flow_run_id)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env={**env, "PREFECT__FLOW_ENTRYPOINT": entrypoint})
    print(f"{entrypoint}: engine process {time.monotonic() - started:.1f} s, exit {proc.returncode}")
    output = proc.stdout + proc.stderr
    assert "Finished in state Failed(" in output, output[-3000:]
    assert "Traceback" not in output and "unexpected exception" not in output, output[-3000:]
    run, logs, _ = read_run(api, flow_run_id)
    assert run.state.is_failed(), (run.state, output[-3000:])
    gate = "factlint gate (fail_on=fail): 1 document(s), 1 fail" if name == "monitor" else "factlint: 1 document(s)"
    assert run.state.message.startswith(gate) and "\n" not in run.state.message, run.state.message
    assert logs and not [log.message for log in logs if "Traceback" in log.message or log.level >= 40 and "exception" in log.message]


@pytest.mark.slow
def test_check_prefect_run_ends_in_the_gates_state(prefect_server, run_flow, wrong, tmp_path, monkeypatch, capsys):
    """``check --prefect``: the gate is decided inside the flow run, so the run is Failed with the
    one-line verdict when the gate fails (exit 1) and Completed when it passes; the CLI still gets its run."""
    from factlint.cli.main import main
    from factlint.gate.formats.text import verdict_line

    api = prefect_server[0]
    monkeypatch.setenv("PREFECT_API_URL", api)
    code = run_flow(main, ["check", str(wrong), "-o", str(tmp_path / "a"), "--published", PUBLISHED, "--prefect",
                           "--report-url", "https://reports.example.test/ci/"])
    out = capsys.readouterr().out
    assert code == 1 and "arithmetic.change-decomposition fail" in out, out
    report = tmp_path / "a" / "report.json"
    run, _, artifacts = read_run(api, run_id_of(report))
    assert run.state.is_failed()
    published = artifacts["factlint-report"].data
    assert published.startswith("[factlint HTML report](https://reports.example.test/ci/index.html)")
    assert "cuts-wrong.txt | arithmetic.change-decomposition (fail) | " in published
    assert run.state.message == verdict_line(json.loads(report.read_text()))
    assert "1 finding(s) at or above --fail-level fail" in run.state.message

    code = run_flow(main, ["check", str(SEED), "-o", str(tmp_path / "b"), "--prefect"])
    assert code == 0, capsys.readouterr()
    run, _, _ = read_run(api, run_id_of(tmp_path / "b" / "report.json"))
    assert run.state.is_completed() and run.state.message.startswith("factlint: 1 document(s)")


@pytest.mark.slow
def test_monitor_makes_a_flow_run_when_a_server_is_set(prefect_server, run_flow, wrong, tmp_path, monkeypatch, capsys):
    """``factlint monitor`` with PREFECT_API_URL set runs the monitoring flow on that server (as
    ``check`` does): its state, artifacts and the report's link to it; same exit code and output."""
    from factlint.cli.main import main

    api = prefect_server[0]
    monkeypatch.setenv("PREFECT_API_URL", api)
    code = run_flow(main, ["monitor", str(wrong), "-o", str(tmp_path / "m"), "--no-history", "--published", PUBLISHED,
                           "--report-url", "https://reports.example.test/monitor"])
    out = capsys.readouterr().out
    assert code == 1 and "arithmetic.change-decomposition fail" in out and "gate failed (exit 1)" in out, out
    run, _, artifacts = read_run(api, run_id_of(tmp_path / "m" / "report.json"))
    assert run.state.is_failed() and run.state.message.startswith("factlint gate (fail_on=fail)")
    assert {"factlint-monitor-summary", "factlint-failures", "factlint-report"} <= set(artifacts)
    published = artifacts["factlint-report"].data
    assert published.startswith("[factlint HTML report](https://reports.example.test/monitor/index.html)")
    assert "arithmetic.change-decomposition (fail)" in published and "| document | rule | message |" in published
