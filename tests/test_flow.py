"""End to end through Prefect: the flow on seeds/ in a test harness (a temporary local server)."""

import json

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.mark.slow
def test_verify_flow_on_seeds(prefect_harness, tmp_path):
    from prefect import get_client

    from flows.verify import verify

    state = verify(paths=[str(ROOT / "seeds")], output=str(tmp_path), return_state=True)
    assert state.is_completed()
    run = state.result()
    summary = run.report["summary"]
    assert summary["documents"] == 1 and summary["findings"]["pass"] >= 1 and summary["findings"]["fail"] == 0
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["documents"][0]["published"] == "2021-10-18"

    import asyncio

    async def artifact():
        async with get_client() as client:
            return await client.read_latest_artifacts()

    artifacts = [a for a in asyncio.run(artifact()) if a.key == "factlint-summary"]
    assert artifacts and str(tmp_path / "index.html") in artifacts[0].data
