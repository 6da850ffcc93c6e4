"""A member asks how many of something there are: the answer must count that thing. The statutes
say the board is elected "for to år ad gangen"; that counts years, not how many times a year the
board meets, so the assistant declines instead of quoting it."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.counted_thing import counted_word, counts_it


@pytest.mark.parametrize("question, word", [
    ("Hvor mange gange om året mødes bestyrelsen?", "gange"),
    ("hvor mange suppleanter vælges der", "suppleanter"),
    ("Hvor mange nye træer vil I plante?", "nye"),       # an attribute stands right after the count too
    ("Hvor mange af medlemmerne vil have en byhave?", ""),  # a share of a whole: nothing named to count
    ("Hvor mange av hundene er i live?", ""),               # the same in Norwegian (NorQuAD)
    ("Hvor mange der deltog?", ""),
    ("Hvornår holdes generalforsamlingen?", ""),
])
def test_the_word_a_question_asks_to_have_counted(question, word):
    assert counted_word(question) == word


@pytest.mark.parametrize("text, counted", [
    ("Foreningen ledes af en bestyrelse, der vælges for to år ad gangen.", False),  # the count is of years
    ("Bestyrelsen mødes fire gange om året.", True),
    ("Den holder møde mindst to gange hvert kvartal.", True),
    ("Bestyrelsen mødes, når formanden indkalder.", True),   # no "gange" at all: no verdict here
])
def test_a_text_counts_the_times_only_with_a_figure_before_them(statutes, text, counted):
    members = frozenset(statutes.analyzer.query_terms("gange"))
    assert counts_it(statutes.analyzer, [text], [text], members) is counted


@pytest.mark.parametrize("text", [
    "Opløsning kræver beslutning på to på hinanden følgende generalforsamlinger.",
    "Den afholdes, når mindst en fjerdedel af medlemmerne kræver det.",
    "Halvdelen af dens medlemmer skal være til stede.",
    "Der holdes 4 møder og generalforsamlinger om året.",   # a count before coordinated nouns counts each
])
def test_a_count_may_stand_across_attributes_pronouns_and_a_share(statutes, text):
    analyzer = statutes.analyzer
    members = frozenset(t for w in ("generalforsamlinger", "medlemmer") for t in analyzer.query_terms(w))
    assert counts_it(analyzer, [text], [text], members)


def test_a_count_may_stand_beside_the_sentence_that_names_the_thing(statutes):
    members = frozenset(statutes.analyzer.query_terms("lommeparker"))
    sentence = "Lommeparkerne er anlagt sammen med kommunerne."
    assert counts_it(statutes.analyzer, [sentence], ["Medlemmerne har anlagt 62 lommeparker. " + sentence], members)
    assert not counts_it(statutes.analyzer, [sentence], [sentence], members)
    # A thing named only beside the answering sentence gives no verdict.
    assert counts_it(statutes.analyzer, ["Der deltog 300 mand."], ["Mange lommeparker. Der deltog 300 mand."],
                     members)


def test_a_member_asking_how_often_the_board_meets_is_not_told_how_long_it_sits(statutes):
    answer = ask("Hvor mange gange om året holder bestyrelsen møde?", statutes)
    assert not answer.answered


@pytest.mark.parametrize("question, paragraph, fact", [
    ("Hvor mange generalforsamlinger skal der til for at opløse foreningen?", "13", "to på hinanden følgende"),
    ("Hvor mange suppleanter vælges der?", "6", "to suppleanter"),
    ("Hvor mange medlemmer skal kræve det, før der indkaldes til ekstraordinær generalforsamling?", "8",
     "en fjerdedel af medlemmerne"),
])
def test_a_count_of_the_asked_thing_still_answers(statutes, question, paragraph, fact):
    answer = ask(question, statutes)
    assert answer.answered and answer.citations[0].paragraph == paragraph
    assert fact in answer.answer
