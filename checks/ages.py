"""Ages: 'Ilse Varga, 58, who was born in 1968' in June 2026 is 57 or 58 (the birthday is not
known, so one year either way of publication year minus birth year is allowed)."""

from __future__ import annotations

import re

from checks.context import Context, num
from factlint.extract.lexicon import BIRTHDAY_WORDS, RECORD_NOUNS, singular
from factlint.records import Claim, Document, Kind, Relation, merge_spans

APPOSED_BEFORE = re.compile(r"[A-Z][\w'-]+\s*(?:,|\()\s*(?:now\s+)?$")
TURNED_BEFORE = re.compile(r"\bturn(?:ed|s)\s+$", re.I)  # 'Hansen turned 73 in March'
BIRTHDAY_AFTER = re.compile(r"\s+(?:" + "|".join(BIRTHDAY_WORDS) + r")\b", re.I)

AT_AGE_BEFORE = re.compile(r"\b(?:aged|at\s+the\s+age\s+of|at\s+age|at|turned)\s+$", re.I)
RELATIVE_OF = re.compile(r"\b([A-Z][\w'-]+)\s*,\s*who\s+[^,;()]*$")  # 'Kessler, who died ... aged |81'
# 'Kessler, who led the party for a decade, died ... aged 81': the sentence's subject, a surname opening it
# (not a possessor: "Kessler's son died aged 40"), when no other person is named before the age
SUBJECT_OPENING = re.compile(r"\s*([A-Z][\w'-]+)(?![\w'’-])(?:\s*,\s*who\b[^;()]*?,|)\s+(?:[a-z][\w-]*\s+)*?(?:[a-z]+ed|died|was|is)\b[^;()]*$")
# 'She was 91.', 'He is 58 years old.': an age said of a pronoun subject, in a sentence of its own
PRONOUN_AGE_BEFORE = re.compile(r"\s*(?:He|She)\s+(?:was|is)\s+$")
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")  # 'at her home in |Szerencs'
PRONOUN_AGE_AFTER = re.compile(r"(?:\s+years?\s+old)?\s*[.;]")
BORN = re.compile(r"\b(?:born|b\.)\s+(?:in\s+|on\s+)?(?:\w+\s+)?(?:\d{1,2},?\s+)?$", re.I)


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """A stated age against a stated birth year of the same person and the publication date; the age
    of a thing someone owns against the year of it."""
    ctx = Context(doc, claims)
    if ctx.published is None:
        return []
    relations = []
    births = [c for c in claims if c.kind is Kind.DATE and isinstance(c.value, str) and re.match(r"^\d{4}", c.value)
              and (c.attrs.verb == "born" or BORN.search(ctx.before(c, 30)))]
    ages = [c for c in claims if c.kind is Kind.QUANTITY and (c.label == "AGE" or c.attrs.age or _apposed_age(ctx, c) or _turned(ctx, c)
                                                             or _pronoun_age(ctx, c))
            and float(c.value).is_integer() and c.unit in (None, "year", "years")  # 'a 6-month-old' is no age in years
            and not BIRTHDAY_AFTER.match(doc.text, c.end)]  # 'his 80th birthday' may be any year's
    owners = {a.id: _owner(ctx, a) for a in ages}
    used: set[str] = set()
    for born in births:
        person = _person_named(ctx, born) or _person_before(ctx, born) or _person_of_pronoun(ctx, born)
        described = _described_age(ctx, ages, born)
        if person is None and described is None:
            continue
        candidates = [described] if described is not None and described.id not in used else \
            [a for a in ages if a.id not in used and person is not None and owners[a.id] is not None and owners[a.id].value == person.value]
        if not candidates:
            continue
        age = min(candidates, key=lambda a: abs(a.start - born.start))
        used.add(age.id)
        at = _age_dated(ctx, age, born)
        if at is False:
            continue  # several years in the age's sentence: which one the age is at is not bound
        year = int(born.value[:4])
        then = int(at.value[:4]) if at is not None else ctx.published.year
        when = f"in {then}" if at is not None else f"in {ctx.published:%B %Y}"
        expected = then - year
        relations.append(Relation(
            id=ctx.relation_id("ages.birth-year", age, born), doc_id=ctx.doc.id, check="ages.birth-year",
            claims=(age.id, born.id) + ((person.id,) if person else ()) + ((at.id,) if at is not None else ()),
            spans=merge_spans([age.span, born.span] + ([person.span] if person else []) + ([at.span] if at is not None else [])),
            stated=float(age.value), computed=expected - 0.5, tolerance=0.5, said=num(age.value),
            working=f"born in {year}, so {expected - 1} or {expected} in {then}",
            messages=(f"{person.value if person else 'born'} in {year}: {expected - 1} or {expected} {when}, and the text says {num(age.value)}",
                      f"{person.value if person else 'born'} in {year}: {expected - 1} or {expected} {when}, but the text says {num(age.value)}")))
    return relations + thing_ages(ctx, used)


