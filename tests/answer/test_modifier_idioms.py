"""An adjective before a noun the material never uses is part of an expression ("grønt lys"): the
sentence that answers is found by the question's other words, not by the adjective's own sense."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.modifier_idioms import loose_modifier_terms
from assistant.answer.retrieve import analyse_query
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://cykelklubben.example/plan/"
# A cycling club's plan of our own, written for these tests; every name and date is invented.
PLAN = Document(url=URL, title="Cykelklubbens plan", sections=(
    Section(heading="Sammenfatning", anchor="",
            text="Klubben foreslår fire nye ruter. "
                 "Den vigtigste er en grøn rute langs åen inden 2031. "
                 "Forslagene blev vedtaget af klubbens bestyrelse den 3. april 2024."),
    Section(heading="Ruter", anchor="ruter",
            text="Den grønne rute skal være asfalteret. Skiltene sættes op af kommunen."),
))


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("cykel"), [PLAN])


@pytest.mark.parametrize("question", ["Hvornår fik forslagene grønt lys?", "hvornaar fik forslagene groent lys"])
def test_green_light_asks_when_it_was_approved_not_about_the_green_route(plan, question):
    answer = ask(question, plan)
    assert answer.answered, answer.answer
    assert "3. april 2024" in answer.answer, answer.answer


def test_the_publication_tells_when_the_recommendations_got_the_green_light(association):
    answer = ask("Hvornår fik anbefalingerne grønt lys?", association)
    assert "15. februar 2025" in answer.answer, answer.answer


def _loose(index, question):
    return loose_modifier_terms(index, analyse_query(index, question))


def test_an_adjective_before_a_noun_the_material_has_keeps_its_sense(plan):
    assert _loose(plan, "Hvornår får vi den grønne rute?") == frozenset()


def test_an_adjective_before_a_noun_the_material_lacks_after_a_common_verb_is_part_of_an_expression(plan):
    assert _loose(plan, "Hvornår fik forslagene grønt lys?") == frozenset(plan.analyzer.query_terms("grønt"))


def test_an_adjective_under_a_verb_of_its_own_keeps_its_sense(plan):
    # "flytte statslige job": the noun is the material's own thing in another word, not an expression.
    assert _loose(plan, "Vil I flytte grønne job ud af byen?") == frozenset()
