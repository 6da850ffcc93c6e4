"""A member asks in English who signs contracts for the association; the statutes say who "tegner" it.

The statutes never say "kontrakt" or "aftale": § 9 gives who signs for the association, and a
contract or an agreement is what signing acts on. WordNet defines "sign" as "be engaged by a
written agreement" ("Have you signed your contract yet?"), so a thing the definition of a verb the
material holds names is no separate thing the material must mention. Asked of a text without the
verb (the publication), the question is still declined. Written against the fictional association's
statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.language import wordnet
from assistant.language.english_things import named_by_verb
from tests.support.language import require_debian_file


@pytest.fixture
def with_wordnet():
    require_debian_file(wordnet.WORDNET_DIR / "data.verb", "wordnet-base")


@pytest.mark.parametrize("question", [
    "Who signs contracts on behalf of the association?",
    "Who signs agreements on the association's behalf?",
])
def test_who_signs_contracts_is_answered_by_the_statutes_on_who_signs_for_the_association(
        with_wordnet, statutes, question):
    answer = ask(question, statutes)
    assert answer.answered and "formanden sammen med kassereren" in answer.answer


def test_the_publication_holds_no_signing_so_the_contract_question_is_still_declined(with_wordnet, publication_index):
    assert not ask("Who signs contracts on behalf of the association?", publication_index).answered


@pytest.mark.parametrize("thing, verb, named", [
    ("contracts", "signs", True),
    ("agreement", "sign", True),
    ("vote", "cast", True),
    # A thing the verb's definitions do not name stays a thing asked about.
    ("mobilepay", "pay", False),
    ("plots", "want", False),
])
def test_a_verbs_definitions_name_what_it_acts_on(with_wordnet, thing, verb, named):
    assert named_by_verb(thing, verb) is named


def test_a_verbs_definitions_are_read_once_for_every_thing_weighed_against_it(with_wordnet):
    # An English question weighs each thing it asks about against each of its verbs, question after
    # question: the words of a verb's definitions are formed once, with the same verdicts as reading
    # the definitions each time.
    net = wordnet.load()
    read = []

    class Counting:
        def verb_glosses(self, form):
            read.append(form)
            return net.verb_glosses(form)

    counting = Counting()
    pairs = [("contracts", "signs"), ("agreement", "signs"), ("mobilepay", "signs"), ("plots", "signs")]
    assert [named_by_verb(t, v, counting) for t, v in pairs] == [True, True, False, False]
    assert read == read[:len(set(read))] and set(read) == {"signs", "sign"}
