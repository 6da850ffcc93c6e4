"""A member who asks with the verb finds the rule that uses the noun, and the other way round:
"beslutte" / "beslutning(sdygtig)", "opløse" / "opløsning", "ekskludere" / "eksklusion"."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.language.analysis import default_analyzer
from assistant.language.derivation import SUFFIXES, derived_terms, is_word
from tests.support.corpus import make_document

# One derivation per suffix: (the asked word, the material's word of the same root).
EVERY_SUFFIX = [
    ("beslutte", "beslutning"),       # -ning
    ("betale", "betaling"),           # -ing
    ("organisere", "organisation"),   # -ation
    ("revidere", "revision"),         # -sion, the stem's -d- dropped
    ("konstituere", "konstitution"),  # -tion
    ("brænde", "brændbar"),           # -bar
    ("virke", "virksom"),             # -som (after the stem's -k-, kept)
]


def _terms(*words: str) -> list[str]:
    analyzer = default_analyzer()
    return [analyzer.document_terms(w)[0] for w in words]


@pytest.mark.parametrize("asked, material", EVERY_SUFFIX)
def test_each_suffix_joins_a_verb_to_the_word_made_from_it_both_ways(asked, material):
    verb, noun = _terms(asked, material)
    vocabulary = sorted({verb, noun, "medlem", "kontingent"})
    assert noun in derived_terms(verb, vocabulary, set(vocabulary))
    assert verb in derived_terms(noun, vocabulary, set(vocabulary))


def test_every_suffix_has_an_example_above():
    tested = {suffix for _, material in EVERY_SUFFIX for suffix in SUFFIXES
              if material.endswith(suffix)}
    assert tested == set(SUFFIXES)


def test_a_stem_that_only_goes_on_with_the_same_letters_is_no_derivation():
    # "kaste" + "-ning" is no Danish word; "kasserer" only begins with "kas".
    vocabulary = sorted(_terms("kassereren", "kastning", "kaste"))
    assert derived_terms(_terms("kaste")[0], vocabulary, set(vocabulary)) == ["kastning"]
    assert not is_word("kasning")
    assert is_word("oploesning") and is_word("beslutning")


def test_the_derived_noun_goes_on_into_its_compounds_and_a_noun_finds_its_verb_only_inflected():
    vocabulary = sorted(_terms("beslutningsdygtig", "betalt"))
    known = set(vocabulary)
    assert derived_terms(_terms("beslutte")[0], vocabulary, known) == _terms("beslutningsdygtig")
    # "betalingsfristen": the compound's first part is the noun of "betale", which the rule
    # only has as "betalt". The noun alone is not read as the participle ("får de betaling?").
    assert derived_terms(_terms("betalingsfristen")[0], vocabulary, known) == ["betalt"]
    assert derived_terms(_terms("betaling")[0], vocabulary, known) == []


def test_words_without_a_derivation_in_the_material_get_none():
    vocabulary = sorted(_terms("medlem", "kontingent", "bestyrelse"))
    for word in ("betale", "formand", "år", "§", "2019"):
        terms = default_analyzer().query_terms(word)
        assert all(derived_terms(t, vocabulary, set(vocabulary)) == [] for t in terms), word


STATUTES = [
    ("§ 1 Navn", "Foreningens navn er Cykelklubben Fælgen."),
    ("§ 4 Bestyrelse", "Stk. 1. Bestyrelsen består af fem medlemmer. "
     "Stk. 2. Bestyrelsen er beslutningsdygtig, når tre medlemmer er til stede."),
    ("§ 5 Generalforsamling", "Stk. 1. Generalforsamlingen afholdes hvert år i marts. "
     "Stk. 2. Generalforsamlingen træffer beslutninger ved simpelt flertal."),
    ("§ 6 Ekstraordinær generalforsamling", "Ekstraordinær generalforsamling afholdes, når "
     "bestyrelsen beslutter det."),
    ("§ 8 Regnskab", "Klubbens regnskab følger kalenderåret."),
    ("§ 9 Revision", "Revision af regnskabet foretages af en revisor, som generalforsamlingen vælger."),
]


def test_a_member_asking_when_the_board_can_decide_finds_the_rule_on_its_quorum(index_of):
    index = index_of([make_document("https://faelgen.example/vedtaegter/",
                                    "Vedtægter for Cykelklubben Fælgen", STATUTES)])
    answer = ask("hvor mange fra bestyrelsen skal være der, før de kan beslutte noget?", index)
    assert answer.answered, answer.answer
    assert "tre medlemmer er til stede" in answer.answer.split("[1]")[0]


def test_a_member_asking_who_audits_the_accounts_finds_the_rule_on_the_audit(index_of):
    index = index_of([make_document("https://faelgen.example/vedtaegter/",
                                    "Vedtægter for Cykelklubben Fælgen", STATUTES)])
    answer = ask("Hvem reviderer klubbens regnskab?", index)
    assert answer.answered, answer.answer
    assert "foretages af en revisor" in answer.answer.split("[1]")[0]


def test_outside_statutes_a_verb_is_not_searched_as_its_nouns(index_of):
    # An article's "udviklingsprojekter" is not what "udvikler sig" asks about: only the statutes'
    # own nouns are added, even where a § stands beside the articles (NorQuAD and the Om page
    # lost by it).
    from assistant.answer.retrieve import analyse_query
    index = index_of([
        make_document("https://example.org/om/", "Om os", [
            ("Projekter", "Vi igangsætter udviklingsprojekter og analyser af udviklingen."),
            ("Byer", "Byerne udvikler sig forskelligt.")]),
        make_document("https://example.org/vedtaegter/", "Vedtægter", [
            ("§ 1 Navn", "Foreningens navn er Byudvalget."),
            ("§ 2 Beslutninger", "Bestyrelsens beslutning er endelig.")])])
    groups = {g.term: g.members for g in analyse_query(index, "hvordan udvikler byerne sig?").groups}
    assert groups["udvikl"] == ("udvikl",)
    groups = {g.term: g.members for g in analyse_query(index, "hvem kan beslutte det?").groups}
    assert "beslutning" in groups["beslut"]


def test_a_folded_word_is_read_in_its_danish_spellings_for_its_lemma():
    from assistant.language.derivation import lemmas_of
    assert lemmas_of("traeer") == {"træ"} == lemmas_of("trae")
    assert lemmas_of("grundlagt") == {"grundlægge"} and lemmas_of("grundlag") == {"grundlag"}
    assert lemmas_of("xqzv") == frozenset()