# "Soto's 18-year-old national record" / "Soto's 2006 mark": a possessor right before an age or a year
POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w-]*)(?:['’]s|['’])\s+$")
THING_REACH = 1  # sentences between an age of a thing and the year of the thing (same possessor)


def thing_ages(ctx: Context, used: set[str]) -> list[Relation]:
    """"Soto's 18-year-old national record ... beating Soto's 2006 mark": the age of a thing someone
    owns against the year written between the same possessor and a noun in its sentence or the next,
    the noun the same or both names of a record. Bound by possessor and noun, not by syntax: it
    passes or warns, never fails."""
    relations = []
    for age in ctx.claims:
        if age.kind is not Kind.QUANTITY or age.id in used or not age.attrs.age or not re.search(r"-old$", age.text) \
                or not float(age.value).is_integer():
            continue
        owner = POSSESSOR_BEFORE.search(ctx.before(age, 30))
        if owner is None:
            continue
        here = ctx.sentence_index(age.start)
        years = [d for d in ctx.claims if d.kind is Kind.DATE and isinstance(d.value, str) and re.fullmatch(r"\d{4}", d.value)
                 and abs(ctx.sentence_index(d.start) - here) <= THING_REACH and d.text == d.value
                 and (m := POSSESSOR_BEFORE.search(ctx.before(d, 30))) and m.group(1) == owner.group(1)
                 and re.match(r"\s+[a-z]", ctx.doc.text[d.end:d.end + 3])]
        if len(years) != 1:
            continue
        made = years[0]
        aged = {singular(w) for w in re.findall(r"[a-z]+", ctx.doc.text[age.end:age.end + 30].lower())[:2]}
        dated = singular((re.findall(r"[a-z]+", ctx.doc.text[made.end:made.end + 20].lower()) or [""])[0])
        measured = re.match(r"\s+[a-z]+\s+of\s+\d", ctx.doc.text[made.end:made.end + 30])  # "Soto's 2006 time of 11.02"
        if dated not in aged and not ((dated in RECORD_NOUNS or measured) and aged & RECORD_NOUNS):
            continue  # "Soto's 21-year-old son" and "Soto's 2006 win": two things
        year, then = int(made.value), ctx.published.year
        expected = then - year
        relations.append(Relation(
            id=ctx.relation_id("ages.birth-year", age, made), doc_id=ctx.doc.id, check="ages.birth-year",
            claims=(age.id, made.id), spans=merge_spans([age.span, made.span]),
            stated=float(age.value), computed=expected - 0.5, tolerance=0.5, said=num(age.value), hedge="weak",
            working=f"from {year}, so {expected - 1} or {expected} years old in {then}",
            messages=(f"{owner.group(1)}'s {year}: {expected - 1} or {expected} years old in {ctx.published:%B %Y}, and the text says {num(age.value)}",
                      f"{owner.group(1)}'s {year}: {expected - 1} or {expected} years old in {ctx.published:%B %Y}, but the text says {num(age.value)}")))
    return relations


def _age_dated(ctx: Context, age: Claim, born: Claim) -> Claim | None | bool:
    """The date an age is given at: 'became mayor in 1990 at the age of 40' is 40 in 1990, not at
    publication. Only an age said to be reached at something ('aged 40', 'at the age of 40') is; an
    apposed age ('Brandt, 49, who took office in 2021') is the person's age now. The one earlier year
    written in the age's sentence (besides the birth date); None when there is none or the age is
    apposed (the age is at publication); False when there are several."""
    if not AT_AGE_BEFORE.search(ctx.before(age, 20)):
        return None
    dated = [d for d in ctx.in_sentence(age, Kind.DATE) if d.id != born.id and isinstance(d.value, str) and not _later_clause(ctx, age, d)
             and re.match(r"^\d{4}", d.value) and not d.attrs.anchored_to_publication and d.attrs.year_from is None
             and not d.attrs.anchor and int(d.value[:4]) < ctx.published.year and not _other_clause(ctx, d, age)]
    if not dated:
        return None
    return dated[0] if len({d.value[:4] for d in dated}) == 1 else False


def _later_clause(ctx: Context, age: Claim, d: Claim) -> bool:
    """A year after the age, past the comma that closes the age's clause ('died on March 3 aged 81, led
    the choir that toured Korea in 1964'): it dates a verb of that later clause, not the moment the age is
    given at ('became mayor at the age of 40, in 1990' keeps 1990: no verb of its own after the comma)."""
    between = ctx.doc.text[age.end:d.start]
    if d.start < age.end or "," not in between or not d.attrs.verb:
        return False
    return d.attrs.verb.lower() in re.findall(r"[a-z]+", between[between.index(",") + 1:].lower())


