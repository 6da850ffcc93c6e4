"""A visitor reads the association's publication and asks in English "Who wrote the report?" and
"Who paid for the report?". The dictionary's "write" is "skrive", and the publication says "Målet
skal skrives ind i planloven" (a target written into a law); "pay" is "betale", and the statutes say
"kontingentet er betalt". The answers quoted the law and the membership fee. The material names the
doer after its verb with "af": "Analysen er udarbejdet af foreningens sekretariat", "Kortlægningen er
finansieret af Fonden for Bynatur"; the thesaurus says "skrive" ~ "udarbejde", "betale" ~ "finansiere".

Another types fast: "whne did the national council approve the recommendations?", "what yaer did they
stop collecting data?". A three- or four-letter word with two letters swapped was no English word, so
the question word (and its kind: a time) was lost. And "What year was the report published?" searched
"år", a word the answer ("Udgivet af …, marts 2025") need not hold: the noun names the answer's kind,
as "Hvilket år …?" does, and is not searched.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask, english_agent_verbs
from assistant.answer.head_compounds import postings
from assistant.answer.reading import read_question
from assistant.language.english_spelling import short_word_slip, with_short_slips
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


@pytest.mark.parametrize("question, page, said", [
    ("Who wrote the report?", 2, "udarbejdet af foreningens sekretariat"),
    ("Who actually wrote the analysis?", 2, "udarbejdet af foreningens sekretariat"),
    ("Who paid for the report?", 2, "finansieret af Fonden for Bynatur"),
    ("Who footed the bill for the mapping?", 2, "finansieret af Fonden for Bynatur"),
])
def test_who_did_it_is_answered_where_the_material_names_the_doer(association, question, page, said):
    answer = ask(question, association)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION}#page={page}"
    assert said in answer.answer


def test_a_who_question_whose_verb_the_material_never_says_with_af_keeps_its_words(association):
    # "elect" is "vælge", and the statutes' "vælges af generalforsamlingen" names the doer: kept.
    assert "vælges" in read_question(association, "Who elects the board?").text
    # "who" as the object ("Who do I write to?", "Who did you write these for?") asks for no doer.
    assert "udarbejdet" not in read_question(association, "Who do I write to when I want out?").text
    assert "udarbejdet" not in read_question(association, "Who did you write these recommendations for?").text
    # Not a who-question: "write" stays the dictionary's word.
    assert "udarbejdet" not in read_question(association, "When was the target written into law?").text


@pytest.mark.parametrize("question, said", [
    ("whne did the national council approve the recommendations?", "15. februar 2025"),
    ("In waht yaer was the report published?", "marts 2025"),
])
def test_a_short_word_typed_with_two_letters_swapped_is_read_as_meant(association, question, said):
    assert with_short_slips(question).split()[:3] in (["when", "did", "the"],
                                                      ["In", "what", "year"])
    answer = ask(question, association)
    assert answer.answered and answer.answer.startswith("From ")  # answered in English
    assert said in answer.answer


@pytest.mark.parametrize("typed, meant", [
    ("waht", "what"), ("yaer", "year"), ("Whne", "When"), ("tiem", "time"),
    ("hwo", None),      # "who" or "how": unclear, left as typed
    ("fra", None),      # a Danish word in an English question ("Oprør fra Udkanten")
    ("teh", None),      # a rare real word is no slip
    ("EU", None), ("form", None), ("vision", None),
])
def test_only_a_swap_into_one_very_common_english_word_is_a_slip(typed, meant):
    assert short_word_slip(typed) == meant


@pytest.mark.parametrize("question", ["Which year was the report published?", "In what year was the report published?"])
def test_what_year_asks_when_and_its_noun_is_not_searched(association, question):
    assert "år" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION}#page=1"
    assert "marts 2025" in answer.answer


def test_a_year_that_is_not_the_question_phrase_is_searched(association):
    assert "år" in read_question(association, "How much is the fee each year?").text.split()


def test_a_second_question_for_the_year_keeps_its_year(bundled_index):
    # "… and in which year?" asks a second thing the answer must tell beside the first.
    question = "What did the group rename itself to, and in which year?"
    assert "år" in read_question(bundled_index, question).text.split()


def test_what_year_keeps_its_year_when_only_one_word_would_be_left(association):
    # Without "year", "going" alone would reach the dissolution clause ("formuen går til …").
    question = "What year did you get going?"
    assert "år" in read_question(association, question).text.split()
    assert not ask(question, association).answered


def test_the_first_who_question_reads_only_the_passages_that_hold_its_verb(tmp_path, monkeypatch):
    # A worker's first who-question read every passage of the material to find the words before
    # "af"; on a large site the visitor waited for it. Only the passages holding the verb are read.
    index = build_index(tmp_path, [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])
    read: list[tuple[int, str]] = []
    before_doer = english_agent_verbs._before_doer
    monkeypatch.setattr(english_agent_verbs, "_before_doer",
                        lambda index, chunk_id, term: read.append((chunk_id, term)) or before_doer(index, chunk_id, term))
    assert "udarbejdet" in read_question(index, "Who wrote the report?").text
    assert read and all(chunk_id in postings(index, term) for chunk_id, term in read)
    assert len({chunk_id for chunk_id, _ in read}) < index.n_chunks
