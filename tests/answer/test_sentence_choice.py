"""The sentence an answer quotes holds the fact asked for, not only the question's words.

A member asks "hvem?" and gets the stk. that names who; a reader asks what a numbered
recommendation says and gets the recommendation, not its number; a "hvorfor?" gets the grounds.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_evidence import QueryTerms
from assistant.answer.sentence_kinds import kind_test
from assistant.documents import Document, Section
from tests.support.statutes import build_index


def test_a_who_question_is_answered_by_the_stk_that_names_who_does_it(association):
    # § 10: stk. 1 is the financial year, stk. 2 says the accounts are audited "af en revisor".
    answer = ask("Hvem tjekker foreningens regnskab?", association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("10", "2"), answer.answer
    assert "revideres af en revisor" in answer.answer


def test_a_how_many_question_is_answered_by_the_stk_that_holds_a_figure(association):
    # § 13: stk. 1 counts the general meetings a dissolution needs; stk. 2 is where the money goes.
    answer = ask("Hvor mange møder skal der til for at lukke foreningen ned?", association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("13", "1"), answer.answer
    assert "to på hinanden følgende generalforsamlinger" in answer.answer


def test_a_price_question_is_answered_by_the_passage_that_states_the_price(association):
    # § 3 (membership) holds the question's words best but names no sum; § 5, stk. 2 states it.
    answer = ask("Hvad koster et medlemskab for en forening?", association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "2"), answer.answer
    assert "1.000 kr." in answer.answer


def test_the_stk_that_answers_best_is_cited_first_though_it_stands_later_in_the_paragraph(association):
    answer = ask("Hvad er kontingentet for studerende, og hvem fastsætter det?", association)
    assert [(c.paragraph, c.stk) for c in answer.citations] == [("5", "2"), ("5", "1")], answer.answer
    assert answer.answer.index("125 kr.") < answer.answer.index("fastsættes af")


@pytest.mark.parametrize("question, statement", [
    ("Hvad går anbefaling 3 ud på?", "300 meter"),
    ("hvad gaar anbefaling 1 ud paa", "30 procent"),
])
def test_a_numbered_points_label_brings_the_statement_it_names(association, question, statement):
    # The PDF splits "Anbefaling 3." "Lommeparker i alle bydele." from the sentence that says it.
    answer = ask(question, association)
    assert answer.answered and statement in answer.answer, answer.answer
    assert answer.answer.count("[1]") == 1, "a label and its statement are one quote"


TREES = ("Foreningen Grønne Byer planter træer langs de store veje, fordi det gør byerne køligere. "
         "Et voksent træ giver skygge og sænker temperaturen på fortovet med op til fire grader. "
         "Foreningen holder sit årsmøde i Vejle hver marts.")


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    doc = Document(url="https://groenne-byer.example/traeer/", title="Træer i byen",
                   sections=(Section(heading="Træer i byen", anchor="", text=TREES),))
    return build_index(tmp_path_factory.mktemp("trees"), [doc])


@pytest.mark.parametrize("question", [
    "Hvorfor planter foreningen træer langs vejene?",
    "Why does the association plant trees along the roads?",
])
def test_a_why_question_gets_the_claim_and_the_grounds_that_follow_it(trees, question):
    answer = ask(question, trees)
    assert answer.answered, answer.answer
    assert "køligere" in answer.answer and "skygge" in answer.answer, answer.answer
    assert "årsmøde" not in answer.answer


def test_the_same_passage_asked_what_without_why_is_not_padded(trees):
    answer = ask("Hvor planter foreningen træer?", trees)
    assert "skygge" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, holding, lacking", [
    ("Hvornår skal forslag være afleveret?", "skal være indsendt senest 14 dage før",
     "Forslag behandles af generalforsamlingen."),
    ("Hvor mange sidder i bestyrelsen?", "en bestyrelse på fem til syv medlemmer",
     "Bestyrelsen konstituerer sig selv."),
    ("Hvad koster det for en virksomhed?", "1.000 kr. for virksomheder", "Kontingentet opkræves i januar."),
    ("Hvem kan smide et medlem ud?", "Et medlem kan ekskluderes af bestyrelsen.", "Eksklusion er sjælden."),
    ("Who signs for the association?", "Foreningen tegnes af formanden.", "Foreningen har en formand."),
])
def test_a_sentence_holds_the_kind_of_fact_its_question_asks_for(question, holding, lacking):
    holds = kind_test(question)
    assert holds(holding) and not holds(lacking)


def test_a_question_that_asks_no_kind_of_fact_prefers_no_sentence_for_it():
    holds = kind_test("Hvad er foreningens formål?")
    assert not holds("Foreningen blev stiftet 12. marts 2019.")


def test_a_sentence_weighs_the_query_terms_it_holds_and_those_side_by_side_earn_a_bonus():
    query = QueryTerms([(frozenset({"grøn", "grønn"}), 2.0), (frozenset({"by"}), 1.0), (frozenset({"tag"}), 4.0)])
    assert query.sentence_weight(["medlem", "mød"]) == 0
    assert query.sentence_weight(["grøn", "medlem"]) == 2.0             # one term: no neighbour
    assert query.sentence_weight(["grønn", "medlem", "by"]) == 3.0      # both, apart
    assert query.sentence_weight(["grønn", "by", "tag"]) == 2.0 + 1.0 + 4.0 + 0.5 * 1.0 + 0.5 * 1.0
    assert query.sentence_weight(["tag", "by"]) == 5.0                  # side by side, not in the question's order


@pytest.mark.parametrize("question", ["Hvilke byer har mistet mest natur?", "Which type of town lost the most greenery?"])
def test_which_towns_lost_the_most_is_told_where_the_loss_is_singled_out(association, question):
    # The status page is cut into passages: the first found says the members' trees make up "en tiendedel
    # af de træer, byerne har mistet"; the next one says "byerne har mistet grønt areal" alike, and
    # is followed by "Tabet er størst i de store byer", the answer.
    answer = ask(question, association)
    assert answer.answered, answer.answer
    assert "størst i de store byer" in answer.answer, answer.answer
