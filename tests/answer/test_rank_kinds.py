"""A member asks how many or how often: the passage that states the figure or time comes first.

The association's publication says "træer" in the tree plan too and the statutes "generalforsamling"
in every stk. of § 7, so the words alone put first a passage that repeats them; the answer is the one
sentence that holds the same words and the figure or time asked for. Written against the fictional association's statutes and
publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import find_hits
from assistant.answer.rank_kinds import kind_first
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query, search_query

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def _query(index, question):
    reading = read_question(index, question)
    return analyse_query(index, reading.text, reading.alternatives, reading.put)


@pytest.mark.parametrize("question, page", [
    ("Hvor mange træer har medlemmerne sat i jorden?", 3),   # "har medlemmerne plantet 14.300 træer"
    ("Hvor mange lommeparker har medlemmerne lavet?", 3),    # "… og anlagt 62 lommeparker"
])
def test_the_passage_stating_the_figure_asked_comes_first(association, question, page):
    query = _query(association, question)
    words_only = search_query(association, query)
    assert words_only[0].chunk.url != f"{PUBLICATION}#page={page}"   # the words alone rank another first
    assert find_hits(association, query)[0].chunk.url == f"{PUBLICATION}#page={page}"


def test_how_often_the_general_meeting_is_held_is_told_by_the_stk_that_says_every_year(association):
    # § 7, stk. 1 says "Generalforsamlingen er foreningens øverste myndighed"; stk. 2 "hvert år".
    # (Not "holdes": the search reads it as the statutes' "afholdes" since round twenty-seven, and
    # the words alone then find stk. 2.)
    query = _query(association, "Hvor tit skal der være generalforsamling?")
    assert search_query(association, query)[0].chunk.stk != "2"
    first = find_hits(association, query)[0].chunk
    assert (first.paragraph, first.stk) == ("7", "2")


def test_a_passage_lacking_a_word_the_best_one_holds_does_not_move_up(association):
    # The economy page states a sum and says "anbefalingerne" and "koste", but not "facader":
    # only the total is priced, so the recommendation on green facades stays first.
    query = _query(association, "Hvad koster anbefalingen om grønne facader?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits


def test_the_words_of_hvor_stor_are_no_content_a_passage_could_hold(association):
    # "Tabet er størst i de store byer" states figures and says "stor", but nothing of the
    # association's fortune: § 11, which names the fortune, stays first.
    query = _query(association, "Hvor stor er foreningens formue lige nu?")
    assert find_hits(association, query)[0].chunk.paragraph == "11"


def test_a_sentence_with_a_date_but_only_one_of_two_telling_words_does_not_move_up(association):
    # "godkendt" stands nowhere (page 1 says "vedtaget"): a dated sentence holding "anbefalinger"
    # alone is no better evidence than the pages that repeat the word.
    query = _query(association, "Hvornår blev anbefalingerne godkendt?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits


def test_a_question_that_asks_no_time_or_quantity_keeps_the_order_of_its_words(association):
    # (Who paid is asked for by a funder: test_asked_funder.py.)
    query = _query(association, "Hvem har udarbejdet analysen?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits


def test_a_best_passage_that_states_the_figure_itself_stays_first(association):
    query = _query(association, "Hvor mange medlemmer svarede på spørgeskemaet?")
    hits = search_query(association, query)
    assert kind_first(association, query, hits) == hits


def test_an_english_how_many_question_gets_the_passage_stating_the_figure_first(association):
    # Searched as its Danish words ("lommeparker", "medlem"), the question no longer says "how many":
    # read as put, it asks for a figure, and the status page's "anlagt 62 lommeparker" goes first.
    reading = read_question(association, "How many pocket parks have the members made?")
    assert reading.english and reading.put
    query = _query(association, reading.original)
    assert find_hits(association, query)[0].chunk.url == f"{PUBLICATION}#page=3"
    # Without the question as put, § 3 Medlemskab, which names members many times, stays first.
    without = analyse_query(association, reading.text, reading.alternatives)
    assert find_hits(association, without)[0].chunk.url != f"{PUBLICATION}#page=3"


@pytest.mark.parametrize(("question", "page"), [
    # Page 4 says "Lommeparker i alle bydele. Ingen bolig bør ligge mere end 300 meter fra et grønt
    # opholdssted."; page 5 says "park" and page 3 states figures, but no length.
    ("Hvor langt må der højst være fra en bolig til en park?", 4),
    ("Hvor mange penge skal der bruges på skolegårde hvert år?", 5),   # "50 millioner kroner"
])
def test_the_passage_stating_the_measure_asked_with_its_unit_comes_first(association, question, page):
    query = _query(association, question)
    assert search_query(association, query)[0].chunk.url != f"{PUBLICATION}#page={page}"
    assert find_hits(association, query)[0].chunk.url == f"{PUBLICATION}#page={page}"


def test_a_measure_is_not_moved_up_from_a_passage_that_holds_none_of_the_telling_words(association):
    # Read as "langt cottage næste grønne reparere", the question finds page 4 only by "grøn", a word
    # in nearly every passage: its "300 meter" is not taken to answer it, and nothing moves. (A
    # "home" and "green space" now reach page 4's "bolig" and "arealet": that question is answered.)
    query = _query(association, "How far from a cottage should the nearest green patch be at most?")
    hits = search_query(association, query)
    assert f"{PUBLICATION}#page=4" in [h.chunk.url for h in hits]
    assert kind_first(association, query, hits) == hits
