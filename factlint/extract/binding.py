"""What a number is bound to, read from the dependency parse: the noun it counts, whose it is,
the event (verb) it belongs to and the role it plays there, and which other number of the
sentence it restates or is a part of.

Checks relate numbers only through these bindings, never through the words between them: two
numbers are parts of one whole when the syntax says so ('A of them', 'including A and B', a
coordination under one verb), a change's amount, start and end when they hang on one verb of
change through 'by', 'from' and 'to'.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from factlint.extract import lexicon

# The dependency labels (ClearNLP, as spaCy's English models use them) that attach a number to the
# noun it counts, or a noun to the phrase it belongs to.
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "npadvmod", "amod", "advmod"})
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECT = frozenset({"dobj", "attr", "oprd", "dative"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True)
class Phrase:
    """The number's phrase in the parse (token indices of one paragraph ``Doc``)."""

    number: int  # last token of the number
    head: int  # the phrase's head: the counted noun, or the number itself when it stands alone
    noun: str | None  # lemma of the counted noun, lower case
    role: str  # subject | object | amount | to | from | by | of | in | appos | other
    verb: int | None  # the verb (or noun of change) the phrase belongs to
    owner: str | None  # a proper name the counted noun belongs to ('Apple's 400 stores', 'the Paris office')
    conj_of: int | None  # the phrase head this one is coordinated with ('A and B'), if any
    restates: int | None  # the phrase head this one restates ('X, or P percent', 'X (Y)')
    part_of: int | None  # the phrase head of the whole ('A of the N', 'A of them' -> the antecedent's head)


def _phrase_head(doc: Doc, number: int) -> int:
    """Climb from the number to the noun it counts: '12.5 points' -> points, '5 billion dollar
    package' -> package only through compounds of the number itself."""
    tok = doc[number]
    for _ in range(6):
        if tok.dep_ in ("compound", "quantmod", "nummod") and tok.head.pos_ == "NUM" and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i and (
            tok.head.pos_ in ("NOUN", "PROPN", "SYM") or tok.dep_ == "nummod" and tok.head.i == tok.i + 1 and tok.head.is_alpha):
        # (a plural noun the tagger took for a verb, 'and 10 bronzes', is still the counted noun)
        head = tok.head
        # a measure used as a modifier: '5 billion dollar package' counts dollars, belongs to the package;
        # but a singular noun modifying a plural one is not what a number counts: '120 council seats'
        if head.tag_ == "NN" and head.dep_ == "compound" and head.head.tag_ == "NNS" and head.head.i == head.i + 1 \
                and head.lower_ not in lexicon.CURRENCY_NOUNS:
            head = head.head
        elif head.lower_ in lexicon.CURRENCY_NOUNS and head.dep_ == "compound" and head.head.i == head.i + 1 \
                and head.head.pos_ == "NOUN" and head.head.lower_ not in lexicon.CURRENCY_NOUNS:
            head = head.head  # 'a 2.5 billion dollar deal' is the deal's amount, as '$2.5 billion deal' is
        return past_model_name(doc, head).i
    if tok.dep_ in _NUMBER_DEPS and _hyphened(doc, tok.i, tok.head.i):
        # 'a 40-strong team': the word joined to the number by a hyphen is what it counts, whatever
        # its tag (the parser takes 'strong' for an adjective), as 'member' in 'a 12-member jury'
        return tok.head.i
    noun = _past_adjective(tok)
    return noun.i if noun is not None else tok.i


def _past_adjective(tok: Token) -> Token | None:
    """'20 more trucks', '300 all-new buses': the parser can hang a number on the adjective between
    it and the noun; the number counts the noun, when the adjective and all between modify it."""
    adj = tok.head
    if tok.dep_ not in _NUMBER_DEPS or adj.pos_ != "ADJ" or adj.dep_ != "amod" or not tok.i < adj.i < adj.head.i \
            or adj.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = adj.head
    inside = {t.i for t in noun.lefts for t in t.subtree}
    return noun if all(k in inside for k in range(tok.i, noun.i)) else None


def _hyphened(doc: Doc, number: int, word: int) -> bool:
    """The word right after the number, joined to it by a hyphen with no space ('40-strong')."""
    if word != number + 2 or doc[number + 1].text not in ("-", "–") or not doc[word].is_alpha:
        return False
    left, hyphen = doc[number], doc[number + 1]
    return left.idx + len(left.text) == hyphen.idx and hyphen.idx + 1 == doc[word].idx


