"""English phrasal verbs ("set up", "step down", "take part") through WordNet's one-word synonyms.

A verb with a particle means something else than the verb: "take part" is not "take", "cut down"
is not "cut". The bilingual dictionaries hold few such phrases (FreeDict English-Danish none of
"hand in", "set up", "shut down", "take part"), but WordNet lists the common ones as verbs of their
own, with one-word synonyms the dictionaries do hold: "set up" -> establish, found ("stifte"),
"take part" -> participate ("deltage"), "look into" -> investigate ("undersøge"). english.py asks
this after the Danish verb with the particle in front ("come out" -> "udkomme"), and only a
synonym the material's words stand for is kept; where the material has none, a phrasal verb next to
its particle keeps its synonyms' Danish verbs as words the material lacks ("set up": stifte), not
the verb's own dictionary word ("set": serie). One with a particle whose commonest sense has no
synonym a dictionary holds keeps no Danish word where the verb's own word is the material's and
Danish has no such particle verb: "turn up" (come on, show up) is not "turn" (the statutes'
"ændret"), "signed off" not the statutes' "tegnes" (sign on the association's behalf).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial

from . import wordnet
from .english_compounds import danish_parts
from .english_fallback import ABSENT
from .english_forms import ENGLISH_STOPWORDS, english_forms, english_lemma
from .english_phrase_senses import clear_first_sense
from .word_zipf import zipf_frequency

# English verb particles and the Danish particles that a verb may take in front ("come out" ->
# "udkomme", "send in" -> "indsende", "give out" -> "udgive").
PARTICLES = {"out": "ud", "in": "ind", "up": "op", "off": "af", "down": "ned", "over": "over",
             "back": "tilbage", "away": "bort"}
# Particles and adverbs WordNet's phrasal verbs end on besides PARTICLES ("take part", "look into",
# "carry on"), and "place" ("take place" is "happen", not "tage" and "sted"); only a phrase WordNet
# lists as a verb is taken.
PHRASE_ENDINGS = frozenset({*PARTICLES, "on", "into", "part", "place", "through", "around", "along", "forward"})
# WordNet's senses of a phrasal verb that are read: its first sense is often a rare one ("turn in":
# go to bed, then hand in).
PHRASE_SENSES = 1
# A synonym this common in English (wordfreq's Zipf scale) stands for too many things ("get", "go").
GENERIC_ZIPF = 5.5

# Words an object between a verb and its particle may have ("put the money up").
OBJECT_WORDS = 3
# English particles of movement with the preposition that takes the place moved from, as Danish
# writes them ("out of the capital": "ud af hovedstaden"); a closed class of the grammar.
EN_MOVEMENT = {("out", "of"): ("ud", "af"), ("out", "from"): ("ud", "fra"), ("away", "from"): ("væk", "fra")}
PHRASAL = "phrasal"  # the source name of a phrasal verb's translation through WordNet
PHRASE = "split phrase"  # the source name of a dictionary's phrase read around its object

Lookup = Callable[[str], tuple[str, ...]]
Found = Callable[[Iterable[str]], tuple[str, ...]]


def irregular_phrase(words: Sequence[str], i: int, n: int, synonyms: wordnet.WordNet | None) -> str | None:
    """The phrase words[i:i + n] with its first word as WordNet's irregular verb base, where a
    particle follows it and the lemmatiser left it as it is: "wound up" -> "wind up" (not the
    noun "wound", "sår"). The word before a particle is a verb: that is the context that tells."""
    word = words[i]
    if synonyms is None or n < 2 or words[i + 1] not in PHRASE_ENDINGS or english_lemma(word) != word:
        return None
    base = synonyms.verb_bases.get(word)
    return " ".join([base, *words[i + 1:i + n]]) if base else None


def particle_after(words: Sequence[str], i: int) -> str | None:
    """The particle of a verb at words[i]: the next word, or one after a short object ("throw a
    member out", "hand it in"): at most OBJECT_WORDS words, one of them not a function word."""
    for j in range(i + 1, min(i + 2 + OBJECT_WORDS, len(words))):
        if j == i + 1 and words[j] in PHRASE_ENDINGS or j > i + 1 and words[j] in PARTICLES:
            return words[j]
        if moves_out(words, i, j + 1):
            return words[j + 1]
        if words[j] in PARTICLES or sum(w not in ENGLISH_STOPWORDS for w in words[i + 1:j + 1]) > 1:
            return None
    return None


def moves_out(words: Sequence[str], i: int, j: int | None = None) -> bool:
    """Whether the verb at words[i] moves its object out of a place: a particle of movement and its
    preposition ("out of", "away from") after an object of up to OBJECT_WORDS words, however many of
    them content words ("moving government jobs out of the capital"), or at j. Danish writes such a
    verb particle first, as its noun ("udflytningen"), wherever the particle stands in English."""
    ends = [j] if j is not None else range(i + 2, min(i + 2 + OBJECT_WORDS, len(words) - 1))
    return any(k + 1 < len(words) and (words[k], words[k + 1]) in EN_MOVEMENT for k in ends)


def particle_verb(verb: str, particle: str, dictionary_words: Callable[[str], list[str]], found: Found,
                  synonyms: wordnet.WordNet | None, adjacent: bool = True,
                  has_prefix: Callable[[str], bool] = lambda prefix: True,
                  dan_eng: Mapping[str, Sequence[str]] | None = None,
                  verb_words: Lookup = lambda verb: (), moving: bool = False) -> tuple[tuple[str, ...], str] | None:
    """An English verb and the word after it as the material's words for the phrase, and the source.

    First as the Danish verb with the particle in front: "come out" is "komme ud", which Danish
    also writes "udkomme" ("byregnskabet udkommer"); "send in" is "indsende". Else through
    WordNet's one-word synonyms of the phrasal verb (phrase_danish). dictionary_words: the Danish
    dictionaries' words for an English form; found: the material's words for Danish candidates;
    has_prefix: whether a word of the material begins with given letters; dan_eng: the Danish-English
    dictionary, whose sense order tells a verb's own Danish word; verb_words: the material's words
    for the verb alone (said_alike); moving: the particle moves the object out of a place after it
    (moves_out), which makes it the Danish verb's prefix apart from the verb too, and only that.
    """
    # A phrase the dictionaries hold is theirs apart from its verb too, as next to it (english.py's
    # phrases): "sign my kids up" is the glossary's "sign up" (indmeldelse), not "sign" (tegnes).
    if not adjacent and (held := found(d for d in dictionary_words(f"{english_lemma(verb)} {particle}")
                                       if " " not in d)):
        return held, PHRASE
    # Only next to its verb is a particle the Danish verb's prefix; apart from it, only a phrase
    # WordNet lists is one ("hotter is it in" is none).
    # A noun before a particle is no verb of it ("jobs out of the big cities" is not "udarbejde").
    verb_like = synonyms is None or synonyms.mostly_verb(english_lemma(verb))
    danish_particle = PARTICLES.get(particle) if (adjacent or moving) and verb_like else None
    joined = found(danish_particle + v for v in danish_parts(verb, dictionary_words)
                   if v.isalpha()) if danish_particle else ()
    if joined:
        return joined, "compound"
    phrase = phrasal_verb(verb, particle, synonyms)
    verbs = partial(dictionary_verbs, dictionary_words=dictionary_words, found=found)
    translated = phrase_danish(phrase, synonyms, verbs) if phrase and synonyms else ()
    if translated:
        return translated, PHRASAL
    if phrase and synonyms and adjacent and not clear_first_sense(phrase):
        # The material has none of its first sense's synonyms, and that sense is no clear commonest
        # one: its words would be a guess at what was asked ("put out": forstyrre), counted against
        # the answer (english_phrase_senses.py).
        return (), ABSENT
    if phrase and synonyms and adjacent:
        # Where the material has none of them, the synonyms' Danish verbs still say what was asked
        # ("set up": stifte, oprette; the verb alone was the dictionary's noun "serie"). The phrase's
        # own verb is no synonym of it ("cut" in "cut down"'s first sense, "reduce").
        head = english_lemma(verb)
        unfound = partial(dictionary_verbs, dictionary_words=dictionary_words, found=tuple)
        absent = phrase_danish(phrase, synonyms, lambda other: () if other == head else unfound(other))
        if absent:
            return absent, ABSENT
        if particle in PARTICLES and not said_alike(verb, particle, dictionary_words, found, has_prefix, dan_eng or {},
                                                        verb_words(verb)):
            # A phrase whose commonest sense has no one-word synonym any dictionary holds ("turn up":
            # come on, show up; "sign off") is still not its verb: "turn" is the material's "ændret"
            # (changed), "sign" the statutes' "tegnes". It keeps no Danish word, as a stopword would.
            return (), ABSENT
    return None


def said_alike(verb: str, particle: str, dictionary_words: Callable[[str], list[str]], found: Found,
               has_prefix: Callable[[str], bool], dan_eng: Mapping[str, Sequence[str]],
               chosen: Sequence[str] = ()) -> bool:
    """Whether the verb's own Danish word may stand for the phrasal verb, as Danish says many with
    the same verb and particle ("come out": "komme ud", "follow up": "følge op"):
      - the material lacks every dictionary word of the verb (an absent word still counts against
        an answer, as before: "cut down" is not answered from a page on trees);
      - the material's word the verb alone gets (chosen) is a Danish word whose first sense is the
        verb, or whose senses the dictionary does not list ("komme": come; not "ændre": alter,
        change, … turn, though the material has "vende" too; "tegne": design, draw);
      - a word of the material begins with the Danish particle before the verb's stem ("opfølgning")."""
    forms = english_forms(verb)
    own = [d for form in forms for d in dictionary_words(form) if d.isalpha()]
    held = [d for d in own if set(found((d,))) & set(chosen or found((d,)))]
    if not held:
        return True
    if any(d not in dan_eng or dan_eng[d][:1] and dan_eng[d][0] in forms for d in held):
        return True
    prefix = PARTICLES[particle]
    return any(has_prefix(prefix + (d[:-1] if d.endswith("e") else d)) for d in own)


def phrasal_verb(verb: str, ending: str, synonyms: wordnet.WordNet | None) -> str | None:
    """The phrasal verb two words make, in its base form ("signed up" -> "sign up"), if WordNet
    lists it as a verb; else None."""
    if synonyms is None or ending not in PHRASE_ENDINGS or not verb.isalpha():
        return None
    phrase = f"{english_lemma(verb)} {ending}"
    return phrase if synonyms.is_verb(phrase) else None


def phrase_danish(phrase: str, synonyms: wordnet.WordNet, danish: Lookup) -> tuple[str, ...]:
    """The material's Danish words for the phrasal verb's one-word synonyms, sense by sense.

    danish: the material's words a one-word English synonym maps to (the dictionaries). The first
    sense with a synonym the material has speaks for the phrase; its synonyms' words are searched as
    one term, so the material chooses among them.
    """
    for sense in synonyms.verb_senses(phrase, PHRASE_SENSES):
        found: list[str] = []
        for other in sense:
            if (" " not in other and zipf_frequency(other, "en") < GENERIC_ZIPF
                    and synonyms.mostly_verb(other)):
                found += danish(other)
        if found:
            return tuple(dict.fromkeys(found))
    return ()



def dictionary_verbs(english: str, dictionary_words: Callable[[str], list[str]],
                     found: Found) -> tuple[str, ...]:
    """The material's words (found) for the Danish dictionaries' verbs of an English verb's forms.

    A phrasal verb's synonym stands for a verb, whose Danish dictionary form ends in -e ("stifte"),
    so the nouns the dictionaries give for the same English word ("close": "nærheden") are left out.
    """
    for form in english_forms(english):
        words = found(d for d in dictionary_words(form) if d.endswith("e") and " " not in d)
        if words:
            return words
    return ()
