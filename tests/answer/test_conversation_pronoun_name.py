"""A follow-up's pronoun that stands for the organisation the question before named, not for its topic."""
from __future__ import annotations

from assistant.answer.conversation import ask
from assistant.answer.pronoun_name import stands_for_organisation


def test_it_after_a_question_about_the_organisations_members_is_the_organisation(bundled_index):
    # "den" does not agree with "medlemmet" (neuter); the name is too common on its own page for the
    # topic to carry it. Read with the topic's "medlem", the follow-up was declined.
    history = ("Hvem kan blive medlem af Balance Danmark?",)
    assert stands_for_organisation(bundled_index, "hvornår blev den grundlagt?", history)
    answer = ask("hvornår blev den grundlagt?", bundled_index, history)
    assert answer.answered and answer.citations[0].url.endswith("#vores-historie")


def test_a_chain_of_pronouns_stays_on_the_name_the_chain_began_with(bundled_index):
    history = ("Hvem kan blive medlem af Balance Danmark?", "hvornår blev den grundlagt?")
    assert stands_for_organisation(bundled_index, "og hvad kæmper den for?", history)
    answer = ask("og hvad kæmper den for?", bundled_index, history)
    assert answer.answered and answer.citations[0].url.endswith("#vores-kamp")


def test_a_pronoun_that_agrees_with_the_topics_thing_is_left_to_the_topic(statutes):
    # "den" agrees with "generalforsamlingen": the topic reading (topic.py) handles it.
    history = ("Hvornår holder Foreningen Grønne Byer sin ordinære generalforsamling?",)
    assert not stands_for_organisation(statutes, "hvordan indkaldes den?", history)


def test_a_genitive_name_a_missing_name_or_no_pronoun_leave_the_topic_reading(bundled_index):
    # "det" may stand for the whole phrase "Danmarks reelle værdiskabelse".
    assert not stands_for_organisation(bundled_index, "hvad betyder det?", ("Hvad er Danmarks reelle værdiskabelse?",))
    assert not stands_for_organisation(bundled_index, "og hvem er medlem?", ("Hvad laver Balance Danmark?",))
    # A name the material lacks is no topic of it.
    assert not stands_for_organisation(bundled_index, "hvornår blev den stiftet?", ("Hvem er medlem af Dansk Fodbold?",))