def past_model_name(doc: Doc, head: Token) -> Token:
    """'six new K9 XR (Extended Reach) trams': a model's code and its bracketed gloss before a plural
    noun, which the parser can take for the counted word; the count is of the noun after the gloss."""
    if head.pos_ != "PROPN" or not (head.is_upper or any(ch.isdigit() for ch in head.text)) or head.i + 3 >= len(doc) \
            or doc[head.i + 1].text != "(":
        return head
    closed = next((k for k in range(head.i + 2, min(head.i + 8, len(doc))) if doc[k].text == ")"), None)
    if closed is None or closed + 1 >= len(doc) or not gloss(doc, head.i + 1, closed + 1):
        return head
    after = doc[closed + 1]
    return after if after.pos_ == "NOUN" and after.tag_ == "NNS" else head


def gloss(doc: Doc, start: int, end: int) -> set[int]:
    """Token indices of one bracketed gloss of capitalised words between ``start`` and ``end`` ('five new
    E190 LR (Long Range) jets': the model's name spelled out), which leaves the count on the noun after it."""
    opened = next((k for k in range(start, end) if doc[k].text == "("), None)
    if opened is None or opened + 2 >= end:
        return set()
    closed = next((k for k in range(opened + 1, end) if doc[k].text == ")"), None)
    if closed is None or closed == opened + 1 or not all(doc[k].is_alpha and doc[k].text[0].isupper() for k in range(opened + 1, closed)):
        return set()
    return set(range(opened, closed + 1))


def _noun(doc: Doc, head: int, number: int) -> str | None:
    """The counted noun, singular and lower case (the pipeline runs without a lemmatizer)."""
    tok = doc[head]
    if head != number:
        if not doc[number].ent_type_ in ("DATE", "TIME") and any(
                doc[k].ent_type_ in ("DATE", "TIME") and doc[k].ent_iob_ == "B"
                and (k > number + 1 or lexicon.singular(doc[k].lower_) not in lexicon.TIME_UNIT_CODES)
                and not (doc[k].dep_ == "amod" and doc[k].head.i == head and doc[k].tag_ == "JJ")  # '14 nightly crossings'
                for k in range(number + 1, head + 1)):
            return None  # '600 last year': the parser hangs the count on the date after it
        return lexicon.singular(tok.lower_)
    # 'three of the soldiers': the noun is the object of 'of'
    obj = _partitive_child(tok)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        return lexicon.singular(obj.lower_)
    after = _noun_past_bracket(doc, tok)
    return lexicon.singular(after.lower_) if after is not None else None


