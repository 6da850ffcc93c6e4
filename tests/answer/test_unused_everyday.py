"""A visitor wraps the question in everyday speech ("Hvem tog initiativ til …?", "Hvad gør I helt
konkret?") where the page says it in its own register ("Bag initiativet stod …"): for the answer/decline
decision, one of the commonest Danish words that the material never uses counts as held
(assistant/answer/unused_everyday.py); a rare word, a word the material does use and the details of a
question asking for a time or a count still count as lacking."""
from __future__ import annotations

import pytest

import assistant.answer.answerability_signals as signals
from assistant.answer.answerability_signals import name_terms
from assistant.answer.asked_kinds import NOTHING_ASKED
from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.retrieve import analyse_query
from assistant.answer.unused_everyday import unused_everyday
from assistant.language.background import term_rarity


def _unused(index, question: str, asks=NOTHING_ASKED) -> frozenset[str]:
    query = analyse_query(index, question)
    return unused_everyday(index, question, query.groups, term_rarity(index.analyzer, question), asks,
                           name_terms(index.analyzer, question))


@pytest.mark.parametrize(("question", "fact"), [
    # "tog" (of "tage") is nowhere on the Om page, which says "Bag initiativet stod …".
    ("Hvem tog initiativ til organisationen?", "Danske Andelskassers Bank"),
    # "når det kommer til stykket" is speech: "kommer" is nowhere on the page.
    ("Hvad kæmper I for, når det kommer til stykket?", "bedre balance"),
])
def test_a_question_in_everyday_speech_is_answered_by_the_page_in_its_own_words(bundled_index, monkeypatch,
                                                                                 question, fact):
    answer = ask(question, bundled_index)
    assert answer.answered and fact in answer.answer
    # With the everyday word read as one the passage lacks, the same question was declined.
    monkeypatch.setattr(signals, "unused_everyday", lambda *args: frozenset())
    assert not ask(question, bundled_index).answered


def test_only_the_commonest_words_the_material_never_uses_count(bundled_index):
    analyzer = bundled_index.analyzer
    # "tog" (Zipf 5.6) is nowhere on the Om page; "hele" is ("hele landet"): its absence from a passage says something.
    assert _unused(bundled_index, "Hvem tog initiativ til det hele?") == frozenset(analyzer.query_terms("tog"))
    # "slås" is an everyday word but not among the commonest: the question may be about it.
    assert not _unused(bundled_index, "Hvad slås I for?")
    # "København" is as common as "tog", and nowhere on the page, but a name is what a question is about.
    assert _unused(bundled_index, "Tog I initiativ i København?") == frozenset(analyzer.query_terms("tog"))


def test_a_question_asking_for_a_time_or_a_count_keeps_its_everyday_words(bundled_index):
    for question in ("Hvem er direktør hos Balance Danmark i dag?", "Hvornår tog I initiativ til jeres første rapport?",
                     "Hvor mange tog initiativ til organisationen?"):
        assert _unused(bundled_index, question, asked_types(question)) == frozenset(), question


def test_a_rare_word_the_material_never_mentions_still_declines(bundled_index):
    assert not ask("Serverer I risalamande til jeres møder?", bundled_index).answered
