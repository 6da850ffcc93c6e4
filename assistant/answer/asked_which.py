"""The gate for "hvilke X?" / "which X?": the answer says which ones, not only how many.

"Hvilke kommuner stod bag?" asks which ones: the answer names or describes them ("bevægelsen Oprør
fra Udkanten", "decentrale uddannelser"). A sentence that only counts them ("24 kommuner", "en række
kommuner") does not say which, unless a list follows it. An English noun ("Which municipalities …?")
is read by the Danish words the reading translated it to.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language import thesaurus
from ..language.analysis import Analyzer
from .fact_kinds import has_figure, states_superlative
from .reading import danish_terms_of_english

# The mythes-da headword whose synonyms are the verbs of wishing (wish_terms).
WISH_HEADWORD = "håbe"
# The grammar words that count or quantify a plural noun without naming its members.
_QUANTIFIER = re.compile(r"^(?:\d[\d.,]*|række|flere|mange|nogle|adskillige|få|alle|antal)$", re.IGNORECASE)
# A list item's mark, which the sentence splitter may leave on its own: "1. Valg af dirigent", "- byhaver".
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\.|[-•*])(?:\s|$)")


def names_which(analyzer: Analyzer, sentence: str, members: frozenset[str],
                wished: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence that mentions the asked things does so other than only by counting them:
    "bevægelsen Oprør fra Udkanten" or "decentrale uddannelser" say which; "24 kommuner" does not.
    A sentence that does not mention them may name them without the word (no verdict: True). Where
    the question asks which ones are wished for ("Hvilke partier håber I vil være med?") and the
    sentence says that wish (`wished`: the question's verbs of wishing, as index terms), all of them
    is the answer: "vi håber, alle Folketingets partier … vil være med"."""
    spans = list(re.finditer(r"[^\W_]+(?:[.,]\d+)*", sentence))
    words = [m.group() for m in spans]
    found = [i for i, w in enumerate(words) if members.intersection(analyzer.document_terms(w))]
    if found and wished and any(wished.intersection(analyzer.document_terms(w)) for w in words) \
            and any(_all_of(words, i) for i in found):
        return True
    return not found or any(not (i and (_QUANTIFIER.match(words[i - 1]) or has_figure(words[i - 1])))
                            and not _all_of_owner(words, i) or _all_of_which(sentence, spans, i) for i in found)


def _all_of(words: list[str], at: int) -> bool:
    """Whether the things are all of them, directly or through their owner ("alle Folketingets partier")."""
    return at >= 1 and words[at - 1].casefold() == "alle" or _all_of_owner(words, at) \
        and words[at - 2].casefold() == "alle"


def _all_of_which(sentence: str, spans: list[re.Match], at: int) -> bool:
    """Whether the things are all of those a relative clause or a phrase after the noun describes,
    which says which ones: "alle medlemmer, der har været medlem i mindst tre måneder", "alle egne af
    landet". "alle kommuner" or "alle Folketingets partier" alone delimit nothing the question did not,
    nor does "alle 24 kommuner": all of a count says no more of which than the count."""
    return at >= 1 and spans[at - 1].group().casefold() == "alle" \
        and bool(_DELIMITED.match(sentence[spans[at].end():]))


# What follows a noun to delimit it: a relative clause (", der …", " som …") or a phrase of a
# preposition that places or parts it ("af landet", "i Danmark", "fra kommunerne"): grammar words.
_DELIMITED = re.compile(r"^(?:,?\s+(?:der|som)\s|\s+(?:af|i|på|fra|uden|under|over|med)\s+\w)", re.IGNORECASE)


def _all_of_owner(words: list[str], at: int) -> bool:
    """Whether the things are quantified through their owner: "alle Folketingets partier" says no more of
    which parties than "alle partier" does (the owner, a name in the genitive, between)."""
    return at >= 2 and words[at - 1][:1].isupper() and words[at - 1].endswith("s") \
        and bool(_QUANTIFIER.match(words[at - 2]))


def _introduces_list(found: tuple, at: int) -> bool:
    """Whether a list follows the sentence and the sentence is not itself one of the list's items."""
    return (at + 1 < len(found) and bool(LIST_ITEM.match(found[at + 1][0]))
            and not (at and LIST_ITEM.match(found[at - 1][0])) and not LIST_ITEM.match(found[at][0]))


