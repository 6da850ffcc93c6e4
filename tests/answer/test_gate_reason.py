"""A visitor asks why; the material states the fact asked about, but gives no reason for it.

"Hvorfor skal forslag sendes ind 14 dage før generalforsamlingen?" was answered with § 7, stk. 3,
which sets the deadline word for word and says nothing of why (the model answered it at 0.9). A
why-question is answered only by a passage whose answering sentence, or one beside it, gives a
reason: "fordi", "derfor", a purpose clause (", så børn kan lege"), or, for "hvorfor kan …?", the
condition in a relative clause. Written against the fictional association's statutes (Foreningen
Grønne Byer) and a fictional page that gives the reason.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_reason import REASON_GATE, asks_reason, gives_reason
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def with_reasons_page(tmp_path_factory):
    """The statutes beside a page that says why proposals are due early (fiction)."""
    page = Document(url="https://groenne-byer.example/forslag/", title="Forslag", sections=(Section(
        heading="Forslag til generalforsamlingen", anchor="forslag",
        text="Forslag skal sendes ind 14 dage før generalforsamlingen, så bestyrelsen kan sende dem ud "
             "til medlemmerne sammen med dagsordenen."),))
    return build_index(tmp_path_factory.mktemp("forslag"), [html_document(STATUTES_HTML, URL), page])


@pytest.mark.parametrize("question", [
    "Hvorfor skal forslag sendes ind 14 dage før generalforsamlingen?",
    "Why does changing the statutes need a two-thirds majority?",
    "Hvorfor blev vedtægterne ændret i 2023?",
    "Hvad var grunden til, at vedtægterne blev ændret i 2023?",
])
def test_a_why_question_the_statutes_give_no_reason_for_is_declined(statutes, question):
    trace = DecisionTrace()
    answer = ask(question, statutes, trace=trace)
    assert not answer.answered, answer.answer
    # Declined by this gate, not by chance: the model alone would have answered.
    assert any(REASON_GATE in failed for failed in trace.gates_failed)


def test_the_same_question_is_answered_where_the_material_gives_the_reason(with_reasons_page):
    answer = ask("Hvorfor skal forslag sendes ind 14 dage før generalforsamlingen?", with_reasons_page)
    assert answer.answered
    assert "så bestyrelsen kan sende dem ud" in answer.answer


def test_a_question_for_what_caused_a_rule_is_declined_where_the_statutes_give_no_cause(statutes):
    # § 5, stk. 3 sets when the fee is collected; nothing says what made the association choose January.
    assert not ask("Hvad fik foreningen til at opkræve kontingentet i januar?", statutes).answered


@pytest.mark.parametrize(("question", "fact"), [
    # The condition that makes it possible is the reason a "hvorfor kan …?" asks for.
    ("Hej, hvorfor kan man blive slettet som medlem? Tak", "restance"),
    ("hvorfor kan man blive smidt ud af foreningen", "groft imod foreningens formål"),
])
def test_a_why_can_question_is_answered_by_the_condition_the_rule_sets(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered and fact in answer.answer


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Vi kæmper for et Danmark i bedre balance, fordi det vil sikre et rigere Danmark.", True),
    ("Derfor er kampen også en kamp, som hele Danmark bør støtte op om.", True),
    ("Kommunerne bør lede regnvand til regnbede, så byerne bedre tåler skybrud.", True),
    ("Tabet er størst i de store byer, hvor nybyggeri har erstattet haver.", True),
    ("Målet var at få diskussionen helt op øverst på den politiske dagsorden.", True),
    ("Til gengæld sparer kommunerne penge på kloakering.", True),
    # Norwegian, as NorQuAD's news gives reasons.
    ("Men ettersom dette var det første navnet misjonærene ble kjent med, ble Yangtze benyttet.", True),
    ("Landslagstreneren har vært borte siden mars som følge av personlige årsaker.", True),
    ("Valget ble sterkt kritisert, da de var bekymret for brudd på menneskerettighetene.", True),
    ("Forslag, der ønskes behandlet, skal være indsendt senest 14 dage før generalforsamlingen.", False),
    ("Vedtaget på den stiftende generalforsamling 12. marts 2019, senest ændret 4. maj 2023.", False),
    ("Nye erhvervsbyggerier med flade tage over 500 kvadratmeter bør have grønne tage eller solceller.", False),
    # "hvor" asking a degree opens no clause of circumstance.
    ("Det står ikke, hvor mange der kom.", False),
])
def test_a_sentence_gives_a_reason_by_its_grammar(sentence, reason):
    assert gives_reason(sentence) is reason


def test_a_relative_clause_gives_a_reason_only_to_a_why_can_question():
    sentence = "Et medlem, der er i restance med kontingent i mere end tre måneder, slettes som medlem."
    assert not gives_reason(sentence)
    assert gives_reason(sentence, condition=True)


@pytest.mark.parametrize(("question", "why"), [
    ("Hvorfor blev vedtægterne ændret?", True),
    ("Why do you want green roofs?", True),
    ("How come the fee went up?", True),
    ("Hvordan kan det være, at kontingentet er steget?", True),
    ("Hvad var grunden til, at vedtægterne blev ændret?", True),
    ("Hvad er baggrunden for kontingentstigningen?", True),
    ("What was the reason for the name change?", True),
    # A verb of causing asks for the cause: "hvad fik … til at", "hvad førte til", "what made/led".
    ("Hvad fik bestyrelsen til at hæve kontingentet?", True),
    ("Hvad førte til vedtægtsændringen i 2023?", True),
    ("What made the board raise the fee?", True),
    ("What led to the new statutes?", True),
    ("Hvad fik I ud af generalforsamlingen?", False),
    ("Hvad fik medlemmerne til frokost?", False),
    ("Hvad får bestyrelsen tiden til at gå med?", False),
    ("What made up the agenda?", False),
    ("Hvad er grunden værd?", False),
    ("Hvornår blev vedtægterne ændret?", False),
    ("Hvad er foreningens formål?", False),
])
def test_a_question_asks_why_by_its_question_word(question, why):
    assert asks_reason(question) is why