def _other_clause(ctx: Context, d: Claim, age: Claim) -> bool:
    """A year of a clause closed off before the age ('Lind, who ruled from 1973 to 1990, died on
    Sunday aged 91'): it dates that clause's verb, which the age's own clause (after the last comma
    before it) does not repeat, not the moment the age is given at ('In 1990, he became mayor at
    the age of 40' keeps 1990: its verb is the age's)."""
    if d.end > age.start or not d.attrs.verb:
        return False
    between = ctx.doc.text[d.end:age.start]
    if "," not in between:
        return False
    return d.attrs.verb.lower() not in re.findall(r"[a-z]+", between[between.rindex(",") + 1:].lower())


# 'The 24-year-old keeper, born in 1999 in ...': a birth apposed to the noun an age describes
AGE_DESCRIBED_BORN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s*,\s*(?:who\s+was\s+)?born\s+(?:in\s+)?$")


def _described_age(ctx: Context, ages: list[Claim], born: Claim) -> Claim | None:
    """'The 24-year-old keeper, born in 1999, ...': the age of the noun a birth is apposed to, whoever
    it is (the parse binds the two to one noun; no name is needed)."""
    return next((a for a in ages if a.end <= born.start and ctx.sentence(a) == ctx.sentence(born)
                 and AGE_DESCRIBED_BORN.fullmatch(ctx.doc.text[a.end:born.start])), None)


def _apposed_age(ctx: Context, c: Claim) -> bool:
    """'Ferrante, 71, said': a bare whole number set off by commas right after a name is an age
    (whose it is, ``_owner`` decides: only a person named in the article has one)."""
    if c.label != "CARDINAL" or c.unit or c.attrs.noun or not 1 <= c.value <= 120 or c.attrs.numerals is None:
        return False
    return bool(APPOSED_BEFORE.search(ctx.before(c, 30))) and ctx.doc.text[c.end:c.end + 1] in (",", ")")


def _pronoun_age(ctx: Context, c: Claim) -> bool:
    """'She was 91.': a bare whole number that is all a 'He/She was' sentence says is the age of the person
    the sentence before is about (``_owner``)."""
    if c.label not in ("CARDINAL", "AGE") or c.attrs.noun or not 1 <= c.value <= 120 or c.attrs.numerals is None:
        return False
    s, _ = ctx.sentence(c)
    return bool(PRONOUN_AGE_BEFORE.fullmatch(ctx.doc.text[s:c.start])) and bool(PRONOUN_AGE_AFTER.match(ctx.doc.text, c.end))


def _turned(ctx: Context, c: Claim) -> bool:
    """'Hansen turned 73 in March': a bare whole number after 'turned' is the age reached."""
    return c.label == "CARDINAL" and not c.unit and not c.attrs.noun and 1 <= c.value <= 120 \
        and c.attrs.numerals is not None and bool(TURNED_BEFORE.search(ctx.before(c, 12)))


def _person_named(ctx: Context, c: Claim) -> Claim | None:
    """'... sentence Pellow, who was born in 1965': the surname right before the clause, matched
    to a person named anywhere in the article."""
    m = re.search(r"([A-Z][\w'-]+)\s*(?:,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+(?:was|is)\s+)?|\(\s*)(?:born|b\.)\s+(?:in\s+)?(?:\w+\s+)?$",
                  ctx.before(c, 60))
    if m is None and c.attrs.verb == "born":  # 'Kovac, born in Split on May 4, 1950,': the name before 'born'
        s, _ = ctx.sentence(c)
        m = re.search(r"([A-Z][\w'-]+)\s*,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+(?:was|is)\s+)?born\b", ctx.doc.text[s:c.start])
    if m is None:  # 'Kovac was born in Split in 1950': the surname that is the subject of 'was born'
        s, _ = ctx.sentence(c)
        m = re.search(r"\b([A-Z][\w'-]+)\s+(?:was|had\s+been)\s+born\b[^.;]*$", ctx.doc.text[s:c.start])
        if m and len({str(n.value) for n in ctx.claims if n.kind is Kind.NAME and n.label == "PERSON"
                      and str(n.value).split()[-1:] == [m.group(1)]}) != 1:
            m = None  # no person of that surname, or two ('his son Piet Kessler'): whose birth it is is not bound
    if m is None and c.attrs.verb == "born":  # 'Born in Split on May 4, 1950, Kovac ...' / 'Born in 1950 in Split, Kovac': the subject after it
        _, e = ctx.sentence(c)
        m = re.match(r"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s*,\s*([A-Z][\w'-]+)\s+(?!of\b|in\b)[a-z]", ctx.doc.text[c.end:e])
        if m is None and re.match(r"\W*Born\b", ctx.doc.text[ctx.sentence(c)[0]:c.start]):  # 'Born in 1950 in a village near Split, Kovac ...'
            m = re.match(r"\s+in\s+[^,;.]{1,60},\s*([A-Z][\w'-]+)\s+(?!of\b|in\b)[a-z]", ctx.doc.text[c.end:e])
    return _person_by_surname(ctx, m.group(1)) if m else None


