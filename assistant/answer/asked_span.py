"""A measure in the question rather than a thing: a span of time counted ("hvor mange år …?", "for tolv år
siden", "flere årtier", "twelve years ago", "a decade before 2024") and a number word ("hvor mange tusinde
bytræer …?").

"Hvor mange år er det siden, I startede?" asks a time the material tells by a year ("startede i 2014"):
the count is of years, and no sentence need say "år" with a figure before it, as "hvor mange
medlemmer …?" needs "1.412 medlemmer". "Er de 1,2 milliarder tænkt som ét år eller flere årtier?" is
answered by "over ti år" though the material never says "årti". Whether a noun is a unit of time is
told by WordNet's noun.time (its commonest noun sense), for a Danish noun through the first
translation the Danish-English dictionary gives of its lemma ("år" → year, "uger" → week, "årtier" →
decade; not "gange" → occasion, a frequency). A number word is one whose commonest noun sense is in
noun.quantity ("tusinde" → thousand, "twelve"): it measures the thing after it and names none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language import dictd, wordnet
from ..language.english_forms import ENGLISH_STOPWORDS, english_lemma
from ..language.folding import danish_spelling
from ..language.lemmas import lemma_of

_TIME_FILE = "28"      # noun.time
_QUANTITY_FILE = "23"  # noun.quantity
# The grammar words that count a noun without being number words: quantifiers and the indefinite
# articles ("flere årtier", "et år", "a decade"), closed classes of Danish and English.
_QUANTIFIERS = frozenset("mange flere få nogle et en ét én par a an many several few some".split())
# The words that relate a span to a time ("for tolv år siden", "14 dage før", "twelve years ago", "a decade
# before 2024"): a closed class of Danish and English grammar. A span after a figure without one stays a thing
# asked ("Is the general meeting usually over in two hours?": the material gives no length of a meeting).
_RELATING = frozenset("siden før efter inden tidligere senere frem ago before after earlier later back".split())
_COUNTED = re.compile(r"\b(?:hvor mange|how many)\s+([^\W\d_]+)", re.IGNORECASE)


def _english_word(word: str, english: bool) -> str:
    """The English word WordNet is asked about: the word's lemma, or a Danish lemma's first translation."""
    if not word.isalpha():
        return ""
    if english:
        return "" if word in ENGLISH_STOPWORDS else english_lemma(word)  # "in" is no inch, "a" no ampere
    danish = danish_spelling(word)
    translations = dictd.load(dictd.DANISH_ENGLISH).get(lemma_of(danish) or danish, [])
    return english_lemma(translations[0]) if translations else ""


@lru_cache(maxsize=4096)  # the same few nouns question after question
def unit_of_time(word: str, english: bool = False) -> bool:
    """Whether a noun is a unit or span of time by its commonest sense ("år", "måneders", "årtier", "years")."""
    net, said = wordnet.load(), _english_word(word.casefold(), english)
    return net is not None and bool(said) and net.noun_lexicon(said) == _TIME_FILE


@lru_cache(maxsize=4096)
def number_word(word: str, english: bool = False) -> bool:
    """Whether a word is a number written out ("tusinde", "hundrede", "twelve"), digits aside: a cardinal,
    whose commonest noun sense is a quantity and which WordNet has as an adjective too (not "headcount")."""
    net, said = wordnet.load(), _english_word(word.casefold(), english)
    return net is not None and bool(said) and net.noun_lexicon(said) == _QUANTITY_FILE \
        and net.sense_count(said, "adj") > 0


def counts_time(question: str) -> bool:
    """Whether "hvor mange X?" / "how many X?" counts units of time: a span asked ("Hvor mange år
    sidder bestyrelsen?", "how many months …?"), which a year, a date or "et år ad gangen" answers."""
    found = _COUNTED.search(question)
    return bool(found) and unit_of_time(found[1], english=found[0][:3].casefold() == "how")


def measure_positions(words: list[str], english: bool = False) -> set[int]:
    """The positions of the (case-folded) words that measure rather than name a thing: a number word,
    and a noun of time after a quantifier ("flere årtier", "hvor mange år", "a decade") or after a
    figure or number word and before a word relating it to a time ("for tolv år siden", "14 dage
    før"), with an English postposition after it that WordNet has no noun of ("twelve years ago")."""
    out: set[int] = set()
    for i, word in enumerate(words):
        if not word.isalpha():
            continue
        if number_word(word, english) and word not in _QUANTIFIERS:
            out.add(i)
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        figure = before[:1].isdigit() or number_word(before, english)
        counted = before in _QUANTIFIERS or after in _RELATING and figure
        if counted and unit_of_time(word, english):
            out.add(i)
            net = wordnet.load() if english and after.isalpha() else None
            if net is not None and not net.noun_lexicon(after):
                out.add(i + 1)
    return out
