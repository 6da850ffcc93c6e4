"""The team can see whether a signal could lift the model's false declines without answering questions
the material has no answer to (benchmarks/answerability_separation.py)."""
from __future__ import annotations

from benchmarks.answerability_separation import auc, separation, survey
from tests.support.statutes import STATUTES_URL


def test_a_signal_that_ranks_every_false_decline_above_every_unanswerable_question_scores_one():
    assert auc([0.8, 0.9], [0.1, 0.2]) == 1.0
    assert auc([0.1], [0.8, 0.9]) == 0.0
    # Ties count half: a signal that cannot tell the two apart scores 0.5.
    assert auc([0.5, 0.5], [0.5]) == 0.5
    assert auc([], [0.5]) is None


def test_each_question_falls_in_its_group_with_the_signals_the_decision_read(statutes, tmp_path):
    questions = tmp_path / "statutes_survey.tsv"
    questions.write_text(
        "question\texpected\n"
        # The member's situation the model doubts (answerability_causes' own example of "model").
        f"Jeg er flyttet til Aarhus, kan jeg stadig stemme til generalforsamlingen?\t{STATUTES_URL} § 7, stk. 5\n"
        f"Hvad er kontingentet for studerende?\t{STATUTES_URL} § 5, stk. 2\n"
        "Skal bestyrelsen skrive referat af sine møder?\tNONE\n"
        # Declined by a gate whatever the model says: no signal of the model's could change it.
        "Hvad hedder foreningens formand?\tNONE\n", encoding="utf-8")
    rows = survey([questions], {"association": statutes})
    groups = {r["question"]: r["group"] for r in rows}
    assert groups == {"Jeg er flyttet til Aarhus, kan jeg stadig stemme til generalforsamlingen?": "false_declines",
                      "Hvad er kontingentet for studerende?": "right_answers",
                      "Skal bestyrelsen skrive referat af sine møder?": "unanswerable"}
    signals = {r["group"]: r["signals"] for r in rows}
    assert signals["false_declines"]["probability"] < 0.3 <= signals["right_answers"]["probability"]
    table = {t["signal"]: t for t in separation(rows)}
    assert table["probability"]["false_declines_vs_unanswerable"] == auc(
        [signals["false_declines"]["probability"]], [signals["unanswerable"]["probability"]])
    assert table["coverage"]["mean_right_answers"] == signals["right_answers"]["coverage"]
