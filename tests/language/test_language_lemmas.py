"""A question's "grundlagt" is not the material's "grundlag": two words the stemmer cuts alike are
told apart by their dictionary forms (simplemma's Danish lemmas)."""
from __future__ import annotations

import pytest

from assistant.answer.retrieve import analyse_query, search
from assistant.language.analysis import default_analyzer
from assistant.language.lemmas import MaterialLemmas, collides, lemma_of
from assistant.language.thesaurus import DEFAULT_PATH
from tests.support.corpus import make_document
from tests.support.language import require_debian_file

URL = "https://groenne-byer.example/om/"


def founding_page():
    # "grundlag" (the noun) and "startede" (the founding) both stand in the material; "grundlagt"
    # (of "grundlægge") stems to "grundlag" as well.
    return make_document(URL, "Om Foreningen Grønne Byer", [
        ("Vores vision", "Vi vil give politikerne et solidt grundlag for beslutninger om byernes natur."),
        ("Vores historie", "Foreningen startede i 2019 som et oprør mod de grå byer."),
        ("Vores medlemmer", "Medlemmerne er borgere, lokalforeninger og virksomheder.")])


def test_a_past_participle_and_a_noun_with_one_stem_have_different_lemmas():
    analyzer = default_analyzer()
    assert analyzer.query_terms("grundlagt") == analyzer.query_terms("grundlag")
    assert lemma_of("grundlagt") == "grundlægge"
    assert lemma_of("grundlag") == "grundlag"


def test_a_word_the_lemmatiser_does_not_know_has_no_lemma():
    # A typo or a name: nothing to tell apart, so it never marks a collision.
    assert lemma_of("kortlaegningn") is None


def test_the_same_word_in_another_form_or_its_verb_is_no_collision():
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["betalt", "medlemmer", "grundlag", "svar", "siden"])
    assert not collides("betalt", {lemma_of("betalte")}, material)
    assert not collides("medlem", {lemma_of("medlemmerne")}, material)
    # The verb of a noun is its word ("svarede" / "svar"): one lemma starts the other.
    assert not collides("svar", {lemma_of("svarede")}, material)
    assert collides("grundlag", {lemma_of("grundlagt")}, material)
    assert collides("sid", {lemma_of("sidder")}, material)     # "sidde" is not "siden"
    # A stem the material does not have is nothing to collide with.
    assert not collides("stift", {"stifte"}, material)


def test_a_material_word_the_lemmatiser_does_not_know_is_never_told_apart():
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["grundlagsrapportn"])
    term = analyzer.document_terms("grundlagsrapportn")[0]
    assert not collides(term, {"grundlægge"}, material)


def test_how_many_sit_on_the_board_is_not_asked_of_since_when(index_of):
    index = index_of([make_document(URL, "Om", [
        ("Bestyrelse", "Bestyrelsen har fem medlemmer."),
        ("Historie", "Siden 2019 har foreningen plantet træer.")])])
    query = analyse_query(index, "Hvor mange sidder i bestyrelsen?")
    assert [g.members for g in query.groups if g.term == "sid"] == [()]


def test_when_the_association_was_founded_finds_when_it_started_not_its_basis(index_of):
    index = index_of([founding_page()])
    query = analyse_query(index, "Hvornår blev foreningen grundlagt?")
    founded = [g for g in query.groups if g.term == "grundlag"]
    assert founded and "grundlag" not in founded[0].members and "start" in founded[0].members
    assert search(index, "Hvornår blev foreningen grundlagt?")[0].chunk.heading == "Vores historie"


def test_a_synonym_that_shares_a_stem_with_another_word_does_not_stand_in(index_of):
    # "stiftet"'s synonyms hold "grundlagt": the material's noun "grundlag" is not among them.
    index = index_of([founding_page()])
    query = analyse_query(index, "Hvilket år blev foreningen stiftet?")
    founded = [g for g in query.groups if g.term == "stift"]
    assert founded and set(founded[0].members) == {"start"}


def test_a_real_word_is_not_taken_for_a_typo_of_a_near_word_of_the_material(index_of):
    # "grundlægge" is one edit from no material word but close to "grundlag"; it is a word of its own.
    index = index_of([founding_page()])
    query = analyse_query(index, "Hvem var med til at grundlægge foreningen?")
    founded = [g for g in query.groups if g.term == "grundlaeg"]
    assert founded and "grundlag" not in founded[0].members


def test_the_word_family_stays_although_its_lemmas_differ(index_of):
    # "kæmper" and "kamp" are one family by the hand-kept list, whatever their lemmas say.
    index = index_of([make_document(URL, "Om", [("Vores kamp", "Vores kamp handler om hele landet.")])])
    query = analyse_query(index, "Hvorfor kæmper I?")
    assert [g.members for g in query.groups if g.term == "kaemp"] == [("kamp",)]


def test_an_inflected_question_word_finds_its_headwords_synonyms_through_its_lemma(index_of):
    # "dyreste" stems to "dyrest", which no headword has; its lemma "dyr" is one, and its synonym
    # "kostbar" meets the material's "koste". Stand-ins count half, as any thesaurus word.
    require_debian_file(DEFAULT_PATH, "mythes-da")
    index = index_of([make_document(URL, "Anbefalinger", [
        ("Økonomi", "Den nationale træplan vil koste 450 millioner kroner."),
        ("Anbefaling 1", "Anbefaling 1. Kommunerne skal plante flere træer."),
        ("Anbefaling 2", "Anbefaling 2. Skolegårdene skal være grønne.")])])
    query = analyse_query(index, "Hvad er den dyreste anbefaling?")
    priciest = [g for g in query.groups if g.term == "dyrest"]
    assert priciest and "kost" in priciest[0].members and priciest[0].scale == 0.5
    assert search(index, "Hvad er den dyreste anbefaling?")[0].chunk.heading == "Økonomi"


