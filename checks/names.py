"""Names: one person keeps one spelling and one title; declared variants of one organisation are
recognised as the same.

"Katrin Wolter ... Walter said" (a surname one letter off, which extraction may even have
relabelled an organisation because no full name explains it) warns; "Interior Minister Karl
Brandt ... Justice Minister Brandt" fails; "NATO-Russia Council" / "Russia-NATO Council" passes.
"""

from __future__ import annotations

import re
from collections import defaultdict

from checks.context import Context
from factlint.records import Claim, Document, Kind, Relation, merge_spans

SPELLING, TITLE = "names.spelling", "names.title"

# Words that put a title in another time, so two titles need not agree.
TIME_WORDS = {"former", "ex", "ex-", "then", "acting", "outgoing", "incoming", "interim", "new", "late", "retired",
              "future", "designate", "elect", "caretaker", "previous", "current", "deputy", "vice", "assistant"}
SYNONYMS = [
    (r"\bceo\b", "chief executive"), (r"\bchief executive officer\b", "chief executive"),
    (r"\bcfo\b", "chief financial"), (r"\bchief financial officer\b", "chief financial"),
    (r"\bcoo\b", "chief operating"), (r"\bchief operating officer\b", "chief operating"),
    (r"\bcto\b", "chief technology"), (r"\bchief technology officer\b", "chief technology"),
    (r"\bpm\b", "prime minister"), (r"\bgen\.", "general"), (r"\bsen\.", "senator"), (r"\brep\.", "representative"),
    (r"\bgov\.", "governor"), (r"\bpres\.", "president"), (r"\bprof\.?\b", "professor"), (r"\bdr\.?\b", "doctor"),
    (r"\bspokes(?:man|woman)\b", "spokesperson"), (r"\bchairman\b|\bchairwoman\b", "chair"),
    (r"\bdefense\b", "defence"), (r"\bforeign affairs\b", "foreign"), (r"\bhome affairs\b", "home"),
]


def derive(doc: Document, claims: tuple[Claim, ...]) -> list[Relation]:
    """Spelling (warn): a lone name, or a full name, a letter or two away from a person's name and
    explained by nothing else in the article. Title (fail): two titles of one person with the same
    head word and different portfolios ('Interior Minister' / 'Justice Minister'); titles where one
    contains the other ('Foreign Minister' / 'Russian Foreign Minister'), synonyms ('CEO' / 'Chief
    Executive') or different heads ('Senator' / 'candidate') are compatible. Variant (pass): the
    forms extraction grouped as one organisation."""
    ctx = Context(doc, claims)
    names = [c for c in claims if c.kind is Kind.NAME]
    # names.variant derives nothing: organisation variants are grouped by extraction with the same key a
    # check would compare them by, so a relation could only ever pass (a check never passes by construction).
    return [*_spelling(ctx, names), *_titles(ctx, names)]


# -- spelling ---------------------------------------------------------------------------------

def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def near_miss(a: str, b: str) -> bool:
    """'Wolter'/'Walter', 'Salmivaara'/'Salmivara', 'Brunet'/'Bruneau': the same first letter and
    one edit (two for longer names sharing a long start); short names differ by one letter too often."""
    a, b = a.lower(), b.lower()
    if a == b or a[:1] != b[:1]:
        return False
    d, shortest = edit_distance(a, b), min(len(a), len(b))
    prefix = len(_common_prefix(a, b))
    return (d == 1 and shortest >= 5) or (d == 2 and shortest >= 6 and prefix >= 4)


def _common_prefix(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]


def _lone(c: Claim) -> str | None:
    """A single capitalised word that nothing linked to a full name: 'Walter', 'Salmivara'."""
    if c.label not in ("PERSON", "ORG") or c.attrs.short_form or c.attrs.variant_of:  # a place is no surname
        return None
    word = re.sub(r"['’]s?$", "", c.text)
    if " " in word or c.value != c.text or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", word) or len(word) < 4:
        return None
    return word


def _spelling(ctx: Context, names: list[Claim]) -> list[Relation]:
    persons = [c for c in names if c.label == "PERSON" and len(str(c.value).split()) >= 2]
    first_of: dict[str, Claim] = {}
    for c in persons:
        first_of.setdefault(str(c.value), c)
    # Every word of a multi-word name explains itself: 'Aurora' in 'Solveig Aurora', 'Walter' in 'Walter Reed'.
    explained = {w for c in names if " " in str(c.value) or " " in c.text for w in re.findall(r"[A-Za-z]+", f"{c.value} {c.text}")}
    relations: list[Relation] = []
    lone: dict[str, list[Claim]] = defaultdict(list)
    for c in names:
        word = _lone(c)
        if word and word not in explained:
            lone[word].append(c)
    for word, mentions in lone.items():
        if all(_quoted(ctx.doc.text, c.start) for c in mentions):
            continue  # only ever in someone's words: a nickname as often as a slip
        # 'Peters' of 'Ann Peters' and a 'Peter' named alone: a plural-looking surname is a name of its own
        matches = [full for full in first_of if near_miss(word, full.split()[-1])
                   and word.lower() + "s" != full.split()[-1].lower() and full.split()[-1].lower() + "s" != word.lower()]
        if len(matches) != 1:
            continue  # nobody, or more than one person it could be
        full = first_of[matches[0]]
        relations.append(_spelling_relation(ctx, full, mentions, matches[0].split()[-1], word))
    values = list(first_of)
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            (fa, *_, sa), (fb, *_, sb) = a.split(), b.split()
            if (fa == fb and near_miss(sa, sb)) or (sa == sb and near_miss(fa, fb)):
                later = [c for c in persons if c.value == b]
                relations.append(_spelling_relation(ctx, first_of[a], later, a, b))
    return relations


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks of its paragraph (straight or curly)."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _spelling_relation(ctx: Context, full: Claim, others: list[Claim], right: str, wrong: str) -> Relation:
    first = others[0]
    where = f"\u201c{full.text}\u201d ({ctx.paragraph(full)}) and \u201c{first.text}\u201d ({ctx.paragraph(first)})"
    return Relation(
        id=ctx.relation_id(SPELLING, full, first), doc_id=ctx.doc.id, check=SPELLING,
        claims=(full.id, *(c.id for c in others)), spans=merge_spans([full.span, *(c.span for c in others)]),
        stated=float(edit_distance(wrong.lower(), right.lower())), computed=0.0,  # GX decides on the distance
        working=f"{wrong} vs {right}", hedge="weak", said=wrong,
        messages=(f"{where}: one spelling", f"{where}: one person spelled two ways? {wrong} vs {right}"),
    )


