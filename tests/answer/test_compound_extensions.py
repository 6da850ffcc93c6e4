"""A question word the material holds only inside compounds finds the compounds it is part of, not
words that merely start with the same letters (language/related_terms.compound_extensions)."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query, search

RAINWATER = "https://groenne-byer.example/anbefalinger-2025.pdf#page=5"


def test_rain_is_searched_as_rainwater_not_as_the_accounts(association):
    groups = {g.term: g.members for g in analyse_query(association, "Hvad gør I ved regnen?").groups}
    assert "regnvand" in groups["regn"]
    assert not {"regnskab", "regnskabsaar"} & set(groups["regn"])


def test_a_member_asking_about_the_rain_gets_the_rainwater_recommendation(association):
    question = "Hvad skal byerne gøre med regnen i stedet for at sende den ned i kloakken?"
    assert search(association, question)[0].chunk.url == RAINWATER
    answer = ask(question, association)
    assert answer.answered
    assert answer.citations[0].url == RAINWATER
    assert "regnbede" in answer.answer
