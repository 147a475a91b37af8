"""The figures of issue 8 as ratios next to their floors: throughput, memory, two workers, Prefect overhead.

    .venv/bin/python benchmarks/bench_pipeline.py                # modest sizes: 5-10 minutes on a busy 2-core machine
    .venv/bin/python benchmarks/bench_pipeline.py --full         # the issue's sizes: 1,000 / 1,000 vs 10,000 / 2,000 / 1,000 / 1,000
    .venv/bin/python benchmarks/bench_pipeline.py --only workers --workers-docs 400 --repeat 3
    .venv/bin/python benchmarks/bench_pipeline.py --profile 100  # cProfile of the whole pipeline, top costs

The corpus is /work/shared/data/meantime-wikinews-dev.jsonl (MEANTIME/Wikinews) plus the seed,
replicated with fresh ids. Every figure is a median over ``--repeat`` runs; the two sides of a
ratio alternate so machine load hits both alike. One-time per-process costs (loading the model,
creating the GX context) are outside the timed part; ``bench_gate.py`` measures a cold start.

- throughput: ``pipeline.run`` (ingest, extract, check, validate, report HTML + JSON) against the
  stock model's ``nlp.pipe`` over the same texts; docs/s ratio, floor 0.85.
- memory: peak RSS of a process streaming N and 10 N articles (``factlint.pipeline.stream.run_stream``,
  chunks of 50, reports written); ratio 10N / N, ceiling 1.2.
- workers: ``run_stream`` with a process pool of 2 workers against 1; speed-up, floor 1.6; the
  findings must be identical.
- prefect: the ``verify`` flow through a Prefect server started here (temporary PREFECT_HOME)
  against ``pipeline.run`` in process, both in child processes; overhead, ceiling +10 %.
- dask: ``flows.dask.run_on_dask`` on a running Dask ``LocalCluster`` of 2 single-threaded
  worker processes against 1, through a Prefect server started here; the workers load the model
  and the flow process runs a 3-article flow before timing, as on a cluster already in use.
  Speed-up (floor 1.6, as for ``workers``), and the per-worker rate the cluster arithmetic
  in docs/performance.md uses; the findings must be identical.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from benchmarks.bench_report import DATA, replicate  # noqa: E402

FLOORS = {"throughput": 0.85, "memory": 1.2, "workers": 1.6, "prefect": 0.10, "dask": 1.6}
SMALL = {"throughput": 100, "memory": 60, "workers": 120, "prefect": 60, "dask": 120}  # memory: N must pass the warm-up (2 chunks)
FULL = {"throughput": 1000, "memory": 1000, "workers": 2000, "prefect": 1000, "dask": 1000}


def corpus(tmp: Path, n: int) -> Path:
    path = tmp / f"corpus-{n}.jsonl"
    if not path.exists():
        replicate(DATA, n, path)
    return path


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def load_note() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


# --- throughput -------------------------------------------------------------------------------

def throughput(tmp: Path, n: int, repeat: int) -> bool:
    import spacy

    from factlint.extract import nlp
    from factlint.pipeline import core as pipeline

    path = corpus(tmp, n)
    texts = texts_of(path)
    model = nlp.default_model()
    stock = spacy.load(model, exclude=["lemmatizer"])
    pipeline.run([str(corpus(tmp, 5))], tmp / "warm")  # model, GX context, suites: once per process
    base, ours = [], []
    for i in range(repeat):
        t = time.perf_counter()
        for _ in stock.pipe(texts, batch_size=64):
            pass
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        pipeline.run([str(path)], tmp / f"out-throughput-{i}")
        ours.append(time.perf_counter() - t)
        print(f"            round {i + 1}: nlp.pipe {base[-1]:.1f} s, pipeline {ours[-1]:.1f} s, ratio {base[-1] / ours[-1]:.3f}", flush=True)
    b, o = statistics.median(base), statistics.median(ours)
    ratio = b / o
    print(f"throughput  {n} articles, median of {repeat}: nlp.pipe alone {n / b:.2f} docs/s ({b:.1f} s), "
          f"whole pipeline {n / o:.2f} docs/s ({o:.1f} s)")
    print(f"            ratio {ratio:.3f}  floor >= {FLOORS['throughput']}  {verdict(ratio >= FLOORS['throughput'])}")
    return ratio >= FLOORS["throughput"]


# --- memory -----------------------------------------------------------------------------------

RSS_CHILD = """
import resource, sys
sys.path.insert(0, sys.argv[3])
from factlint.pipeline import stream
stream.run_stream([sys.argv[1]], sys.argv[2], chunk=50)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss(path: Path, out: Path) -> int:
    """Peak RSS in KiB of a fresh process that streams ``path`` and writes its reports."""
    proc = subprocess.run([sys.executable, "-c", RSS_CHILD, str(path), str(out), str(ROOT)],
                          capture_output=True, text=True, env=os.environ.copy())
    if proc.returncode:
        raise SystemExit(f"bench_pipeline: memory child failed:\n{proc.stderr[-2000:]}")
    return int(proc.stdout.strip().splitlines()[-1])


