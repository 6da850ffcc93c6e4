"""Asked how much of something there is, the visitor gets the sentence that states the amount, not
one whose figure counts another thing ("i alle 12 sogne")."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_amounts import amount_test
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://skovlauget.example/rapport/"
# A woodland society's report of our own, written for these tests; every name and figure is invented.
REPORT = Document(url=URL, title="Skovlaugets rapport", sections=(
    Section(heading="Status", anchor="status",
            text="Optællingen viser, at landet har mistet skov i alle 12 sogne. "
                 "Tabet er størst ved kysten. "
                 "Skov i sognene: Kyst 40 % 30 %, Indland 50 % 45 %."),
    Section(heading="Planer", anchor="planer",
            text="Lauget vil plante 3.000 egetræer inden 2030."),
    Section(heading="Medlemmer", anchor="medlemmer",
            text="Lauget har 400 medlemmer, der mødes hver søndag."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til formanden, hvis du vil være med."),
    Section(heading="Økonomi", anchor="oekonomi", text="Et medlemskab koster 200 kr. om året."),
))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("skovlauget"), [REPORT])


def test_how_much_is_lost_is_answered_by_the_amount_not_by_a_count_of_places(report):
    answer = ask("Hvor meget skov er der forsvundet?", report)
    assert answer.answered, answer.answer
    assert "40 % 30 %" in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, amount", [
    ("Optællingen viser, at landet har mistet skov i alle 12 sogne.", False),
    ("Skov i sognene: Kyst 40 % 30 %, Indland 50 % 45 %.", True),
    ("Det svarer til halvdelen af skoven.", True),
    ("Skoven er faldet siden 2014.", False),
])
def test_a_figure_tells_the_amount_unless_it_counts_another_thing_or_is_a_year(report, sentence, amount):
    question = "Hvor meget skov er der forsvundet?"
    states = amount_test(report, analyse_query(report, question), question)
    assert states(sentence) is amount


def test_a_count_or_a_price_has_its_own_test(report):
    for question in ("Hvor mange sogne har mistet skov?", "Hvor meget koster et egetræ?", "Hvornår planter I?"):
        assert amount_test(report, analyse_query(report, question), question) is None
