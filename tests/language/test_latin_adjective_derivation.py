"""A visitor who asks with a Latin noun ("regionerne", "kommunerne", "kulturen") finds the passage that
says the adjective made from it ("regionale", "kommunal", "kulturelle"), and the other way round; but a
"hvilke kommuner" question is not answered by a passage that only says "kommunal"."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import ask
from assistant.documents import read_corpus
from assistant.language.analysis import default_analyzer
from assistant.language.derivation import derived_terms
from tests.support.corpus import make_document

REPO_ROOT = Path(__file__).parents[2]

# (the asked noun, the material's adjective of the same root), one per ending and form.
ADJECTIVES = [
    ("kommunerne", "kommunale"),     # -e → -al
    ("regionerne", "regionale"),     # -al
    ("regionerne", "regionalt"),     # -alt, a term of its own
    ("nationen", "nationale"),       # -al
    ("kulturen", "kulturelle"),      # -el
    ("traditionen", "traditionelle"),  # -el
]


def _terms(*words: str) -> list[str]:
    analyzer = default_analyzer()
    return [analyzer.document_terms(w)[0] for w in words]


@pytest.mark.parametrize("asked, material", ADJECTIVES)
def test_a_latin_noun_and_its_adjective_find_each_other_both_ways(asked, material):
    noun, adjective = _terms(asked, material)
    vocabulary = sorted({noun, adjective, "medlem", "kontingent"})
    assert adjective in derived_terms(noun, vocabulary, set(vocabulary))
    assert noun in derived_terms(adjective, vocabulary, set(vocabulary))


@pytest.mark.parametrize("word, other", [
    ("kvarteret", "kvartal"),   # the term "kvart" is too short a root: a quarter of a year is no district
    ("mor", "moral"),
    ("personer", "personale"),  # "personal" is no adjective the lemmatiser knows: the staff, not personal
])
def test_a_word_that_only_ends_in_al_or_el_is_no_adjective_of_a_noun(word, other):
    vocabulary = sorted(_terms(word, other))
    assert _terms(other)[0] not in derived_terms(_terms(word)[0], vocabulary, set(vocabulary))
    assert _terms(word)[0] not in derived_terms(_terms(other)[0], vocabulary, set(vocabulary))


PAGE = [
    ("Om os", "Landsbyliv er en forening, der arbejder for liv i de små samfund. Vi giver politikere og "
     "borgere viden om livet på landet."),
    ("Vores vision", "Vi vil skabe et mere decentralt Danmark, hvor vi giver spillerum til regionale og lokale "
     "enheder."),
    ("Vores resultater", "Landsbyliv har de seneste år fået indflydelse på en ny kommunal "
     "udligningsordning og flere uddannelser ude i landet."),
    ("Medlemmer", "Vores medlemmer er borgere, kommuner, regioner og virksomheder i hele landet."),
]


def test_a_visitor_checking_a_rumour_about_the_municipalities_money_is_told_of_the_scheme(index_of):
    # The passage says neither "kommunernes" nor "penge", but "kommunal udligningsordning"; the members'
    # section names the municipalities.
    index = index_of([make_document("https://landsbyliv.example/om/", "Om Landsbyliv", PAGE)])
    answer = ask("Jeg har hørt, at I var med til at lave en ny ordning for kommunernes penge. Passer det?", index)
    assert answer.answered, answer.answer
    assert "kommunal udligningsordning" in answer.answer.split("[1]")[0]


def test_which_municipalities_are_members_is_not_answered_by_a_municipal_scheme(index_of):
    # Balance Danmark's Om page: its history says "kommunal udligningsordning", which tells of
    # municipalities but not which of them are members (the page names none).
    index = index_of(list(read_corpus(REPO_ROOT / "corpus")))
    answer = ask("Hvilke kommuner er med i foreningen i dag?", index)
    assert not answer.answered, answer.answer
    # A question about them, not asking which, is answered by the same sentence.
    answer = ask("hej jeg sidder i byraadet i en lille kommune – hvad har i faaet ud af arbejdet med "
                 "pengene mellem kommunerne", index)
    assert answer.answered and "kommunal udligningsordning" in answer.answer.split("[1]")[0], answer.answer
