"""Read articles from files, folders, globs and JSONL corpora into ``Document`` records.

Anything that cannot be read becomes an ``InputError`` naming the file (and line) and the
fix; the rest of the batch is still read.
"""

from __future__ import annotations

import glob
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from factlint.inputs.text import SUPPORTED, decode, html_to_text, normalise, parse_iso_date, published_fields  # noqa: F401  (re-exported)
from factlint.records import Document, InputError

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Batch:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    sources: list = field(default_factory=list)  # factlint.inputs.feeds.SourceRecord per URL fetched


def expand_paths(paths: list[str], errors: list[InputError]) -> list[Path]:
    """Files named, files under folders (recursive, sorted) and glob matches, each once."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve() if p.exists() else p
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                errors.append(InputError(raw, "no file matches this pattern; check the glob"))
            for m in matches:
                if os.path.isfile(m):
                    add(Path(m))
            continue
        p = Path(raw)
        if p.is_dir():
            found = _walk(p, errors)
            if not found:
                errors.append(InputError(raw, f"folder holds no article files; {SUPPORTED}"))
            for f in found:
                add(f)
        elif p.exists():
            add(p)
        elif p.is_symlink():
            errors.append(InputError(raw, "broken symbolic link; point it at an existing file"))
        else:
            errors.append(InputError(raw, "no such file or directory; check the path"))
    return out


def _walk(root: Path, errors: list[InputError]) -> list[Path]:
    found: list[Path] = []
    visited: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or root), f"cannot list folder ({exc.strerror}); fix its permissions"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in visited:  # a symlink loop: list each folder once
            dirnames[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return found


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def read_markdown(text: str) -> tuple[str, dict[str, str]]:
    """Split simple YAML front matter (key: value lines) from Markdown text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return text[m.end():], meta


def _first_line_title(text: str) -> str | None:
    """The first line, unless it is a site's breadcrumb ('All news', 'Home'): then the next one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    if not lines:
        return None
    if len(lines) == 2 and len(lines[0].split()) <= 2 and not lines[0].endswith((".", "!", "?")) \
            and len(lines[1].split()) >= 4 and len(lines[1]) <= 200:
        return lines[1]
    return lines[0][:200]


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, wanted: str) -> str:
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", wanted).strip("-.") or "doc"
        candidate, n = base, 2
        while candidate in self.used:
            candidate = f"{base}-{n}"
            n += 1
        self.used.add(candidate)
        return candidate


def read_inputs(paths: list[str], published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                fetch=None) -> Batch:
    """Read every input named by ``paths``. ``published`` (ISO date) fills in documents without one.
    URLs and ``@sources`` files are fetched by ``factlint.inputs.feeds`` with ``fetch`` (FetchOptions),
    after the local files."""
    from factlint.inputs import feeds

    batch = Batch()
    ids = _Ids()
    local = [p for p in paths if not feeds.is_remote(p)]
    remote = [p for p in paths if feeds.is_remote(p)]

    def read_local(names: list[str]) -> None:
        for path in expand_paths(names, batch.errors):
            _read_file(path, batch, ids, published, max_bytes)

    read_local(local)
    if remote:
        from factlint.inputs.fetch import FetchOptions

        feeds.read_remote(remote, batch, ids, published, fetch or FetchOptions(max_bytes=max_bytes), read_local)
    return batch


def _read_file(path: Path, batch: Batch, ids: _Ids, published: str | None, max_bytes: int) -> None:
    src = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            batch.errors.append(InputError(src, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; raise it with --max-bytes"))
            return
        data = path.read_bytes()
    except PermissionError:
        batch.errors.append(InputError(src, "permission denied; make the file readable"))
        return
    except OSError as exc:
        batch.errors.append(InputError(src, f"cannot read file ({exc.strerror or exc}); check the path"))
        return
    if suffix and suffix not in SUFFIXES:
        batch.errors.append(InputError(src, f"unsupported file type '{suffix}'; {SUPPORTED}"))
        return
    try:
        text = decode(data)
    except ValueError as exc:
        batch.errors.append(InputError(src, str(exc)))
        return
    if suffix == ".jsonl":
        _read_jsonl(src, text, batch, ids, published)
        return
    if suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            batch.errors.append(InputError(src, f"invalid JSON ({exc.msg}, column {exc.colno}); fix the syntax", exc.lineno))
            return
        _add_record(src, obj, None, batch, ids, published, fallback_id=path.stem)
        return
    meta: dict[str, str] = {}
    title = None
    text_line: int | None = 1  # where the document text starts in the file, for path:line:col
    if suffix in (".html", ".htm"):
        text, meta, title = html_to_text(text)
        title = title or meta.get("og:title")
        text_line = None
    elif suffix in (".md", ".markdown"):
        full = text
        text, meta = read_markdown(text)
        title = meta.get("title")
        text_line = 1 + full[: len(full) - len(text)].count("\n")
    if not text.strip():
        what = "HTML page has no body text" if suffix in (".html", ".htm") else "file is empty or only whitespace"
        batch.errors.append(InputError(src, f"{what}; nothing to check, add the article text or remove the file"))
        return
    pub_raw = next((meta[k] for k in ("article:published_time", "published", "date", "datepublished", "dc.date", "time") if k in meta), None)
    _append(batch, Document(
        id=ids.make(path.stem), text=text, source=src, title=title or _first_line_title(text),
        url=meta.get("og:url"), text_line=text_line,
        **published_fields(pub_raw, published, src),
    ))


def _read_jsonl(src: str, text: str, batch: Batch, ids: _Ids, published: str | None) -> None:
    stem = Path(src).stem
    any_line = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        any_line = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            batch.errors.append(InputError(src, f"invalid JSON ({exc.msg}, column {exc.colno}); fix or remove this line", lineno))
            continue
        _add_record(src, obj, lineno, batch, ids, published, fallback_id=f"{stem}-{lineno}")
    if not any_line:
        batch.errors.append(InputError(src, "file is empty; add one JSON object per line with a \"text\" field"))


def _add_record(src: str, obj: object, lineno: int | None, batch: Batch, ids: _Ids, published: str | None, fallback_id: str) -> None:
    if not isinstance(obj, dict):
        batch.errors.append(InputError(src, f"expected a JSON object with a \"text\" field, got {type(obj).__name__}; wrap the article as {{\"text\": \"...\"}}", lineno))
        return
    text = obj.get("text")
    if text is None:
        batch.errors.append(InputError(src, "record has no \"text\" field; add the article text as \"text\"", lineno))
        return
    if not isinstance(text, str):
        batch.errors.append(InputError(src, f"\"text\" must be a string, got {type(text).__name__}; put the article text in quotes", lineno))
        return
    text = normalise(text)
    if not text.strip():
        batch.errors.append(InputError(src, "\"text\" is empty; add the article text or drop the record", lineno))
        return
    rid = obj.get("id")
    title = obj.get("title")
    url = obj.get("url")
    _append(batch, Document(
        id=ids.make(str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else fallback_id),
        text=text, source=src,
        title=title if isinstance(title, str) else _first_line_title(text),
        url=url if isinstance(url, str) else None,
        line=lineno,
        **published_fields(obj.get("published"), published, src),
    ))


def _append(batch: Batch, doc: Document) -> None:
    batch.documents.append(doc)
