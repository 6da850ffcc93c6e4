"""A member who mistypes a word still meets the material's word; a real word is never 'corrected'."""
from __future__ import annotations

import pytest

from assistant.language.spelling import Correction, SpellingCorrector

# The material of the fictional association Foreningen Grønne Byer.
GROENNE_BYER = [
    "Foreningen Grønne Byer skiftede navn i 2019. Medlemmer betaler kontingent hvert år.",
    "Vedtægter for Foreningen Grønne Byer. Medlemmerne vælger bestyrelsen på generalforsamlingen.",
    "Bestyrelsen består af fem medlemmer. Foreningen arbejder for træer og cykelstier i byerne.",
]


@pytest.fixture(scope="module")
def corrector() -> SpellingCorrector:
    return SpellingCorrector.from_texts(GROENNE_BYER)


@pytest.mark.parametrize("typed, meant", [
    ("skiftde", "skiftede"),
    ("medlemer", "medlemmer"),
    ("kontingnt", "kontingent"),
    ("generalforsamligen", "generalforsamlingen"),   # two edits in a long word
    ("bestyrelssen", "bestyrelsen"),
])
def test_a_mistyped_word_becomes_the_materials_word(corrector, typed, meant):
    assert corrector.correct(typed) == meant


@pytest.mark.parametrize("typed, meant", [
    ("vedtaegter", "vedtægter"),      # typed without Danish letters
    ("vedtaegtr", "vedtægter"),       # and mistyped as well
    ("Vedtægtr", "vedtægter"),        # capital and a missing letter
])
def test_ae_oe_aa_spellings_meet_the_danish_letters(corrector, typed, meant):
    assert corrector.correct(typed) == meant


def test_a_spelling_without_danish_letters_is_a_correction_at_distance_zero(corrector):
    assert corrector.suggest("groenne") == Correction("groenne", "grønne", 0, 2)


def test_short_words_meet_their_spelling_with_danish_letters():
    corrector = SpellingCorrector.from_words(["på", "på", "by"])
    assert corrector.suggest("paa") == Correction("paa", "på", 0, 2)


def test_material_spelled_without_danish_letters_meets_a_question_with_them():
    corrector = SpellingCorrector.from_texts(["Vedtaegter for foreningen, vedtaegter og regler."])
    assert corrector.correct("vedtægter") == "vedtaegter"
    assert corrector.correct("vedtægtr") == "vedtaegter"


def test_a_word_the_material_uses_is_left_alone(corrector):
    assert corrector.suggest("medlemmer") is None
    assert "Medlemmer" in corrector and "medlemer" not in corrector


@pytest.mark.parametrize("word", ["fodbold", "cykler", "hjælpe", "trærne"])
def test_a_real_danish_word_the_material_lacks_is_not_taken_for_a_typo(corrector, word):
    # "cykler" is one edit from nothing here, "fodbold" far from everything; "trærne" is a real
    # (wrong) inflection wordfreq knows, so it stays as written too.
    assert corrector.suggest(word) is None


def test_short_words_are_not_corrected():
    corrector = SpellingCorrector.from_words(["by", "byer", "bor"])
    assert corrector.suggest("bo") is None
    assert corrector.suggest("byr") is None


def test_two_edits_are_too_many_in_a_short_word():
    corrector = SpellingCorrector.from_words(["kontor"])
    assert corrector.suggest("kntr") is None
    assert corrector.suggest("kontr") == Correction("kontr", "kontor", 1, 1)


def test_the_word_the_material_uses_most_wins():
    corrector = SpellingCorrector.from_words(["kassen"] * 5 + ["kassere"])
    assert corrector.correct("kasse") == "kasse"  # real Danish: left alone
    assert corrector.correct("kassén") == "kassen"
    corrector = SpellingCorrector.from_words(["bladene"] * 3 + ["bladen"])
    assert corrector.correct("bladenx") == "bladene"


def test_a_tie_between_two_equally_used_words_is_not_guessed():
    corrector = SpellingCorrector.from_words(["karton", "kanton"])
    assert corrector.suggest("kaxton") is None


@pytest.mark.parametrize("junk", ["", "   ", "§5", "2019", "a-b", "🙂🙂🙂🙂"])
def test_odd_input_gives_no_correction_and_no_error(corrector, junk):
    assert corrector.suggest(junk) is None
    assert corrector.correct(junk) == junk.strip().casefold()


def test_an_empty_material_corrects_nothing():
    corrector = SpellingCorrector.from_words([])
    assert len(corrector) == 0
    assert corrector.suggest("medlemer") is None


def test_the_materials_words_are_shared_with_the_english_mapping(corrector):
    from assistant.language.english import to_danish

    assert {"medlemmerne", "vedtægter", "skiftede"} <= corrector.vocabulary
    assert "2019" not in corrector.vocabulary
    assert to_danish(["statutes", "members"], corrector.vocabulary) == ["vedtægter", "medlemmer"]


# A fictional organisation's page: its words are what a question's words are corrected into.
DECENTRAL = SpellingCorrector.from_texts([
    "Foreningen arbejder imod centralisering. Hver medarbejder i sekretariatet har et forhold til "
    "medlemmerne, og et medlemskab koster 250 kr. Et medlem melder sig ud skriftligt. Pengene gælder "
    "for et år, og det gælder også for de nye medlemmer, som det gælder for de gamle.",
])


@pytest.mark.parametrize("word", [
    "decentralisering",   # the opposite of the material's "centralisering", two edits away
    "modarbejder",        # works against, not "medarbejder": one edit from an everyday verb
])
def test_a_real_word_the_dictionary_knows_is_not_turned_into_another_material_word(word):
    assert DECENTRAL.suggest(word) is None


def test_a_slip_the_dictionary_happens_to_list_is_still_corrected():
    # "medlemsskab" is a common misspelling, rare enough in everyday Danish to be read as one.
    assert DECENTRAL.correct("medlemsskab") == "medlemskab"


def test_a_word_typed_without_danish_letters_is_corrected_whatever_the_dictionary_knows():
    corrector = SpellingCorrector.from_texts(["Medlemmet har fået et nyt kort."])
    assert corrector.correct("faet") == "fået"


def test_among_equally_near_words_the_one_that_sounds_like_the_typed_word_wins():
    # "maelder" is one edit from both "melder" and the commoner "gælder": æ written for e is the slip.
    assert DECENTRAL.correct("mælder") == "melder"
