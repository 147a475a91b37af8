"""The run history: every run, document, claim and finding, in an SQL database (SQLite by default,
any SQLAlchemy URL - e.g. PostgreSQL - for a team), each run written in one transaction.

What it is for: incremental runs (an article whose content was already verified by this
extractor is not parsed again - its claims are read back), telling new failures from known
ones, and the recent-runs table of a monitoring report.

Claims depend only on the content and the extractor, so they are stored once per content key
(``contents`` + ``claims``); documents and findings are stored per run.
"""

from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from pathlib import Path

from typing import Sequence

import sqlalchemy as sa

from factlint import __version__
from factlint.gate.baseline import fingerprint as claims_fingerprint
from factlint.records import Claim, DocResult, Document, Kind, attrs_from_json

metadata = sa.MetaData()

runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.String(32), nullable=False),
    sa.Column("finished_at", sa.String(32)),
    sa.Column("inputs", sa.Text, nullable=False),  # JSON list
    sa.Column("output", sa.Text),
    sa.Column("flow_run_id", sa.String(64)),
    sa.Column("documents", sa.Integer, nullable=False, default=0),
    sa.Column("reused", sa.Integer, nullable=False, default=0),  # documents whose claims were read back
    sa.Column("errors", sa.Integer, nullable=False, default=0),
    sa.Column("fail", sa.Integer, nullable=False, default=0),
    sa.Column("warn", sa.Integer, nullable=False, default=0),
    sa.Column("new_failures", sa.Integer, nullable=False, default=0),
    sa.Column("gate", sa.String(16)),  # passed | failed | off
)
contents = sa.Table(
    "contents", metadata,
    sa.Column("key", sa.String(64), primary_key=True),  # sha256 of the document content + extractor
    sa.Column("extractor", sa.String(64), nullable=False),
    # What extraction added to the document (publication date found, sentence bounds, ...), as JSON.
    sa.Column("extracted", sa.Text, nullable=False),
    sa.Column("first_run", sa.Integer, sa.ForeignKey("runs.id")),
)
claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content", sa.String(64), sa.ForeignKey("contents.key"), nullable=False, index=True),
    sa.Column("claim_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("value", sa.Text),  # JSON
    sa.Column("unit", sa.Text),
    sa.Column("label", sa.String(32)),
    sa.Column("attrs", sa.Text),  # JSON
)
documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False, index=True),
    sa.Column("doc_id", sa.Text, nullable=False),
    sa.Column("content", sa.String(64), sa.ForeignKey("contents.key"), nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reused", sa.Boolean, nullable=False, default=False),
)
findings = sa.Table(
    "findings", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False, index=True),
    sa.Column("document", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("finding_id", sa.String(32), nullable=False),
    sa.Column("check", sa.String(64), nullable=False),
    sa.Column("status", sa.String(8), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("claims", sa.Text),  # JSON list of claim ids
    sa.Column("spans", sa.Text),  # JSON list of [start, end]
    sa.Column("fingerprint", sa.String(64), nullable=False, index=True),  # where + check + message (before 0.2)
    sa.Column("new", sa.Boolean, nullable=False),
    # What "known" is decided on: where + check + the claims' content (see known_key); never the message.
    sa.Column("known_key", sa.String(64), index=True),
)
sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16)),
    sa.Column("status", sa.String(8)),
    sa.Column("reason", sa.String(32)),
    sa.Column("http_status", sa.Integer),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("snapshot", sa.Text),
    sa.Column("doc_id", sa.Text),
)


def default_url(output: str | Path) -> str:
    return f"sqlite:///{Path(output).resolve() / 'history.sqlite'}"


def as_url(value: str) -> str:
    """A SQLAlchemy URL, or a file path turned into a SQLite URL. ``postgresql://`` (and
    ``postgres://``) mean the psycopg 3 driver, the one factlint installs (``factlint[postgresql]``)."""
    if "://" not in value:
        return f"sqlite:///{Path(value).resolve()}"
    scheme, rest = value.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else value


