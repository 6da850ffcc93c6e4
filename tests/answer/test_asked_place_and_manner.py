"""A visitor asks where something happens: the place must stand where the question's own words are;
and a verb, a stance or an adjective before "people" is no thing the material must name."""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.asked_verbs import verb_positions
from assistant.answer.place_told import names_place, tells_place
from assistant.language import dictd, wordnet
from tests.support.language import require_debian_file


@pytest.fixture(autouse=True)
def _resources():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")


def test_a_place_in_another_clause_of_the_sentence_does_not_say_where_to_park():
    sentence = "Beboerne skal høres, før en plads eller park bliver lavet om, fx ved gåture i kvarteret."
    assert not tells_place([sentence], [sentence], "hvor kan jeg parkere?")
    assert tells_place([sentence], [sentence], "Hvor går beboerne gåture?")


def test_a_web_site_tells_where_one_signs_up_but_not_where_a_meeting_is_held():
    signing = "Tilmelding sker på klubbens hjemmeside eller ved at ringe til kontoret."
    assert tells_place([signing], [signing], "hvor kan man tilmelde sig")
    notice = "Årsmødet indkaldes med to ugers varsel ved opslag på klubbens hjemmeside."
    assert not tells_place([notice], [notice], "Hvor holdes årsmødet?")


@pytest.mark.parametrize("word", ["egne", "landsdel"])
def test_a_noun_of_place_the_dictionary_lacks_is_found_by_its_synonyms(word):
    # "egn" and "landsdel" are not in the dictionary; their synonyms ("område", "landskab") are places.
    require_debian_file(thesaurus_path(), "mythes-da")
    assert names_place(word)


def test_a_meeting_is_no_place_though_a_rare_sense_of_its_english_word_is():
    assert not names_place("årsmødet")


def thesaurus_path():
    from assistant.language.thesaurus import DEFAULT_PATH
    return DEFAULT_PATH


def test_the_verb_of_an_embedded_question_is_a_verb():
    words = "hvor finder jeg samlet hvad i foreslår".split()
    assert 6 in verb_positions(words, {5: True})
    assert "foreslår" not in asked_things("Hvor finder jeg samlet, hvad I foreslår?")


def test_a_stance_set_off_at_the_end_is_no_thing_asked():
    assert "view" not in english_asked_things("Where does the money come from, in your view?")
    assert "opinion" not in english_asked_things("Who pays for the trees, in your opinion?")
    # Without the comma the phrase may name a thing of the material.
    assert "report" in english_asked_things("What counts as green in your report?")


def test_an_adjective_before_people_describes_them():
    assert "ordinary" not in english_asked_things("Can ordinary people join the club?")
    assert "regular" not in english_asked_things("Can regular folks sign up?")
    # "online" before "at" (a noun to WordNet too) is still asked about.
    assert "online" in english_asked_things("Can members vote online at the general meeting?")


@pytest.mark.parametrize("question, verb", [
    ("Do you actually run youth camps yourselves?", "run"),              # a pronoun, then an adverb
    ("What years do the maps of the towns cover?", "cover"),              # a subject with a phrase of its own
    ("Why does a town in better shape matter for the region?", "matter"),
])
def test_an_english_verb_after_its_subject_is_no_thing_asked(question, verb):
    assert verb not in english_asked_things(question)


def test_a_noun_after_a_subject_with_a_phrase_is_still_asked_about():
    assert "newsletter" in english_asked_things("Does the fee for students include the newsletter?")
