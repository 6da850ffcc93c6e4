"""Asked how big a share of something is, the visitor gets the sentence that puts a fraction on that
thing, not the count the question's other words find nor a table of another share."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_shares import asks_share, share_test
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://fugleforeningen.example/aarsrapport/"
# A bird society's yearly report of our own, written for these tests; every name and figure is invented.
REPORT = Document(url=URL, title="Fugleforeningens årsrapport", sections=(
    Section(heading="Redekasser", anchor="redekasser",
            text="Siden starten har frivillige hængt 2.400 redekasser op i skovene. "
                 "Det svarer kun til omkring en femtedel af de redekasser, stormen tog i samme periode. "
                 "Flest kasser hænger ved søerne."),
    Section(heading="Optælling", anchor="optaelling",
            text="Andel skov med ugler: Nord 20 % 15 %, Syd 30 % 25 %."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til sekretæren, hvis du vil hænge kasser op."),
))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("fugle"), [REPORT])


@pytest.mark.parametrize("question", [
    "Hvor stor en del af de tabte redekasser har de frivillige hængt op igen?",
    "Hvor meget af det, stormen tog af redekasser, er blevet erstattet?",
])
def test_a_share_of_a_thing_is_answered_by_the_fraction_beside_the_count(report, question):
    answer = ask(question, report)
    assert answer.answered, answer.answer
    assert "en femtedel af de redekasser" in answer.answer, answer.answer


def test_the_publication_tells_the_share_of_the_lost_trees_the_members_made_up_for(association):
    answer = ask("Hvor stor en del af de tabte træer har medlemmerne erstattet?", association)
    assert "tiendedel" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvor stor en del af de tabte træer har medlemmerne erstattet?", True),
    ("hvor meget af det har i naaet", True),
    ("Hvor mange procent af medlemmerne vil have en byhave?", True),
    ("What proportion of the trees has been replaced?", True),
    ("Hvor mange træer har medlemmerne plantet?", False),
    ("Hvor meget koster en redekasse?", False),
])
def test_a_question_asks_a_share(question, expected):
    assert asks_share(question) is expected


@pytest.mark.parametrize("sentence, states", [
    ("Det svarer kun til omkring en femtedel af de redekasser, stormen tog.", True),
    ("Halvdelen af redekasserne hænger ved søerne.", True),
    ("Andel skov med ugler: Nord 20 % 15 %, Syd 30 % 25 %.", False),
    ("Siden starten har frivillige hængt 2.400 redekasser op i skovene.", False),
    ("En femtedel af skoven er fældet.", False),
])
def test_a_share_is_stated_of_the_thing_asked(report, sentence, states):
    question = "Hvor stor en del af redekasserne er erstattet?"
    test = share_test(report, analyse_query(report, question), question)
    assert test(sentence) is states


def test_a_question_that_asks_no_share_has_no_share_test(report):
    question = "Hvor mange redekasser er hængt op?"
    assert share_test(report, analyse_query(report, question), question) is None
