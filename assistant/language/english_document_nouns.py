"""An English noun that points at the document asked about ("the report", "your report"), not at a thing in it.

A visitor who has read the association's publication calls it "the report" or "your report". The
Danish dictionaries have no "rapport": read backwards, the Danish-English one gives "beretning", whose
English senses end with "report" (bulletin, account, communication, …, report), and the statutes say
"Bestyrelsens beretning" (§ 7, stk. 4). So "When did the report come out?" searched the agenda of the
general meeting, and "Who were interviewed for the report?" was declined: no passage of the
publication holds "beretning" (on alle-dev, 36 of 60 such questions were wrong).

The word names the document the question is asked of, as "vedtægterne" does (answer/document_kind.py),
and a search for it looks for a word no passage of the document needs to hold. Here it keeps no Danish
word, where all of these hold:
- a pointer before it picks the one at hand ("the", "this", "that", "your", "ur"): "a report"
  and "the board's report" are a thing in the text ("Does the board give a report at the meeting?");
- WordNet has it mostly as a noun, and its commonest noun sense is a kind of document or publication
  (report -> document, booklet -> book -> publication);
- the material's word came from a Danish headword that names the English word in another sense
  (english_commonest.stray_sense: none of "beretning"'s English words is a synonym of the commonest
  "report", a written document). A translation that names it in its own sense ("publication" ->
  "publikationen", "statutes" -> "vedtægter", "newsletter" -> "nyhedsbrev") is kept: the material
  uses the word, and where it says it, it says more.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .english_commonest import stray_sense
from .english_fallback import ABSENT, Translation
from .english_forms import english_forms
from .english_sense_order import mostly_noun

POINTERS = frozenset({"the", "this", "that", "your", "ur"})
# WordNet's nouns (a synset's first word) whose kinds are documents: a report, a statute, a letter; a
# booklet, a book, a brochure.
DOCUMENT_KINDS = frozenset({"document", "publication"})


def a_document_kind(wordnet, forms: Sequence[str]) -> bool:
    """Whether the first form WordNet has as a noun is mostly one and in its commonest sense a kind of
    document or publication."""
    for form in forms:
        senses = wordnet.noun_senses(form)
        if senses:
            return mostly_noun(wordnet, form) and any(
                word in DOCUMENT_KINDS for _, word, _ in wordnet.broader_nouns(senses[0]))
    return False


def points_at_the_document(words: Sequence[str], i: int, forms: Sequence[str], found: Sequence[str], wordnet,
                           headwords: Mapping[str, Sequence[str]], dan_eng: Mapping[str, Sequence[str]],
                           in_material: Callable[[str], str | None]) -> bool:
    """Whether words[i] names the document asked about (the module's docstring) and its Danish words
    (found, from the Danish-English dictionary read backwards: headwords) name it in another sense."""
    if wordnet is None or not found or i == 0 or words[i - 1] not in POINTERS or not a_document_kind(wordnet, forms):
        return False
    synonyms = [w.replace("_", " ") for sense in wordnet.noun_synonyms(forms[0], 1) for w in sense]
    headword = next((d for form in forms for d in headwords.get(form, ()) if in_material(d) == found[0]), "")
    return bool(headword) and stray_sense(forms, headword, dan_eng, synonyms)


def as_document(found: Translation, words: Sequence[str], i: int, translator) -> Translation:
    """The word's translation (english.EnglishToDanish's), or no Danish word where words[i] names the
    document asked about in a sense the translation does not."""
    if found.source != "dan-eng" or not points_at_the_document(
            words, i, english_forms(found.english), found.danish, translator._neighbours.wordnet,
            translator.tables["dan-eng"], translator._dan_eng, translator.in_material):
        return found
    return Translation(found.english, (), ABSENT)
