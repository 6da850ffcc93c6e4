"""A visitor asks what happens if something does; the material says nothing of what follows.

"Hvad sker der med mit medlemskab, hvis mit firma går konkurs?" was answered with "Balance Danmarks
medlemmer består af kommuner, virksomheder, …", "Hvad sker der, hvis en kommune ikke når målet om 30
procent grønt?" with the sentence that sets the target: the passage holds what the question is about,
not a consequence. A "hvad sker der, hvis …?" question is answered only where a sentence holding it, or
one beside it, states one (a condition, "ved …", a relative clause on the one it befalls, ", så …") or
names the condition's own act. Written against the fictional association's statutes (Foreningen Grønne
Byer) and a fictional page that says what happens when a member moves abroad.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_consequence import CONSEQUENCE_GATE, asked_condition
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

MOVING = "Hvad sker der med mit medlemskab, hvis jeg flytter til udlandet?"


@pytest.fixture(scope="module")
def with_moving_abroad(tmp_path_factory):
    """The statutes beside a page that says what becomes of a member who moves abroad (fiction)."""
    page = Document(url="https://groenne-byer.example/medlemskab/", title="Medlemskab", sections=(Section(
        heading="Medlemmer i udlandet", anchor="udlandet",
        text="Et medlem, der flytter til udlandet, bevarer sit medlemskab og modtager nyhedsbrevet på "
             "e-mail."),))
    return build_index(tmp_path_factory.mktemp("udlandet"), [html_document(STATUTES_HTML, STATUTES_URL), page])


@pytest.mark.parametrize("question", [
    MOVING,
    "Hvad sker der, hvis en lokalforening skifter navn?",
])
def test_a_consequence_the_statutes_do_not_state_is_declined(statutes, question):
    trace = DecisionTrace()
    answer = ask(question, statutes, trace=trace)
    assert not answer.answered, answer.answer
    assert any(CONSEQUENCE_GATE in failed for failed in trace.gates_failed)


def test_the_same_question_is_answered_where_the_material_states_the_consequence(with_moving_abroad):
    answer = ask(MOVING, with_moving_abroad)
    assert answer.answered
    assert "bevarer sit medlemskab" in answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvad sker der, hvis jeg ikke betaler kontingent?", "slettes"),          # a relative clause, then the result
    ("Hvad sker der med formuen, hvis foreningen opløses?", "Ved opløsning"),
    ("hvis et medlem handler groft imod formålet, hvad sker der så", "ekskluderes"),
])
def test_a_consequence_the_statutes_state_is_still_answered(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered, question
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "condition"), [
    ("Hvad sker der, hvis jeg flytter?", "jeg flytter"),
    ("hvis foreningen bliver opløst, hvad sker der så", "foreningen bliver opløst, hvad sker der så"),
    ("Hvad sker der med et medlem, der ikke betaler?", "ikke betaler"),
    ("Hvad sker der på generalforsamlingen?", ""),    # no condition: what the meeting does
    ("What happens if I don't pay?", ""),             # English conditions are not checked (see the module)
])
def test_the_condition_is_read_from_the_question(question, condition):
    assert asked_condition(question) == condition