def _noun_past_bracket(doc: Doc, tok: Token) -> Token | None:
    """'for a $40 million (35 million euros) contract': with a bracket between the number and its
    noun, the parser can make the noun an apposition of the number; it is still the noun counted."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "(":
        return None
    closed = next((k for k in range(tok.i + 2, min(tok.i + 12, len(doc))) if doc[k].text == ")"), None)
    if closed is None:
        return None
    noun = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > closed), None)
    if noun is None or any(doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "ADP") for k in range(closed + 1, noun.i)):
        return None
    return noun


def _climb(doc: Doc, head: int, heads: set[int]) -> tuple[str, int | None, int | None]:
    """(role, verb, conj_of) of a phrase head: its relation to the event it belongs to."""
    tok = doc[head]
    conj_of = None
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 8:
        conj_of = conj_of if conj_of is not None else tok.head.i
        tok = tok.head
        seen += 1
        if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.i in heads:
            # '300 of them in the north and 150 elsewhere': the parser hangs the second number on
            # the first one's preposition; it is coordinated with the first number's phrase
            conj_of = tok.head.i
            tok = tok.head
        elif tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.i > 0 and tok.i - 1 in heads and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.i < tok.i - 1:
            # 'A in X and B in Y' with 'in X' hung on the verb: B is coordinated with A, the phrase
            # just before the preposition and on the same verb
            conj_of = tok.i - 1
            tok = doc[tok.i - 1]
    dep = tok.dep_
    if dep == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        role = prep.lower_ if prep.lower_ in ("to", "from", "by", "of", "in", "at", "with", "for") else "other"
        gov = prep.head
        if gov.dep_ == "prep" and gov.pos_ == "ADP" and gov.head.i != gov.i:
            gov = gov.head  # 'from S to E' with 'to' hung on 'from'
        if gov.i in heads and gov.i != tok.i and role == "to":
            # 'from S to E': the parser hangs 'to E' on S; E belongs to S's clause
            return role, _climb(doc, gov.i, heads)[1], conj_of
        return role, gov.i if _governs(gov) or gov.pos_ == "NOUN" or _predicative(gov) else None, conj_of
    if dep in _SUBJECT:
        role = "subject"
    elif dep in _OBJECT or dep in ("npadvmod", "advmod") and _predicative(tok.head):
        role = "object"  # ('the deal is worth $5 million': the measure of the predicate, a level)
    elif dep in ("npadvmod", "advmod"):
        role = "amount"
    elif dep == "appos":
        if tok.head.i in heads and _partitive_child(tok) is None and not _same_measure(doc, tok, tok.head):
            # '10 golds, five silvers and 12 bronzes': the parser apposes list items; they are coordinated
            role, verb, _ = _climb(doc, tok.head.i, heads)
            return role, verb, conj_of if conj_of is not None else tok.head.i
        if tok.head.i not in heads and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("to", "from") \
                and _partitive_child(tok.head) is None:
            # 'jumped 16 percent to a record $110 million': the figure names the end the noun stands for
            role, verb, _ = _climb(doc, tok.head.i, heads)
            return role, verb, conj_of
        return "appos", None, conj_of
    elif dep in ("compound", "nummod", "amod") and (_is_change(tok.head) or tok.head.lower_ in lexicon.MARGIN_WORDS):
        # 'a 43 percent increase', 'a $2 million drop', 'a 24 percent lead': the amount of the noun
        return "amount", tok.head.i, conj_of
    else:
        role = "other"
    gov = tok.head
    return role, gov.i if gov.i != tok.i and (_governs(gov) or _predicative(gov)) else (tok.i if tok.dep_ == "ROOT" else None), conj_of


def _is_change(tok: Token) -> bool:
    return tok.lower_ in lexicon.RISE_WORDS or tok.lower_ in lexicon.FALL_WORDS


def _clause_of(tok: Token) -> Token:
    """The clause a governor stands for: 'was up 3 percent' is the clause of 'was'."""
    if tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") \
            and not (tok.pos_ == "NOUN" and (_is_change(tok) or tok.lower_ in lexicon.MARGIN_WORDS) and tok.dep_ in _OBJECT):
        return tok.head
    return tok  # 'reported a 40 percent decline': the noun of change is the event, not 'reported'


def _governs(tok: Token) -> bool:
    """A verb, or a word of change that acts as one ('was up four cents', 'down 3 percent')."""
    return tok.pos_ in ("VERB", "AUX") or tok.lower_ in lexicon.RISE_WORDS or tok.lower_ in lexicon.FALL_WORDS


def _predicative(tok: Token) -> bool:
    """An adjective that is the predicate of its clause ('is worth', 'could be as high as'): a figure
    it governs belongs to the clause's verb (``_clause_of`` climbs to it)."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd") and tok.head.pos_ in ("VERB", "AUX") and not _governs(tok)


def _owner(doc: Doc, head: int) -> str | None:
    tok = doc[head]
    bracket = gloss(doc, max(0, head - 7), head) if head > 0 and doc[head - 1].text == ")" else set()
    for child in tok.children:
        if child.i in bracket or child.i + 1 in bracket and doc[child.i + 1].text == "(":
            continue  # 'five new E190 LR (Long Range) jets': a model's code and its gloss, not an owner
        if child.i > 0 and doc[child.i - 1].text == "(" and child.i < head:
            continue  # 'a $40 million (GB 20 million) contract': a code in a bracketed conversion
        if child.dep_ in _OWNER_DEPS and child.pos_ == "PROPN" or child.dep_ == "poss" and child.ent_type_:
            return child.text
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return obj.text
    return None


