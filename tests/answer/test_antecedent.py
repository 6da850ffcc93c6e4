"""A sentence that refers back ("Målet …", "Planen …") is quoted with the sentence that says what it is.

A visitor asks what must be written into the municipal plan and is told "Målet skal skrives ind i
kommuneplanen." – the goal, without the goal. The sentences before it name it ("Et fælles mål for
stierne.") and set it out ("Kommunen skal sikre, at mindst 20 kilometer sti er færdig …"); the one
just before is quoted too. A sentence that opens with the thing itself, named nowhere before it,
stands alone.
"""
from __future__ import annotations

import pytest

from assistant.answer.antecedent import opening_definite
from assistant.answer.compose import ask
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://aadalens-roere.example/stimaal/"
GOAL = ("Forslag 1. Et fælles mål for stierne. "
        "Kommunen skal sikre, at mindst 20 kilometer sti langs åen er færdig inden 2030. "
        "Målet skal skrives ind i kommuneplanen.")
CLUB = ("Klubben har 140 medlemmer og holder til i bådhuset ved havnen. "
        "Bestyrelsen mødes hver anden måned i klublokalet.")


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    sections = tuple(Section(heading=heading, anchor=anchor, text=text) for heading, anchor, text in (
        ("Forslag om stier", "forslag", GOAL),
        ("Klubben", "klubben", CLUB),
        ("Bådene", "baadene", "Vi har otte inriggere og fire kajakker i hallen ved havnen."),
        ("Træning", "traening", "Nye roere får fire lektioner med en instruktør, før de må ro alene."),
    ))
    return build_index(tmp_path_factory.mktemp("paths"),
                       [Document(url=URL, title="Stiforslag fra Ådalens Roere", sections=sections)])


def test_the_goal_referred_back_to_is_quoted_with_the_sentence_that_sets_it_out(paths):
    answer = ask("Hvad skal skrives ind i kommuneplanen?", paths)
    assert answer.answered, answer.answer
    assert "20 kilometer" in answer.answer, answer.answer
    assert "Målet skal skrives ind i kommuneplanen." in answer.answer, answer.answer


def test_a_definite_noun_named_nowhere_before_stands_alone(paths):
    # "Bestyrelsen" is the club's board, known to the reader: the sentence about members is no part of it.
    answer = ask("Hvor ofte mødes bestyrelsen?", paths)
    assert answer.answered, answer.answer
    assert "hver anden måned" in answer.answer, answer.answer
    assert "140 medlemmer" not in answer.answer, answer.answer


def test_only_an_opening_definite_noun_refers_back():
    assert opening_definite("Målet skal skrives ind i kommuneplanen.") == "mål"
    assert opening_definite("Planen blev vedtaget i 2024.") == "plan"
    assert opening_definite("Det skal skrives ind i kommuneplanen.") == ""
    assert opening_definite("Kommunen skal sikre stierne.") == "kommune"
    assert opening_definite("Et fælles mål for stierne.") == ""
    assert opening_definite("skal skrives ind") == ""
