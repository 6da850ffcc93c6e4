"""The answer/decline decision records what it did (assistant/answer/decision_trace.py), so the team's
report of which step declined a question (benchmarks/answerability_causes.py) reads the decision
itself and cannot drift from it."""
from __future__ import annotations

from assistant.answer.answerability import load_model
from assistant.answer.compose import ask
from assistant.answer.decision_trace import ANSWERED, ASKED_THING, DECLINED, REFERENCE, DecisionTrace


def _asked(index, question):
    trace = DecisionTrace()
    return ask(question, index, trace=trace), trace


def test_a_question_in_the_statutes_words_records_that_the_best_passage_answered(statutes):
    answer, trace = _asked(statutes, "Hvornår skal kontingentet være betalt?")
    assert answer.answered and trace.step == ANSWERED
    assert trace.lead == 0 and trace.answered_by == "best"
    assert trace.judged[0][0] >= load_model().threshold and not trace.judged[0][1]
    assert len(trace.signals) == len(trace.judged) == len(trace.gates_failed)


def test_a_declined_question_records_every_weighed_passage_and_none_clearing(statutes):
    answer, trace = _asked(statutes, "Jeg er flyttet til Aarhus, kan jeg stadig stemme til generalforsamlingen?")
    assert not answer.answered and trace.step == DECLINED
    assert trace.judged and trace.lead is None and trace.answered_by == ""
    assert all(p < load_model().threshold or gated for p, gated in trace.judged)


def test_a_who_question_whose_section_names_no_one_records_the_role_gate(statutes):
    answer, trace = _asked(statutes, "Hvem er foreningens revisor?")
    assert not answer.answered and trace.step == DECLINED
    assert "role_named" in trace.gates_failed[0]


def test_a_thing_the_statutes_never_name_is_declined_before_any_passage_is_weighed(statutes):
    answer, trace = _asked(statutes, "Kan kontingentet betales med kreditkort?")
    assert not answer.answered and trace.step == ASKED_THING and trace.judged == ()


def test_a_question_naming_a_paragraph_records_that_it_was_quoted(statutes):
    answer, trace = _asked(statutes, "Hvad står der i § 5?")
    assert answer.answered and trace.step == REFERENCE and trace.hits


def test_asking_with_a_trace_answers_exactly_as_without(statutes):
    for question in ("Hvornår skal kontingentet være betalt?", "Hvem er foreningens revisor?"):
        plain, (traced, _) = ask(question, statutes), _asked(statutes, question)
        assert (plain.answered, plain.answer, plain.citations) == (traced.answered, traced.answer, traced.citations)
