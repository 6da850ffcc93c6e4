"""A visitor asks what has already happened ("har kommunerne allerede …?"): a publication that only
recommends it does not answer, while material that tells of it in the past tense does."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.realised import _realised, asks_realised
from tests.support.corpus import make_document
from tests.support.statutes import build_index


@pytest.mark.parametrize("question, asks", [
    ("Hvor mange kommuner har allerede plantet træer?", True),
    ("Har nogen skoler allerede fået en grøn skolegård?", True),
    ("Hvor mange træer vil I plante?", False),
])
def test_a_question_with_allerede_asks_what_has_come_about(question, asks):
    assert asks_realised(question) is asks


@pytest.mark.parametrize("sentence, realised", [
    ("Siden foreningen blev stiftet, har medlemmerne plantet 14.300 træer.", True),   # perfect participle
    ("Anbefalingerne blev vedtaget af landsrådet.", True),                           # passive participle
    ("Foreningen startede i 2019.", True),                                            # past tense
    ("Kommunerne bør plante flere træer i byerne.", False),                           # a recommendation
    ("Målet skal skrives ind i planloven.", False),
    # A participle after a determiner is an adjective: the sentence recommends, nothing was felled.
    ("Staten bør plante nye bytræer og erstatte hvert fældet træ med to nye.", False),
    ("Et revideret regnskab skal sendes til medlemmerne.", False),
    # "de" is a pronoun too: what they did is realised.
    ("Sidste år plantede de 300 træer i byen.", True),
])
def test_a_sentence_tells_of_a_realised_event_by_its_verb_forms(sentence, realised):
    assert _realised(sentence) is realised


@pytest.fixture(scope="module")
def green_cities(tmp_path_factory):
    """Foreningen Grønne Byer: a page of recommendations and a page of what it has done."""
    return build_index(tmp_path_factory.mktemp("realised"), [
        make_document("https://groenne-byer.example/anbefalinger/", "Anbefalinger", [
            ("Skolegårde", "Kommunerne bør gøre alle skolegårde grønne inden 2030, så børn kan lege i naturen."),
            ("Byhaver", "Boligselskaber bør stille jord til rådighed for byhaver i alle almene boligområder."),
            ("Bytræer", "Kommunerne bør plante 50.000 nye bytræer og erstatte hvert fældet træ med to nye."),
        ]),
        make_document("https://groenne-byer.example/resultater/", "Resultater", [
            ("Træer", "Siden 2019 har foreningens medlemmer plantet 4.000 træer i samarbejde med kommunerne."),
        ]),
    ])


@pytest.mark.parametrize("question", [
    "Har kommunerne allerede gjort skolegårdene grønne?",
    "Hvilke kommuner har allerede grønne skolegårde?",
    "Har boligselskaberne allerede stillet jord til rådighed for byhaver?",
    "Hvor mange af de 50.000 bytræer er allerede plantet?",
])
def test_a_recommendation_does_not_answer_whether_it_has_been_done(green_cities, question):
    assert not ask(question, green_cities).answered


def test_what_has_been_done_still_answers(green_cities):
    answer = ask("Hvor mange træer har medlemmerne allerede plantet?", green_cities)
    assert answer.answered and "4.000 træer" in answer.answer
