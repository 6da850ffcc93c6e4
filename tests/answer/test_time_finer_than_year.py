"""A visitor asks for a season or a day of something the material dates only by its year.

"Kommer det første grønne byregnskab i foråret eller efteråret 2026?" was answered with "Det første
byregnskab udkommer i 2026", and "Kan du give mig den nøjagtige dag for navneskiftet til Balance Danmark?"
with the history's "startede i 2014": neither question has a question word for the time, so no time was read
as asked. Two parts of the year offered ("i foråret eller efteråret", "in March or April") ask which part, as
"hvornår på året" does, answered only by a named part (a month, a season, "slutningen af"); a noun of the day
("den nøjagtige dag for", "datoen for", "the exact date of") asks a day, which a year does not tell. Written
against the bundled Om page and the fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import DAY, OFFERED_SEASON, tells_time_kind
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


@pytest.mark.parametrize("question", [
    "Kan du give mig den nøjagtige dag for navneskiftet til Balance Danmark?",
    "Var det om foråret eller efteråret 2014, at Danmark på Vippen blev startet?",
])
def test_a_day_or_season_of_what_the_om_page_dates_by_its_year_is_declined(om, question):
    answer = ask(question, om)
    assert not answer.answered, answer.answer


def test_a_season_of_the_first_city_account_is_declined(association):
    answer = ask("Kommer det første grønne byregnskab i foråret eller efteråret 2026?", association)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Holdes generalforsamlingen i april eller maj?", "udgangen af april"),
    ("Skal kontingentet betales i januar eller februar?", "januar"),
])
def test_a_part_of_the_year_the_statutes_name_answers_the_offered_alternatives(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("Kommer det i foråret eller efteråret 2026?", OFFERED_SEASON),
    ("Was it in March or in April?", OFFERED_SEASON),
    ("Kan du give mig den nøjagtige dag for navneskiftet?", DAY),
    ("Hvad var datoen for stiftelsen?", DAY),
    ("What was the exact date of the name change?", DAY),
])
def test_the_finer_time_is_read_without_a_question_word_for_it(question, kind):
    asks = asked_types(question)
    assert asks.time and asks.time_kind == kind


@pytest.mark.parametrize(("text", "tells"), [
    ("Det første byregnskab udkommer i 2026.", False),
    ("… sparer kommunerne penge på skader efter skybrud.", False),
    ("… som i slutningen af 2018 ændrede navn til Balance Danmark.", True),
    ("Kontingentet opkræves i januar.", True),
])
def test_only_a_named_part_of_the_year_tells_which_part(text, tells):
    assert tells_time_kind(text, OFFERED_SEASON) is tells
