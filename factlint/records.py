"""Typed records passed between pipeline stages: documents, claims, relations, findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Kind(str, Enum):
    DATE = "date"
    QUANTITY = "quantity"
    NAME = "name"


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    SKIP = "skip"


Span = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """One article. ``published`` is an ISO date or None; ``published_source`` says where it came from."""

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None  # metadata | cli | dateline | inferred | None
    published_note: str | None = None  # the reasoning when inferred, or why it is unknown
    line: int | None = None  # 1-based line of a JSONL record in its file
    # Sentence and paragraph boundaries as the parser found them, filled in by extraction.
    sentences: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    paragraphs: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    # 1-based line of the input file on which ``text`` starts when ``text`` is the file's own
    # text (.txt, .md after front matter); None when it was extracted (HTML, JSON, JSONL).
    text_line: int | None = None


@dataclass(frozen=True)
class Claim:
    """A factual claim found in a document. Invariant: ``doc.text[start:end] == text``."""

    id: str
    kind: Kind
    text: str
    start: int
    end: int
    value: Any
    unit: str | None = None
    label: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True)
class Relation:
    """One relation a check derived: a stated value against the value the other claims imply.

    ``hedge`` is ``exact``, ``approx`` or ``bound``; the Great Expectations suite of the
    check's family turns ``abs_error``/``rel_error`` into pass, warn or fail.
    ``computed`` is None when the relation cannot be decided (``skip_reason`` says why).
    """

    id: str
    doc_id: str
    check: str
    claims: tuple[str, ...]
    spans: tuple[Span, ...]
    stated: float | None
    computed: float | None
    working: str  # the computation, e.g. "20 - 8 - 2 = 10"
    hedge: str = "exact"  # exact | approx | bound | weak (evidence that the claims are related is weaker)
    skip_reason: str | None = None
    said: str | None = None  # what the text states, for the message; defaults to the stated number
    tolerance: float = 0.0  # the absolute error the check's own rounding rules allow
    slack: float = 0.0  # further error that rounding of the inputs could explain: beyond tolerance but within slack warns
    messages: tuple[str, str] | None = None  # (when it holds, when it does not), overriding the default wording

    @property
    def excess(self) -> float | None:
        err = self.abs_error
        return None if err is None else max(0.0, err - self.tolerance)

    @property
    def excess_beyond_slack(self) -> float | None:
        err = self.abs_error
        return None if err is None else max(0.0, err - self.tolerance - self.slack)

    @property
    def abs_error(self) -> float | None:
        if self.stated is None or self.computed is None:
            return None
        return abs(self.stated - self.computed)

    @property
    def rel_error(self) -> float | None:
        err = self.abs_error
        if err is None:
            return None
        scale = max(abs(self.stated or 0.0), abs(self.computed or 0.0))
        return err / scale if scale else 0.0


@dataclass(frozen=True)
class Finding:
    id: str
    check: str
    status: Status
    message: str
    claims: tuple[str, ...]
    spans: tuple[Span, ...]
    expectation: str | None = None  # the GX expectation that decided it
    # Extra report fields added after validation (location, fingerprint, suppressed, ...):
    # emitted as additional keys of the finding in report JSON.
    annotations: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read. It is reported, never silently dropped."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class DocResult:
    document: Document
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...] = ()


def merge_spans(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    """Sort spans and merge those that overlap or touch, so a finding lists each stretch once."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)
