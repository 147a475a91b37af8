"""Tense of the clause around a span: past, present or future. Dates resolve by it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from factlint.extract.lexicon import EVENT_DATE_PREPOSITIONS, FUTURE_CLAUSE_MARKS, PARTS_OF_DAY

PAST_AUX = {"was", "were", "had", "did", "has", "have"}
FUTURE_WORDS = {"will", "shall", "'ll", "wo", "would", "could", "might", "may"}


PLANNED = {"set", "scheduled", "due", "expected", "slated", "planned", "poised", "going"}


def _planned(tok) -> bool:
    """'is set to begin', 'is due to open', 'is expected to', 'is scheduled for May': a future event. Not in the
    past perfect ('had been scheduled to expire Friday'): a plan told as overtaken, its day gone by."""
    kids = list(tok.children)
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "'s", "'re") for c in kids)
    return tok.lower_ in PLANNED and any(c.dep_ == "xcomp" or present and c.dep_ == "prep" and c.lower_ == "for" for c in kids) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids)


def _arranged(tok, auxes) -> bool:
    """'the minister is to visit on Friday': a present 'be' with a to-infinitive states an arrangement ahead."""
    return tok.tag_ == "VB" and tok.dep_ == "xcomp" and [a.lower_ for a in auxes] == ["to"] \
        and tok.head.lower_ in ("is", "are", "am", "'s", "'re")


def _set_for(tok) -> bool:
    """'set for March 15', 'set to open': a plan. Not 'the record set on Aug. 6', a past event."""
    return tok.lower_ == "set" and any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def sentence_tense(sent: Span) -> str:
    words = {t.lower_ for t in sent}
    if words & FUTURE_WORDS or "tomorrow" in words:
        return "future"
    root = sent.root
    return _verb_tense(root) or "present"


def auxiliaries(tok) -> list:
    """The auxiliaries of a verb, with those the parser hung on one of them ('will | be closed':
    'will' under 'be')."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return auxes + [g for a in auxes for g in a.children if g.dep_ == "aux"]


def _verb_tense(tok) -> str | None:
    auxes = auxiliaries(tok)
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_WORDS or {"to", "be"} <= lowers:  # 'to be held on Friday': an arrangement ahead
        return "future"
    if lowers & {"is", "are", "am", "be", "being"} or tok.lower_ in ("expected", "scheduled", "slated", "due") or _set_for(tok):
        if not lowers & PAST_AUX:
            return "present"
    if tok.tag_ == "VBD" or lowers & PAST_AUX:
        return "past"
    if tok.tag_ in ("VBP", "VBZ") and any(c.dep_ in ("mark", "advmod") and c.lower_ in FUTURE_CLAUSE_MARKS for c in tok.children):
        return "future"  # 'when markets reopen on Tuesday': a day still ahead
    if tok.tag_ == "VBN" and not auxes:
        return "past"
    return None


def local_tense(span: Span) -> str:
    """Tense of the verb governing a span, walking up through participles and infinitives."""
    tok = _reporting_verb(span) or span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX", "ADJ") and (_planned(tok) or (tok.head is not tok and _planned(tok.head))):
            return "future"
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if _arranged(tok, auxes):
                return "future"
            if tok.tag_ in ("VBG", "VB") and not [a for a in auxes if a.lower_ != "to"] and tok.head is not tok:
                tok = tok.head  # "starting on November 1", "to be held on": the clause above decides
                continue
            if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("oprd", "xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX"):
                tok = tok.head  # 'will keep the banks closed until Tuesday': a state the verb above places in time
                continue
            tense = _verb_tense(tok)
            if tense:
                return tense
            if tok.tag_ in ("VBP", "VBZ") and not auxes:
                return "present"  # '"we hope to finish it in May," he said': the quoted clause's own tense, not the report's
            break
        if tok.head is tok:
            break
        tok = tok.head
    return sentence_tense(span.sent)