def redact(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def extraction_sources() -> list[Path]:
    """Every source file claims depend on: the ``factlint.extract`` package and, transitively, each
    factlint module it imports (found by reading the imports, so a moved or new module is covered)."""
    import factlint.extract

    root = Path(factlint.__file__).resolve().parent.parent
    seen: set[Path] = set()
    todo = sorted(Path(factlint.extract.__file__).resolve().parent.glob("*.py"))
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.split(".")[0] != "factlint":
                    continue
                base = root.joinpath(*name.split("."))
                for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                    if candidate.is_file() and candidate not in seen:
                        todo.append(candidate)
    return sorted(seen)


def extractor_key(model: str | None = None) -> str:
    """What claims depend on besides the text: factlint's version, the spaCy model and the source of
    the extraction code - so editing the extractor re-extracts instead of reusing stale claims."""
    root = Path(__file__).resolve().parent.parent.parent
    h = hashlib.sha256(f"{__version__}|{model or ''}".encode())
    for path in extraction_sources():
        h.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    return h.hexdigest()


def content_key(doc: Document, extractor: str) -> str:
    """Same text, title, URL and metadata date with the same extractor -> same claims."""
    fields = [doc.text, doc.title or "", doc.published or "", doc.published_source or "", extractor]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def fingerprint(doc: Document, check: str, message: str) -> str:
    """The finding's message under its check in this article (kept in ``findings.fingerprint``;
    no longer what "known" is decided on, since messages may be reworded)."""
    where = doc.url or f"{doc.source}:{doc.line or ''}"
    return hashlib.sha256(f"{where}\x1f{check}\x1f{message}".encode("utf-8")).hexdigest()


def known_key(where: str, check: str, claims: Sequence, related: Sequence[dict] = ()) -> str:
    """A failure is 'known' when the same article (by URL, else source and line) had a finding of the
    same check over claims of the same content in an earlier run - the rule + claims fingerprint
    of baselines and SARIF - and, for a cross-article finding, against the same other article's
    same figure. Not the message: rewording a message must not make known failures new."""
    others = sorted(f"{r.get('url') or r.get('id')}={r.get('value')}" for r in related)
    payload = "\x1f".join([where, check, claims_fingerprint(check, list(claims)), *others])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _where(doc) -> str:
    return doc.url or f"{doc.source}:{doc.line or ''}"


IDENTITY = ("id", "text", "source", "title", "url", "line")  # from the input of the run, not the store


def extracted_fields(doc: Document) -> dict:
    """The fields of an extracted document beyond its identity: whatever extraction filled in."""
    return {f.name: getattr(doc, f.name) for f in fields(Document) if f.name not in IDENTITY}


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def restore(doc: Document, extracted: dict) -> Document:
    """The input document as extraction left it last time (JSON lists back to tuples)."""
    known = {f.name for f in fields(Document)}
    return replace(doc, **{k: _tuples(v) for k, v in extracted.items() if k in known and k not in IDENTITY})


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Recorded:
    run_id: int
    new: list[dict]  # failing findings not seen before: document, title, url, check, status, message
    known: list[dict]  # failing findings seen in an earlier run (first_run says which)


class HistoryStore:
    def __init__(self, url: str):
        url = as_url(url)
        self.url = url
        kwargs: dict = {}
        if url.startswith("sqlite"):
            path = sa.engine.make_url(url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}  # a second run waits for the first one's transaction
        self.engine = sa.create_engine(url, **kwargs)
        # each 'already exists' below means another first run created one more table since this one
        # looked, so a look per table (and one more) always finds them all
        attempts = len(metadata.sorted_tables) + 1
        for attempt in range(attempts):
            try:
                with self.engine.begin() as conn:
                    if self.engine.dialect.name == "postgresql":  # two first runs at once: one creates the tables
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7316046)"))
                    metadata.create_all(conn)
                    _migrate_known_keys(conn)
                break
            except sa.exc.OperationalError as exc:
                # SQLite has no advisory lock: two first runs at once may both find no table and one
                # then meets the other's 'table ... already exists'; the next look finds that table
                if "already exists" not in str(exc) or attempt == attempts - 1:
                    raise

    def close(self) -> None:
        self.engine.dispose()

    # -- incremental --------------------------------------------------------------------------

    def known_claims(self, keys: list[str]) -> dict[str, tuple[dict, tuple[Claim, ...]]]:
        """For content keys already extracted: the document fields extraction filled in then (pass
        them to ``restore``) and the claims."""
        if not keys:
            return {}
        out: dict[str, tuple[dict, list[Claim]]] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(contents).where(contents.c.key.in_(keys))).mappings().all()
            for row in rows:
                out[row["key"]] = (json.loads(row["extracted"]), [])
            if out:
                q = sa.select(claims).where(claims.c.content.in_(list(out))).order_by(claims.c.id)
                for row in conn.execute(q).mappings():
                    out[row["content"]][1].append(Claim(
                        id=row["claim_id"], kind=Kind(row["kind"]), text=row["text"], start=row["start"], end=row["end"],
                        value=json.loads(row["value"]), unit=row["unit"], label=row["label"],
                        attrs=attrs_from_json(Kind(row["kind"]), json.loads(row["attrs"] or "{}"))))
        return {k: (pub, tuple(cs)) for k, (pub, cs) in out.items()}

    # -- recording ----------------------------------------------------------------------------

    def record(self, *, results: list[DocResult], keys: list[str], extractor: str, reused: set[str],
               inputs: list[str], output: str | None, errors: int, source_records: list, failing: set[str],
               gate: str, flow_run_id: str | None = None, started_at: str | None = None) -> Recorded:
        """Write one run in one transaction; a failure leaves the store as it was."""
        new: list[dict] = []
        known: list[dict] = []
        with self.engine.begin() as conn:
            counts = {s: sum(1 for r in results for f in r.findings if f.status.value == s) for s in ("fail", "warn")}
            run_id = conn.execute(sa.insert(runs).values(
                started_at=started_at or _now(), inputs=json.dumps(inputs), output=output, flow_run_id=flow_run_id,
                documents=len(results), reused=len(reused), errors=errors, fail=counts["fail"], warn=counts["warn"],
                gate=gate)).inserted_primary_key[0]
            for result, key in zip(results, keys):
                doc = result.document
                # Two runs at once may both meet a new content: the first to commit stores it, the other
                # waits for that commit and skips it (no duplicate-key error, no lost run).
                if key not in reused and self._insert_new(conn, contents, key=key, extractor=extractor, first_run=run_id,
                                                          extracted=json.dumps(extracted_fields(doc), sort_keys=True)):
                    if result.claims:
                        conn.execute(sa.insert(claims), [{
                            "content": key, "claim_id": c.id, "kind": c.kind.value, "text": c.text, "start": c.start,
                            "end": c.end, "value": json.dumps(c.value), "unit": c.unit, "label": c.label,
                            "attrs": json.dumps(c.attrs.to_json(internal=True), sort_keys=True)} for c in result.claims])
                status = _doc_status(result)
                doc_pk = conn.execute(sa.insert(documents).values(
                    run_id=run_id, doc_id=doc.id, content=key, source=doc.source, line=doc.line, url=doc.url,
                    title=doc.title, status=status, reused=key in reused)).inserted_primary_key[0]
                rows = []
                by_id = {c.id: c for c in result.claims}
                for f in result.findings:
                    fp = fingerprint(doc, f.check, f.message)
                    own = [by_id[c] for c in f.claims if c in by_id]
                    key = known_key(_where(doc), f.check, own, (f.annotations or {}).get("related", ()))
                    # Rows migrated from before known_key have no record of the other article of a
                    # cross-article finding: they match on the finding's own claims.
                    keys_ = {key, known_key(_where(doc), f.check, own)}
                    is_new = True
                    if f.status.value in failing:
                        earlier = conn.execute(sa.select(sa.func.min(findings.c.run_id)).where(
                            findings.c.known_key.in_(sorted(keys_)), findings.c.run_id < run_id)).scalar()
                        is_new = earlier is None
                        entry = {"document": doc.id, "finding": f.id, "title": doc.title, "url": doc.url, "source": doc.source,
                                 "line": doc.line, "check": f.check, "status": f.status.value, "message": f.message}
                        (new if is_new else known).append(entry if is_new else {**entry, "first_run": earlier})
                    rows.append({"run_id": run_id, "document": doc_pk, "finding_id": f.id, "check": f.check,
                                 "status": f.status.value, "message": f.message, "claims": json.dumps(list(f.claims)),
                                 "spans": json.dumps([list(s) for s in f.spans]), "fingerprint": fp, "new": is_new,
                                 "known_key": key})
                if rows:
                    conn.execute(sa.insert(findings), rows)
            if source_records:
                conn.execute(sa.insert(sources), [{
                    "run_id": run_id, "url": s.url, "kind": s.kind, "status": s.status, "reason": s.reason,
                    "http_status": s.http_status, "content_hash": s.content_hash, "snapshot": s.snapshot,
                    "doc_id": s.document} for s in source_records])
            conn.execute(sa.update(runs).where(runs.c.id == run_id).values(new_failures=len(new), finished_at=_now()))
        return Recorded(run_id, new, known)

    def _insert_new(self, conn, table: sa.Table, **values) -> bool:
        """INSERT ... ON CONFLICT DO NOTHING; whether the row was inserted."""
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.engine.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:  # other databases: check first (a concurrent run may then fail its transaction)
            key = table.primary_key.columns.values()[0]
            if conn.execute(sa.select(key).where(key == values[key.name])).first() is not None:
                return False
            conn.execute(sa.insert(table).values(**values))
            return True
        pk = table.primary_key.columns.values()[0]
        # RETURNING, not rowcount: psycopg does not report a row count for this statement.
        return conn.execute(insert(table).values(**values).on_conflict_do_nothing().returning(pk)).first() is not None

    def recent_runs(self, limit: int = 10) -> list[dict]:
        cols = [runs.c.id, runs.c.started_at, runs.c.finished_at, runs.c.documents, runs.c.reused, runs.c.errors,
                runs.c.fail, runs.c.warn, runs.c.new_failures, runs.c.gate, runs.c.flow_run_id]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*cols).order_by(runs.c.id.desc()).limit(limit)).mappings().all()
        return [dict(r) for r in rows]


