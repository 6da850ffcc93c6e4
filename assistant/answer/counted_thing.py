"""Whether a passage counts the thing a "hvor mange X?" question asks to have counted.

"Hvor mange gange om året mødes bestyrelsen?" of the statutes' "vælges for to år ad gangen": the
passage holds a figure and the asked word, so the quantity gate passed it, but the figure counts
years and "ad gangen" counts nothing. Danish puts a count right before what it counts ("24 kommuner",
"100.000 nye bytræer", "fem til syv medlemmer") or before a share of it ("to tredjedele af de
afgivne stemmer"); where the asked thing stands in the answering sentences but never so, the passage
speaks of the thing without counting it. Where it does not stand there at all ("Hvor mange fiskere?"
of "32 000 mann", with "mange fiskere" only in the sentence before), there is no verdict: the quantity
gate decides. Only the answering sentences name the thing asked about (a neighbour often names it in
passing); the count may stand beside them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS, Analyzer
from ..language.english_collocations import KIN
from .asked_span import counts_time, unit_of_time
from .fact_kinds import has_figure
from .reading import danish_terms_of_english, translator
from .retrieve import Query
from .word_class import ACT, word_class

_COUNT_QUESTION = re.compile(r"\bhvor\s+mange\s+([^\W\d_]+)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*")
# How far before the counted word its figure may stand, with only grammar words and adjectives or
# participles (their -e forms) between: "100.000 nye bytræer", "to på hinanden følgende
# generalforsamlinger"; a noun between takes the count ("to år ad gangen").
_REACH = 4
_ATTRIBUTE = re.compile(r"e$", re.IGNORECASE)
# Pronouns a count may stand across ("halvdelen af dens medlemmer", "to på hinanden følgende"): a closed class.
_PRONOUNS = frozenset("hinanden dens dets deres sin sit sine hans hendes".split())
# A share names its whole after "af" ("to tredjedele af de afgivne stemmer", "en fjerdedel af medlemmerne").
_SHARE = re.compile(r"(?:del|dele|delen|procent|part)$", re.IGNORECASE)
# "hvor mange af …?" asks a share (Norwegian "av": the answerability model is measured on NorQuAD).
_SHARE_OF = frozenset(("af", "av"))
# A compound's head shorter than this is a syllable ("-er"), not the thing counted.
_HEAD = 4
# A count before coordinated nouns counts each ("3150 leiligheter og studenthybler").
_AND = frozenset(("og", "eller"))


def counted_word(question: str) -> str:
    """The word a "hvor mange X?" question asks to have counted, or "" ("hvor mange af …?", "hvor
    mange der …?" ask a share or a number of people, and name nothing to count)."""
    found = _COUNT_QUESTION.search(question)
    word = found.group(1).casefold() if found else ""
    return "" if word in DANISH_STOPWORDS or word in _SHARE_OF else word


def counted_members(index: Index, query: Query, asked: str = "") -> frozenset[str]:
    """The index terms that stand for the word the question asks to have counted (empty when none).
    An English question's noun (`asked`: "how many times …?") is read by its Danish translation,
    as its reading is a bag of Danish words without the question's word order."""
    analyzer = index.analyzer
    # Units of time counted ask a span, which a year or "et år ad gangen" tells without a figure before
    # the unit (asked_span): "hvor mange år …?" is no count of things.
    if counts_time(query.text) or asked and unit_of_time(asked, english=True):
        return frozenset()
    word = counted_word(query.text)
    if word and word_class(word) != ACT:
        terms = set(analyzer.query_terms(word))
    elif not word:
        terms = danish_terms_of_english(index, asked) | _phrase_terms(index, query.put, asked)
    else:
        return frozenset()
    return frozenset(m for g in query.groups if g.term in terms for m in g.members)


def _phrase_terms(index: Index, question: str, asked: str) -> set[str]:
    """The index terms of the two-word English noun the counted word ends ("how many solar panels …?"), where
    WordNet's phrase for the thing maps it as one ("solceller", english_collocations); not a verb's phrase
    ("how many members took part …?" counts members, not "deltage")."""
    found = re.search(rf"\b([^\W\d_]+)\s+{re.escape(asked)}\b", question, re.IGNORECASE) if asked else None
    if not found:
        return set()
    return {t for done in translator(index).translate([found[1].casefold(), asked]) if done.source == KIN
            for d in done.danish for t in index.analyzer.query_terms(d)}


def counts_it(analyzer: Analyzer, sentences: Sequence[str], texts: Iterable[str], members: frozenset[str]) -> bool:
    """Whether the answering `sentences` do not name the thing whose index terms are `members` (no
    verdict), or their `texts` (each with its neighbours) count it."""
    if not any(_mentions(analyzer, _WORD.findall(s), members) for s in sentences):
        return True
    for text in texts:
        words = _WORD.findall(text)
        if any(_counted(words[max(0, i - _REACH):i]) for i in _mentions(analyzer, words, members)):
            return True
    return False


def _mentions(analyzer: Analyzer, words: list[str], members: frozenset[str]) -> list[int]:
    """The positions of the words that name the thing: one of its terms, or a compound with one as
    its head ("100.000 nye bytræer" counts trees)."""
    heads = [m for m in members if len(m) >= _HEAD]
    return [i for i, word in enumerate(words)
            if any(t in members or any(t.endswith(h) for h in heads) for t in analyzer.document_terms(word))]


def _counted(before: list[str]) -> bool:
    """Whether the words before a thing count it: a figure, or a share of it ("… fjerdedel af"),
    with only grammar words and attributes between."""
    for at in range(len(before) - 1, -1, -1):
        word = before[at].casefold()
        if has_figure(word) or _SHARE.search(word):
            return True
        coordinated = at + 1 < len(before) and before[at + 1].casefold() in _AND
        if word not in DANISH_STOPWORDS and word not in _PRONOUNS and not _ATTRIBUTE.search(word) \
                and not coordinated:
            return False
    return False
