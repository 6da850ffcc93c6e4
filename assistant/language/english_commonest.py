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

And for a noun whose first sense WordNet's sense-tagged corpus shows to be clearly its commonest
(english_phrase_senses.noun_counts: tagged at least MIN_TAGGED times and CLEAR times as often as the
second): "report" is first "report, study, written report" (50 of 72), a document; the association's
material holds only "beretning" (account, bulletin, message, record, report), the board's spoken
account on the agenda, which every English question about the publication ("What counts as green
space in the report?") searched. Its commonest sense's "study" maps to the publication's own words
("undersøgt", "analysen"). "neighbourhood" is tagged once: no evidence, read as before.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .english_neighbours import GENERIC_ZIPF
from .english_phrase_senses import CLEAR, MIN_TAGGED, noun_counts
from .word_zipf import zipf_frequency

# A noun's senses read for evidence of another sense (WordNet lists "point" in 26).
SENSES_READ = 12


def commonest_verb_sense(wordnet, word: str) -> list[str]:
    """The one-word synonyms of a verb's commonest WordNet sense ("suggest": propose, advise); empty
    for a word WordNet has more often as another part of speech, or an everyday word (GENERIC_ZIPF)."""
    if wordnet is None or zipf_frequency(word, "en") >= GENERIC_ZIPF or not wordnet.mostly_verb(word):
        return []
    return [w for sense in wordnet.verb_senses(word, 1) for w in sense
            if " " not in w and zipf_frequency(w, "en") < GENERIC_ZIPF]


def commonest_noun_sense(wordnet, word: str, counts: dict[str, dict[int, int]] | None = None) -> list[str]:
    """The one-word synonyms of a noun's clearly commonest WordNet sense ("report": study); empty for
    a word WordNet has mostly as a verb, an everyday word, or one without a clear commonest sense."""
    if wordnet is None or zipf_frequency(word, "en") >= GENERIC_ZIPF or wordnet.mostly_verb(word):
        return []
    tagged = (noun_counts() if counts is None else counts).get(word, {})
    first = tagged.get(1, 0)
    if first < max(MIN_TAGGED, CLEAR * tagged.get(2, 0)):
        return []
    return [w for sense in wordnet.verb_senses(word, 1, "noun") for w in sense
            if " " not in w and zipf_frequency(w, "en") < GENERIC_ZIPF]


def other_noun_sense(wordnet, word: str, headword: str, dan_eng: Mapping[str, Sequence[str]]) -> bool:
    """Whether the headword names the noun in one of its other WordNet senses: one of the headword's
    English words is a synonym there ("beretning": account, in "report, news report, story, account").
    A dictionary's few words for a headword miss many a synonym ("kilde": fountain, source, spring,
    none of them in "source, beginning, origin"): without such evidence the headword is kept."""
    others = {w for sense in wordnet.verb_senses(word, SENSES_READ, "noun")[1:] for w in sense}
    return bool(others & set(dan_eng.get(headword, ())))


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
    """The material's words for a synonym of a verb's (or noun's) commonest WordNet sense, where the Danish
    headword that gave the material's word (headwords: the Danish-English dictionary read backwards)
    names the English form in another sense; empty where it does not, or no synonym maps.

    word: the material's word the headword gave; lookup: a synonym's material words (empty if none).
    """
    synonyms = commonest_verb_sense(wordnet, form)
    headword = next((d for d in headwords.get(form, ()) if in_material(d) == word), "")
    if not synonyms and (synonyms := commonest_noun_sense(wordnet, form)):
        synonyms = synonyms if other_noun_sense(wordnet, form, headword, dan_eng) else []
    if not stray_sense(forms, headword, dan_eng, synonyms):
        return ()
    return next((found for other in synonyms if (found := lookup(other))), ())
