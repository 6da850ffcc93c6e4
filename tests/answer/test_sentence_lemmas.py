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


def test_a_form_of_the_same_verb_is_held_and_a_noun_of_the_family_is_not(association):
    analyzer = association.analyzer
    (published,) = analyzer.query_terms("offentliggjort")
    held = lemma_held(association, "Hvor bliver byregnskabet offentliggjort?",
                      "Byregnskabet offentliggøres på årsmødet.", frozenset())
    assert published in held
    # "fremlagt" is "fremlægge"'s: "fremlægges" holds it, the noun "Fremlæggelse" (of the agenda) does not.
    (laid,) = analyzer.query_terms("fremlagt")
    asked = "Hvornår bliver regnskabet fremlagt?"
    assert laid in lemma_held(association, asked, "Regnskabet fremlægges på mødet.", frozenset())
    assert laid not in lemma_held(association, asked, "Fremlæggelse af det reviderede regnskab.", frozenset())
    # A term the sentence holds already is not told again.
    assert published not in lemma_held(association, "Hvor bliver byregnskabet offentliggjort?",
                                       "Byregnskabet offentliggøres på årsmødet.", frozenset({published}))


def test_a_form_the_material_writes_is_left_to_the_search(association):
    # "valgt" reads as "valg", which the statutes write ("Valg af revisor"): the search holds it already.
    (chosen,) = association.analyzer.query_terms("valgt")
    assert chosen not in lemma_held(association, "Hvornår bliver revisoren valgt?",
                                    "Revisoren vælges for et år ad gangen.", frozenset())


@pytest.mark.parametrize("question", [
    "Hej! Jeg har glemt at betale kontingent siden nytår, ryger jeg så ud?",
    "Jeg har ikke betalt kontingent siden sommer. Hvornår ryger jeg ud af foreningen?",
])
def test_a_payment_not_made_is_still_answered_by_the_rule_on_arrears(association, question):
    # "betalt" is in "skal være betalt senest 1. marts" too, but the question says it was not paid.
    answer = ask(question, association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "4"), answer.answer
