"""Typed records passed between pipeline stages: documents, claims, relations, findings."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
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


# -- claim attributes ----------------------------------------------------------------------------
#
# One frozen type per claim kind. Each field has one meaning. In the report (``factlint/report/v1``)
# a claim's ``attrs`` object holds the fields that are set (not None, and flags only when true),
# under the field's name, in key order; fields marked ``_internal`` are what extraction read from
# the text for the checks (amounts, digits, the number as written) and are not part of the v1
# object (they are kept in the run history, so reused claims are the same claims).


def _internal(default: Any = None) -> Any:
    return field(default=default, metadata={"v1": False})


@dataclass(frozen=True)
class _Attrs:
    para: int | None = None  # 0-based paragraph of the document the claim is in
    sent: int | None = None  # 0-based sentence of the document the claim is in

    def to_json(self, internal: bool = False) -> dict[str, Any]:
        """The attrs object: set fields only, sorted by key. ``internal`` adds the fields the v1
        report leaves out (for the run history, which must give back the same claims)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            hidden = f.metadata.get("v1") is False
            if v is None or (v is False and f.default is False) or (hidden and (not internal or v == f.default)):
                continue
            out[f.name] = list(v) if isinstance(v, tuple) else v
        return dict(sorted(self._json_renames(out).items()))

    def _json_renames(self, out: dict[str, Any]) -> dict[str, Any]:
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "_Attrs":
        """Inverse of ``to_json`` (either form); an unknown key is an error, never dropped."""
        data = cls._json_unrenames(dict(data))
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown attribute(s) {', '.join(unknown)}")
        tuples = {f.name for f in fields(cls) if isinstance(f.default, tuple)}
        return cls(**{k: tuple(v) if k in tuples else v for k, v in data.items()})

    @classmethod
    def _json_unrenames(cls, data: dict[str, Any]) -> dict[str, Any]:
        return data


PUBLICATION_DATE = "publication date"  # the v1 ``anchor`` value of a date placed from the publication date


@dataclass(frozen=True)
class DateAttrs(_Attrs):
    """What extraction knows about a date claim besides its ISO ``value``."""

    tense: str | None = None  # past | present | future: the tense of the clause the date sits in
    weekday: str | None = None  # the weekday the text names ('Tuesday'), capitalised
    weekday_matches: bool | None = None  # a full date written with a weekday: does the weekday fit the date?
    year_from: str | None = None  # where the year came from when the text gives none ('publication date', ...)
    unresolved: str | None = None  # why the value is None (or partial, 'XXXX-11-05')
    invalid: bool = False  # the text names no real calendar date ('February 30')
    ambiguous: bool = False  # '11/10/2021': day and month could be swapped
    alternative: str | None = None  # the other reading of an ambiguous date
    decade: bool = False  # 'the 1990s'
    # A weekday placed from the publication date ('on Monday'). v1 writes it as "anchor": "publication date".
    anchored_to_publication: bool = False
    anchor: str | None = None  # ISO date a relative date counts from ('two days later': the last full date)
    bound: str | None = None  # before | after: the date is a limit ('by May 2024', 'over two years ago')
    approximate: bool = False  # 'about two years ago'
    modifier: str | None = None  # part of the period: 'end', 'beginning', 'earlier', ...
    range: str | None = None  # 'from': one end of a date range ('2024 to 2027')
    range_role: str | None = None  # start | end of the range
    verb: str | None = None  # the verb the date belongs to in the parse, lower case ('born', 'founded')
    # Tense of the finite verb the date places ('ended on Friday': past); None when it dates a noun
    # ('the 2008 Games') or a verb without tense ('agreed to meet next month'). See extract.tense.event_tense.
    event_tense: str | None = None
    # TimeML (TIMEX3) reading of the expression, when extraction can give it: the type and the value
    # where it differs from ``value`` (a clock time '1998-08-07T10:35', 'PRESENT_REF' for 'now').
    timex_type: str | None = None  # DATE | TIME | DURATION | SET
    timex: str | None = None
    # The offset of a relative date as the text states it ('37 years later', '13 years ago').
    offset_amount: float | None = _internal()
    offset_unit: str | None = _internal()  # days | weeks | months | years | decades
    offset_direction: str | None = _internal()  # later | earlier | before | after | ago

    def __post_init__(self) -> None:
        if self.anchored_to_publication and self.anchor is not None:
            raise ValueError("a date is anchored on the publication date or on another date, not both")

    def _json_renames(self, out: dict[str, Any]) -> dict[str, Any]:
        if out.pop("anchored_to_publication", False):
            out["anchor"] = PUBLICATION_DATE
        elif "anchor" in out:
            out["anchor_date"] = out["anchor"]  # one meaning per key: v1 keeps "anchor", "anchor_date" is only ever a date
        return out

    @classmethod
    def _json_unrenames(cls, data: dict[str, Any]) -> dict[str, Any]:
        data.pop("anchor_date", None)
        if data.get("anchor") == PUBLICATION_DATE:
            del data["anchor"]
            data["anchored_to_publication"] = True
        return data


