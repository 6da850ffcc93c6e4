"""Words typed without Danish letters the lossy way: "sporgeskema" for "spørgeskema", "hvornar".

Without æ, ø and å on the keyboard people write ae/oe/aa (the analyser's own folding handles that)
or just a, o and a, which the analyser cannot undo: "sporge" is no spelling of "spørge" to it. Here
index terms are looked up by a key that drops what the lossy way drops (oe → o, aa → a, ae → a),
so "sporgeskema" meets "spoergeskemaundersoegels" as the start of that compound, as the analyser's
compound extensions would have met it had the word been spelt right. A word typed with ae/oe/aa is
read in its Danish spelling where a question's grammar is read from its words (danish_spelling).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from .background import LANGUAGE, danish_spellings
from .word_zipf import zipf_frequency

_LOSSY = re.compile("oe|aa|ae")
# A prefix shorter than this starts too many words to stand for one of them.
MIN_PREFIX = 6
MAX_MATCHES = 4
MAX_SCAN = 200


def danish_letters(text: str) -> str:
    """A casefolded text with every ae/oe/aa read as æ/ø/å, for matching a question's grammar words
    ("hvor laenge", "sidste frist", "hvor taet") by patterns written with the Danish letters; content
    words come out misspelt where they hold the pairs ("israel"), so it is never searched."""
    return text.replace("ae", "æ").replace("oe", "ø").replace("aa", "å")


@lru_cache(maxsize=4096)
def danish_spelling(word: str) -> str:
    """A case-folded word with its ae/oe/aa read as æ/ø/å where general Danish writes it so
    ("hvornaar" -> "hvornår", "paa" -> "på", "goer" -> "gør"): the spelling wordfreq's Danish list
    finds commonest, the word as written on a tie ("israel", "poesi" stay). The analyser folds both
    alike, but the grammar of a question (stop words, question words, verbs) is read from its words."""
    spellings = danish_spellings(word)
    if len(spellings) == 1:
        return word
    return max(spellings, key=lambda s: (zipf_frequency(s, LANGUAGE), s == word))


def lossy_key(term: str) -> str:
    """The term with its folded Danish letters reduced to one plain letter (oe → o, aa/ae → a)."""
    return _LOSSY.sub(lambda m: m.group()[0], term)


def folded_vocabulary(vocabulary: Sequence[str]) -> list[tuple[str, str]]:
    """(key, term) for every index term with a folded letter, sorted by key: built once per index."""
    return sorted((lossy_key(t), t) for t in vocabulary if _LOSSY.search(t))


def lossy_vocabulary(index) -> list[tuple[str, str]]:
    """An index's vocabulary keyed for lossy spellings, built once and kept in the index's memo."""
    found = index.memo.get("lossy_vocabulary")
    if found is None:
        found = index.memo["lossy_vocabulary"] = folded_vocabulary(index.vocabulary)
    return found


def lossy_matches(term: str, folded: Sequence[tuple[str, str]]) -> list[str]:
    """Index terms the term may be a lossy spelling of: same key, else keys it starts (compounds)."""
    key = lossy_key(term)
    if len(key) < MIN_PREFIX or not term.isalpha():
        return []
    start = bisect.bisect_left(folded, (key, ""))
    exact, longer = [], []
    for k, t in folded[start:start + MAX_SCAN]:
        if not k.startswith(key):
            break
        (exact if k == key else longer).append(t)
    return (exact or sorted(longer, key=len))[:MAX_MATCHES]
