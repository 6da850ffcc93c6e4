"""A member reads the association's statutes and asks "Who wrote these statutes?". The statutes name no
author, but the publication beside them says "Analysen er udarbejdet af foreningens sekretariat": the
who-question's "wrote" was searched as that "udarbejdet" (the material's verb naming a doer), and the
answer told the member that the secretariat wrote the statutes.

A doer is named in one document; the question's other words must be held by that document too: the
publication never mentions the statutes, so "wrote" keeps its own word, and the question is declined.
"Who wrote the report?" and "Who footed the bill for the mapping?" still find the publication's doer.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import read_question

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


@pytest.mark.parametrize("question", ["Who wrote these statutes?", "Who authored the statutes?"])
def test_who_wrote_a_document_that_names_no_author_is_declined_in_english(association, question):
    assert "udarbejdet" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert not answer.answered
    assert answer.answer.startswith("Sorry")  # declined in English


@pytest.mark.parametrize("question, said", [
    ("Who wrote the report?", "udarbejdet af foreningens sekretariat"),
    ("Who wrote the recommendations?", "udarbejdet af foreningens sekretariat"),
    ("Who footed the bill for the mapping?", "finansieret af Fonden for Bynatur"),
])
def test_who_made_the_document_that_names_its_doer_is_still_answered(association, question, said):
    answer = ask(question, association)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION}#page=2"
    assert said in answer.answer
