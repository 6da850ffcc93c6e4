"""A member asks about one thing in a rare word while a rival passage shares a commoner one.

"Hvem har lavet analysen?": the recommendations' page says "lavet om" and the method page "Analysen
er udarbejdet af foreningens sekretariat"; both hold half of the question, and the words alone put
the commoner "lavet" first. The passage holding the question's rarest word ("analysen") answers.
Written against the fictional association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask, find_hits
from assistant.answer.rank_kinds import kind_first
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query, search_query

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def _query(index, question):
    reading = read_question(index, question)
    return analyse_query(index, reading.text, reading.alternatives, reading.put)


@pytest.mark.parametrize("question", ["Hvem har lavet analysen?", "hvem har lavet analysen"])
def test_who_made_the_analysis_is_told_by_the_page_that_says_analysen(association, question):
    assert search_query(association, _query(association, question))[0].chunk.url != f"{PUBLICATION}#page=2"
    answer = ask(question, association)
    assert answer.answered
    assert "sekretariat" in answer.answer
    assert answer.citations[0].url == f"{PUBLICATION}#page=2"


def test_a_rival_holding_a_word_about_as_rare_keeps_its_place(association):
    # "bygninger" is hardly rarer than "tage": § 9, which holds it only as the statutes' "fast
    # ejendom", says nothing of roofs, and recommendation 4 ("Nye erhvervsbyggerier … bør have
    # grønne tage") stays first.
    first = find_hits(association, _query(association, "Hvilke bygninger skal have grønne tage?"))[0]
    assert first.chunk.url == f"{PUBLICATION}#page=4"


def test_a_question_asking_a_time_is_not_moved_to_a_passage_with_the_rare_word_and_any_date(association):
    # Page 1 names the council ("vedtaget af foreningens landsråd den 15. februar 2025") but not when
    # it was set up: a date beside the rare word would answer what was not asked.
    query = _query(association, "hvornaar blev landsraadet oprettet")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits
    assert not ask("hvornaar blev landsraadet oprettet", association).answered


def test_a_passage_holding_less_of_the_question_does_not_move_for_one_rare_word(association):
    query = _query(association, "Kommer indbydelsen til generalforsamlingen med posten?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits


def test_a_passage_holding_more_of_a_question_put_to_the_other_material_is_not_moved_up(association):
    # "Kan en lille købmandsbutik blive medlem?": § 9 holds the shop only as "fast ejendom" and
    # nothing else of the question; § 3 on membership stays first.
    query = _query(association, "Kan en lille købmandsbutik blive medlem hos jer?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits
