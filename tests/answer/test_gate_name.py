"""A visitor asks about a town, a person or an organisation the material never names.

"Hvornår holder Balance Danmark årsmøde?" put to the association was answered from its § 7, and "har i
lavet analyser om esbjerg" from a passage about analyses: the passage holds the question's other words,
and the model weighs the name as one word among them. A name the question asks about that the material
has in no form declines; a name in the asker's own story, in a sign-off, in who reported a claim, or
where something moves away from, does not; nor does a name the material has (its own, or in English
translation).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_name import NAME_GATE, asked_names, place_written_small


@pytest.mark.parametrize("question", [
    "Hvornår holder Balance Danmark årsmøde?",
    "Hvor meget grønt areal har Haderslev mistet siden 2014?",
    "Er Fredericia en af de byer, I har kortlagt?",
    # The asker's place, where the question points at it.
    "Jeg er byplanlægger i Haderslev. Var vores kommune med i undersøgelsen?",
    "Jeg er lige flyttet til Haderslev. Findes der en lokalforening her i byen?",
])
def test_a_name_the_association_never_has_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(NAME_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Jeg bor i Haderslev. Hvad koster det at være medlem?", "250 kr"),      # who asks, not what is asked
    ("Er Vejle Kommune foreningens hjemsted?", "Vejle Kommune"),             # a name the material has
    ("Hvad koster kontingentet om året? Mvh Birgit", "250 kr"),              # a sign-off
    ("En ven på Instagram siger, at medlemmerne hæfter for foreningens gæld. Passer det?", "hæfter"),
])
def test_a_name_the_answer_does_not_depend_on_is_still_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered, question
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvad har I gjort for at flytte statslige arbejdspladser ud af København?", "udflytningen"),
    ("Hvad håber I på fra partierne på Christiansborg?", "Folketingets partier"),  # the material's own name
])
def test_balance_danmark_answers_a_name_it_says_otherwise(bundled_index, question, fact):
    answer = ask(question, bundled_index)
    assert answer.answered, question
    assert fact in answer.answer


def test_an_organisation_named_in_the_story_and_asked_about_as_de_is_declined(association):
    trace = DecisionTrace()
    question = "Jeg er lærer i Haderslev og har læst om Balance Danmark. Hvilke sager har de arbejdet med?"
    assert not ask(question, association, trace=trace).answered
    assert any(NAME_GATE in failed for failed in trace.gates_failed)


def test_our_municipality_may_join_is_answered_by_who_may_be_members(bundled_index):
    answer = ask("Jeg sidder i byrådet i Fredericia. Kan vores kommune blive medlem af Balance Danmark?",
                 bundled_index)
    assert answer.answered
    assert "kommuner" in answer.answer


def test_a_municipality_the_om_page_never_names_is_declined(bundled_index):
    trace = DecisionTrace()
    assert not ask("Er Fredericia Kommune medlem hos jer?", bundled_index, trace=trace).answered
    assert any(NAME_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "searched", "english", "names"), [
    ("Har I et kontor i Fredericia?", "Har I et kontor i Fredericia?", False, ("Fredericia",)),
    # The story sentence the reading dropped, unless the question points at the asker's place.
    ("Jeg bor i Fredericia. Kan jeg blive medlem?", "Kan jeg blive medlem?", False, ()),
    ("Jeg bor i Fredericia. Har I noget i gang hos os?", "Har I noget i gang hos os?", False, ("Fredericia",)),
    # "herude" in the story points nowhere; only what is asked can point at the asker's place.
    ("Jeg bor i Fredericia og føler mig glemt herude. Hvad drømmer I om?", "Hvad drømmer I om?", False, ()),
    # A clause that begins with the asker, and one that asks what the asker may do.
    ("Vores forening i Fredericia har egne regler, må de det?", "Vores forening i Fredericia har egne regler, "
     "må de det?", False, ()),
    ("Kan jeg betale med Dankort?", "Kan jeg betale med Dankort?", False, ("Dankort",)),
    ("I'm a teacher in Fredericia, what do you do?", "lærer fredericia gøre", True, ()),
    # The asker's place as the subject of a modal verb asks what such a place may do.
    ("Jeg sidder i byrådet i Fredericia. Kan vores kommune blive medlem?", "Kan vores kommune blive medlem?",
     False, ()),
    # A pronoun in the question standing for a name of the story, not for the asker's place.
    ("Min nabo snakker om Fjordbyernes Forbund. Hvad laver de?", "Hvad laver de?", False,
     ("Fjordbyernes", "Forbund")),
    ("Jeg bor i Fredericia. Hvad laver de?", "Hvad laver de?", False, ()),
    ("I'm a teacher in Fredericia and read about Fjordbyernes Forbund. What do they do?", "gøre", True,
     ("Fjordbyernes", "Forbund")),
    ("Does the association have an office in Copenhagen?", "forening kontor københavn", True, ("Copenhagen",)),
])
def test_the_names_asked_about(question, searched, english, names):
    assert tuple(name for name, _ in asked_names(question, searched, english)) == names


@pytest.mark.parametrize(("word", "place"), [
    ("esbjerg", True), ("lolland", True), ("forvejen", False), ("samtlige", False), ("vores", False),
])
def test_a_place_typed_in_lower_case_is_told_from_a_word(word, place):
    assert place_written_small(word) is place