def _restates(doc: Doc, head: int, heads: set[int]) -> int | None:
    """'fell 12.5 points, or 1.2 percent': the percent restates the points (a coordination with
    'or' between two measures of one amount); an apposition or a parenthesis ('X (Y)') restates X.
    A partitive apposition ('450 people, 300 of them') is a part, not a restatement."""
    tok = doc[head]
    if tok.head.i not in heads and tok.dep_ == "conj":
        # 'had revenue of A yuan, or B yuan a share': the parse hangs the 'or' figure on the noun
        # before 'of'; read by position, it restates the figure right before ', or' in its own unit
        i = tok.left_edge.i
        if i >= 3 and doc[i - 1].lower_ == "or" and doc[i - 2].text == "," and doc[i - 3].i in heads \
                and _same_measure(doc, tok, doc[i - 3]) and _partitive_child(tok) is None:
            return doc[i - 3].i
        return None
    if tok.head.i not in heads or tok.head.i == tok.i or _partitive_child(tok) is not None:
        return None
    if tok.dep_ == "conj" and any(c.lower_ == "or" for c in tok.head.children if c.dep_ == "cc"):
        return tok.head.i
    in_parens = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "("
    if in_parens and tok.dep_ in ("appos", "conj", "npadvmod", "dep", "nummod"):
        return tok.head.i
    if tok.dep_ == "appos" and _same_measure(doc, tok, tok.head) \
            and all(doc[k].is_punct for k in range(tok.head.i + 1, tok.left_edge.i)):
        return tok.head.i  # (right after it: '40 percent came from X, 35 percent from Y' is a gapped list, the parse's appos notwithstanding)
    return None


def _same_measure(doc: Doc, a: Token, b: Token) -> bool:
    """Two phrases in apposition that measure one thing (a currency and its conversion, an amount
    and its percent); apposed counts of different nouns ('10 golds, five silvers') are a list."""
    words = {a.lower_, b.lower_}
    if words & lexicon.PERCENT_WORDS:
        return True
    return bool(a.lower_ in lexicon.CURRENCY_NOUNS and b.lower_ in lexicon.CURRENCY_NOUNS) or a.lower_ == b.lower_


