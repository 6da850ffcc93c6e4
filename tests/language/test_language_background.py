"""A question word the material lacks vetoes an answer only if it is telling in general Danish."""
from __future__ import annotations

import pytest

from assistant.language.background import (
    COMMON_ZIPF,
    danish_spellings,
    general_idf,
    is_common,
    names_in,
    uncommon_words,
    zipf,
)


@pytest.mark.parametrize("word", ["gerne", "egentlig", "hjælpe", "fortælle", "afleveret"])
def test_everyday_danish_words_are_common_and_cannot_veto(word):
    assert is_common(word)
    assert uncommon_words(f"Kan du {word}?") == []


@pytest.mark.parametrize("word", ["risalamande", "vedtægter", "kontingent"])
def test_rare_words_stay_telling(word):
    assert not is_common(word)


def test_superligaen_is_telling_because_it_is_written_as_a_name():
    # wordfreq counts "superligaen" as often as "afleveret": only its capital letter gives it away.
    assert uncommon_words("Hvem vandt Superligaen sidste år?") == ["superligaen"]


def test_a_question_about_risalamande_has_that_word_as_its_telling_word():
    assert uncommon_words("Kan I fortælle mig, hvordan man laver risalamande?") == ["risalamande"]


def test_words_typed_without_danish_letters_are_as_common_as_with_them():
    assert danish_spellings("vedtaegter") == ["vedtaegter", "vedtægter"]
    assert zipf("hjaelpe") == zipf("hjælpe") > COMMON_ZIPF
    assert is_common("fortaelle")


def test_a_native_oe_or_aa_is_not_forced_into_a_danish_letter():
    # "poesi" is written with "oe"; trying "pøsi" must not make it unknown.
    assert zipf("poesi") > 0
    assert "poesi" in danish_spellings("poesi")


def test_case_does_not_change_the_frequency():
    assert zipf("Gerne") == zipf("GERNE") == zipf("gerne")


@pytest.mark.parametrize("junk", ["", "   ", "xqzvbnm", "qqqq", "12345", "risalamandeskål"])
def test_unknown_or_empty_words_are_treated_as_rare_not_as_errors(junk):
    assert zipf(junk) == 0.0
    assert not is_common(junk)
    assert general_idf(junk) == max(general_idf(junk), general_idf("og"))


def test_general_idf_orders_words_from_ordinary_to_telling():
    assert general_idf("og") < general_idf("gerne") < general_idf("vedtægter") < general_idf("risalamande")


def test_names_are_words_with_a_capital_inside_a_sentence_not_the_first_word():
    assert names_in("Hvornår blev Balance Danmark stiftet? Hvem er Formand i dag?") == [
        "Balance", "Danmark", "Formand"]
    assert names_in("Superligaen: hvem vandt?") == []


def test_the_pronoun_i_written_with_a_capital_is_not_a_name():
    assert names_in("Kan I hjælpe, eller ved De det ikke?") == []


def test_a_shouted_question_has_no_names():
    assert names_in("HVEM VANDT SUPERLIGAEN?") == []


def test_the_threshold_can_be_chosen_by_the_caller():
    assert is_common("afleveret") and not is_common("afleveret", threshold=4.5)


def test_a_compound_of_known_words_or_an_english_word_is_no_unknown_word():
    from assistant.language.analysis import default_analyzer
    from assistant.language.background import known_zipf, unknown_term_rarity
    # wordfreq lists few compounds; their parts tell that a reader knows the word.
    assert known_zipf("erhvervsbygninger") >= 3.0
    assert known_zipf("wrote") >= 3.0
    # A dish no dictionary of everyday words holds stays unknown, so it still declines.
    assert known_zipf("risalamande") < 1.0
    rarity = unknown_term_rarity(default_analyzer(), "Er der risalamande til erhvervsbygninger?")
    assert max(rarity.values()) == 1.0
    assert sorted(rarity.values())[-2] < 0.6


@pytest.mark.parametrize("word", ["kontingent", "generalforsamling", "vaedtaegter", "bestyrelse", "hjaelpe", "cafe"])
def test_a_listed_word_of_plain_letters_is_read_from_the_list_not_tokenised(monkeypatch, word):
    # A word of plain letters is its own token: its value is read from wordfreq's list (word_zipf.py),
    # not through wordfreq's tokeniser, and it is the value wordfreq gives (every ae/oe/aa spelling).
    import wordfreq

    from assistant.language import background

    expected = max(wordfreq.zipf_frequency(w, "da") for w in danish_spellings(word))
    monkeypatch.setattr(wordfreq, "zipf_frequency", lambda *args: pytest.fail("tokenised a plain word"))
    assert background._zipf(word) == expected
