"""Whether a passage says how often something happens, where a question asks "hvor ofte …?".

"Hvor ofte holder bestyrelsen møde?" was answered with "Foreningen ledes af en bestyrelse …, der vælges
af generalforsamlingen for to år ad gangen", "Hvor tit kommer nyhedsbrevet?" with "Medlemmerne … modtager
foreningens nyhedsbrev": the time gate takes any time for "hvor ofte" (a term of office, a month's notice
beside it), and the model weighs the board or the newsletter as most of the question. A question for a
frequency ("hvor ofte", "hvor tit", "hvor mange gange", "how often", "how many times") is answered by a
sentence that tells one, by the closed forms Danish and Norwegian tell it with: "hvert år", "hver anden
måned", "om året", "pr. år", "årligt", "kvartalsvis", "to gange", "løbende".

"For to år ad gangen" tells a term of office: how often the office is filled, so it answers "hvor tit
vælges bestyrelsen?" but not how often the board meets. It counts where its sentence holds two of the
question's words (the office and the choosing), not only the office the question names; the calendar unit
of the frequency asked ("Hvor ofte mødes bestyrelsen om året?") is not one of them.

The other way round, a frequency is no answer to "hvornår …?": "Hvornår holder foreningen sit årsmøde?"
was answered with "Foreningen vil hvert år følge op …, som offentliggøres på foreningens årsmøde", beside
"Det første byregnskab udkommer i 2026" – the year of another thing. Where every sentence that holds
the question best tells only how often by a unit with no place in the calendar ("hvert år", "om
måneden", "to gange"), and no year, month, season or time relative to something, the passage says how
often, not when, unless a sentence beside it that holds the question too tells a time ("Kontingentet
opkræves i januar …" after "Kontingentet er 250 kr. om året …"); "Hvert forår …" and "hvert år inden
udgangen af april" say when.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .checked_sentences import checked_texts
from .fact_kinds import asked_types, neighbours, sentence_weights, states_time
from .gate_clock import DATE, DAY
from .retrieve import Query
from .sentence_evidence import sentences, shared_query_terms
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
FREQUENCY_GATE = "frequency_told"
WHEN_GATE = "when_told"
_ASKS_FREQUENCY = re.compile(r"\b(?:hvor (?:ofte|tit)|hvor mange gange|hvor mange ganger|how (?:often|frequently)"
                             r"|how many times)\b"
                             # A count in each period ("Hvor mange møder holder bestyrelsen om året?", "How many
                             # meetings a year?") asks how often as well: a count of all time does not answer it.
                             r"|\b(?:hvor mange|hvor mye)\b[^.?!]*\b(?:om|pr\.?|per)\s+(?:året|aaret|aret|måneden|"
                             r"maaneden|maneden|ugen|uka)\b"
                             r"|\bhow many\b[^.?!]*\b(?:a|per|each)\s+(?:year|month|week)\b", re.IGNORECASE)
# The units of the calendar a frequency is told in (Danish and Norwegian, with and without æ/ø/å).
_UNIT = r"(?:dag|døgn|doegn|uge|uke|måned|maaned|måned|kvartal|halvår|halvaar|år|aar|forår|foraar|sommer|efterår|" \
        r"efteraar|høst|vinter|sæson|saeson|semester|weekend)\w*"
_TELLS_FREQUENCY = re.compile(
    rf"\bhver[ts]?\s+(?:(?:anden|andet|annen|annet|tredje|fjerde)\s+)?{_UNIT}"
    r"|\b(?:om|i|pr\.?|per)\s+(?:dagen|døgnet|ugen|uka|måneden|maaneden|kvartalet|året|aaret)\b"
    r"|\b(?:dag|uge|ukent|måned|maaned|månedt|halvår|år|aar)lig(?:e|t)?\b|\bkvartalsvis\b"
    r"|\b(?:\d+|en|én|ei|et|to|tre|fire|fem|seks|syv|sju|otte|åtte|ti|tolv|flere|nogle|noen|mange)\s+gang(?:e|er)?\b"
    r"|\b(?:løbende|jævnligt|jævnlig|regelmæssigt|regelmessig)\b",
    re.IGNORECASE)
# A frequency by a unit that has no place in the calendar: how often, never when.
_ONLY_HOW_OFTEN = guarded(re.compile(
    r"\bhver[ts]?\s+(?:(?:anden|andet|annen|annet|tredje|fjerde)\s+)?(?:dag|døgn|uge|uke|måned|maaned|år|aar)\b"
    r"|\b(?:om|i|pr\.?|per)\s+(?:dagen|døgnet|ugen|uka|måneden|maaneden|året|aaret)\b"
    r"|\b(?:dag|uge|ukent|måned|maaned|år|aar)lig(?:e|t)?\b"
    r"|\b(?:\d+|en|én|ei|et|to|tre|fire|fem|seks|syv|sju|otte|åtte|ti|tolv|flere|nogle|noen|mange)\s+gang(?:e|er)?\b",
    re.IGNORECASE))
_TERM_OF_OFFICE = re.compile(r"\bad\s+gangen\b|\bav\s+gangen\b", re.IGNORECASE)
# The calendar's units, whose word in the question ("om året", "i løbet af et år") belongs to the frequency asked,
# not to what happens: a term of office "for to år ad gangen" holds it without telling how often the board meets.
_CALENDAR_UNITS = "dag døgn uge måned kvartal halvår år"


def asks_frequency(question: str) -> bool:
    """Whether a question asks how often something happens ("Hvor tit er der generalforsamling?")."""
    return bool(_ASKS_FREQUENCY.search(question))


def tells_frequency(sentence: str) -> bool:
    """Whether a sentence tells how often by the closed forms above ("afholdes hvert år")."""
    return bool(_TELLS_FREQUENCY.search(sentence))


def frequency_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage tells a frequency where it answers a question for one (always, for a question
    that asks none): in the sentences holding the question and beside them (checked_sentences), or as a
    term of office in a sentence holding two of the question's words."""
    if not asks_frequency(question):
        return True
    if any(tells_frequency(text) for text in checked_texts(index, chunk_id, query)):
        return True
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    units = set(index.analyzer.document_terms(_CALENDAR_UNITS))
    what = {i for i, g in enumerate(query.groups) if g.term not in units}
    return any(_TERM_OF_OFFICE.search(text)
               and len({i for t in words for i in terms.group_of.get(t, ()) if i in what}) >= 2
               for text, words in sentences(index, chunk_id))


