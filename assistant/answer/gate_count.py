"""Whether a passage states a count, where a question asks "hvor mange …?" / "how many …?".

The quantity gate takes any figure near the answering sentence, and a date is full of them: "How many
members voted at the founding general assembly in 2019?" was answered with "Vedtaget på den stiftende
generalforsamling 12. marts 2019 …", "Hvor mange kommuner var med til at starte det hele?" with
"Balance Danmark startede i 2014 …" beside "… og en række kommuner". A year or a day of a month
dates something; it counts nothing, and nor does a span of time ("i mere end tre måneder" for "hvor mange
er blevet slettet …?") unless time is what is counted. So a question for how many is answered only where the sentences
holding the question (checked_sentences), with their neighbours, state a figure once the years and
the dates are taken out; where they mention the noun counted, one must count it (counted_thing.counts_it):
"Hvor mange bestyrelsesmøder holdes der om året?" is not answered by § 7, stk. 2's "Ordinær
generalforsamling afholdes hvert år …", which counts no meetings of the board. The model's own check of
the noun reads only the sentences holding the question best, and an English noun up to the first grammar
word ("how many members answered …?" counts "answered"); this one reads the noun before the verb. A
question counting units of time ("hvor mange år …?", "how many days …") asks a span, which a year may
answer, and is not checked; neither is "hvor mange penge" (a sum, the
money gate's) nor "hvor mange gange" (a frequency, gate_frequency's). A question that counts those who
act, with a verb where the noun would stand ("Hvor mange stemte for anbefalingerne i landsrådet?"), is
answered only by a figure in the sentences holding it: "Anbefalingerne blev vedtaget af foreningens landsråd
den 15. februar 2025" holds the question and a date, and the sentence before it counts recommendations.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..index.bm25 import Index
from .asked_kinds import AskedTypes
from .asked_span import counts_time
from .checked_sentences import checked_texts, provision_texts
from .counted_thing import counted_members, counted_word, counts_it
from .figures import YEAR, counted_head, counts, has_figure
from .own_figures import FIGURE, digits
from .retrieve import Hit, Query
from .sentence_evidence import sentences
from .word_class import ACT, word_class
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
COUNT_GATE = "count_told"
_ASKS_COUNT = re.compile(r"\b(?:hvor\s+mange|hvor\s+mye|how\s+many)\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE)
# What "hvor mange X" counts when it is not a count of things: money, times, units of time or a share.
_NOT_COUNTED = re.compile(r"(?:penge|kroner|kr|money|dollars|euro|gange|ganger|times|år|aar|years?|måneder|"
                          r"maaneder|months?|uger|weeks?|dage|days?|timer|hours?|minutter|minutes|procent|"
                          r"prosent|percent)$", re.IGNORECASE)
# A year, and a date with its month: they say when, not how many.
MONTHS = (r"januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|"
           r"desember|january|february|march|may|june|july|october")
_DATED = re.compile(rf"\b\d{{1,2}}\.?\s+(?:{MONTHS})\b|{YEAR.pattern}", re.IGNORECASE)


# A span of time: a figure and a unit of time ("i mere end tre måneder", "14 dages varsel"). It counts the
# time, not the things a "hvor mange …?" question counts ("hvor mange er blevet slettet …?").
_UNIT = (r"(?:dag|dage|dages|døgn|uge|uger|ugers|måned|måneder|måneders|måneds|maaned\w*|år|års|aar|aars|time|timer|"
         r"timers|minut\w*|days?|weeks?|months?|years?|hours?|minutes?)")
_DURATION = guarded(re.compile(r"(?:\d+|\b(?:en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten|tyve|"
                       r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve))\s+" + _UNIT + r"\b",
                       re.IGNORECASE))
_TIME_NOUN = re.compile(_UNIT + r"$", re.IGNORECASE)


def counts_actors(question: str) -> bool:
    """Whether a Danish "hvor mange …?" counts those who do something, naming no noun ("Hvor mange stemte
    for anbefalingerne?", "hvor mange sidder der i landsrådet?"): a verb stands where the noun would."""
    word = counted_word(question)
    return bool(word) and word_class(word) == ACT


def asks_count(question: str) -> bool:
    """Whether a question asks how many things there are (not a sum, a frequency or a span of time)."""
    found = _ASKS_COUNT.search(question)
    return bool(found) and not _NOT_COUNTED.match(found["noun"])


# A share counts too ("mindst en fjerdedel af medlemmerne", "a third of the members"): the ordinal fractions,
# which figures.has_figure leaves to the words it lists.
_SHARE = guarded(re.compile(r"\b(?:tredje|fjerde|femte|sjette|tiende)del(?:e|en|ene|s)?\b|"
                    r"\b(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?\b|\bhalf\b", re.IGNORECASE))


def states_count(text: str) -> bool:
    """Whether a text states a figure other than a year or a date ("12. marts 2019")."""
    undated = _DATED.sub(" ", text)
    return has_figure(undated) or bool(_SHARE.search(undated))


def without_own_figures(text: str, question: str) -> str:
    """A passage's text without the figures the question gives itself: "Hvor mange fik tilbudt at svare,
    før de 1.412 svar kom ind?" and "How many of the 1,412 members …?" are not answered by "blandt 1.412
    medlemmer", which tells the asker's own figure, not the one asked."""
    own = {digits(found) for found in FIGURE.findall(question)}
    if not own:
        return text
    return FIGURE.sub(lambda found: " " if digits(found[0]) in own else found[0], text)


def count_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage states a count where it answers a question for one (always, for a question
    that asks none): a figure that is not a year or a date, in or beside the sentences holding the
    question; for a count of units of time (asked_span.counts_time), a span or a year or a date."""
    if counts_time(question):
        # A span asked is told by a figure with its unit of time or by a year ("et år ad gangen", "I 2017 …
        # i slutningen af 2018" before "Samtidig tilsluttede …") in or beside the sentences holding the
        # question: for "Hvor mange år kan hun betale studiepris?", § 5, stk. 2's "250 kr. om året" tells
        # none, stk. 1's "et år ad gangen" is another provision's span and stk. 3's "1. marts" a day.
        return any(_DURATION.search(text) or YEAR.search(text) for text in provision_texts(index, chunk_id, query))
    if not asks_count(question):
        return True
    texts = checked_texts(index, chunk_id, query)
    members = counted_members(index, query, counted_head(query.put or question, before_past=True))
    if members and not counts_it(index.analyzer, texts, texts, members):
        return False
    if not members and counts_actors(question):
        # Those who did something are counted where it is said: a neighbour's figure counts other things.
        texts = texts[len(checked_texts(index, chunk_id, query, near=False)):]
    spans = _TIME_NOUN.match(_ASKS_COUNT.search(question)["noun"])
    return any(states_count(without_own_figures(text if spans else _DURATION.sub(" ", text), question))
               for text in texts)


def figure_below(index: Index, query: Query, asks: AskedTypes, hits: Sequence[Hit]) -> Callable[[int], bool] | None:
    """Which passages below the best may answer in its stead where only the figure gates declined it
    (fallback.leading). For a price or a time, one that holds every word of the question the best one
    holds, or a compound of it: page 6's "den nationale træplan med 450 millioner kroner" after page 4's
    national tree plan, the history's second part ("… i slutningen af 2018 ændrede navn") after its first
    for "Hvornår holdt Danmark på Vippen op med at hedde det?"; not page 6's sum for all eight
    recommendations after page 4's "grønne tage", which it lacks. For "hvor mange X?", one that counts X
    itself ("blandt 1.412 medlemmer", figures.counts). None for any other question: "Hvor stor er
    foreningens formue?" counts no noun, and § 13's "to tredjedele" beside the word "formue" below is no
    size of it."""
    if asks.price or asks.time:
        return lambda rank: all(any(term in held for held in hits[rank].matched) for term in hits[0].matched)
    # A span ("hvor mange år …?") below, where the best one's sentences tell none: § 6's "for to år ad gangen"
    # below page 5's "50 millioner kroner om året" for "hvor mange år skal jeg så regne med?" in the board.
    if counts_time(query.put or query.text):
        return lambda rank: count_told(index, hits[rank].chunk_id, query, query.put or query.text)
    # The gates read an English question's counted noun up to the first grammar word, which takes the verb
    # in "how many members answered …?" for it; the passage below must count the members.
    counted = counted_head(query.put, before_past=True) if query.put else asks.counted
    members = counted_members(index, query, counted) if counted else frozenset()
    if not members:
        return None
    return lambda rank: any(counts(index.analyzer, text, members) for text, _ in sentences(index, hits[rank].chunk_id))
