"""Whether a Danish headword read backwards means an English word in its commonest sense.

The Danish-English dictionary read backwards gives every Danish headword that lists the English word
among its senses, however far down the list and in whatever sense: "suggest" is the last of
"angive"'s senses (accuse, denounce, indicate, suggest), so the statutes' "angivelse af dagsorden"
(§ 8) answered "If I want to suggest something for the meeting, what's the deadline?". WordNet's
commonest sense of "suggest" is "propose, advise", which maps to the material's "forslag" and
"anbefalinger". A headword that lists the English word only after its first sense, and shares no
English word with the word's commonest WordNet sense, names the word in another sense: where a
synonym of that commonest sense maps into the material, english.py searches the synonym's words
instead. A headword whose first sense is the word ("medlem": member) or that lists a synonym of it
is kept, and so is every headword where WordNet has no synonym.

Only for a word WordNet has mostly as a verb, and not an everyday one: a noun's or an adverb's first
sense is often not the question's ("neighbourhood" is first "vicinity", which took "nærheden" for
the material's "kvarteret"; "behind" first a body part), and an everyday verb's first sense is one of
dozens ("take" 42 senses, "put" 9). Verbs are where the dictionaries' senses stray furthest.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .english_neighbours import GENERIC_ZIPF
from .word_zipf import zipf_frequency


def commonest_verb_sense(wordnet, word: str) -> list[str]:
    """The one-word synonyms of a verb's commonest WordNet sense ("suggest": propose, advise); empty
    for a word WordNet has more often as another part of speech, or an everyday word (GENERIC_ZIPF)."""
    if wordnet is None or zipf_frequency(word, "en") >= GENERIC_ZIPF or not wordnet.mostly_verb(word):
        return []
    return [w for sense in wordnet.verb_senses(word, 1) for w in sense
            if " " not in w and zipf_frequency(w, "en") < GENERIC_ZIPF]


def stray_sense(forms: Sequence[str], headword: str, dan_eng: Mapping[str, Sequence[str]],
                synonyms: Sequence[str]) -> bool:
    """Whether the headword names the English word (its forms) only in a sense other than its
    commonest: not the headword's first sense, and none of the headword's senses is a synonym of the
    word's commonest sense (synonyms: WordNet's, empty where it has none)."""
    senses = dan_eng.get(headword, ())
    if not senses or not synonyms or senses[0] in forms:
        return False
    return not set(senses) & set(synonyms)


def commonest_instead(form: str, forms: Sequence[str], word: str, wordnet, headwords: Mapping[str, Sequence[str]],
                      dan_eng: Mapping[str, Sequence[str]], in_material: Callable[[str], str | None],
                      lookup: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The material's words for a synonym of a verb's commonest WordNet sense, where the Danish
    headword that gave the material's word (headwords: the Danish-English dictionary read backwards)
    names the English form in another sense; empty where it does not, or no synonym maps.

    word: the material's word the headword gave; lookup: a synonym's material words (empty if none).
    """
    synonyms = commonest_verb_sense(wordnet, form)
    headword = next((d for d in headwords.get(form, ()) if in_material(d) == word), "")
    if not stray_sense(forms, headword, dan_eng, synonyms):
        return ()
    return next((found for other in synonyms if (found := lookup(other))), ())