def _partitive_child(tok: Token) -> Token | None:
    """The object of 'of' under a number: '300 of them', 'three of the 12 ships'."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _clause_whole(doc: Doc, tok: Token, number_heads: dict[int, int]) -> int | None:
    """'Of the 40 detained, 31 were freed and nine charged': a fronted 'of' phrase with a number,
    on the verb (or the first of coordinated verbs) whose subject (or object) this number is. A fronted
    partitive pronoun takes its whole from what it stands for: '900 staff, of whom 600 are ...' (the
    noun the relative clause hangs on), '300 homes, among them 120 ...' (the number phrase just before)."""
    if tok.dep_ not in _SUBJECT and tok.dep_ not in _OBJECT:
        return None
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    heads = set(number_heads.values())
    if verb.i != tok.head.i and tok.dep_ in _SUBJECT:
        # 'Of the 30 hurt, 20 were men and 10 were women': the second verb's subject is a part of the
        # whole the first verb's subject is a part of
        first = next((c for c in verb.children if c.dep_ in _SUBJECT and c.i in heads and c.i < tok.i), None)
        obj = _partitive_child(first) if first is not None else None
        if obj is not None:
            inside = [number_heads[t.i] for t in obj.subtree if t.i in number_heads]
            if inside:
                return inside[0]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among") and child.i < tok.i:
            for obj in child.subtree:
                if obj.i in number_heads and number_heads[obj.i] != tok.i:
                    return number_heads[obj.i]
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lower_ not in lexicon.PARTITIVE_PRONOUNS or obj.i + 1 != tok.left_edge.i and tok.dep_ not in _SUBJECT:
                continue
            if verb.dep_ == "relcl" and verb.head.i in heads:
                return verb.head.i
            whole = _whole_before(doc, child, heads)
            if whole is not None:
                return whole
    return None


def _whole_before(doc: Doc, prep: Token, heads: set[int]) -> int | None:
    """The number phrase a partitive phrase ('among them', 'of whom') stands for: the one that ends
    just before it (a comma aside), in the same sentence."""
    last = prep.i - 1
    if last >= 0 and doc[last].is_punct:
        last -= 1
    return last if last >= 0 and last in heads and doc[last].sent.start == prep.sent.start else None


def _include_whole(doc: Doc, tok: Token, number_heads: dict[int, int]) -> int | None:
    """'a package of N that includes A for X and B for Y', 'N killed, including A ...': the whole is
    the number phrase the including clause or phrase hangs on."""
    heads = set(number_heads.values())
    verb = tok.head
    if tok.dep_ == "conj":
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        verb = verb.head
    if verb.lower_ not in lexicon.INCLUDE_WORDS:
        return None
    anchor = verb.head if verb.dep_ in ("relcl", "prep", "acl", "advcl") and verb.head.i != verb.i else \
        next((c for c in verb.children if c.dep_ in _SUBJECT), None)
    if anchor is None:
        return None
    if anchor.i in heads:
        return anchor.i
    if anchor.pos_ in ("VERB", "AUX"):  # 'N people were killed, including ...': the verb's subject
        anchor = next((c for c in anchor.children if c.dep_ in _SUBJECT), anchor)
        if anchor.i in heads:
            return anchor.i
    inside = [number_heads[t.i] for t in anchor.subtree if t.i in number_heads and t.i < verb.i]
    return inside[-1] if inside else None


def _part_of(doc: Doc, head: int, number_heads: dict[int, int]) -> int | None:
    """The whole a number is a part of: 'A of the N [things]' -> N's phrase; 'A of them' / an
    apposition to a counted noun ('450 people, 300 of them in ...') -> the noun's number; a
    fronted 'Of the N ...' over the clause whose subject the number is."""
    tok = doc[head]
    obj = _partitive_child(tok)
    if obj is None and tok.dep_ == "nummod" and tok.head.lower_ in lexicon.PARTITIVE_PRONOUNS and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ in ("of", "among") and tok.head.i + 1 == tok.i:
        # '300 homes, among them 120 ...' parsed with the number on the pronoun
        return _whole_before(doc, tok.head.head, set(number_heads.values()))
    if obj is None:
        return _clause_whole(doc, tok, number_heads) or _include_whole(doc, tok, number_heads)
    if obj.i in number_heads.values():
        return obj.i
    for child in obj.subtree:
        if child.i in number_heads:
            return number_heads[child.i]
    if obj.lower_ in lexicon.PARTITIVE_PRONOUNS:
        # the antecedent: the phrase this one is in apposition to, else the nearest earlier number phrase
        anchor = tok.head if tok.dep_ == "appos" else None
        if anchor is not None and anchor.i in number_heads.values():
            return anchor.i
        earlier = [h for n, h in number_heads.items() if n < tok.i and h != head]
        return max(earlier) if earlier else None
    return None


def bind(doc: Doc, numbers: list[int]) -> dict[int, Phrase]:
    """The phrase of every number of one sentence or paragraph, keyed by the number's last token."""
    heads = {n: _phrase_head(doc, n) for n in numbers}
    head_set = set(heads.values())
    out: dict[int, Phrase] = {}
    for n, head in heads.items():
        role, verb, conj_of = _climb(doc, head, head_set)
        verb = _clause_of(doc[verb]).i if verb is not None else None
        out[n] = Phrase(number=n, head=head, noun=_noun(doc, head, n), role=role, verb=verb, owner=_owner(doc, head),
                        conj_of=conj_of if conj_of in head_set else None, restates=_restates(doc, head, head_set),
                        part_of=_part_of(doc, head, heads))
    _per_unit_restatements(doc, out)
    _bracketed_restatements(doc, out)
    _change_noun_ends(doc, out)
    _changed_figures(doc, out)
    for n, p in out.items():
        tok = doc[p.head]
        if p.conj_of is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not (p.role == "appos" and _per_unit(doc, n)):
            # 'confirmed 450 dead and another 636 missing': the parser coordinates the second number
            # with the verb; it is coordinated with the number that verb governs before it
            before = [q.head for q in out.values() if q.head < p.head and q.verb == tok.head.i and q.head != p.head]
            if before:
                out[n] = replace(p, conj_of=max(before), verb=tok.head.i, role=out[next(k for k, q in out.items() if q.head == max(before))].role)
    return out