@dataclass(frozen=True)
class QuantityAttrs(_Attrs):
    """What extraction knows about a quantity claim besides its ``value``, ``unit`` and ``label``."""

    hedge: str | None = None  # approx ('about 20') | bound ('more than 20'); None: stated exactly
    hedge_word: str | None = None  # the hedge as written, lower case ('about', 'more than')
    bound: str | None = None  # min | max: which limit a bound hedge sets
    range: str | None = None  # from | between | to: one end of a range ('from 20 to 10')
    range_role: str | None = None  # start | end of the range
    pair: str | None = None  # id of the claim at the other end of the range
    high: float | None = None  # the start claim of a range: the high end ('15 to 20 people': 20); ``value`` is the low end
    timex_type: str | None = None  # DURATION for a length of time (TimeML)
    timex: str | None = None  # its TIMEX3 value ('P3Y', 'PT30M')
    additive: bool = False  # 'two more', 'another three': added to something counted before
    age: bool = False  # a duration that is someone's age ('three years old')
    # The number as written: its digits' value ('2.3' in '2.3 million': 2.3) and decimals; None when
    # the claim has no digits (words: 'eight'). The rounding a stated figure allows depends on it.
    numerals: float | None = _internal()
    decimals: int = _internal(0)
    number_words: str | None = _internal()  # leading words of the claim that write the number ('eight', '1,500', 'a dozen')
    counted: tuple[str, ...] = _internal(())  # lower-case words after the number words: the counted thing ('job', 'cuts')
    letters_in_number: bool = _internal(False)  # digits written against letters or digits ('30GB', '777-200LR')
    # What the number is bound to in the dependency parse (factlint/extract/binding.py), shown in the
    # report so a reader sees why two numbers were related.
    noun: str | None = None  # the counted noun, singular ('body' in '12 more bodies')
    owner: str | None = None  # a proper name the counted thing belongs to ('Apple' in "Apple's 400 stores")
    role: str | None = None  # subject | object | amount | to | from | by | of | in | appos | ...: its place in the clause
    verb: str | None = None  # the verb (or noun) of the clause it belongs to, as written, lower case
    direction: str | None = None  # up | down: the verb is one of change
    restates: str | None = None  # id of the claim this one restates ('X, or P percent'; 'X (Y)')
    part_of: str | None = None  # id of the claim of the whole ('A of the N', 'N ..., A of them')
    conj_of: str | None = None  # id of the claim this one is coordinated with ('A and B')
    clause: int | None = _internal()  # document offset of the clause's verb: numbers of one event share it
    modifies: str | None = _internal()  # the noun a counted noun modifies ('council' in 'the 120-member council'), singular
    agent: str | None = _internal()  # the clause's subject when the number is not it ('economy' in 'the economy added 9 jobs')
    # The named entity the figure is a figure of, as written, read from the parse: the clause's proper-noun
    # subject, its possessor or its 'at' phrase ('net at Velder Bank fell'), or a fronted 'At Velder Bank,'.
    entity: str | None = _internal()
    tally: str | None = _internal()  # the class of a running total whose level the figure is ('death' in 'the toll rose to 14')
    # The members a count names beside it as the parse reads them ('three unions - A, B and C'): the items' document
    # offsets, start and end in turn, and how the list is set off (extract/names.py, ``enumerations``).
    listed: tuple[int, ...] = _internal(())
    listed_by: str | None = _internal()  # dash | colon | paren | namely | appos | as | before | of | back | again
    listed_fits: bool | None = _internal()  # the items' entity labels name the kind the counted noun counts (None: unknown)


@dataclass(frozen=True)
class NameAttrs(_Attrs):
    """What extraction knows about a name claim besides its canonical ``value`` and ``label``."""

    role: str | None = None  # a person's title as written before the name ('Russian Foreign Minister')
    alias_of: str | None = None  # the full name an acronym or generic word stands for
    short_form: bool = False  # a surname (or lone name) linked to a full name
    variant_of: str | None = None  # the first-seen form of an organisation this one is a variant of


ATTRS_OF: dict[Kind, type[_Attrs]] = {Kind.DATE: DateAttrs, Kind.QUANTITY: QuantityAttrs, Kind.NAME: NameAttrs}


def attrs_from_json(kind: Kind, data: dict[str, Any] | None) -> DateAttrs | QuantityAttrs | NameAttrs:
    """The typed attributes of a ``kind`` of claim from its JSON ``attrs`` object."""
    return ATTRS_OF[kind].from_json(data or {})  # type: ignore[return-value]


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
    attrs: DateAttrs | QuantityAttrs | NameAttrs = field(default=None, compare=False, hash=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.attrs is None:
            object.__setattr__(self, "attrs", ATTRS_OF[self.kind]())
        elif not isinstance(self.attrs, ATTRS_OF[self.kind]):
            raise TypeError(f"claim {self.id}: a {self.kind.value} claim takes {ATTRS_OF[self.kind].__name__}, "
                            f"not {type(self.attrs).__name__}")

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
    hedge: str = "exact"  # exact | approx | bound | weak (evidence that the claims are related is weaker) | at-most (stated must not exceed computed) | kinds-at-most (the same, warning: parts named as kinds may overlap)
    skip_reason: str | None = None
    said: str | None = None  # what the text states, for the message; defaults to the stated number
    tolerance: float = 0.0  # the absolute error the check's own rounding rules allow
    slack: float = 0.0  # further error that rounding of the inputs could explain: beyond tolerance but within slack warns
    messages: tuple[str, str] | None = None  # (when it holds, when it does not), overriding the default wording
    primary: str | None = None  # id of the claim the message says is wrong (the stated figure); None: no one claim is

    @property
    def excess(self) -> float | None:
        err = self.abs_error
        return None if err is None else max(0.0, err - self.tolerance)

    @property
    def overshoot(self) -> float | None:
        """How far the stated value exceeds the computed one beyond the tolerance: the measure of an
        'at-most' relation (parts named for a whole must not add up to more than the whole)."""
        if self.stated is None or self.computed is None:
            return None
        return max(0.0, self.stated - self.computed - self.tolerance)

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
    primary: str | None = None  # id of the claim the message says is wrong (its Relation's): where the finding is shown
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
