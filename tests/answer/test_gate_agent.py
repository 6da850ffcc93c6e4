"""A visitor asks who did something; the material says what is done, but not by whom.

"Hvem tæller stemmerne op på generalforsamlingen?" was answered with § 7, stk. 5 ("Stemmeret på
generalforsamlingen har alle medlemmer, …"), "Who wrote your analyses …?" with "Vi bidrager … ved at
udarbejde … analyser": the passage holds the act or the thing acted on and names no one who acts. A
who-question about an act is answered only where a sentence holding it, or one beside it, says who acts:
a passive with its agent ("indkaldes af bestyrelsen"), "Bag … stod", a name the question does not give,
or the asked verb itself said of its subject ("Foreningen hæfter …"). Written against the fictional
association's statutes (Foreningen Grønne Byer) and a fictional page that says who counts the votes.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_agent import AGENT_GATE, asked_act, tells_agent
from assistant.documents import Document, Section
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def with_vote_counting(tmp_path_factory):
    """The statutes beside a page that says who counts the votes (fiction)."""
    page = Document(url="https://groenne-byer.example/afstemning/", title="Afstemning", sections=(Section(
        heading="Afstemning på generalforsamlingen", anchor="afstemning",
        text="Stemmerne tælles op af dirigenten sammen med to stemmetællere, som vælges blandt de "
             "fremmødte."),))
    return build_index(tmp_path_factory.mktemp("afstemning"), [html_document(STATUTES_HTML, STATUTES_URL), page])


@pytest.mark.parametrize("question", [
    "Hvem har skrevet vedtægterne?",
    "Hvem tæller stemmerne op, når der stemmes?",
    "Who counts the votes at the general meeting?",
])
def test_a_who_question_the_statutes_name_no_actor_for_is_declined(statutes, question):
    trace = DecisionTrace()
    answer = ask(question, statutes, trace=trace)
    assert not answer.answered, answer.answer
    # Declined by this gate, not by chance.
    assert any(AGENT_GATE in failed for failed in trace.gates_failed)


def test_the_same_question_is_answered_where_the_material_says_who_acts(with_vote_counting):
    answer = ask("Hvem tæller stemmerne op, når der stemmes?", with_vote_counting)
    assert answer.answered
    assert "dirigenten" in answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvem indkalder til generalforsamlingen?", "af bestyrelsen"),       # a passive with its agent
    ("Hvem reviderer regnskabet?", "af en revisor"),
    ("Hvem hæfter for foreningens gæld?", "Foreningen hæfter"),         # the asked verb said of its subject
    ("Who signs for the association?", "af formanden"),
])
def test_a_who_question_the_statutes_answer_is_still_answered(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered, question
    assert fact in answer.answer


def test_who_is_to_do_what_a_recommendation_asks_is_answered_by_its_subject(tmp_path):
    """"Hvem står for at plante …?" and the publication's "Staten og kommunerne bør i fællesskab plante …":
    a recommendation says who is to act with the act's own verb, and no "står for"."""
    publication = build_index(tmp_path, [publication_document()])
    answer = ask("Hvem står for at plante de 100.000 træer?", publication)
    assert answer.answered
    assert "Staten og kommunerne" in answer.answer


@pytest.mark.parametrize(("question", "verb"), [
    ("Hvem tæller stemmerne op?", "tæller"),
    ("hvem faeldede traeerne", "faeldede"),
    ("Hvem har skrevet vedtægterne?", "skrevet"),      # the participle after the auxiliary
    ("Hvem står for at plante træerne?", "plante"),    # the act after "står for at"
    ("Hvem står for regnskabet?", "står"),             # "står for" a thing: the one behind it
    ("Hi! Who wrote the report?", "wrote"),
    # Who is something, who may do it, who gets it: a role, a condition or a receiver.
    ("Hvem er formand?", ""),
    ("Hvem kan blive medlem?", ""),
    ("hvem faar pengene hvis foreningen lukker", ""),
    ("Hvem har ansvaret for regnskabet?", ""),           # a noun after "har": a holder
    ("Who do you want to give a factual basis?", ""),    # "who" is the object
    ("Hvem i foreningen gav grønt lys?", ""),             # the verb is not after "hvem": not read
    ("Can a member who joined last month vote?", ""),    # a relative pronoun asks nothing
    ("Hvornår er generalforsamlingen?", ""),
])
def test_the_act_asked_about_is_read_after_the_question_word(question, verb):
    assert asked_act(question)[0] == verb


@pytest.mark.parametrize(("text", "told"), [
    ("Generalforsamlingen indkaldes af bestyrelsen med mindst tre ugers varsel.", True),
    ("Ved køb af fast ejendom tegnes foreningen af den samlede bestyrelse.", True),
    ("Bag initiativet stod Danske Andelskassers Bank og en række kommuner.", True),
    ("Samtidig tilsluttede foreningen Staten i hele Danmark sig.", True),  # a name the question lacks
    ("Danmark på Vippen ændrede i slutningen af 2018 navn.", False),      # "af 2018" is no agent
    ("Beslutningsdygtig, når mindst halvdelen af dens medlemmer er til stede.", False),
    ("Målet skal skrives ind i planloven.", False),
])
def test_an_agent_is_told_by_grammar_not_by_any_af(text, told):
    assert tells_agent(text, frozenset(), lambda t: t.split(), known="danmark paa vippen") == told