def _bracketed_restatements(doc: Doc, out: dict[int, Phrase]) -> None:
    """'a $40 million (35 million euros) contract': a figure alone in brackets right after another
    figure restates it (a conversion), whatever the parse hung it on (often the noun after the bracket)."""
    for n, p in list(out.items()):
        if p.restates is not None:
            continue
        opened = next((k for k in range(n - 1, max(-1, n - 5), -1) if doc[k].text == "("), None)
        if opened is None or opened == 0:
            continue
        closed = next((k for k in range(n + 1, min(len(doc), n + 4)) if doc[k].text == ")"), None)
        before = [q for q in out.values() if q.number != n and opened - 1 in (q.number, q.head) and q.number < opened]
        inside = [q for q in out.values() if opened < q.number < (closed or opened)]
        if closed is None or len(before) != 1 or len(inside) != 1 \
                or any(doc[k].pos_ in ("PUNCT", "VERB", "AUX", "ADP", "ADV") for k in range(opened + 1, closed)):
            continue
        out[n] = replace(p, restates=before[0].head, role="appos", verb=None, conj_of=None)


def _change_noun_ends(doc: Doc, out: dict[int, Phrase]) -> None:
    """'showing a seven percent fall in the share of commuters from 31 percent to 24 percent': the
    'from' and 'to' after a noun of change, with no verb between, are that change's ends, wherever the
    parser hung them (it tends to give them to the participle before the noun)."""
    for p in list(out.values()):
        if p.role != "amount" or p.verb is None or doc[p.verb].pos_ != "NOUN" or not _is_change(doc[p.verb]):
            continue
        noun = p.verb
        for n, q in list(out.items()):
            if q.role not in ("from", "to") or q.verb == noun or q.number < noun:
                continue
            prep = doc[q.head].head if doc[q.head].dep_ == "pobj" else None
            if prep is None or prep.lower_ != q.role or prep.i <= noun:
                continue
            if any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";", ":") for k in range(noun + 1, prep.i)):
                continue
            out[n] = replace(q, verb=noun)


def _per_unit(doc: Doc, number: int) -> bool:
    """'$3.71 a share', '9 pence per share', '$40 per head': the figure is stated per unit (its currency
    word may come between the number and 'a'/'per')."""
    k = number + 1
    if k < len(doc) and (doc[k].lower_ in lexicon.CURRENCY_NOUNS or doc[k].lower_ in ("pence", "cents", "p")):
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ in ("a", "per") and doc[k + 1].lower_ in lexicon.PER_UNIT_NOUNS


def _per_unit_restatements(doc: Doc, out: dict[int, Phrase]) -> None:
    """'net profit of $81.4 million, or $3.71 a share, up 12% from $72.7 million, or $3.36 a share': a
    figure per share after ', or' restates the figure before the comma (past its conversion in
    brackets), whatever the parse hung it on. It is never an end or the amount of a change: read from
    the tree, a per-share figure can become a change's 'to' against a total's 'from'."""
    by_head = {p.head: p for p in out.values()}
    for n, p in list(out.items()):
        i = doc[p.head].left_edge.i if doc[p.head].left_edge.i <= n else n
        if i < 3 or doc[i - 1].lower_ != "or" or doc[i - 2].text != "," or not _per_unit(doc, n):
            continue
        before = [q for q in out.values() if q.number < i - 2 and q.head != p.head and not _per_unit(doc, q.number)]
        if not before:
            continue
        target = max(before, key=lambda q: q.number)
        if target.restates is not None and target.restates in by_head:
            target = by_head[target.restates]  # '#48.5 million ($76.6 million), or 9 pence a share'
        out[n] = replace(p, role="appos", restates=target.head)


