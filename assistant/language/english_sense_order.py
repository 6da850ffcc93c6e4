"""Which Danish headword names an English word in one of its common senses (WordNet's order).

The Danish-English dictionary read backwards gives every Danish headword that lists the English word
among its senses, and dictd.likeliest_headwords puts the one of fewest senses first: it names the word
most surely. That holds for words of one sense, not for a word of many: "bill" is "næb" (beak, bill),
"billet" (bill, ticket, note) and "regning" (account, bill, calculation), and "næb", of two senses,
came first; "When does the club send out the bill for the dues?" asked for a beak. WordNet lists an
English word's senses commonest first, each with its synonyms: "bill" is first a draft law ("measure"),
then "bill, account, invoice", then a banknote ("note"), and a beak only ninth. A headword whose other
English words are synonyms of one of the word's first senses names it in that sense: "regning" shares
"account" with the second. Headwords are ranked by the first such sense; one that shares none (or a
word WordNet lacks) keeps the order it had, after those that do.

Only nouns, and only a word WordNet has mostly as a noun: read in all its parts of speech, "firm"
became the adjective's "fast", "act" the verb's "gøre" and "leave" the verb's "afrejse", which lost
questions on the dev sets (see docs/benchmarks.md, round twenty-nine, e).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from . import dictd
from .english_forms import verb_form
from .english_pos import VERB
from .word_zipf import zipf_frequency

# The senses of each part of speech read: later ones are rare ("bill": a beak is the ninth noun).
SENSES = 3
UNSHARED = SENSES + 1  # the rank of a headword that shares no synonym with the first SENSES senses


def sense_rank(english: str, dan_eng: Mapping[str, Sequence[str]], wordnet) -> Callable[[str], int]:
    """A Danish headword's rank for an English noun: the first of the word's WordNet noun senses one of
    the headword's other English words is a synonym in, else UNSHARED.

    Only for a word WordNet has mostly as a noun: a word of several parts of speech is read in the one
    the question uses, which no word list tells ("firm" is "fast" as an adjective, "leave" a verb
    first); every headword of another word ranks alike. dan_eng: the Danish-English dictionary;
    wordnet: english_neighbours' WordNet, or None.
    """
    word = english.casefold()
    if wordnet is None or not mostly_noun(wordnet, word):
        return lambda headword: UNSHARED
    senses = [set(synonyms) for synonyms in wordnet.noun_synonyms(word, SENSES)]

    def rank(headword: str) -> int:
        others = {w.casefold() for w in dan_eng.get(headword, ())} - {word}
        return next((n for n, synonyms in enumerate(senses, 1) if others & synonyms), UNSHARED)
    return rank


def mostly_noun(wordnet, word: str) -> bool:
    """Whether WordNet has the word as a noun in more senses than as any other part of speech."""
    nouns = wordnet.sense_count(word, "noun")
    return nouns > max(wordnet.sense_count(word, pos) for pos in ("verb", "adj", "adv"))

def likeliest_headwords(danish: Sequence[str], form: str, forms: Sequence[str],
                        dan_eng: Mapping[str, Sequence[str]], wordnet, use: str = "") -> list[str]:
    """The Danish headwords (the Danish-English dictionary read backwards) for an English form, likeliest
    first (dictd.likeliest_headwords), those naming it in a common WordNet sense before the others.

    Not where that puts a rarer Danish word first than the dictionary order did: a word the material
    lacks counts against every answer, a rare one most ("way" as "maner", not "vej"; "bill" as "regning"
    is the commoner word as well as the common sense). forms: the word's forms (english_forms);
    verb_form is asked only here: a new word's or phrase's lemma costs ~0.1 ms. use: the part of speech
    the question uses the word in (english_pos.used_as): a verb's headwords are verbs first, and a word
    used as a verb or an adjective is not ranked by its noun senses ("care" in "do they care").
    """
    verb = use == VERB or verb_form(forms)
    plain = dictd.likeliest_headwords(danish, form, verb, dan_eng, zipf_frequency)
    by_sense = dictd.likeliest_headwords(danish, form, verb, dan_eng, zipf_frequency,
                                         sense_rank(form, dan_eng, None if use else wordnet))
    if by_sense[:1] != plain[:1] and zipf_frequency(by_sense[0], "da") < zipf_frequency(plain[0], "da"):
        return plain
    return by_sense