def _reporting_verb(span: Span):
    """'said on Monday it would cut jobs': a date between a verb and the subject of the clause that
    verb reports belongs to the verb, wherever the parser attached it. That verb, or None."""
    tok = span.root
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "npadvmod" else None
    if gov is None or gov.dep_ != "ccomp" or gov.head.pos_ != "VERB" or gov.head.i >= span.start:
        return None
    subject_after = any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in gov.children)
    opened = any(c.dep_ == "mark" and c.i < span.start for c in gov.children)  # 'said that on Monday the ...'
    return gov.head if subject_after and not opened else None


def event_tense(span: Span) -> str | None:
    """Tense of the finite verb a date directly dates ('the talks ended on Friday' -> past), or None
    when the date modifies a noun ('the 2008 Games'), hangs on a preposition of purpose, limit or
    range ('a budget for 2007', 'delayed to 2010'), or dates a verb without tense of its own ('agreed
    to meet next month': the meeting has no tense; the agreeing is not what the date places)."""
    tok = span.root
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ not in EVENT_DATE_PREPOSITIONS or prep.dep_ != "prep":
            return None
        tok = prep.head
    elif tok.dep_ in ("npadvmod", "appos"):  # the parser may read 'said the minister Tuesday' as an apposition
        tok = tok.head
    else:
        return None
    if tok.pos_ == "ADV" and tok.dep_ == "advmod":
        tok = tok.head  # 'said ... here on Friday': the place adverb stands in for what it modifies
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and tok.head.i < tok.i and span.start > tok.i:
        tok = tok.head  # 'said the minister Friday': the subject after its reporting verb, the date after both
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = auxiliaries(tok)
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_WORDS or "to" in lowers:
        return "future" if lowers & FUTURE_WORDS else None
    if tok.tag_ == "VBD" or lowers & PAST_AUX:
        return "past"
    if tok.tag_ in ("VBZ", "VBP") or lowers & {"is", "are", "am"}:
        return "present"
    return None  # a participle or bare verb with no finite auxiliary: no tense of its own


def without_own_tense(span: Span) -> bool:
    """A date that places no finite event of its own: it modifies a noun ('a fare cut in
    May', 'the May opening') or a to-infinitive ('voted to open the bridge in April'). The
    clause's tense says when the report was made, not when such a date falls."""
    tok = span.root
    if tok.dep_ == "compound" and tok.head.lower_ in PARTS_OF_DAY and tok.head.i == span.end:
        tok = tok.head  # 'Saturday | night': the part of the weekday, dated as the weekday is
    elif tok.dep_ in ("compound", "nmod", "poss", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > span.end - 1:
        # ('Late Saturday Berg announced': a weekday the parser hung on the name after it dates the verb)
        return not (tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.dep_ in ("nsubj", "nsubjpass"))
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        gov = tok.head.head
        if gov.dep_ in ("nsubj", "nsubjpass") and _right_after(gov, tok.head) and 0 <= gov.head.i - span.end <= 2:
            return False  # 'The assembly on Tuesday imposed a ceiling': the day of the verb the subject goes on to
    elif tok.dep_ == "npadvmod":
        gov = tok.head
        if gov.dep_ in ("nsubj", "nsubjpass") and gov.head.i < gov.i:
            return False  # 'said the minister Friday': the day of the reporting verb the subject follows
    else:
        return False
    if gov.pos_ in ("NOUN", "PROPN") or gov.lower_ in PLANNED:  # 'was planned for March': what is planned lies ahead
        return True
    return gov.pos_ in ("VERB", "AUX") and gov.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)


def _right_after(noun: Token, prep: Token) -> bool:
    """Whether a preposition follows a noun with nothing between but the noun's own brackets and
    appositions ('The ship (LPD 10) on Friday arrived', 'The assembly, its upper house, on Tuesday
    voted', a dateline the parser makes the subject). A phrase that modifies the noun ('a cut in
    fares in May') makes the date the noun's too."""
    between = [c for c in noun.children if noun.i < c.i < prep.i]
    covered = sum(len(list(c.subtree)) for c in between)
    return all(c.dep_ in APPOSED_DEPS for c in between) and covered == prep.i - noun.i - 1


APPOSED_DEPS = frozenset({"appos", "punct", "parataxis", "npadvmod"})  # a bracket, an apposition, a dateline's date
