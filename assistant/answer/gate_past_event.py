"""Whether a passage says when the one past event a question asks about happened.

"Hvornår udkom jeres første rapport?" was answered with "Balance Danmark har via rapporter … de seneste
år særligt haft fokus …", "Hvornår blev den første bestyrelse valgt?" with "… vælges af
generalforsamlingen for to år ad gangen": the time gate takes any time for "hvornår?" (a period, a
rule for every year, a span), and those sentences hold one. A question about one event in the past
("Hvornår blev X stiftet?", "Hvilket år udkom …?", "When was the last meeting held?") is answered by a
point in time: a year or a date (gate_clock's dates). A vague period ("de seneste år"), a term of office
or a condition ("afholdes, når bestyrelsen beslutter det") does not say when it happened.

The past is read from the verb after the question word: a regular past by its dictionary form
(word_class.regular_past: "startede", "ændrede"), one of the strong pasts of Danish's closed class of
irregular verbs ("blev", "fik", "udkom"), any other form the lemmatiser takes back to a verb that is no
present ("trådte", "vedtog", "satte": irregular_past), or English's auxiliary ("when was / did"). The date may
stand in the sentence that holds the question best, beside it, or in a sentence that holds nearly as
much of the question ("… som i slutningen af 2018 ændrede navn" for "Hvornår fik organisationen sit
nuværende navn?", whose words the next sentence's "organisation" holds as well).

A question for the date ("På hvilken dato skiftede Danmark på Vippen navn?") asks the day: "… som i slutningen af
2018 ændrede navn" gives a year, and only a day of a month ("den 15. februar 2025") answers it.

A question for when something named was founded ("Hvornår blev Oprør fra Udkanten stiftet?", "When was
the Oprør fra Udkanten movement founded?") asks that one's founding: a date of another event that names
it ("I 2017 blev bevægelsen Oprør fra Udkanten en del af …") or another's founding ("Balance Danmark
startede i 2014 …") does not say it. Where the question names one of the passage's names (a run of
capitalised words, "Staten i hele Danmark"; typed in lower case or with ae/oe/aa too) that is not the
document's own (its title: "Om Balance Danmark", "Vedtægter for Foreningen Grønne Byer"), a dated
sentence must name it and say it began (the verbs of founding, starting and establishing).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.folding import danish_spelling
from ..language.lemmas import lemma_of
from ..language.word_runs import folded_text
from .checked_sentences import checked_texts
from .document_span import document_span
from .gate_clock import DATE, tells_time_kind
from .gate_count import MONTHS
from .retrieve import Query
from .word_class import ACT, regular_past, word_class
from .word_guard import guarded

_ASKS_WHEN_PAST = guarded(re.compile(r"\b(?:hvornår|hvornaar|hvornar|(?:i )?hvilket [åa]a?r)\s+(?P<verb>[^\W\d_]+)"
                             r"|\b(?P<english>when|(?:in )?(?:what|which) year)\s+(?:was|were|did)\b", re.IGNORECASE))
# The strong pasts of Danish's irregular verbs that ask for an event ("Hvornår blev …", "… udkom …").
_STRONG_PAST = frozenset("blev var fik kom gik tog gav stod lå opstod udkom holdt".split())
# The presents of Danish's preterite-present verbs (the modals), which end in no -r as every other present
# does: "Hvornår kan jeg …?", "Hvornår skal …?" ask no past, though each differs from its dictionary form.
_MODAL_PRESENT = frozenset("kan skal vil må maa bør tør ved".split())
# What asks when something began, and what says it did: the verbs of founding, starting and establishing.
_ASKS_FOUNDING = re.compile(r"\b(?:stiftet|stiftede|grundlagt|grundlagde|oprettet|oprettede|etableret|etablerede|"
                            r"dannet|dannede|startet|startede|founded|established|formed|started|created|set up)\b",
                            re.IGNORECASE)
TELLS_FOUNDING = re.compile(r"\b(?:stift|grundl|grunnl|opret|etabler|dannet|dannede|start|begynd|found|establish)\w*",
                             re.IGNORECASE)
# A name: capitalised words, with up to two small words between them ("Oprør fra Udkanten"). The
# capital before the look at what precedes it: re then scans for a capital, not tries every position.
_NAME = re.compile(r"[A-ZÆØÅ](?<![\w.][A-ZÆØÅ])[\wæøå]+(?:(?:\s+[a-zæøå]{1,4}){0,2}\s+[A-ZÆØÅ][\wæøå]+)+")
# A question for the date of a past event ("På hvilken dato skiftede …?", "What date was …?") asks the day,
# which a year or a period ("i slutningen af 2018") does not give; a day of a month does ("12. marts 2019",
# "March 12", "2019-03-12"). A rule's date ("fra hvilken dato regnes regnskabet?") a calendar unit may give
# ("følger kalenderåret"): the past is read from the verb after "dato", as for "hvornår".
_ASKS_DATE = guarded(re.compile(r"\b(?:hvilken|what|which)\s+(?:dato|date)\s+(?P<verb>[^\W\d_]+)", re.IGNORECASE))
_DAY = re.compile(rf"\b\d{{1,2}}\.?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b|\b\d{{4}}-\d\d-\d\d\b|"
                  r"\b\d{1,2}/\d{1,2}\b", re.IGNORECASE)
# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
PAST_EVENT_GATE = "past_event_dated"


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_past_event(question: str) -> bool:
    """Whether a question asks when one event happened in the past ("Hvornår blev X stiftet?")."""
    found = _ASKS_WHEN_PAST.search(question)
    if not found:
        return False
    verb = (found["verb"] or "").casefold()
    return bool(found["english"]) or verb in _STRONG_PAST or regular_past(verb) or irregular_past(verb)


def irregular_past(verb: str) -> bool:
    """Whether the finite verb after the question word ("Hvornår trådte …?", "Hvornår vedtog …?") is a
    past the lemmatiser takes back to another dictionary form (a verb's: it ends in a vowel) that is no
    present: Danish marks every present with -r ("træder", "står"), the passive with -s ("afholdes"),
    and the modals' presents are a closed class (_MODAL_PRESENT). The word after "hvornår" is the finite
    verb (Danish puts it second), so what is left of a form that is not its lemma is the past."""
    lemma = lemma_of(verb)
    # A word typed without æ/ø/å is its Danish spelling, not another form ("hvornaar paa aaret": "paa" is "på").
    return bool(lemma) and lemma not in (verb, danish_spelling(verb)) and lemma[-1] in "aeiouyæøå" \
        and not verb.endswith(("r", "s")) and verb not in _MODAL_PRESENT and verb not in DANISH_STOPWORDS \
        and word_class(verb) == ACT   # a noun typed straight after the question word ("hvornår bestyrelsen …")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_past_date(question: str) -> bool:
    """Whether a question asks the date of one past event ("På hvilken dato skiftede X navn?")."""
    found = _ASKS_DATE.search(question)
    verb = found["verb"].casefold() if found else ""
    return verb in _STRONG_PAST or verb in ("was", "were", "did") or bool(verb) and regular_past(verb)


def past_event_dated(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage gives a year or a date where it answers a question about one past event, and a
    day where it answers one for a date (always, for a question that asks neither)."""
    if asks_past_date(question):
        return any(_DAY.search(text) for text in checked_texts(index, chunk_id, query))
    if not asks_past_event(question):
        return True
    dated = [text for text in checked_texts(index, chunk_id, query) if tells_time_kind(text, DATE)]
    named = founding_named(index, chunk_id, question)
    return any(not named or folded_text(named) in folded_text(text) and TELLS_FOUNDING.search(text) for text in dated)


def founding_named(index: Index, chunk_id: int, question: str) -> str:
    """The passage's name whose founding a question asks about ("" when it asks no founding, names none
    of the passage's names, or names only the document's own, which its title holds)."""
    if not _ASKS_FOUNDING.search(question):
        return ""
    asked, title = folded_text(question), folded_text(index.chunk(chunk_id).title)
    return max((n for n in document_names(index, chunk_id) if re.search(rf"\b{re.escape(n)}\b", asked)
                and n not in title), key=len, default="")


def document_names(index: Index, chunk_id: int) -> frozenset[str]:
    """The names (folded) in every passage of the passage's document: the part of a page that dates
    Balance Danmark's start may not hold the name the question asks about, which the next part does.
    A document's passages stand together in the index. Read only for a question about a founding, and
    kept nowhere: the loaded index's memos are the warm-up's (tests/answer/test_answer_caches.py)."""
    return frozenset(folded_text(name) for c in document_span(index, chunk_id)
                     for name in _NAME.findall(index.chunk(c).text))
