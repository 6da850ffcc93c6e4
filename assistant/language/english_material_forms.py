"""The material's own form of a dictionary word it lacks as written: another inflection, or a compound.

english_fallback.py keeps a Danish word no source finds in the material as absent, so a question about
a thing the material does not treat still asks about it. Two kinds of word the material does treat
ended there too, and the answer decision counted them against every answer:

- an irregular inflection the stemmer does not join to the dictionary's base form: "facts" is
  "faktum" in the dictionaries, and the Om page says "viden og fakta" (Snowball stems "fakt" and
  "faktum"); all seven English dev questions with "facts" about the Om page were declined. The
  lemmatiser (simplemma) knows the material's word as a form of the dictionary's. Only a form that
  keeps the word's first four letters: a suppletive or strong form may be another word's, and no word
  list the project has tells the word classes apart ("har" and "haft" are the verb "have", not the
  noun "have", a garden: "gardens" searched "har"; "mindre" is "lille" compared, "small" is not "smaller").
- a plural or comparison that changes the root's vowel (umlaut: "barn" -> "børn", "mand" -> "mænd",
  "hånd" -> "hænder", "lang" -> "længere"): "children" reaches "barn" in the dictionaries,
  and the publication says "så børn kan lege"; the form does not keep the first four letters. It is
  looked up with the root's vowel changed to each other Danish vowel, the lemmatiser the judge; only
  the vowel changes, so a form that drops the word's consonants ("har" of the verb "have") is never
  one.
- a word of four letters the material has only as the last part of its compounds: "data" in the
  publication's "kortdata". The search looks a compound up by its head only from five letters
  (compound_heads.MIN_HEAD: shorter ones are too often an ending), so "data" found nothing and all
  ten English dev questions about when the data were gathered were declined. A dictionary's word is a
  word, not an ending; the compound is searched where its first part is a word too ("kort|data").
"""
from __future__ import annotations

from .lemmas import lemma_of

INFLECTED = "inflected"  # the material's inflection of the dictionary's word
HEADED = "headed"        # the material's compounds with the dictionary's word as their head
# The heads the search does not look up by itself: from four letters (compound_heads.MIN_KNOWN_HEAD,
# for a word known to be one) up to five (compound_heads.MIN_HEAD, where the search takes over).
SHORT_HEAD = range(4, 5)
# A compound's first part is a word of this many letters at least ("kort" in "kortdata").
MIN_FIRST = 4
# An inflection keeps this many of the dictionary word's first letters ("fakt|a", "fakt|um").
MIN_SHARED = 4
DANISH_VOWELS = "aeiouyæøå"


def material_forms(danish: str, parts, verb: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """(source, the material's words) for a Danish dictionary word the material lacks as written, or None.

    parts: english_fallback.MaterialParts. verb: the English word is used as a verb (english_pos), and
    its Danish verb heads no compound ("bede", to ask, is no "regnbede", a rain bed).
    """
    if " " in danish or not danish.isalpha():
        return None
    if inflected := _inflections(danish, parts):
        return INFLECTED, inflected
    if not verb and len(danish) in SHORT_HEAD and (headed := _headed(danish, parts)):
        return HEADED, headed
    return None


def _inflections(danish: str, parts) -> tuple[str, ...]:
    # Only the material's words with the same first letters are lemmatised (~0.3 ms a word): the
    # whole vocabulary of a large site would take seconds on a visitor's first English question.
    if len(danish) < MIN_SHARED:
        return ()
    found = tuple(w for w in parts.starting(danish[:MIN_SHARED]) if w != danish and lemma_of(w) == danish)
    return found or tuple(w for changed in umlauts(danish) for w in parts.starting(changed[:MIN_SHARED])
                          if lemma_of(w) == danish)


def umlauts(word: str) -> list[str]:
    """The word with its first vowel (the root's) changed to each other Danish vowel: "barn" ->
    "bern", …, "børn", "bårn"."""
    first = next((i for i, c in enumerate(word) if c in DANISH_VOWELS), None)
    if first is None:
        return []
    return [word[:first] + v + word[first + 1:] for v in DANISH_VOWELS if v != word[first]]


def _headed(danish: str, parts) -> tuple[str, ...]:
    return tuple(w for w in parts.ending(danish)
                 if len(w) - len(danish) >= MIN_FIRST and lemma_of(w[:-len(danish)]) is not None)
