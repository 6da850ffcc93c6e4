"""A conversation re-sends its earlier questions with every turn: what they give is worked out once.

The topic of a history, each earlier question's cleaning and a statute term's derivations are kept
per index (bounded), and a follow-up reads exactly as it did when they were worked out anew.
"""
from __future__ import annotations

from assistant.answer import topic
from assistant.answer.conversation import ask
from assistant.answer.history import clean_history, cleaned_earlier
from assistant.answer.retrieve import analyse_query
from assistant.answer.topic import MAX_TOPIC_TERMS, history_topic, topic_of
from assistant.statutes import references
from assistant.statutes.references import statute_derivations, statute_expansions

MEETING = ("Hvornår holdes den ordinære generalforsamling?", "hvordan indkaldes den?")


def test_a_history_sent_again_gives_its_topic_without_reading_it_again(statutes):
    first = topic_of(statutes, MEETING, ())
    assert first.texts == MEETING and first.groups
    kept = statutes.memo["conversation_topic"]
    assert "\n".join(MEETING) in kept
    again = topic_of(statutes, MEETING, ())
    assert again == first and len(kept) == len(statutes.memo["conversation_topic"])


def test_the_new_questions_own_words_are_left_out_of_the_remembered_topic(statutes):
    texts, carried = history_topic(statutes, MEETING)
    strongest = max(carried, key=lambda g: g.weight)
    # The follow-up asks with the topic's strongest word as its own.
    own = tuple(g for g in analyse_query(statutes, " ".join(MEETING)).groups if g.term == strongest.term)
    assert own
    topic_after = topic_of(statutes, MEETING, own)
    terms = [g.term for g in topic_after.groups]
    assert strongest.term not in terms
    # The word left out makes room for the next strongest, as if it had never been carried.
    others = sorted((g for g in carried if g.term != strongest.term), key=lambda g: -g.weight)
    assert set(terms) == {g.term for g in others[:MAX_TOPIC_TERMS]}
    assert topic_after.texts == texts


def test_remembered_topics_are_bounded(statutes, monkeypatch):
    monkeypatch.setattr(topic, "ANALYSED_HISTORY_KEPT", 4)
    for n in range(10):
        topic_of(statutes, (f"Hvem vælger bestyrelsen {n}?",), ())
    assert len(statutes.memo["conversation_topic"]) <= 4


def test_an_earlier_question_is_cleaned_once_and_a_blank_one_still_dropped():
    cleaned_earlier.cache_clear()
    history = ["Hvem  vælger\tbestyrelsen?", "\x00\x01"]
    assert clean_history(history) == ("Hvem vælger bestyrelsen?",)
    assert clean_history(history) == ("Hvem vælger bestyrelsen?",)
    info = cleaned_earlier.cache_info()
    assert info.hits == 2 and info.maxsize == topic.ANALYSED_HISTORY_KEPT


def test_a_statute_terms_derivations_are_worked_out_once_per_index(statutes):
    question = "Hvem beslutter eksklusion?"
    first = statute_expansions(statutes.analyzer, question, statutes)
    kept = statutes.memo["statute_derivations"]
    assert kept and any(kept.values())
    assert statute_expansions(statutes.analyzer, question, statutes) == first


def test_remembered_derivations_are_bounded(statutes, monkeypatch):
    monkeypatch.setattr(references, "DERIVATIONS_KEPT", 3)
    statutes.memo.pop("statute_derivations", None)
    for term in ("beslut", "betal", "ekskluder", "opløs", "revider"):
        statute_derivations(statutes, term)
    assert len(statutes.memo["statute_derivations"]) <= 3


def test_a_follow_up_reads_the_same_when_its_history_is_remembered(statutes):
    follow_up = "og hvad skal der stå på dagsordenen?"
    statutes.memo.clear()
    cleaned_earlier.cache_clear()
    fresh = ask(follow_up, statutes, MEETING)
    remembered = ask(follow_up, statutes, MEETING)
    assert (fresh.answered, fresh.answer, fresh.citations, fresh.context_used) == (
        remembered.answered, remembered.answer, remembered.citations, remembered.context_used)
