"""Parallel parsing on one machine: a process pool whose workers load spaCy (and the GX context)
once, and the chunks a batch is cut into."""

from __future__ import annotations

from typing import Iterator


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def warm(model: str | None = None, gx: bool = True) -> None:
    """Load the model and (``gx``) create the GX context in this process (a process-pool initializer)."""
    from factlint.extract import nlp

    nlp.load(model)
    if gx:
        from checks.validate import ready

        ready()


def process_pool(workers: int, model: str | None = None, gx: bool = True):
    """A process pool whose workers load the model (and, with ``gx``, the GX context) once, at start;
    ``pool.map`` is a ``Mapper``."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the parent's imported modules (copy-on-write), but is only safe in a process with
    # one thread: a Prefect flow run has API and logging threads, so there the workers are spawned.
    method = "fork" if threading.active_count() == 1 else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=warm, initargs=(model, gx))