def memory(tmp: Path, n: int, repeat: int) -> bool:
    small, large = corpus(tmp, n), corpus(tmp, 10 * n)
    a, b = [], []
    repeat = min(repeat, 2)  # RSS barely varies between runs; 11 N articles a round is the long part
    for i in range(repeat):
        a.append(peak_rss(small, tmp / f"out-mem-small-{i}"))
        b.append(peak_rss(large, tmp / f"out-mem-large-{i}"))
    ra, rb = statistics.median(a), statistics.median(b)
    ratio = rb / ra
    print(f"memory      peak RSS, median of {repeat}: {n} articles {ra / 1024:.0f} MiB, {10 * n} articles {rb / 1024:.0f} MiB")
    print(f"            ratio {ratio:.3f}  ceiling <= {FLOORS['memory']}  {verdict(ratio <= FLOORS['memory'])}")
    return ratio <= FLOORS["memory"]


# --- workers ----------------------------------------------------------------------------------

def workers(tmp: Path, n: int, repeat: int) -> bool:
    from factlint.extract import nlp
    from factlint.pipeline import core as pipeline
    from factlint.pipeline import stream

    path = corpus(tmp, n)
    nlp.load()
    pipeline.run([str(corpus(tmp, 5))], None)  # GX context in the parent, where validation runs
    chunk = max(5, min(100, n // 4))  # GX costs per call, so few chunks; enough for both workers
    times: dict[int, list[float]] = {1: [], 2: []}
    findings: dict[int, list] = {}
    for i in range(repeat):
        for w in (1, 2):
            with stream.process_pool(w) as pool:
                list(pool.map(time.sleep, [0.5] * w))  # start the workers (forked here: one thread), model and GX context loaded
                t = time.perf_counter()
                result = stream.run_stream([str(path)], tmp / f"out-workers-{w}-{i}", chunk=chunk, mapper=pool.map,
                                           keep_findings=True)
                times[w].append(time.perf_counter() - t)
            findings.setdefault(w, result.findings)
    one, two = statistics.median(times[1]), statistics.median(times[2])
    same = findings[1] == findings[2]
    ratio = one / two
    print(f"workers     {n} articles in chunks of {chunk}, median of {repeat}: 1 process {n / one:.2f} docs/s ({one:.1f} s), "
          f"2 processes {n / two:.2f} docs/s ({two:.1f} s); findings identical: {same} ({len(findings[1])} findings)")
    print(f"            speed-up {ratio:.3f}  floor >= {FLOORS['workers']}  {verdict(ratio >= FLOORS['workers'] and same)}")
    return ratio >= FLOORS["workers"] and same


# --- Prefect ----------------------------------------------------------------------------------

RUN_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[4])
from factlint.extract import nlp
from factlint.pipeline import core as pipeline
nlp.load()
pipeline.validate([])  # nothing to decide; imports pandas
import checks.validate as v; v.ready()
pipeline.run([sys.argv[5]], sys.argv[3] + "-warm")  # lazy imports and GX's first validation, paid by both sides alike
if sys.argv[1] == "flow":
    from flows.verify import verify
    t = time.perf_counter()
    verify(paths=[sys.argv[2]], output=sys.argv[3])
else:
    t = time.perf_counter()
    pipeline.run([sys.argv[2]], sys.argv[3])
print(time.perf_counter() - t)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    prefect = Path(sys.executable).with_name("prefect")
    proc = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"bench_pipeline: prefect server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(1)
    stop_server(proc)
    raise SystemExit("bench_pipeline: prefect server not healthy after 180 s")


def stop_server(proc: subprocess.Popen) -> None:
    import signal

    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the server's own process group (start_new_session), by its pid
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def child_seconds(mode: str, path: Path, out: Path, env: dict, warm: Path) -> float:
    proc = subprocess.run([sys.executable, "-c", RUN_CHILD, mode, str(path), str(out), str(ROOT), str(warm)],
                          capture_output=True, text=True, env=env)
    if proc.returncode:
        raise SystemExit(f"bench_pipeline: {mode} child failed:\n{proc.stderr[-2000:]}")
    return float(proc.stdout.strip().splitlines()[-1])


def prefect(tmp: Path, n: int, repeat: int) -> bool:
    path = corpus(tmp, n)
    home = tmp / "prefect-home"
    home.mkdir(exist_ok=True)
    server, url = start_server(home)
    try:
        plain = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
        served = dict(plain, PREFECT_API_URL=url, PREFECT_HOME=str(home))
        inproc, flow = [], []
        for i in range(repeat):
            inproc.append(child_seconds("run", path, tmp / f"out-run-{i}", plain, corpus(tmp, 3)))
            flow.append(child_seconds("flow", path, tmp / f"out-flow-{i}", served, corpus(tmp, 3)))
    finally:
        stop_server(server)
    a, b = statistics.median(inproc), statistics.median(flow)
    overhead = b / a - 1
    print(f"prefect     {n} articles, median of {repeat}: in process {a:.1f} s, flow run through a Prefect server {b:.1f} s")
    print(f"            overhead {overhead:+.1%}  ceiling <= +{FLOORS['prefect']:.0%}  {verdict(overhead <= FLOORS['prefect'])}")
    return overhead <= FLOORS["prefect"]


# --- Dask ------------------------------------------------------------------------------------

DASK_CHILD = """
import hashlib, json, sys, time
sys.path.insert(0, sys.argv[5])
from distributed import Client, LocalCluster
from factlint.extract import nlp
from flows.dask import run_on_dask

def main():
    path, warm, out, workers, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[6])
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(nlp.load)  # every worker loads the model once, as a running cluster already has
        run_on_dask([warm], address=cluster.scheduler_address, output=out + "-warm")  # GX context, imports
        times = []
        for i in range(repeat):
            t = time.perf_counter()
            run = run_on_dask([path], address=cluster.scheduler_address, output=f"{out}-{i}")
            times.append(time.perf_counter() - t)
    findings = [[r.document.id, f.check, f.status, f.message, list(f.claims)] for r in run.results for f in r.findings]
    digest = hashlib.sha256(json.dumps(findings).encode()).hexdigest()
    print(json.dumps({"times": times, "findings": len(findings), "digest": digest}))

if __name__ == "__main__":  # LocalCluster spawns its worker processes
    main()
"""


def dask(tmp: Path, n: int, repeat: int) -> bool:
    path, warm = corpus(tmp, n), corpus(tmp, 3)
    home = tmp / "prefect-home-dask"
    home.mkdir(exist_ok=True)
    script = tmp / "dask_child.py"
    script.write_text(DASK_CHILD, encoding="utf-8")
    server, url = start_server(home)  # a deployment's server; a temporary one per flow run would be timed too
    try:
        env = dict(os.environ, PREFECT_API_URL=url, PREFECT_HOME=str(home))
        got = {}
        for w in (1, 2):
            proc = subprocess.run([sys.executable, str(script), str(path), str(warm), str(tmp / f"out-dask-{w}"), str(w),
                                   str(ROOT), str(repeat)], capture_output=True, text=True, env=env)
            if proc.returncode:
                raise SystemExit(f"bench_pipeline: dask child failed:\n{proc.stderr[-2000:]}")
            got[w] = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        stop_server(server)
    one, two = statistics.median(got[1]["times"]), statistics.median(got[2]["times"])
    same = got[1]["digest"] == got[2]["digest"]
    ratio = one / two
    print(f"dask        {n} articles, chunks of 50, on a LocalCluster, median of {repeat}: 1 worker {n / one:.2f} docs/s ({one:.1f} s), "
          f"2 workers {n / two:.2f} docs/s ({two:.1f} s); findings identical: {same} ({got[1]['findings']} findings)")
    print(f"            speed-up {ratio:.3f}  floor >= {FLOORS['dask']}  {verdict(ratio >= FLOORS['dask'] and same)}")
    return ratio >= FLOORS["dask"] and same


# --- profile ----------------------------------------------------------------------------------

def profile(tmp: Path, n: int, top: int = 25) -> None:
    import cProfile
    import pstats

    from factlint.extract import nlp
    from factlint.pipeline import core as pipeline

    path = corpus(tmp, n)
    nlp.load()
    pipeline.run([str(corpus(tmp, 5))], tmp / "warm")
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.runcall(pipeline.run, [str(path)], tmp / "out-profile")
    total = time.perf_counter() - t
    print(f"profile     pipeline.run on {n} articles: {total:.1f} s wall (under cProfile)")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    print("by stage (cumulative seconds):")  # the pipeline's own functions: where the rest of the time goes
    stats.print_stats(r"factlint/(pipeline/core|pipeline/stream|report/__init__|extract/claims)\.py|checks/(__init__|validate)\.py")


CHECKS = {"throughput": throughput, "memory": memory, "workers": workers, "prefect": prefect, "dask": dask}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="the issue's sizes (takes long on 2 cores)")
    parser.add_argument("--only", action="append", choices=list(CHECKS), help="run only this figure (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; medians are compared (default 3)")
    for name in CHECKS:
        parser.add_argument(f"--{name}-docs", type=int, help=f"articles for {name} (default {SMALL[name]}, --full {FULL[name]})")
    parser.add_argument("--profile", type=int, metavar="N", help="profile pipeline.run on N articles and stop")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure misses its floor")
    args = parser.parse_args(argv)
    sizes = FULL if args.full else SMALL
    with tempfile.TemporaryDirectory(prefix="factlint-bench-") as name:
        tmp = Path(name)
        if args.profile:
            profile(tmp, args.profile)
            return 0
        print(f"bench_pipeline: {load_note()} at start; model loads and GX context creation are not timed")
        ok = True
        for figure in args.only or list(CHECKS):
            n = getattr(args, f"{figure}_docs") or sizes[figure]
            ok &= CHECKS[figure](tmp, n, args.repeat)
            sys.stdout.flush()
        print(f"bench_pipeline: {load_note()} at end")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
