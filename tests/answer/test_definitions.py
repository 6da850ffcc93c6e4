"""Asked what something is, the visitor gets the sentence that defines it, not any sentence naming it."""
from __future__ import annotations

import re

import pytest

from assistant.answer.compose import ask
from assistant.answer.definitions import asks_what_counts, defines, sets_out, subject

DEFINITION = "Balance Danmark er en partipolitisk uafhængig organisation"


@pytest.mark.parametrize("question, expected", [
    ("Hvad er Balance Danmark?", "Balance Danmark"),
    ("hvad står Balance Danmark for", "Balance Danmark"),
    ("Er Balance Danmark et politisk parti?", "Balance Danmark"),
    ("What is Balance Danmark?", "Balance Danmark"),
    ("Hvem er Grønne Byer?", "Grønne Byer"),
    ("Hvad er det?", None),
    ("Hvornår blev Balance Danmark stiftet?", None),
])
def test_the_subject_of_a_definitional_question(question, expected):
    assert subject(question) == expected


def test_a_defining_sentence_opens_with_the_subject_and_a_form_of_be():
    assert defines("Balance Danmark er en organisation.", "Balance Danmark")
    assert defines("Grønne Byer (GB) er en forening.", "Grønne Byer")
    assert not defines("Bag Balance Danmark står mange.", "Balance Danmark")
    assert not defines("Balance Danmarks medlemmer består af kommuner.", "Balance Danmark")


