"""A member tells a little story before the question, and a § that repeats the story is not the answer.

"Jeg har netop meldt mig ind. Hvornår har jeg stemmeret på generalforsamlingen?": the story's
"meldt mig ind" is searched too (the material says "Indmeldelse"), and § 3, stk. 2 held as much of
the message as § 7, stk. 5, which says when a member may vote; §§ were ordered by that alone, and the
answer quoted how to join. A § that holds only the story's words goes after those that hold a word
of the question itself.
Written against the fictional association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_coverage import scene_terms
from assistant.answer.conversation import ask
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query


def _first(answer) -> tuple[str, str]:
    assert answer.answered
    return answer.citations[0].paragraph, answer.citations[0].stk


@pytest.mark.parametrize("question", [
    "Jeg har netop meldt mig ind. Hvornår har jeg stemmeret på generalforsamlingen?",
    "Min kone har lige meldt sig ind. Hvornår må hun stemme på generalforsamlingen?",
])
def test_a_new_member_asking_when_they_may_vote_is_told_the_rule_on_voting(association, question):
    answer = ask(question, association)
    assert _first(answer) == ("7", "5")
    assert "tre måneder" in answer.answer


def test_a_story_about_an_election_does_not_make_the_agenda_tell_who_won(association):
    # § 7, stk. 4's "Valg af bestyrelsesmedlemmer" holds only the story's words; what is asked (the
    # votes, the winner) the statutes never tell.
    assert not ask("Jeg stillede op til bestyrelsen i foråret. Hvem fik flest stemmer?", association).answered


def test_a_story_word_that_says_what_is_asked_still_counts(association):
    # The student's fee is in § 5, stk. 2, which holds the story's "studerende" and the question's
    # "om året": a § holding a word of the question itself keeps the story's words.
    answer = ask("Jeg er studerende. Hvad skal jeg betale om året?", association)
    assert _first(answer) == ("5", "2")
    assert "125 kr" in answer.answer
    answer = ask("Vores lille haveklub har sine egne vedtægter. Kan vi blive medlem af jeres forening som gruppe?",
                 association)
    assert _first(answer) == ("3a", "1")


def test_only_a_message_with_a_story_before_its_question_has_story_terms(association):
    def scene(message: str) -> frozenset[str]:
        reading = read_question(association, message)
        return analyse_query(association, reading.text, reading.alternatives, reading.put, reading.asked).scene

    assert scene("Hvornår må jeg stemme på generalforsamlingen?") == frozenset()
    assert scene("Er kontingentet 250 kr. om året?") == frozenset()
    assert scene("Jeg har lige meldt mig ind. Hvornår må jeg stemme på generalforsamlingen?") == {"indmeld"}
    assert scene_terms(association.analyzer, [], "") == frozenset()