def _migrate_known_keys(conn) -> None:
    """Histories written before ``findings.known_key`` existed: add the column and fill it from what
    each finding row already records (its document's URL or source and line, its check, its claim
    ids -> the stored claims' content), so the failures they hold stay known."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("findings")}
    if "known_key" not in columns:
        conn.execute(sa.text("ALTER TABLE findings ADD COLUMN known_key VARCHAR(64)"))
        conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_findings_known_key ON findings (known_key)"))
    q = (sa.select(findings.c.id, findings.c.check, findings.c.claims, documents.c.content, documents.c.url,
                   documents.c.source, documents.c.line)
         .select_from(findings.join(documents, findings.c.document == documents.c.id))
         .where(findings.c.known_key.is_(None)))
    rows = conn.execute(q).mappings().all()
    if not rows:
        return
    stored: dict[str, dict[str, Claim]] = {}
    for row in conn.execute(sa.select(claims).where(claims.c.content.in_({r["content"] for r in rows}))).mappings():
        kind = Kind(row["kind"])
        stored.setdefault(row["content"], {})[row["claim_id"]] = Claim(
            id=row["claim_id"], kind=kind, text=row["text"], start=row["start"], end=row["end"],
            value=json.loads(row["value"]), unit=row["unit"], label=row["label"])
    for r in rows:
        own = stored.get(r["content"], {})
        where = r["url"] or f"{r['source']}:{r['line'] or ''}"
        key = known_key(where, r["check"], [own[c] for c in json.loads(r["claims"] or "[]") if c in own])
        conn.execute(sa.update(findings).where(findings.c.id == r["id"]).values(known_key=key))


def _doc_status(result: DocResult) -> str:
    statuses = {f.status.value for f in result.findings}
    return next((s for s in ("fail", "warn", "pass") if s in statuses), "unchecked")