def _person_of_pronoun(ctx: Context, c: Claim) -> Claim | None:
    """'Jan Novak died on Sunday at 64. He was born in Brno in 1959.': a sentence whose subject is
    'He' or 'She' is about the last person named in the sentence before it."""
    s, _ = ctx.sentence(c)
    if not re.match(r"\s*(?:He|She)\s+(?:was|had\s+been)\s+born\b", ctx.doc.text[s:c.start]):
        return None
    return _person_in_sentence_before(ctx, c)


def _person_in_sentence_before(ctx: Context, c: Claim) -> Claim | None:
    """The one person named in the sentence before ``c``'s (what a 'He' or 'She' opening it is about), or None."""
    s, _ = ctx.sentence(c)
    k = ctx.sentence_index(s)
    if k == 0:
        return None
    ps, pe = ctx.doc.sentences[k - 1]
    named = [n for n in ctx.claims if n.kind is Kind.NAME and n.label == "PERSON" and ps <= n.start < pe
             and not PLACE_PREPOSITION_BEFORE.search(ctx.doc.text, max(ps, n.start - 6), n.start)]
    # ('died at her home in Szerencs': a place the tagger took for a person is no one a 'She' is;
    # two people named: which one it is, the pronoun alone does not say)
    return named[-1] if len({str(n.value) for n in named}) == 1 else None


def _person_by_surname(ctx: Context, surname: str) -> Claim | None:
    """The first person named in the article whose canonical name ends with ``surname``; else, when no
    person has it, the first name ending with it that NER gave another label ('Eva Lindqvist' or a lone
    'Lindqvist' taken for an organisation), a full name before a lone surname. The callers only ask for
    the surname of one who was born, died or has an age, which a company or a place has not."""
    person = ctx.persons_by_surname.get(surname)
    if person is not None:
        return person
    others = [n for n in ctx.claims if n.kind is Kind.NAME and str(n.value).split()[-1:] == [surname] and n.label in ("ORG", "GPE", "NORP", "FAC")]
    return next((n for n in others if len(str(n.value).split()) >= 2), others[0] if others else None)


def _owner(ctx: Context, age: Claim) -> Claim | None:
    """Whose age: 'Ferrante, 26,' -> the person named Ferrante, even where NER missed the mention;
    'She was 91.' -> the last person named in the sentence before."""
    if _pronoun_age(ctx, age):
        return _person_in_sentence_before(ctx, age)
    m = re.search(r"([A-Z][\w'-]+)\s*,\s*(?:now\s+)?$", ctx.before(age, 40))
    if m is None and AT_AGE_BEFORE.search(ctx.before(age, 20)):
        # 'Kessler, who died in a Tarvik hospital on Sunday aged 81': the age is said of the one the
        # relative clause it stands in is about (no comma closes the clause before it)
        s, _ = ctx.sentence(age)
        m = RELATIVE_OF.search(ctx.doc.text, s, age.start)
        if m is None:
            m = SUBJECT_OPENING.match(ctx.doc.text, s, age.start)
            if m and any(n.label == "PERSON" and m.end(1) <= n.start and n.end <= age.start for n in ctx.in_sentence(age, Kind.NAME)):
                m = None  # another person named between the subject and the age
    return (_person_by_surname(ctx, m.group(1)) if m else None) or _person_before(ctx, age)


def _person_before(ctx: Context, c: Claim) -> Claim | None:
    """The person a sentence is about: the nearest PERSON name before the claim in its sentence,
    else the first PERSON of the sentence after it ('Born in 1977, Wolter ...'); not a possessor."""
    names = [n for n in ctx.in_sentence(c, Kind.NAME) if (n.label == "PERSON" or (n.label == "ORG" and " " not in n.text))
             and not re.match(r"['’]s?\b", ctx.doc.text[n.end:n.end + 2])]  # "Ardel's brother": a possessor is not whose age it is
    before = [n for n in names if n.end <= c.start]
    if before:
        return before[-1]
    after = [n for n in names if n.start >= c.end]
    return after[0] if after else None