def _as_simplemma_says(word: str) -> str | None:
    # What the lemmatiser's two public calls give: known at all, then the dictionary form.
    import simplemma
    folded = word.casefold()
    if not simplemma.is_known(folded, lang="da", low_memory=True):
        return None
    return simplemma.lemmatize(folded, lang="da", low_memory=True).casefold()


def test_one_lookup_per_word_gives_every_question_word_the_lemma_two_lookups_gave():
    # A first question after a load looks each new word up once; every word of the question sets and the shipped corpus,
    # and words with a number, an apostrophe or other letters, keep the lemma they had.
    from pathlib import Path

    from assistant.language.analysis import surface_words
    words = {"grundlagt", "Grundlag", "startede", "2019", "½", "Danmark's", "foreningens’",
             "medlemm", "ſtyrelse", "Øresund", "AARHUS", "e-mail", "kan't", "x"}
    for path in [*sorted(Path("tests/data").rglob("*.tsv")), *sorted(Path("corpus").glob("*.json"))]:
        words.update(surface_words(path.read_text(encoding="utf-8")))
    assert len(words) > 1000
    differing = [w for w in sorted(words) if lemma_of(w) != _as_simplemma_says(w)]
    assert differing == []


def _counting_lemma_of(monkeypatch) -> list[str]:
    import assistant.language.lemmas as lemmas_module
    asked: list[str] = []
    inner = lemmas_module.lemma_of

    def counted(word):
        asked.append(word)
        return inner(word)

    monkeypatch.setattr(lemmas_module, "lemma_of", counted)
    return asked


def test_the_material_is_looked_up_only_until_one_of_its_words_is_the_asked_word(monkeypatch):
    # A first question pays ~0.1 ms per material word the lemmatiser has not seen: "betalt" is
    # "betale"'s, so "betalte" and "betaltes" need no look-up; told apart, all are looked up.
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["betalt", "betalte", "betaltes", "grundlag", "grundlaget"])
    looked_up = _counting_lemma_of(monkeypatch)
    assert not collides("betalt", {"betale"}, material)
    assert looked_up == ["betalt"]
    assert collides("grundlag", {"grundlægge"}, material)
    assert looked_up == ["betalt", "grundlag", "grundlaget"]
    assert not collides("grundlag", set(), material)     # nothing asked: nothing looked up
    assert looked_up == ["betalt", "grundlag", "grundlaget"]


def test_a_compound_part_of_the_asked_term_is_kept_without_looking_up_the_material(monkeypatch):
    from assistant.language.lemmas import same_words
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["bestyrelse", "bestyrelsesmedlem", "medlem"])
    looked_up = _counting_lemma_of(monkeypatch)
    term = analyzer.query_terms("bestyrelsesmedlem")[0]
    parts = [t for t in analyzer.document_terms("bestyrelse medlem")]
    assert same_words([term, *parts], term, {"bestyrelsesmedlem"}, material) == [term, *parts]
    assert set(looked_up) <= {"bestyrelsesmedlem"}


def test_a_lookup_in_the_decoded_blocks_finds_what_simplemma_scans_for():
    # The blocks of simplemma's front-coded table kept decoded (lemmas.decoded_blocks) give every
    # word's lemma as simplemma's own scan of the block does: each key of a stretch of the table
    # (block edges included), each one letter off it, capitalised words and words before the first.
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    from assistant.language.lemmas import DECODED_BLOCKS, decoded_blocks
    for lang in ("da", "en"):
        stream = StreamMap(lang)
        blocks = decoded_blocks(stream)
        keys = [key for i, key in zip(range(40_000), stream) if i % 3 == 0 or i > 39_000]
        probes = [*keys, *(k + "x" for k in keys[::7]), *(k[:-1] for k in keys[::5]),
                  *(k.capitalize() for k in keys[::11]), "", "a", "\x00", "ÿÿÿ", "zzzzzz"]
        assert [blocks.get(p) for p in probes] == [stream.get(p) for p in probes]
        assert len(blocks) == len(stream)
        assert 0 < len(blocks._decoded) <= DECODED_BLOCKS


def test_a_scan_of_a_blocks_keys_finds_what_simplemma_scans_for():
    # Every lookup of a table only scanned (English: lemmas.decoded_blocks without decoding) reads
    # the block's keys alone (frontcoded.find_in_block) and gives simplemma's value: each key of
    # the whole table, each one letter off, capitalised words and words before the first.
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    from assistant.language.lemmas import decoded_blocks
    for lang in ("en", "da"):
        stream = StreamMap(lang)
        scanned = decoded_blocks(stream, decode=False)
        keys = [key for i, key in enumerate(stream) if lang == "en" or i % 7 == 0]
        probes = [*keys, *(k + "x" for k in keys[::7]), *(k[:-1] for k in keys[::5]),
                  *(k.capitalize() for k in keys[::11]), "", "a", "\x00", "ÿÿÿ", "zzzzzz"]
        assert [scanned.get(p) for p in probes] == [stream.get(p) for p in probes]
        assert not scanned._decoded and not scanned._touched


def test_a_damaged_block_is_refused_as_simplemma_refuses_it():
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    from assistant.language.frontcoded import find_in_block
    stream = StreamMap("en")
    start, key, value = stream._blocks[3]
    cut = stream._data[:start + 5]
    with pytest.raises(ValueError):
        find_in_block(cut, start, key, value, b"\xff")
