"""English set phrases that say when, how often or how far ("so far", "in advance", "each year").

Word by word, such a phrase asks the search for words no answer holds: "so far" for "langt", "in
advance" for "fremskridt" (progress), "in the long run" for "lang" and "løbe". These are words the
material lacks, so they count against every answer, and on the dev sets they sent answerable
questions to a decline ("How many trees have the members planted so far?"). WordNet lists ~700
such phrases as adverbs of their own ("so far", "in advance", "each year", "at the same time", "in
the first place", "at most"), with one-word synonyms the dictionaries hold: "at the same time" ->
"simultaneously" ("samtidig"), "in the first place" -> "originally". A phrase one of whose synonyms
the material's words stand for is read as that synonym; else it says nothing the material answers,
and only those of its words the material's words stand for are kept ("each year": "år", which
the material says in "om året").

Spoken English places a question in the past with "back": "back then", "back in the day". WordNet
lists neither, and word by word "back" is the dictionaries' "tilbage" (or "ryg") and "day" is "dag",
words the material lacks: on the dev sets four questions about the founding held them (two are
answered without them, the other two lack more). PAST_TIME holds these phrases (each tested); they
are dropped, as the material answers them with its years.

The word after "how" ("how long": "lang") is left as it is: kept only where the material has it,
it won no question on the dev sets and lost one.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from . import wordnet
from .english_forms import ENGLISH_STOPWORDS, english_forms, english_lemma
from .english_neighbours import NEIGHBOURS
from .word_zipf import zipf_frequency

# The sources a set phrase's one-word synonym is looked up in: the dictionaries, as for any
# WordNet synonym (english.py: an English synonym spelt like a Danish word is no evidence).
SYNONYM_SOURCES = ("glossary", "eng-dan", "dan-eng", *NEIGHBOURS)
# WordNet's phrases are at most four words ("in the first place", "in the long run").
LONGEST = 4
# A synonym this common in English stands for too many things ("yet", "now"), as english_phrases.
GENERIC_ZIPF = 5.5
# The adverb senses of a phrase whose synonyms are read; the first is the common one ("so far":
# up to now; then "to that extent").
SENSES = 2
# Phrases that say "in the past" and ask for no word (the module docstring): "back" and what follows it.
PAST_TIME = {"back": (("then",), ("in", "the", "day"), ("in", "those", "days"), ("in", "the", "days"))}

Lookup = Callable[..., object]


def read_adverbials(words: Sequence[str], net: wordnet.WordNet | None, lookup: Lookup) -> list[str]:
    """The question's words (lower case) with each WordNet set phrase read as its synonym the material
    has, else as those of its words the material has. lookup(word, forms[, sources]): the
    translator's lookup, None where the material lacks it.
    """
    if net is None:
        return list(words)
    phrases = net.adverb_phrases()
    out: list[str] = []
    i = 0
    while i < len(words):
        if past := _past_time(words, i):
            i += past
            continue
        n = _phrase_length(words, i, phrases) if i + 1 < len(words) else 0
        # A phrase that starts with the particle of the verb before it is the verb's: "thrown out
        # of the association" is "throw out", not "out of". One of function words alone ("kind of",
        # "at most") is left to them: "What kind of …" asks which one, not "rather".
        if n and not (i and net.is_verb(f"{english_lemma(words[i - 1])} {words[i]}")) \
                and not all(w in ENGLISH_STOPWORDS for w in words[i:i + n]):
            out += _phrase_words(words[i:i + n], net, lookup)
            i += n
            continue
        out.append(words[i])
        i += 1
    return out


def _past_time(words: Sequence[str], i: int) -> int:
    """The length of a PAST_TIME phrase at words[i] ("back then": 2), else 0."""
    for rest in PAST_TIME.get(words[i], ()):
        if tuple(words[i + 1:i + 1 + len(rest)]) == rest:
            return 1 + len(rest)
    return 0


def _phrase_length(words: Sequence[str], i: int, phrases: wordnet.AdverbPhrases) -> int:
    if f"{words[i]} {words[i + 1]}" not in phrases.pairs:
        return 0
    for n in range(min(LONGEST, len(words) - i), 1, -1):
        if " ".join(words[i:i + n]) in phrases.phrases:
            return n
    return 0


def _phrase_words(phrase: Sequence[str], net: wordnet.WordNet, lookup: Lookup) -> list[str]:
    """A set phrase as its first synonym the material's words stand for, else its words the material has."""
    for other in net.adverb_synonyms(" ".join(phrase), SENSES):
        if " " not in other and zipf_frequency(other, "en") < GENERIC_ZIPF \
                and lookup(other, english_forms(other), SYNONYM_SOURCES) is not None:
            return [other]
    return [w for w in phrase if w not in ENGLISH_STOPWORDS and w.isalpha()
            and lookup(w, english_forms(w)) is not None]
