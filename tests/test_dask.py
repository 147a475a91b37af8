"""Chunked and distributed runs give the same findings as the in-process pipeline.

``factlint.pipeline.stream.run_stream`` (chunks, a process pool) must write the same report.json as
``pipeline.run``; ``flows.dask`` on a LocalCluster of 2 worker processes on loopback must find
the same claims and findings.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import ROOT, shared_data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Eight MEANTIME articles plus the seed (which has findings)."""
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    corpus = shared_data("meantime-wikinews-dev.jsonl")
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()][:8]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path), str(ROOT / "seeds")]


@pytest.fixture(scope="module")
def in_process(corpus, tmp_path_factory, nlp):
    from factlint.pipeline import core as pipeline

    out = tmp_path_factory.mktemp("run")
    return pipeline.run(corpus, out), out


def _comparable(path):
    report = json.loads(path.read_text(encoding="utf-8"))
    report.pop("run")  # timestamp and duration
    report["links"]["data_docs"] = None  # the streamed run writes no GX Data Docs
    return report


def test_stream_writes_the_same_report(corpus, in_process, tmp_path):
    from factlint.pipeline import stream

    run, out = in_process
    result = stream.run_stream(corpus, tmp_path, chunk=3)
    assert result.documents == len(run.results)
    assert _comparable(tmp_path / "report.json") == _comparable(out / "report.json")
    pages = sorted(p.name for p in (out / "documents").iterdir())
    assert pages == sorted(p.name for p in (tmp_path / "documents").iterdir())
    assert (tmp_path / "index.html").read_text(encoding="utf-8").count("<tr data-status=") == len(pages)


@pytest.mark.slow  # a pool of two worker processes, each loading spaCy and GX
def test_stream_with_two_worker_processes_is_identical(corpus, in_process, tmp_path):
    from factlint.pipeline import stream

    one = stream.run_stream(corpus, tmp_path / "one", chunk=2, keep_findings=True)
    with stream.process_pool(2) as pool:
        two = stream.run_stream(corpus, tmp_path / "two", chunk=2, mapper=pool.map, keep_findings=True)
    assert one.findings and one.findings == two.findings
    assert _comparable(tmp_path / "one" / "report.json") == _comparable(tmp_path / "two" / "report.json")


def test_stream_writes_the_report_folder_under_its_lock(tmp_path, monkeypatch):
    """As write_reports: pages, report.json and index.html are written while the folder lock is held
    (the seed alone: the lock does not depend on how many documents there are)."""
    from contextlib import contextmanager

    import factlint.report as report
    from factlint.pipeline import stream

    held, writes = [], []
    real_write = report.atomic_write

    @contextmanager
    def recording_lock(folder):
        held.append(folder)
        yield
        held.remove(folder)

    def recording_write(path, text):
        writes.append((path.name, bool(held)))
        return real_write(path, text)

    monkeypatch.setattr(report, "locked", recording_lock)
    monkeypatch.setattr(report, "atomic_write", recording_write)
    stream.run_stream([str(ROOT / "seeds")], tmp_path / "out", chunk=4)
    assert writes and all(inside for _, inside in writes) and not held
    assert ("tass-nato-russia-missions.html", True) in writes
    assert (tmp_path / "out" / "report.json").exists() and ("index.html", True) in writes


@pytest.mark.slow  # --workers 2 starts two worker processes
def test_check_with_two_worker_processes_writes_the_same_report(corpus, tmp_path, capsys, nlp):
    from factlint.cli.main import main

    codes = [main(["check", *corpus, "--workers", str(n), "-o", str(tmp_path / str(n))]) for n in (1, 2)]
    capsys.readouterr()
    one, two = _comparable(tmp_path / "1" / "report.json"), _comparable(tmp_path / "2" / "report.json")
    assert codes[0] == codes[1] and one["summary"]["documents"] == 9 and one["summary"]["findings"]["pass"] > 0
    assert two == one


def test_workers_and_a_dask_cluster_do_not_mix(corpus, capsys):
    from factlint.cli.main import main

    assert main(["check", *corpus, "--workers", "2", "--dask-address", "tcp://127.0.0.1:9", "--no-report"]) == 2
    assert "drop --workers" in capsys.readouterr()[1]


def test_stream_with_no_documents(tmp_path):
    from factlint.pipeline import stream
    from factlint.report.json_report import dumps

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = stream.run_stream([str(empty)], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert result.documents == 0 and report["documents"] == []
    assert json.loads(dumps(report)) == report


@pytest.mark.slow
def test_dask_local_cluster_finds_the_same(corpus, in_process, run_flow, tmp_path):
    from distributed import LocalCluster

    from flows.dask import run_on_dask

    run, _ = in_process
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # inherited by the worker processes
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        dask_run = run_flow(run_on_dask, corpus, address=cluster.scheduler_address, output=str(tmp_path), chunk=3)
    assert [r.document.id for r in dask_run.results] == [r.document.id for r in run.results]
    assert [r.claims for r in dask_run.results] == [r.claims for r in run.results]
    assert [r.findings for r in dask_run.results] == [r.findings for r in run.results]
    assert any(f.status.value == "pass" for r in dask_run.results for f in r.findings)
    assert (tmp_path / "report.json").exists()
