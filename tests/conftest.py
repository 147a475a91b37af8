"""Shared fixtures and helpers: what a test session starts is started once (the spaCy model, one
pipeline run over the seed, one Prefect server on loopback); documents are built small."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tass-nato-russia-missions.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"
BIN = Path(sys.executable).parent
HEALTH_TIMEOUT = 180  # a fresh server is healthy after ~10-13 s; 56 s measured on a shared, loaded machine


def shared_data(name: str) -> Path:
    """``../shared/data/<name>`` beside the repository; the calling test is skipped, saying so, when it is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads ../shared/data/{name} beside the repository")
    return path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """``factlint ARGS`` in this process: (exit code, stdout, stderr)."""
    from factlint.cli.main import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def nlp():
    from factlint.extract import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extract_text(nlp):
    """extract_text(text, published=None) -> (Document, claims), through the real pipeline."""
    from factlint.extract.claims import extract_all
    from factlint.records import Document

    def run(text: str, published: str | None = None, doc_id: str = "t"):
        doc = Document(id=doc_id, text=text, source=f"{doc_id}.txt", published=published,
                       published_source="cli" if published else None)
        return next(extract_all([doc]))

    return run


@pytest.fixture(scope="session")
def seed_claims(extract_text, seed_text):
    return extract_text(seed_text)


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory, nlp):
    """The seed verified once per session, as the goldens are made (``tests.golden.generate``):
    (the RunResult, the temporary folder its reports were written to). Tests only read it."""
    from tests import golden

    out = tmp_path_factory.mktemp("seed-report")
    return golden.generate(out), out


@pytest.fixture(scope="session")
def seed_out(seed_run) -> Path:
    """The folder of the session's seed run: report.json, index.html, documents/, gx/."""
    return seed_run[1]


@pytest.fixture(scope="session")
def seed_report(seed_run) -> dict:
    """The session's seed report (factlint/report/v1) as the run built it; copy before changing it."""
    return seed_run[0].report


def family_relations(family, extract_text, text: str, check: str | None = None, published: str | None = "2023-09-18"):
    """(Document, relations) that one check family's ``derive`` finds in ``text`` (of rule ``check`` only, when given)."""
    doc, claims = extract_text(text, published)
    return doc, [r for r in family.derive(doc, claims) if check is None or r.check == check]


def one_relation(family, extract_text, text: str, published: str | None = "2023-09-18"):
    """(Document, the one relation) of ``family_relations``; fails, showing the workings, unless there is exactly one."""
    doc, rels = family_relations(family, extract_text, text, published=published)
    assert len(rels) == 1, [r.working for r in rels]
    return doc, rels[0]


def find(claims, kind, text):
    """The claims of a kind whose text is exactly ``text``."""
    return [c for c in claims if c.kind.value == kind and c.text == text]


# --- one Prefect server per session --------------------------------------------------------------

def in_thread(fn, *args, **kwargs):
    """Call ``fn`` in a fresh thread: a session-scoped sync Playwright (the HTML tests) leaves an
    event loop running in the main thread, where asyncio.run and Prefect's sync calls refuse."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen, grace: float = 20) -> None:
    """SIGTERM, then SIGKILL, to the process and the process group it leads (it was started
    with start_new_session, so the group is exactly what it spawned)."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """One real ``prefect server start`` on loopback for the whole session, shared by every test
    that runs a flow (a temporary test-harness server would not fire schedules, which the served
    tests need). Yields (api url, environment for child processes, its PREFECT_HOME); stopped by
    process id at the end of the session."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_SERVER_UI_ENABLED="false",
               PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5")
    log = open(home / "server.log", "w")
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port),
                               "--analytics-off", "--no-ui"], env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        started = time.monotonic()
        while not healthy(api):
            if server.poll() is not None or time.monotonic() - started > HEALTH_TIMEOUT:
                raise AssertionError(f"prefect server not healthy after {time.monotonic() - started:.0f} s:\n"
                                     + (home / "server.log").read_text()[-3000:])
            time.sleep(0.5)
        print(f"prefect server healthy after {time.monotonic() - started:.1f} s")
        client_env = {**env, "PREFECT_API_URL": api, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
        yield api, client_env, home
    finally:
        t = time.monotonic()
        stop(server)
        log.close()
        print(f"prefect server stopped in {time.monotonic() - t:.1f} s")


@pytest.fixture(scope="session")
def run_flow(prefect_server):
    """run_flow(fn, *args, **kwargs): call a flow (or anything that runs one) in this process against
    the session's server, in a fresh thread (see ``in_thread``); its logs are sent before returning."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api = prefect_server[0]

    def call(fn, *args, **kwargs):
        from prefect.logging.handlers import APILogWorker

        with temporary_settings({PREFECT_API_URL: api}):
            try:
                return fn(*args, **kwargs)
            finally:
                APILogWorker.drain_all(timeout=5)  # while the server is up, not at interpreter exit

    return lambda fn, *args, **kwargs: in_thread(call, fn, *args, **kwargs)
