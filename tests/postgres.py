"""A real PostgreSQL server for the tests, on loopback, in a temporary folder: Debian's
``postgresql`` package (``.ci/postgres.sh`` installs it), started with ``initdb`` + ``pg_ctl``
and stopped when the session ends.

Absent binaries skip the PostgreSQL tests on a developer's machine, and fail them in CI (``CI``
set), where they must run.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them out of PATH, under /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One PostgreSQL cluster. As root (CI), it runs as the ``postgres`` user: initdb refuses root."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.user = "postgres" if os.geteuid() == 0 else None
        self.dir = Path(tempfile.mkdtemp(prefix="factlint-pg-"))  # not under pytest's 0700 root-only folders
        self.data = self.dir / "data"
        self.port = _free_port()
        if self.user:
            shutil.chown(self.dir, self.user)

    def _run(self, *args: str) -> None:
        proc = subprocess.run([str(self.bindir / args[0]), *args[1:]], user=self.user, capture_output=True, text=True,
                              timeout=300, cwd=self.dir)
        if proc.returncode:
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}): {proc.stdout}{proc.stderr}")

    def start(self) -> "Server":
        self._run("initdb", "-D", str(self.data), "-U", "factlint", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c max_connections=50"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-o", opts, "-w", "-t", "120", "start")
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://factlint@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import sqlalchemy as sa

        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)


def server_or_skip() -> Server:
    """Started server, or a skip (a fail in CI) saying what is missing."""
    bindir = binaries()
    missing = []
    if bindir is None:
        missing.append("PostgreSQL's initdb/pg_ctl (Debian package postgresql; .ci/postgres.sh installs it)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        missing.append("the psycopg driver (uv sync)")
    if missing:
        message = "PostgreSQL tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + ": in CI they must run", pytrace=False)
        pytest.skip(message)
    server = Server(bindir)
    try:
        return server.start()
    except BaseException:
        server.stop()  # a half-started cluster leaves no process and no folder behind
        raise
