"""The fact beside the words, when a neighbour shares the question's verb only with a particle after it.

A councillor asks what the municipalities get out of following the recommendations ("følge
anbefalingerne"). The publication's last page says "Foreningen vil hvert år følge op på anbefalingerne
…" – the same letters, but "følge op på" is another verb (to follow up) – and, a sentence before, "Til
gengæld sparer kommunerne penge på kloakering og skader efter skybrud …", which answers. The sentence
with "følge op" held two of the question's words and was quoted alone. A verb the sentence writes with a
particle the question never writes is not the question's verb.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_candidates import particle_only


@pytest.mark.parametrize("question", [
    "Hvad får kommunerne ud af at følge anbefalingerne?",
    "Hvad bliver billigere for kommunerne, hvis anbefalingerne følges?",
])
def test_a_councillor_asking_what_following_the_advice_gives_is_told_of_the_savings(association, question):
    answer = ask(question, association)
    assert answer.answered, answer.answer
    assert "kloakering" in answer.answer


def test_a_question_asking_the_follow_up_itself_still_gets_it(association):
    answer = ask("Hvordan følger I op på anbefalingerne?", association)
    assert answer.answered, answer.answer
    assert "byregnskab" in answer.answer


def test_the_verb_with_a_particle_the_question_lacks_is_not_held(association):
    analyzer = association.analyzer
    sentence = "Foreningen vil hvert år følge op på anbefalingerne i et grønt byregnskab."
    (follow,) = analyzer.query_terms("følge")
    assert follow in particle_only(analyzer, "Hvad får kommunerne ud af at følge anbefalingerne?", sentence)
    # The question writes the particle (here after the object): the verb is its own.
    assert follow not in particle_only(analyzer, "Hvem følger op på anbefalingerne?", sentence)
    assert follow not in particle_only(analyzer, "Hvordan følger I anbefalingerne op?", sentence)
    # A sentence without a particle verb gives nothing.
    assert not particle_only(analyzer, "Hvad får kommunerne ud af at følge anbefalingerne?",
                             "Kommunerne bør følge anbefalingerne.")
