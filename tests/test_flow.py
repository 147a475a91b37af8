"""End to end through Prefect: the flow on seeds/ against the session's Prefect server on loopback."""

import asyncio
import json

import pytest

from tests.conftest import ROOT, in_thread


@pytest.mark.slow
def test_verify_flow_on_seeds(prefect_server, run_flow, tmp_path):
    from prefect.client.orchestration import PrefectClient
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.verify import verify

    def verify_seeds():
        state = verify(paths=[str(ROOT / "seeds")], output=str(tmp_path), return_state=True)
        return state, state.result() if state.is_completed() else None

    state, run = run_flow(verify_seeds)
    assert state.is_completed(), state.message
    summary = run.report["summary"]
    assert summary["documents"] == 1 and summary["findings"]["pass"] >= 1 and summary["findings"]["fail"] == 0
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["documents"][0]["published"] == "2021-10-18"

    async def artifacts():
        async with PrefectClient(prefect_server[0]) as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))

    summaries = [a for a in in_thread(asyncio.run, artifacts()) if a.key == "factlint-summary"]
    assert summaries and str(tmp_path / "index.html") in summaries[0].data
