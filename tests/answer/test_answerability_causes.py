"""Where a question the material answers is declined, the team sees which step declined it: the
thing asked about missing, a kind-of-fact gate, the model, or the search (benchmarks/answerability_causes.py)."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.decision_trace import DecisionTrace
from benchmarks.answerability_causes import as_the_channels_answer, cause, summary
from tests.support.statutes import STATUTES_URL


def replay(index, question, expected):
    """The step the report gives a question: read from the trace the decision kept while answering it."""
    trace = DecisionTrace()
    ask(question, index, trace=trace)
    return cause(trace, expected)


def test_a_question_about_a_thing_the_statutes_never_name_is_declined_by_the_asked_thing(statutes):
    assert replay(statutes, "Kan kontingentet betales med kreditkort?", None)["step"] == "asked_thing"


def test_a_who_question_whose_section_names_no_one_is_declined_by_the_role_gate(statutes):
    step = replay(statutes, "Hvem er foreningens revisor?", f"{STATUTES_URL} § 10")
    assert step["step"] == "gate:role_named" and step["rank"] == 0


def test_a_situation_the_model_doubts_is_declined_by_the_model_with_the_right_passage_weighed(statutes):
    step = replay(statutes, "Jeg er flyttet til Aarhus, kan jeg stadig stemme til generalforsamlingen?",
                  f"{STATUTES_URL} § 7, stk. 5")
    assert step["step"] == "model" and step["p"] < 0.3 and step["rank"] is not None


def test_a_right_passage_held_back_by_the_gated_best_one_is_not_counted_as_the_models_decline(statutes):
    # The best passage (a § with the question's words but no figure) is likelier and gated; § 6, stk. 3
    # clears the model, yet fallback.leading lets no passage below a gated likelier one answer.
    step = replay(statutes, "Hvor mange fra bestyrelsen skal være mødt op, før de kan beslutte noget?",
                  f"{STATUTES_URL} § 6, stk. 3")
    assert step["step"] == "gated_best" and step["rank"] > 0 and step["p"] >= 0.3
    assert step["judged"][0][1] and step["judged"][0][0] >= step["p"]


def test_a_question_in_the_statutes_words_is_answered_by_the_best_passage(statutes):
    step = replay(statutes, "Hvornår skal kontingentet være betalt?", f"{STATUTES_URL} § 5, stk. 3")
    assert step == {**step, "step": "answered", "answered_by": "best", "rank": 0}


def test_the_summary_counts_false_declines_by_step_and_wrong_answers_by_what_answered():
    rows = [{"expected": "x", "answered": False, "step": "model"},
            {"expected": "x", "answered": False, "step": "model"},
            {"expected": "x", "answered": False, "step": "retrieval", "detail": "intet fundet"},
            {"expected": None, "answered": True, "step": "answered", "answered_by": "fallback"},
            {"expected": "x", "answered": True, "step": "answered", "answered_by": "best"}]
    assert summary(rows) == ["falske afvisninger: 3", "     2  model", "     1  retrieval (intet fundet)",
                             "besvarede uden svar: 1", "     1  fallback"]


def test_the_report_reads_the_decision_and_says_nothing_else_than_it(statutes):
    # A question the product answers is never reported as declined, and one it declines never as answered.
    for question in ("Hvornår skal kontingentet være betalt?", "Hvem er foreningens revisor?",
                     "Kan kontingentet betales med kreditkort?"):
        trace = DecisionTrace()
        answered = ask(question, statutes, trace=trace).answered
        assert (cause(trace, None)["step"] == "answered") == answered


def test_a_message_of_two_questions_is_counted_as_the_channels_answer_it():
    # compose.ask reads the message as one and declines; the channels answer each question.
    message = "Hvornår er fristen for kontingent? Og hvem skal man betale til? (spørger for min far)"
    answered, step = as_the_channels_answer(message, False, {"step": "model", "rank": 0}, lambda: True)
    assert answered and step == {"step": "answered", "answered_by": "two_questions", "rank": 0}
    assert as_the_channels_answer(message, False, {"step": "model"}, lambda: False) == (False, {"step": "model"})


def test_a_message_of_one_question_is_not_asked_again():
    def never() -> bool:
        raise AssertionError("one question is answered by compose.ask as by the channels")
    assert as_the_channels_answer("Hvornår er fristen for kontingent?", False, {"step": "model"}, never) == (
        False, {"step": "model"})