def _changed_figures(doc: Doc, out: dict[int, Phrase]) -> None:
    """'Sales were $8.6 billion, up 9 percent from $7.9 billion'; 'revenue of $1 billion, a 43 percent
    increase from $700 million': a word of change that hangs on a figure (as its modifier or in
    apposition) says that figure is where the change ended. The figure (or the one it restates:
    '$418 million, or $6.12 a share, up ...') becomes the change's 'to'. A figure already bound to a
    change of its own keeps it."""
    by_head = {p.head: n for n, p in out.items()}
    for p in list(out.values()):
        if p.verb is None or p.role not in ("amount", "by", "from"):
            continue
        word = doc[p.verb]
        if not _is_change(word) or word.dep_ not in ("advmod", "appos", "npadvmod", "amod") or word.head.i not in by_head:
            continue
        anchor = out[by_head[word.head.i]]
        if anchor.restates is not None and anchor.restates in by_head:
            anchor = out[by_head[anchor.restates]]
        if anchor.head == p.head or anchor.role in ("from", "to", "by", "amount") or direction(doc, anchor.verb) is not None:
            continue
        out[anchor.number] = replace(anchor, role="to", verb=word.i)
    # 'earned $330 million, up 10 percent from $300 million': the word of change modifies a verb that
    # is not one of change; its one object (or the one figure of its object) is where the change ended
    for verb in {p.verb for p in out.values() if p.role in ("amount", "by", "from") and p.verb is not None}:
        if _is_change(doc[verb]) or direction(doc, verb) is None:
            continue
        # ('posted net income of $133 million, up from $100 million': the figure of its object noun)
        objects = [p for p in out.values() if p.verb == verb and p.role in ("object", "of") and p.restates is None]
        if len(objects) == 1 and any(p.role == "from" for p in out.values() if p.verb == verb):
            out[objects[0].number] = replace(objects[0], role="to")


def modified(doc: Doc, phrase: Phrase) -> str | None:
    """The noun a counted noun modifies ('the 120-member council' -> council, 'a 68-seat house' ->
    house), singular: a count used as a measure of something else."""
    if phrase.head == phrase.number:
        return None
    tok = doc[phrase.head]
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return lexicon.singular(head.lower_)


def agent(doc: Doc, verb: int, head: int) -> str | None:
    """Who or what the number is a figure of, when its phrase is neither the verb's subject nor its
    object: the object ('raising the toll to 14' -> toll); else the subject noun ('the economy added
    9,000 jobs' -> economy; 'net income fell 3%' -> income), through a relative pronoun to the noun
    the clause hangs on ('the industry, which added ...' -> industry). None for a pronoun or no
    subject: who it is, the clause does not say."""
    tok = doc[verb]
    inside = {t.i for t in doc[head].subtree}
    thing = next((c for c in tok.children if c.dep_ == "dobj" and c.i not in inside and c.pos_ in ("NOUN", "PROPN")), None)
    if thing is not None:  # 'raising the toll to 14': what the figure is the measure of is the object
        return lexicon.singular(thing.lower_)
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj") and c.i != head), None)
    if subject is None or head in {t.i for t in subject.subtree}:
        return None
    if subject.tag_ == "WDT" or subject.lower_ in ("who", "that", "which"):
        if tok.dep_ != "relcl" or tok.head.i == tok.i:
            return None
        subject = tok.head
    if subject.pos_ == "PRON":
        return None
    return lexicon.singular(subject.lower_)


def entity(doc: Doc, verb: int | None, head: int) -> str | None:
    """The named entity a figure belongs to, as written ('Velder Bank' in 'Velder Bank's profit rose 4
    percent', 'profit at Velder Bank rose 4 percent', 'At Velder Bank, profit rose 4 percent', 'Velder
    Bank owns a 40 percent stake'): a subject of the clause that is a proper noun, else a subject's
    possessor, else a proper noun in an 'at' / 'of' phrase on a subject (or in apposition to that
    phrase's noun: 'net at its unit, Velder Bank,'), else a fronted 'At X,' on the verb. A possessor of
    the counted noun (or of the noun it modifies) comes first: a name, or 'its' / 'their' for the
    subject of the clause ('Velder Bank is selling its 40 percent stake'). A figure with no verb of its
    own ('a 40 percent stake') takes the verb of the noun it modifies. None when the
    clause names none of these; a common noun subject ('the bank') is left to the checks, which know
    the article's names."""
    noun = doc[head]
    while noun.dep_ in ("compound", "amod", "nmod", "nummod") and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun.i != head or noun.pos_ == "NOUN" else None
    if owner is not None and owner.lower_ in lexicon.POSSESSIVE_PRONOUNS - {"his", "her"}:
        # 'Ostmark is selling its 35 percent stake': the clause's subject owns it
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        return _clause_entity(doc, clause.i, {t.i for t in noun.subtree}) if clause.pos_ in ("VERB", "AUX") else None
    if owner is not None:
        return _proper(doc, owner)
    if verb is None:
        if noun.dep_ not in _OBJECT or noun.head.pos_ != "VERB":
            return None
        verb = noun.head.i
    return _clause_entity(doc, verb, {t.i for t in doc[head].subtree})