# Ordinals, a closed class of Danish grammar (with the "aller-"/"næst-" that sharpen them), which single
# out one of several as a superlative does ("det dyreste punkt").
_ORDINAL = re.compile(r"^(?:(?:aller|næst|naest)?(?:første|foerste|sidste)|anden|andet|tredje|fjerde|femte|"
                      r"sjette|syvende|ottende|niende|tiende)$")
_COPULAS = frozenset(("er", "var", "bliver", "blev"))
_DEFINITE_ARTICLES = frozenset(("den", "det", "de"))
# The word that gives the role "hvad" asks for in a clause with another verb ("Hvad står der som …?").
_AS = frozenset(("som",))


def singled_out(words: list[str], first: int) -> int | None:
    """The position of the noun a question asks which one of by a definite ordinal or superlative in
    the predicate of "hvad er …?" ("Hvad er det første punkt på dagsordenen?", "Hvad er det dyreste
    punkt i planen?") or in the role "som" gives what "hvad" stands for ("Hvad står der som det andet
    punkt?"): it asks which, as "hvilket punkt …?" does, and the answer names the one ("1. Valg af
    dirigent") without the noun. None where the question is not of that form."""
    if words[first:first + 1] != ["hvad"]:
        return None
    # The link is the copula right after "hvad", or "som" after the clause's verb and its formal subject.
    for link in range(first + 1, min(first + 4, len(words) - 3)):
        if words[link] not in (_COPULAS if link == first + 1 else _AS):
            continue
        article, rank = words[link + 1:link + 3]
        if article in _DEFINITE_ARTICLES and (_ORDINAL.match(rank) or states_superlative(rank)):
            return link + 3
    return None


def which_named(index: Index, groups, noun: str, found: tuple, best: int, superlative: bool = False) -> bool:
    """True when not asked, or when the noun (an English one by its Danish translation) is not among
    the query terms, or when the best sentence says which, or a list follows it ("… bygger på tre
    kilder." and then "1. En spørgeskemaundersøgelse …"). A best sentence that does not mention the
    things leaves the verdict to its neighbours that do. Where the question asks for the one thing
    that stands out (`superlative`: "Which recommendation costs the most?", not "which municipalities
    lost the most?"), the best sentence or the next that singles one out ("Den største post er den
    nationale træplan") says which."""
    terms = set(index.analyzer.query_terms(noun)) if noun else set()
    terms |= danish_terms_of_english(index, noun)
    members = frozenset(m for g in groups if g.term in terms for m in g.members)
    if not members or best < 0:
        return True
    wishing = wish_terms(index.analyzer)
    wished = frozenset(m for g in groups if g.term in wishing for m in g.members)
    # The things may stand only in a sentence beside the best one, which the answer shows too: "Which
    # municipalities were behind Danmark på Vippen?" is best held by the name's sentence, and the next
    # one only counts them ("en række kommuner"). Where none of them mentions the things: no verdict.
    near = (best,) if _mentions(index.analyzer, found[best][0], members) else (best - 1, best + 1)
    mentioning = [i for i in near if 0 <= i < len(found) and _mentions(index.analyzer, found[i][0], members)]
    if superlative and any(states_superlative(found[i][0]) for i in (best, best + 1) if 0 <= i < len(found)):
        return True
    return not mentioning or any(_introduces_list(found, i) or names_which(index.analyzer, found[i][0], members, wished)
                                 for i in mentioning)


@lru_cache(maxsize=4)
def wish_terms(analyzer: Analyzer) -> frozenset[str]:
    """The query terms of the verbs of wishing: "håbe" and its one-word synonyms in mythes-da
    ("ønske", "drømme"); an English "hope" or "wish" is read in them."""
    return frozenset(t for w in {WISH_HEADWORD} | thesaurus.synonyms(WISH_HEADWORD) if " " not in w
                     for t in analyzer.query_terms(w))


def _mentions(analyzer: Analyzer, sentence: str, members: frozenset[str]) -> bool:
    """Whether a sentence mentions the asked things (one of their index terms `members`)."""
    return any(members.intersection(analyzer.document_terms(w)) for w in re.findall(r"[^\W_]+", sentence))
