"""A visitor asks how old someone or something is; the material tells a year, but no age.

"Hvor gamle var de medlemmer, der svarede?" was answered with the publication's method: the survey's
1.412 members and the months it ran. "How old was Oprør fra Udkanten when it joined you?" was answered
with the year the movement joined. A year dates something; it tells an age only as the year something
began ("Foreningen blev stiftet i 1998"), and a figure that counts tells none. Written against the
fictional association's publication, the bundled Om page and a small fictional page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.age_told import asks_age
from assistant.answer.gate_age import AGE_GATE
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    """A fictional association's page that tells when it began and when it moved."""
    page = Document(url="https://havelauget.example/om/", title="Om Havelauget Syd",
                    sections=(Section(heading="Historie", anchor="historie",
                                      text="Havelauget Syd blev stiftet i 1998 af en gruppe kolonihaveejere. "
                                           "I 2015 flyttede lauget sit sekretariat til Kolding."),))
    return build_index(tmp_path_factory.mktemp("havelauget"), [page])


@pytest.mark.parametrize("question", [
    "Hvor gamle var de medlemmer, der svarede?",
    "how old were the respondents",
])
def test_the_age_of_the_people_asked_is_declined_where_only_their_number_and_the_months_are_told(
        publication_index, question):
    assert declined_by(AGE_GATE, question, publication_index)


@pytest.mark.parametrize("question", [
    "How old was Oprør fra Udkanten when it joined you?",
    "Min far var med i Oprør fra Udkanten. Hvor gammel var bevægelsen, da den kom med hos jer?",
])
def test_the_age_of_a_movement_at_the_time_it_joined_is_declined_where_only_the_year_it_joined_is_told(
        bundled_index, question):
    assert declined_by(AGE_GATE, question, bundled_index)


def test_the_age_of_an_association_is_told_by_the_year_it_was_founded(club):
    answer = ask("Hvor gammel er Havelauget Syd?", club)
    assert answer.answered and "1998" in answer.answer


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """A fictional local paper's story that tells ages the ways news texts write them."""
    page = Document(url="https://lokalavisen.example/nyheder/kor/", title="Koret fylder rådhussalen",
                    sections=(Section(heading="", anchor="",
                                      text="Dirigent Karin Holm (58) har ledet koret siden efteråret. "
                                           "Den yngste sanger er en 17-åring fra Vejen. "
                                           "Korets ældste medlem blev 91 år i marts."),))
    return build_index(tmp_path_factory.mktemp("lokalavisen"), [page])


@pytest.mark.parametrize("question, age", [
    ("Hvor gammel er dirigenten Karin Holm?", "(58)"),
    ("Hvor gammel er den yngste sanger?", "17-åring"),
    ("Hvor gammel blev korets ældste medlem?", "91 år"),
])
def test_an_age_written_in_brackets_as_a_noun_or_as_years_is_an_age_told(news, question, age):
    answer = ask(question, news)
    assert answer.answered and age in answer.answer, answer.answer


def test_the_degree_of_age_is_read_in_danish_and_english():
    assert asks_age("Hvor gammel er foreningen?") and asks_age("hvor gamle er traeerne")
    assert asks_age("How old is the association?")
    assert not asks_age("Hvor mange er I?") and not asks_age("Hvad var jeres gamle navn?")
