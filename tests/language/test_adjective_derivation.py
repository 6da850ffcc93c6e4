"""A visitor who asks with the noun finds the passage that says the adjective made from it, and the
other way round: "politikerne" / "politisk indflydelse", "økonomien" / "økonomiske"."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.language.analysis import default_analyzer
from assistant.language.derivation import derived_terms
from tests.support.corpus import make_document

# (the asked noun, the material's adjective of the same root), one per ending.
ADJECTIVES = [
    ("politikerne", "politiske"),    # -ik → -isk
    ("teknikken", "tekniske"),       # -ik → -isk
    ("økonomien", "økonomiske"),     # -i → -isk
]


def _terms(*words: str) -> list[str]:
    analyzer = default_analyzer()
    return [analyzer.document_terms(w)[0] for w in words]


@pytest.mark.parametrize("asked, material", ADJECTIVES)
def test_a_noun_and_the_adjective_made_from_it_find_each_other_both_ways(asked, material):
    noun, adjective = _terms(asked, material)
    vocabulary = sorted({noun, adjective, "medlem", "kontingent"})
    assert adjective in derived_terms(noun, vocabulary, set(vocabulary))
    assert noun in derived_terms(adjective, vocabulary, set(vocabulary))


def test_a_word_that_only_ends_in_al_is_no_adjective_of_a_noun():
    # "-al" was left out: "kvarter" / "kvartal" and "mor" / "moral" only share their letters.
    vocabulary = sorted(_terms("kvarteret", "kvartal", "mor", "moral"))
    for word in ("kvarteret", "mor"):
        assert derived_terms(_terms(word)[0], vocabulary, set(vocabulary)) == [], word


def test_political_is_read_as_politics_not_as_police():
    vocabulary = sorted(_terms("politiet", "politisk"))
    assert derived_terms(_terms("politisk")[0], vocabulary, set(vocabulary)) == []
    assert derived_terms(_terms("politiet")[0], vocabulary, set(vocabulary)) == []


PAGE = [
    ("Om os", "Landsbyliv er en forening, der arbejder for liv i de små samfund. Vi giver politikere og "
     "borgere viden om livet på landet."),
    ("Vores resultater", "Landsbyliv har de seneste år fået politisk indflydelse i to sager: en ny "
     "kommunal udligningsordning og flere uddannelser ude i landet."),
    ("Medlemmer", "Vores medlemmer er borgere, foreninger og virksomheder i hele landet."),
]


def test_a_visitor_asking_what_the_politicians_did_for_the_municipalities_is_told_of_the_influence(index_of):
    # The passage says neither "politikerne" nor "kommunerne", but "politisk" and "kommunal".
    index = index_of([make_document("https://landsbyliv.example/om/", "Om Landsbyliv", PAGE)])
    answer = ask("Hvad har I fået politikerne til at gøre for kommunerne?", index)
    assert answer.answered, answer.answer
    assert "udligningsordning" in answer.answer.split("[1]")[0]
