"""A member asks in English with a word of several parts of speech, and the word's Danish word is the one
of the part of speech the question uses: "How many board members must be present?" asks who is there,
not for a gift ("gave"); "When did they start gathering the data?" asks when they collected it ("samle"),
not about a meeting ("forsamling"); "Who has the final say?" is no match's final ("finale"); "What share of
the members has to request a meeting?" asks them to ask for one, not about the publication's rain beds
("regnbede", whose head "bede" is also the verb "to ask")."""
from __future__ import annotations

import pytest

from assistant.language import dictd, wordnet
from assistant.language.english import EnglishToDanish
from assistant.language.english_forms import english_words
from assistant.language.english_pos import ADJECTIVE, VERB, fitting, forms_as_used, used_as
from assistant.language.english_question_phrases import kind_nouns
from tests.support.language import require_debian_file

# Words of the association's statutes and publication, with the Danish words the wrong senses reach.
VOCABULARY = frozenset("""
bestyrelsen medlemmer beslutningsdygtig til stede halvdelen gave forsamling generalforsamling samle
indsamlet foreningen data kortdata finale øverste myndighed regnbede kræver ekstraordinær andel
""".split())


@pytest.fixture(scope="module")
def mapper() -> EnglishToDanish:
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    return EnglishToDanish(VOCABULARY)


def _danish(mapper: EnglishToDanish, question: str, english: str) -> tuple[str, ...]:
    return next(t.danish for t in mapper.translate(english_words(question)) if t.english == english)


def test_present_after_be_is_no_gift(mapper):
    assert "gave" not in _danish(mapper, "How many board members must be present?", "present")


def test_a_gift_is_still_a_present_where_the_question_uses_the_noun(mapper):
    assert "gave" in _danish(mapper, "Do members get a present?", "present")


def test_gathering_after_start_is_the_verb_gather(mapper):
    assert _danish(mapper, "When did they start gathering the data?", "gathering") == ("samle",)


def test_a_gathering_as_a_noun_is_still_a_meeting(mapper):
    assert "forsamling" in _danish(mapper, "Where is the gathering?", "gathering")


def test_the_final_say_is_no_match_final(mapper):
    assert "finale" not in _danish(mapper, "Who has the final say?", "final")


def test_to_request_as_a_verb_reaches_no_rain_bed(mapper):
    assert "regnbede" not in _danish(mapper, "What share of the members has to request a meeting?", "request")


@pytest.mark.parametrize(("question", "word", "use"), [
    ("How many board members must be present?", "present", ADJECTIVE),
    ("Who has the final say?", "final", ADJECTIVE),
    ("When did they start gathering the data?", "gathering", VERB),
    ("What share of the members has to request a meeting?", "request", VERB),
    ("Do they care about industry clusters?", "care", VERB),
    ("Can I vote by proxy?", "vote", VERB),
    ("Do members get a present?", "present", ""),      # after "a", before no noun: a noun
    ("How close to home should a park be?", "home", ""),  # "to" after an adjective: a preposition
    ("Present the report?", "present", ""),             # the first word: nothing before it to tell by
    ("Where should storm water go?", "storm", ""),      # after a modal opening the question: its subject
    ("How long before I can vote?", "vote", VERB),
    ("Must the meeting be announced?", "announced", VERB),   # a passive's participle: a verb
    ("Where are the firms that compete?", "firms", ""),  # "that" after it is no noun it describes
    ("How close should every home be to a park?", "home", ""),  # mostly a noun, before "be", a verb
])
def test_the_word_order_tells_the_part_of_speech(mapper, question, word, use):
    words = english_words(question)
    assert used_as(words, [w.casefold() for w in words].index(word)) == use


def test_a_tagged_headword_of_another_part_of_speech_is_left_out():
    tags = {"gave": "n", "nærværende": "adj", "samle": "v"}
    assert fitting(["gave", "nærværende", "aktuel"], ADJECTIVE, tags) == ["nærværende", "aktuel"]
    assert fitting(["forsamling", "samle"], VERB, {**tags, "forsamling": "n"}) == ["samle"]
    assert fitting(["gave", "samle"], "", tags) == ["gave", "samle"]   # nothing told: all stay


def test_a_noun_that_may_be_the_verbs_infinitive_stays_for_a_verb():
    # "stemme <n>" is a vote and to vote; "forsamling" and "henvendelse" are nouns by their endings.
    tags = {"stemme": "n", "forsamling": "n", "henvendelse": "n"}
    assert fitting(["stemme", "forsamling", "henvendelse"], VERB, tags) == ["stemme"]
    assert fitting(["stemme"], ADJECTIVE, tags) == []
    assert fitting(["briste"], ADJECTIVE, {"briste": "v"}) == ["briste"]   # "is split": maybe a participle


def test_an_ing_form_used_as_a_verb_is_looked_up_as_its_verb():
    assert forms_as_used(["gathering", "gather"], VERB) == ["gather"]
    assert forms_as_used(["gathering", "gather"], "") == ["gathering", "gather"]
    assert forms_as_used(["request"], VERB) == ["request"]


@pytest.mark.parametrize(("question", "words"), [
    ("Is it right that the fee is paid in January?", {"right"}),
    ("What's the deal with the fee for students?", {"deal"}),
    ("Do you happen to know when the fee is paid?", {"happen"}),
    ("Any idea when the fee is due?", {"idea"}),
    ("Is the deal with the bank right?", set()),        # not the opening: the topic's own words
])
def test_an_opening_that_only_puts_the_question_is_not_searched(question, words):
    assert kind_nouns(question) == words