@pytest.mark.parametrize("question", [
    "Hvad er Balance Danmark?",
    "Hvad står Balance Danmark for?",
    "Er Balance Danmark et politisk parti?",
])
def test_what_is_balance_danmark_is_answered_with_its_definition(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered
    assert answer.answer.startswith(DEFINITION)
    assert answer.answer.count("[1]") == 1 and len(answer.citations) == 1


@pytest.mark.parametrize("question", [
    "Er Balance Danmark tilknyttet et parti?",
    "Er Balance Danmark politisk uafhængig?",
    "Is Balance Danmark tied to a political party?",
])
def test_a_yes_no_question_about_what_balance_danmark_is_gets_its_definition(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered
    assert DEFINITION in answer.answer


def test_a_yes_no_question_whose_subject_the_material_does_not_define_is_searched_as_usual(bundled_index):
    from assistant.answer.compose import distinct_hits, find_hits
    from assistant.answer.definitions import definition_first
    from assistant.answer.retrieve import analyse_query

    question = "Er Folketingets partier med på holdet?"
    hits = distinct_hits(bundled_index, find_hits(bundled_index, analyse_query(bundled_index, question)))
    assert definition_first(bundled_index, question, hits) == (hits, None)


@pytest.mark.parametrize("sentence, x, expected", [
    ("»Grønne Byer er en forening.", "Grønne Byer", True),
    ("GRØNNE BYER er en forening.", "grønne byer", True),
    ("Grønne Byers formål er grønne byer.", "Grønne Byer", False),
    ("((GB) er en forkortelse.", "(GB)", True),
    ("Byer er her.", "Grønne Byer", False),
    # Letters IGNORECASE equates with others than their lower case: the dotless ı, the long ſ and
    # the Kelvin sign (K) stand for i, s and k.
    ("ſkolen er lokal.", "Skolen", True),
    ("ıdrætsforeningen er lokal.", "Idrætsforeningen", True),
    ("\u212alubben er lokal.", "klubben", True),
    ("Kvarteret er grønt.", "klubben", False),
])
def test_a_defining_sentence_is_found_in_any_letter_case_and_no_other_is(sentence, x, expected):
    # Most sentences are ruled out before the subject's pattern is compiled: none that defines X may be.
    assert defines(sentence, x) is expected


def test_sentences_that_cannot_open_with_the_subject_compile_no_pattern_for_it():
    re.purge()
    before = _compile_count()
    for sentence in ("Foreningen arbejder for grønne byer.", "Medlemmerne mødes hver måned.", "Stk. 2. Alle kan være med."):
        assert not defines(sentence, "Grønne Byer Nord")
    assert _compile_count() == before


def _compile_count() -> int:
    # re keeps what it compiled in a dict; a pattern compiled for the subject would add one.
    return len(re._cache)


def _defines_by_pattern(sentence: str, x: str) -> bool:
    # What defines gave by X's own pattern alone, before its words were compared letter by letter.
    from assistant.answer.definitions import _VERB
    pattern = r"^\W*" + r"\s+".join(re.escape(w) for w in x.split()) + r"s?" + _VERB
    return re.match(pattern, sentence, re.IGNORECASE) is not None


def test_a_first_what_is_question_compiles_no_pattern_for_its_subject_and_still_finds_the_definition():
    re.purge()
    before = _compile_count()
    assert defines("Grønne Byer Nord er en lokalforening.", "Grønne Byer Nord")
    assert defines("»GRØNNE  BYER NORDs (GBN) var en forening.", "grønne byer nord")
    assert not defines("Grønne Byer Nordjylland er en forening.", "Grønne Byer Nord")
    assert not defines("Grønne Byer Nord blev stiftet i 2019.", "Grønne Byer Nord")
    assert _compile_count() == before


def test_the_subjects_words_compared_letter_by_letter_say_what_its_pattern_says(bundled_index):
    # Every sentence of the bundled material and of hard cases, against subjects made of the
    # openings of those sentences in several letter cases, with and without punctuation.
    from assistant.answer.sentence_evidence import sentences
    found = [s for i in range(bundled_index.n_chunks) for s, _ in sentences(bundled_index, i)]
    hard = ["»Grønne Byer er en forening.", "Grønne Byers (GB) er en forening.", "Grønne\tByer\n er her.",
            "ſkolen er lokal.", "ıdræt er sjovt.", "\u212alubben er lokal.", "Gr\u00f8nne Byer er en.",
            "Grønne Byer", "Grønne Byer er", "Grønne Byerne er en.", "- Grønne byer, er de?", "(GB) er kort.",
            "Grønne_Byer er en.", "Café Grøn er en café.", "2019 var et år.", "Å er et bogstav."]
    sentences_ = found + hard
    subjects = {"Grønne Byer", "(GB)", "_Byer", "Skolen", "ıdræt", "kluBBen", "Café Grøn", "2019"}
    for s in sentences_:
        words = re.findall(r"\S+", s)
        for n in (1, 2, 3):
            opening = " ".join(words[:n]).strip(" ,.'\"«»”“")
            subjects.update({opening, opening.upper(), opening.lower(), opening.title()})
    subjects.discard("")
    differing = [(s, x) for s in sentences_ for x in sorted(subjects) if defines(s, x) != _defines_by_pattern(s, x)]
    assert differing == []
    assert len(sentences_) * len(subjects) > 15_000


@pytest.mark.parametrize("question", [
    "What counts as green space?",
    "What do you count as green space in the report?",
    "Hvad tæller med som grønt areal?",
])
def test_what_counts_as_a_term_is_answered_by_the_sentence_that_sets_out_what_it_covers(association, question):
    # Page 2: "Ved grønt areal forstår vi parker, haver, træer, …" then "Asfalt, … tæller ikke med."
    answer = ask(question, association)
    assert "parker, haver, træer" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("What counts as green space?", True),
    ("Hvad forstår I ved grønt areal?", True),
    ("hvad taeller ikke med som groent areal", False),
    ("What does not count as green space?", False),
    ("Hvad koster et medlemskab?", False),
])
def test_a_question_asks_what_a_term_covers(question, expected):
    assert asks_what_counts(question) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ved grønt areal forstår vi parker, haver og træer inden for byzonen.", True),
    ("Med en lokalforening menes en forening med eget formål.", True),
    ("Asfalt, tage uden beplantning og befæstede pladser tæller ikke med.", False),
    ("Vi forstår godt, at mange ønsker mere natur.", False),
])
def test_a_sentence_sets_out_what_a_term_covers(sentence, expected):
    assert sets_out(sentence) is expected

