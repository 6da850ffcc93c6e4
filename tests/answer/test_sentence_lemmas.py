"""The fact beside the words, held in another form of the question's verb: the sentence that has the
verb is quoted, not its neighbour that only shares the noun.

A member asks where the yearly green town accounts are published ("offentliggjort"); the publication
says "… i et grønt byregnskab, som offentliggøres på foreningens årsmøde" and, in the next sentence,
"Det første byregnskab udkommer i 2026." The search reads the participle and the passive by different
stems, so both sentences looked alike and the one after, without the place, was quoted. The
lemmatiser gives both forms one dictionary word ("offentliggøre"), and the first sentence answers.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_lemmas import lemma_held


@pytest.mark.parametrize("question", [
    "Hvor bliver det grønne byregnskab offentliggjort?",
    "hvor bliver det groenne byregnskab offentliggjort",
])
def test_where_the_accounts_are_published_is_told_by_the_sentence_with_the_verb(association, question):
    answer = ask(question, association)
    assert answer.answered, answer.answer
    assert "årsmøde" in answer.answer


def test_a_form_of_the_same_verb_is_held_and_a_noun_of_another_word_is_not(association):
    analyzer = association.analyzer
    (published,) = analyzer.query_terms("offentliggjort")
    held = lemma_held(association, "Hvor bliver byregnskabet offentliggjort?",
                      "Byregnskabet offentliggøres på årsmødet.", frozenset())
    assert published in held
    # "valgt" is "vælge"'s: "vælges" holds it, the noun "Valg" (of "Valg af revisor") does not.
    (chosen,) = analyzer.query_terms("valgt")
    assert chosen in lemma_held(association, "Hvornår bliver revisoren valgt?",
                                "Revisoren vælges for et år ad gangen.", frozenset())
    assert chosen not in lemma_held(association, "Hvornår bliver revisoren valgt?", "Valg af revisor.", frozenset())
    # A term the sentence holds already is not told again.
    assert published not in lemma_held(association, "Hvor bliver byregnskabet offentliggjort?",
                                       "Byregnskabet offentliggøres på årsmødet.", frozenset({published}))
