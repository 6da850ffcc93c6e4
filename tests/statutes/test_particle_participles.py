"""A member asks with a particle verb's participle; the statutes say the verb without its particle.

"hvornår skal pengene være indbetalt?" — the statutes say "skal være betalt senest 1. marts";
"hvornår får vi regnskabet tilsendt?" — "Det reviderede regnskab sendes til medlemmerne". The
stemmer leaves "indbetalt" whole, so without the verb the question holds only "penge".
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("statutes"), [html_document(STATUTES_HTML, STATUTES_URL)])


def _members(index, question: str, term: str) -> tuple[str, ...]:
    return next(g.members for g in analyse_query(index, question).groups if g.term == term)


def test_a_participle_with_its_particle_is_searched_as_the_statutes_verb(index):
    assert _members(index, "hvornaar skal pengene for medlemskabet senest vaere indbetalt", "indbetalt") == ("betalt",)
    assert "send" in _members(index, "hvornår får vi regnskabet tilsendt?", "tilsend")


def test_the_member_asking_when_the_accounts_arrive_gets_the_week_before_the_meeting(index):
    answer = ask("hej, hvor lang tid foer moedet faar vi regnskabet tilsendt? tak", index)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("10", "3"), answer.answer
    assert "en uge før" in answer.answer


def test_the_member_asking_when_the_fee_must_be_paid_in_gets_the_first_of_march(index):
    answer = ask("hvornaar skal pengene for medlemskabet senest vaere indbetalt", index)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "3"), answer.answer
    assert "1. marts" in answer.answer


@pytest.mark.parametrize("question, term", [
    # Not a participle: "indgår" is no "går" (§ 13's "går foreningens formue til").
    ("Hvem skal skrive under, når foreningen indgår en aftale?", "indgaar"),
    # The material's word of the verb's term is another word: "oprettet" is no "ret til".
    ("hvornår blev landsrådet oprettet?", "opret"),
    # The statutes write both "Indmeldelse" and "Udmeldelse": their "melde" may be either act.
    ("hvornår træder mit medlemskab i kraft, når jeg har tilmeldt mig?", "tilmeld"),
])
def test_no_bare_verb_where_it_would_be_another_word_or_the_opposite_act(index, question, term):
    members = _members(index, question, term)
    assert not {"gaar", "ret", "meld"} & set(members), members