def when_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage can say when, where a question asks "hvornår …?" for any time or a date (always,
    for a question that asks no time, asks how often, or asks a clock time or an ending, which gate_clock
    checks): False only where
    every sentence holding the question best tells nothing but how often."""
    asks = asked_types(question)
    # A date asked ("hvornår er årsmødet i år?", gate_clock's DATE) is no more told by how often than any time.
    if not asks.time or asks.time_kind not in ("", DATE, DAY) or asks_frequency(question):
        return True
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    weights, found = sentence_weights(index, chunk_id, terms)
    top = max(weights, default=0.0)
    best = [i for i, weight in enumerate(weights) if top and weight == top]
    if not best or not all(tells_only_how_often(found[i][0]) for i in best):
        return True
    # The time may stand beside it, in a sentence on the same thing: "Kontingentet er 250 kr. om året …"
    # and then "Kontingentet opkræves i januar …". Another thing's year ("Det første byregnskab udkommer
    # i 2026") holds none of the question's words.
    return any(j is not None and weights[j] and states_time(found[j][0]) for i in best for j in neighbours(found, i))


def tells_only_how_often(sentence: str) -> bool:
    """Whether a sentence tells how often by a unit with no place in the calendar, and no other time."""
    return bool(_ONLY_HOW_OFTEN.search(sentence)) and not states_time(_ONLY_HOW_OFTEN.sub(" ", sentence))