def _clause_entity(doc: Doc, verb: int, inside: set[int]) -> str | None:
    """The named entity of a clause (``entity``): its subject's name, possessor or 'at' / 'of' name, or
    a fronted 'At X,'; ``inside`` are the tokens of the figure's own phrase."""
    tok = doc[verb]
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
    if tok.dep_ == "relcl" and tok.head.i != tok.i and any(c.tag_ == "WDT" or c.lower_ in ("who", "that", "which") for c in subjects):
        subjects = [tok.head]  # 'Velder Bank, which controls 40 percent of ...'
    for subject in subjects:  # (the parser can give an apposed name as a second subject)
        found = _proper(doc, subject)
        if found is None:  # "Velder's profit", 'Velder Bank profit'
            owner = next((c for c in subject.children if c.dep_ == "poss"), None) or \
                next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i + 1 == subject.i), None)
            found = _proper(doc, owner) if owner is not None else None
            if owner is not None and owner.lower_ in ("its", "their") and tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i:
                # 'Velder said its profit rose 4 percent': the subject of the clause it reports
                found = _clause_entity(doc, tok.head.i, inside | {t.i for t in tok.subtree})
        for prep in subject.children if found is None else ():
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ in ("at", "of") else None
            if obj is not None:
                found = _proper(doc, obj) or next((p for c in obj.children if c.dep_ == "appos" and (p := _proper(doc, c)) is not None), None)
            if found is not None:
                break
        if found is not None:
            return found
    first = min((s.left_edge.i for s in subjects), default=tok.i)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i < first and prep.i == tok.sent.start:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i + 1 < len(doc) and doc[obj.i + 1].text == ",":
                return _proper(doc, obj)  # 'At Velder Bank, profit rose ...'
    return None


def _proper(doc: Doc, tok: Token) -> str | None:
    """The proper name a token heads, as written ('Velder Bank Corp.'), when it is a proper noun that
    names no date or time."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None  # (a lower-case word the tagger took for a name: 'net fell 5%')
    start = tok.i
    while start > 0 and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in ("compound", "flat") \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:tok.i + 1].text


def tally(doc: Doc, verb: int, head: int) -> str | None:
    """The class of a running total whose level the figure is ('the death toll rose to 14', 'taking to
    14 the number of bodies recovered', 'the toll stood at 14': death), from the lexicon's ``TALLY_CLASSES``
    for the word that says what it counts (its 'of' noun, else its modifier, else the total's own
    noun). None for a total of a part ('the toll in Tarvik', 'the toll for both blasts') or of
    anything else."""
    tok = doc[verb]
    inside = {t.i for t in doc[head].subtree}
    total = next((c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i not in inside
                  and c.lower_ in lexicon.TALLY_NOUNS), None)
    if total is None or any(c.dep_ == "prep" and c.lower_ != "of" for c in total.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("for", "in", "among", "across") and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
           for c in tok.children):
        return None  # 'took the toll for both fires to 31': (the parse hangs the part's phrase on the verb)
    of = next((o for c in total.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"), None)
    modifier = next((c for c in total.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")), None)
    word = of if of is not None else modifier if modifier is not None else total
    return lexicon.TALLY_CLASSES.get(lexicon.singular(word.lower_))


def direction(doc: Doc, verb: int | None) -> str | None:
    """'up' or 'down' for a verb (or noun) of change, from the lexicon; None for any other."""
    if verb is None:
        return None
    head = doc[verb]
    # 'up' / 'down' gives the direction only after a verb of motion or 'be' ('went up', 'were up'), not
    # as part of another verb ('rounded up', 'shut down')
    moves = head.lower_ in lexicon.PARTICLE_CHANGE_VERBS or head.lower_ in lexicon.BE_FORMS
    for tok in (head, *(c for c in head.children if c.dep_ in ("advmod", "prt", "acomp")
                        and (moves or c.lower_ not in ("up", "down") or c.dep_ != "prt" and c.i != head.i + 1))):
        if tok.lower_ in lexicon.RISE_WORDS:
            return "up"
        if tok.lower_ in lexicon.FALL_WORDS:
            return "down"
    return None
