"""Faults lose nothing: a run killed at any moment leaves report.json as the previous complete
version or the new complete one, a failed write leaves the old file and no debris, and two runs
sharing an output folder write it one after the other."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from factlint import report as report_mod
from factlint.report import atomic_write, locked, write_reports
from tests.conftest import ROOT

ARTICLE = "The mission fell from {a} to {b} people after {c} diplomats left."


def _corpus(path: Path, n: int, tag: str) -> Path:
    path.write_text("\n".join(json.dumps({"id": f"{tag}{i}", "text": ARTICLE.format(a=20 + i, b=10, c=10 + i)})
                              for i in range(n)) + "\n", encoding="utf-8")
    return path


def _empty_run(inputs):
    return SimpleNamespace(results=[], errors=[], inputs=list(inputs), seconds=0.0, extensions={})


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    atomic_write(target, '{"old": true}\n')

    real_fdopen = os.fdopen

    def fdopen(fd, *a, **k):
        fh = real_fdopen(fd, *a, **k)
        write = fh.write

        def half(text):
            write(text[: len(text) // 2])
            raise OSError(28, "No space left on device")
        fh.write = half
        return fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(OSError):
        atomic_write(target, '{"new": true, "padding": "' + "x" * 10_000 + '"}\n')
    monkeypatch.undo()
    assert json.loads(target.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_an_interrupted_report_write_keeps_the_previous_report(tmp_path, monkeypatch):
    """Ctrl-C (or any error) while the pages are written: report.json is still the previous one."""
    write_reports(_empty_run(["first"]), tmp_path)
    before = (tmp_path / "report.json").read_text()
    monkeypatch.setattr(report_mod, "render_index", lambda report: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_reports(_empty_run(["second"]), tmp_path)
    after = json.loads((tmp_path / "report.json").read_text())
    assert after["inputs"] == ["second"] or (tmp_path / "report.json").read_text() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json.") or p.name.startswith(".index.html.")]


def test_the_write_phase_waits_for_another_run_holding_the_folder(tmp_path):
    """flock locks belong to open files, so a second open in this process stands in for another run."""
    done = threading.Event()
    with locked(tmp_path):
        t = threading.Thread(target=lambda: (write_reports(_empty_run(["b"]), tmp_path), done.set()))
        t.start()
        time.sleep(0.5)
        assert not done.is_set() and not (tmp_path / "report.json").exists()
    t.join(10)
    assert done.is_set() and json.loads((tmp_path / "report.json").read_text())["inputs"] == ["b"]


def _check(paths: list[str], out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen([sys.executable, "-m", "factlint", "check", *paths, "-o", str(out), "--format", "json"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _complete(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n"), f"truncated report.json ({len(text)} characters)"
    data = json.loads(text)
    assert data["schema"] == "factlint/report/v1" and data["summary"]["documents"] == len(data["documents"])
    return data


def _written_since(folder: Path, t: float) -> bool:
    for p in folder.iterdir():
        try:
            if p.stat().st_mtime >= t:
                return True
        except FileNotFoundError:  # a temporary file renamed away meanwhile
            continue
    return False


@pytest.mark.slow
def test_sigkill_during_real_runs_never_leaves_a_truncated_report(tmp_path):
    """Kill `factlint check` with SIGKILL at random moments of its write phase (watched from outside:
    the first document page appearing), a few times; report.json must always be a complete report,
    the previous one or the new one."""
    rng = random.Random(9)
    out = tmp_path / "out"
    corpora = [_corpus(tmp_path / f"c{k}.jsonl", 150 + 50 * k, f"k{k}-") for k in range(3)]
    first = _check([str(corpora[0])], out)
    assert first.wait(300) == 0, first.stderr.read().decode()
    previous = _complete(out / "report.json")
    survived = 0
    for k in (1, 2, 1):
        started = time.time()
        proc = _check([str(corpora[k])], out)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None and not _written_since(out / "documents", started):
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.4))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            survived += 1
        proc.wait(60)
        now = _complete(out / "report.json")
        assert now["inputs"] in (previous["inputs"], [str(corpora[k])])
        previous = now
    assert survived >= 1, "every run ended before it could be killed; widen the window"


@pytest.mark.slow
def test_two_runs_into_one_folder_do_not_mix(tmp_path):
    out = tmp_path / "out"
    a, b = _corpus(tmp_path / "a.jsonl", 120, "a-"), _corpus(tmp_path / "b.jsonl", 90, "b-")
    procs = [_check([str(a)], out), _check([str(b)], out)]
    for p in procs:
        assert p.wait(300) == 0, p.stderr.read().decode()
    data = _complete(out / "report.json")
    winner = data["inputs"][0]
    tag = "a-" if winner == str(a) else "b-"
    index = (out / "index.html").read_text(encoding="utf-8")
    # index.html belongs to the same run as report.json: it lists that run's documents only
    assert all(d["id"].startswith(tag) for d in data["documents"])
    assert f"{tag}0" in index and ("b-0" if tag == "a-" else "a-0") not in index
    assert not [p for p in out.rglob(".*") if p.name != ".factlint.lock" and not p.is_dir()]


def test_atomic_write_gives_the_usual_file_mode(tmp_path):
    target = tmp_path / "report.json"
    atomic_write(target, "{}\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_device_is_written_in_place_not_replaced(tmp_path):
    """`--output-file /dev/null` must leave /dev/null a device: a rename over it would make it a
    regular file for every process on the machine. A FIFO stands in for the device here."""
    import stat

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, "through the pipe\n")
    reader.join(10)
    assert got == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]
