"""A visitor names an organisation in a story and asks about it as "de" or "they".

"Jeg er gymnasielærer i Svendborg og har læst om Balance Danmark. Hvilke sager har de haft indflydelse
på?" put to another organisation's material was answered: the name in the story was taken for who asks.
"""
from __future__ import annotations

import pytest

from assistant.answer.story_referent import refers_back


@pytest.mark.parametrize("sentence", [
    "Hvad laver de egentlig?", "Hvilke sager har de arbejdet med?", "Hvornår blev den grundlagt?",
    "What do they focus on?", "Hvem står bag dem?", "Hvad er deres mål?",
])
def test_a_pronoun_that_stands_for_someone_named_before(sentence):
    assert refers_back(sentence)


@pytest.mark.parametrize("sentence", [
    "Hvad koster de grønne tage?",            # an article before an adjective and a noun
    "Hvor mange bor i de store byer?",        # an article after a preposition
    "Kan de blive medlem?",                   # what such a one may do: a rule about the kind
    "Hvornår holder I generalforsamling?",
])
def test_no_pronoun_for_someone_named_before(sentence):
    assert not refers_back(sentence)
