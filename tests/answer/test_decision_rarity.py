"""wordfreq's Danish list stops at Zipf 3.0, so an everyday word's inflected form below it
("anbefalingerne", "stedfortrædere") reads as a word nobody knows. Where the passage lacks such a
form, the answer/decline decision weighs it by its lemma's frequency instead
(assistant/answer/decision_rarity.py); a form the passage holds, and every listed form, keep their own."""
from __future__ import annotations

import pytest

import assistant.answer.answerability_signals as answerability_signals
from assistant.answer.compose import ask
from assistant.answer.decision_rarity import missing_rarity
from assistant.language.background import rarity_of, zipf


def test_an_unlisted_inflected_form_is_read_by_its_lemma(association):
    analyzer = association.analyzer
    assert zipf("stedfortrædere") == 0.0 < zipf("stedfortræder")
    (term,) = analyzer.query_terms("stedfortrædere")
    assert missing_rarity(analyzer, "Hvor mange stedfortrædere har bestyrelsen?") == {
        term: rarity_of(zipf("stedfortræder"))}


@pytest.mark.parametrize("question", [
    "Hvem vælger bestyrelsen?",           # listed forms keep their own value
    "hvor mange stedfortraedere er der",  # typed without ø: the lemmatiser knows no lemma to read
    "Hvem er Ove & Myrthu?",              # a name
])
def test_listed_forms_typos_and_names_keep_their_own_rarity(association, question):
    assert missing_rarity(association.analyzer, question) == {}


def _form_as_read(monkeypatch):
    monkeypatch.setattr(answerability_signals, "missing_rarity", lambda *args: {})


def test_a_reader_asking_what_the_yearly_follow_up_is_called_gets_the_green_city_account(association, monkeypatch):
    question = "Hej, hvad kalder I den årlige opfølgning på anbefalingerne?"
    answer = ask(question, association)
    assert answer.answered and answer.answer.startswith("Foreningen vil hvert år følge op")
    # Read as a word nobody knows, the "anbefalingerne" § 1 lacks left § 1 the answer's first
    # passage ("Foreningens navn er …", for "kalder").
    _form_as_read(monkeypatch)
    assert ask(question, association).answer.startswith("Vedtægter for Foreningen Grønne Byer, § 1")


def test_which_politicians_back_the_recommendations_is_declined(association, monkeypatch):
    question = "Hvilke politikere støtter anbefalingerne?"
    assert not ask(question, association).answered
    _form_as_read(monkeypatch)
    assert ask(question, association).answered
