"""The commonest verbs of a question ("fik", "gør", "kom"): they tell little of which sentence answers.

"Hvornår fik foreningen det navn, den har i dag?" holds "fik" and "navn"; a passage's "… og fået
behovet for flere decentrale uddannelser højt på den politiske dagsorden" holds the verb, "… ændrede
navn til Balance Danmark" the noun, and the noun is what the question is about. A verb among the
commonest words of Danish (wordfreq) has too many senses to point at a sentence; a noun or an
adjective as common ("første", "nye", "dag") may well be what sets the answer apart, so only verbs
(word_class) are weighed down. The search still uses them as they are.
"""
from __future__ import annotations

from functools import lru_cache

from ..language.analysis import Analyzer
from ..language.background import general_rarity, rarity_of
from ..language.folding import danish_spelling
from ..language.letter_runs import letter_runs
from .word_class import ACT, word_class

# The commonest words: Zipf above about 5.6 ("får", "gør", "går"; decision_bridges leaves the same
# ones out of its stand-ins for their many senses).
LIGHT_RARITY = rarity_of(5.625)
# The share of its weight a light verb keeps when a sentence is chosen.
LIGHT_SHARE = 0.5


def light_verb_terms(analyzer: Analyzer, text: str) -> frozenset[str]:
    """The query terms of the text's verbs that are among the commonest words of Danish, also typed
    without æ/ø/å ("staar", "faar", "goer")."""
    # The lemmatiser knows the verb by the spelling general Danish writes (folding.danish_spelling);
    # both spellings reach the same query term.
    return frozenset(term for word in letter_runs(text.casefold()) if is_light_verb(danish_spelling(word))
                     for term in analyzer.query_terms(word))


# Every question is read for them, and its common words are mostly those of the questions before it:
# remembered per word (the word class reads the lemmatiser's tables, ~20 µs a word).
@lru_cache(maxsize=8192)
def is_light_verb(word: str) -> bool:
    """Whether a (case-folded) word is a verb among the commonest words of Danish."""
    return general_rarity(word) <= LIGHT_RARITY and word_class(word) == ACT
