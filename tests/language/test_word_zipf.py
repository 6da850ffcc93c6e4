"""An English question's translations are weighed by how common a word is, without wordfreq's tokeniser.

word_zipf reads a plain word's frequency from wordfreq's list; the value must be exactly the one
wordfreq.zipf_frequency gives, or a dictionary's senses would be ranked differently.
"""
from __future__ import annotations

import random

import pytest
import wordfreq

from assistant.language import word_zipf
from assistant.language.word_zipf import PLAIN_LETTERS, zipf_frequency


@pytest.mark.parametrize("lang", ["en", "da"])
def test_every_plain_word_of_the_list_has_wordfreqs_own_value(lang):
    letters = PLAIN_LETTERS[lang]
    listed = [w for w in wordfreq.get_frequency_dict(lang) if w and letters.issuperset(w)]
    # Every word of the Danish list; an even spread over the English one (300,000 words).
    words = listed if lang == "da" else listed[::7]
    assert len(words) > 25_000
    assert [zipf_frequency(w, lang) for w in words] == [wordfreq.zipf_frequency(w, lang) for w in words]


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_word_no_list_holds_is_zero_as_wordfreq_says(lang):
    rng = random.Random(16)
    letters = "".join(sorted(PLAIN_LETTERS[lang]))
    made_up = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    assert [zipf_frequency(w, lang) for w in made_up] == [wordfreq.zipf_frequency(w, lang) for w in made_up]
    assert zipf_frequency("xqzvbnmkkq", lang) == 0.0


@pytest.mark.parametrize("word, lang", [
    ("Member", "en"), ("e-mail", "en"), ("don't", "en"), ("café", "en"), ("Vedtægter", "da"),
    ("generalforsamling 2024", "da"), ("", "en"), ("member", "de"), ("øl", "en"), ("x2", "da"),
])
def test_any_other_word_or_language_is_asked_of_wordfreq(word, lang, monkeypatch):
    expected = wordfreq.zipf_frequency(word, lang)
    asked = []

    def asking(w, language):
        asked.append(w)
        return expected

    monkeypatch.setattr(word_zipf.wordfreq, "zipf_frequency", asking)
    assert zipf_frequency(word, lang) == expected
    assert asked == [word]


def test_a_plain_word_does_not_reach_wordfreqs_tokeniser(monkeypatch):
    monkeypatch.setattr(word_zipf.wordfreq, "zipf_frequency", lambda *_: pytest.fail("tokenised"))
    assert zipf_frequency("member", "en") > 4 and zipf_frequency("forening", "da") > 3


def test_an_english_questions_asked_words_are_weighed_without_wordfreqs_tokeniser(monkeypatch):
    # Reading an English question asks whether each word is commoner in Danish than in English
    # ("hvor" is, "member" is not); those plain words are read from the list, not tokenised.
    from assistant.answer import asked_thing_english, reading

    monkeypatch.setattr(word_zipf.wordfreq, "zipf_frequency", lambda *_: pytest.fail("tokenised"))
    assert asked_thing_english._danish_small_word("hvor")
    assert not asked_thing_english._danish_small_word("member")
    assert asked_thing_english.zipf_frequency is zipf_frequency and reading.zipf_frequency is zipf_frequency
