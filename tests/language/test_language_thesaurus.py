"""A member's word meets the material's synonym through Debian's Danish thesaurus (mythes-da)."""
from __future__ import annotations

import logging

import pytest

from assistant.language import thesaurus
from assistant.language.analysis import default_analyzer
from assistant.language.synonyms import synonyms as hand_synonyms
from assistant.language.thesaurus import DEFAULT_PATH, Thesaurus, load, parse, synonym_terms
from tests.support.language import require_debian_file

A = default_analyzer()

# A thesaurus in the MyThes format, written for the fictional association Foreningen Grønne Byer.
GROENNE_DAT = """utf-8
cykelsti|2
|cykelbane|cykelvej
|supercykelsti (underbegreb)|letbane (underbegreb)
forening|1
|sammenslutning|klub (daglig tale)|organisation
grøn by|1
|bæredygtig by
"""


@pytest.fixture
def groenne_file(tmp_path):
    path = tmp_path / "th_da_DK.dat"
    path.write_text(GROENNE_DAT, encoding="utf-8")
    return path


def term(word: str) -> str:
    return A.document_terms(word)[0]


def test_a_headword_gives_its_synonyms_without_register_notes(groenne_file):
    th = load(groenne_file)
    assert th.synonyms("Forening") == {"sammenslutning", "klub", "organisation"}
    assert thesaurus.synonyms("cykelsti", groenne_file) == {"cykelbane", "cykelvej"}


def test_narrower_terms_are_kept_apart_from_synonyms(groenne_file):
    th = load(groenne_file)
    assert th.narrower("cykelsti") == {"supercykelsti", "letbane"}
    assert "letbane" not in th.synonyms("cykelsti")


def test_phrases_are_headwords_too(groenne_file):
    assert load(groenne_file).synonyms("grøn by") == {"bæredygtig by"}


def test_a_word_that_is_no_headword_has_no_synonyms(groenne_file):
    assert thesaurus.synonyms("risalamande", groenne_file) == set()
    assert thesaurus.synonyms("", groenne_file) == set()


def test_the_encoding_line_is_honoured(tmp_path):
    path = tmp_path / "th_latin1.dat"
    path.write_bytes("ISO8859-1\nsø|1\n|indsø|vand\n".encode("latin-1"))
    assert load(path).synonyms("sø") == {"indsø", "vand"}


def test_a_missing_thesaurus_gives_no_synonyms_and_one_log_line(tmp_path, caplog):
    missing = tmp_path / "mangler.dat"
    with caplog.at_level(logging.WARNING, logger="assistant.language.thesaurus"):
        assert thesaurus.synonyms("forening", missing) == set()
        assert thesaurus.synonyms("klub", missing) == set()
    assert len(caplog.records) == 1
    assert "mythes-da" in caplog.records[0].getMessage()


def test_a_damaged_file_gives_what_it_can_and_no_error(tmp_path):
    path = tmp_path / "th_damaged.dat"
    path.write_bytes(b"utf-8\n|without head\nforening|1\n|klub|\xff\xfe\nnyt ord|5\n")
    th = load(path)
    assert "klub" in th.synonyms("forening")
    assert th.synonyms("nyt ord") == set()


def test_an_empty_thesaurus_is_empty():
    assert len(Thesaurus()) == 0 and parse([]).synonyms("x") == frozenset()


def test_query_terms_meet_synonyms_in_any_inflection(groenne_file):
    # The question says "foreninger", the material "sammenslutningen": both are analysed terms.
    assert term("sammenslutningen") in synonym_terms(A, term("foreninger"), groenne_file)


# --- Debian's mythes-da itself ------------------------------------------------------------------

@pytest.fixture(scope="module")
def mythes_da():
    return load(require_debian_file(DEFAULT_PATH, "mythes-da"))


def test_mythes_da_is_a_large_thesaurus(mythes_da):
    assert len(mythes_da) > 25_000


@pytest.mark.parametrize("word, synonym", [
    ("stifte", "grundlægge"),
    ("stifte", "oprette"),
    ("vedtægt", "statut"),
    ("ændre", "skifte"),
])
def test_mythes_da_gives_everyday_synonyms(mythes_da, word, synonym):
    assert synonym in mythes_da.synonyms(word)


def test_stiftet_in_a_question_meets_startede_in_the_material(mythes_da):
    assert term("startede") in synonym_terms(A, term("stiftet"))


# Entries of assistant/language/synonyms.py that mythes-da does not give: they stay hand-made, and each
# still works there (measured pair by pair in benchmarks/language_bench.py).
KEPT_BY_HAND = [
    ("kontingent", "medlemsbidrag"),
    ("kontingent", "medlemsgebyr"),
    ("udmelde", "udtræde"),
    ("indkalde", "varsle"),
    ("formand", "forperson"),
    ("historie", "baggrund"),
    ("historie", "oprindelse"),
    ("navn", "hedde"),
    ("navn", "omdøbe"),
    ("stå", "stod"), ("gå", "gik"), ("tage", "tog"), ("give", "gav"), ("ligge", "lå"),
    ("sige", "sagde"), ("gøre", "gjorde"), ("sætte", "satte"), ("vælge", "valgte"),
    ("træde", "trådte"), ("skrive", "skrev"), ("finde", "fandt"), ("få", "fik"), ("bede", "bad"),
]


@pytest.mark.parametrize("word, other", KEPT_BY_HAND)
def test_hand_made_synonyms_cover_what_the_thesaurus_lacks(mythes_da, word, other):
    assert term(other) not in synonym_terms(A, term(word))
    assert term(word) not in synonym_terms(A, term(other))
    assert term(other) in hand_synonyms(A, term(word))