# -- titles -----------------------------------------------------------------------------------

def _titles(ctx: Context, names: list[Claim]) -> list[Relation]:
    by_person: dict[str, list[tuple[Claim, str, tuple[int, int]]]] = defaultdict(list)
    for c in names:
        role = c.attrs.role
        if c.label != "PERSON" or not role:
            continue
        span = _role_span(ctx, c, role)
        words = _portfolio(role, span, names)
        if words is None:
            continue
        by_person[str(c.value)].append((c, role, span))
    relations = []
    for person, mentions in by_person.items():
        if len(mentions) < 2:
            continue
        # two titles in one sentence are no contradiction a writer makes unawares: a correction ('X should
        # be Y'), a change of office; such a sentence says nothing about which title holds
        sentences = defaultdict(set)
        for c, role, _ in mentions:
            sentences[ctx.sentence_index(c.start)].add(role)
        mentions = [m for m in mentions if len(sentences[ctx.sentence_index(m[0].start)]) == 1]
        if len(mentions) < 2:
            continue
        pair = next(((a, b) for i, a in enumerate(mentions) for b in mentions[i + 1:] if _conflict(a, b, names)), None)
        first, other = pair or (mentions[0], mentions[-1])
        relations.append(_title_relation(ctx, person, first, other, _distance(first, other, names)))
    return relations


def _role_span(ctx: Context, c: Claim, role: str) -> tuple[int, int]:
    text = ctx.doc.text
    start = text.rfind(role, max(0, c.start - len(role) - 3), c.start)
    return (start, start + len(role)) if start >= 0 else c.span


def _portfolio(role: str, span: tuple[int, int], names: list[Claim]) -> tuple[str, frozenset[str]] | None:
    """(head, portfolio words) of a title, or None when it cannot be compared: 'German Interior
    Minister' -> ('minister', {'interior'}); names of places and peoples inside
    the title ('German', 'Finnish') say whose office it is, not which."""
    text = role
    for n in names:
        if n.label in ("GPE", "NORP") and span[0] <= n.start and n.end <= span[1] and n.text != role:
            text = text.replace(n.text, " ")
    low = text.lower()
    for pattern, repl in SYNONYMS:
        low = re.sub(pattern, repl, low)
    words = re.findall(r"[a-z][a-z'\-]*", low)
    if not words or set(words) & TIME_WORDS:
        return None
    words = [w for w in words if w not in ("the", "of", "and", "for", "'s")]
    if words and words[-1] == "officer" and len(words) > 1:
        words = words[:-1]
    return (words[-1], frozenset(words[:-1])) if words else None


def _distance(a, b, names: list[Claim]) -> int:
    """How far two titles of one person are apart: the portfolio words the closer side lacks (0 when
    one title contains the other: 'Minister' and 'Interior Minister'), and 0 for different offices,
    which can be held at once ('Senator' and 'candidate')."""
    pa, pb = _portfolio(a[1], a[2], names), _portfolio(b[1], b[2], names)
    if pa is None or pb is None or pa[0] != pb[0]:
        return 0
    return min(len(pa[1] - pb[1]), len(pb[1] - pa[1]))


def _conflict(a, b, names: list[Claim]) -> bool:
    return _distance(a, b, names) > 0


def _title_relation(ctx: Context, person: str, a, b, distance: int) -> Relation:
    (ca, ra, sa), (cb, rb, sb) = a, b
    here = f"{ra} ({ctx.paragraph(ca)})"
    there = f"{rb} ({ctx.paragraph(cb)})"
    return Relation(
        id=ctx.relation_id(TITLE, ca, cb), doc_id=ctx.doc.id, check=TITLE, claims=(ca.id, cb.id),
        spans=merge_spans([sa, ca.span, sb, cb.span]), stated=float(distance), computed=0.0,
        working=f"{person}: {here} and {there}", hedge="exact", said=rb,
        messages=(f"{person}: {here} and {there} are compatible titles", f"{person}: {here} vs {there}, two different titles"),
    )
