"""A visitor puts the material's words more plainly ("lavet" for "udarbejdet", "sat i jorden" for
"plantet"): for the answer/decline decision, an everyday question word that a passage says with a
thesaurus synonym counts as held by that passage (assistant/answer/decision_bridges.py)."""
from __future__ import annotations

import pytest

import assistant.answer.compose as compose
import assistant.answer.decision_bridges as bridges
from assistant.answer.compose import ask, find_hits
from assistant.answer.retrieve import analyse_query
from assistant.documents import Document, Section
from assistant.language.background import term_rarity
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

NO_BRIDGES = staticmethod(lambda index, question, query, hits, rarity: list(hits))


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    """Foreningen Grønne Byer's statutes and its publication, served together as one site (fiction)."""
    return build_index(tmp_path_factory.mktemp("association"),
                       [html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"),
                        publication_document()])


@pytest.mark.parametrize(("question", "fact"), [
    # "sat" is "sætte", whose synonym "plante" the publication uses: "har medlemmerne plantet 14.300 træer".
    ("Hvor mange træer har medlemmerne sat i jorden?", "14.300"),
    # "skrevet" is "skrive", whose synonym "udarbejde" it uses: "Analysen er udarbejdet af …".
    ("Hvem har skrevet analysen?", "sekretariat"),
])
def test_a_member_asking_in_plain_words_gets_the_passage_that_says_it_formally(publication, monkeypatch,
                                                                                 question, fact):
    answer = ask(question, publication)
    assert answer.answered and fact in answer.answer
    # Weighed with the plain word as one the passage lacks, the same question was declined (in the
    # ranking's own order: rank_kinds also puts the figure's passage first, and then it answers).
    monkeypatch.setattr(compose, "bridged_hits", NO_BRIDGES)
    monkeypatch.setattr(compose, "kind_first", lambda index, query, hits: hits)
    assert not ask(question, publication).answered


def test_the_bridged_word_counts_only_for_the_passage_that_holds_the_synonym(publication):
    question = "Hvem har skrevet analysen?"
    query = analyse_query(publication, question)
    hits = find_hits(publication, query)
    rarity = term_rarity(publication.analyzer, question)
    bridged = bridges.bridged_hits(publication, question, query, hits, rarity)
    assert [h.chunk_id for h in bridged] == [h.chunk_id for h in hits]
    stand_ins = bridges.synonym_terms(publication, question, query, rarity)
    (word,) = stand_ins   # "skrev": the only everyday word with a synonym in the material
    for before, after in zip(hits, bridged):
        says_it = "udarbejde" in before.chunk.text
        assert (word in after.matched) == (word in before.matched or says_it)
        assert after.coverage == pytest.approx(
            sum(g.weight for g in query.groups if g.term in after.matched) / query.total_weight)


def test_a_word_the_question_is_about_must_stand_in_the_passage_itself(publication):
    # "kortlægningen" is rare in general Danish: what the question is about, not how it is put.
    question = "Hvem har finansieret kortlægningen?"
    query = analyse_query(publication, question)
    rarity = term_rarity(publication.analyzer, question)
    focus = next(g.term for g in query.groups if rarity[g.term] >= bridges.EVERYDAY_RARITY)
    assert focus not in bridges.synonym_terms(publication, question, query, rarity)


def test_the_commonest_words_have_too_many_senses_to_bridge(publication):
    # "får" and "gør" are listed with dozens of verbs of every sense.
    question = "Hvad gør foreningen, og hvad får medlemmerne?"
    query = analyse_query(publication, question)
    rarity = term_rarity(publication.analyzer, question)
    commonest = {g.term for g in query.groups if rarity.get(g.term, 1.0) < bridges.COMMONEST_RARITY}
    assert commonest and not commonest & set(bridges.synonym_terms(publication, question, query, rarity))


def test_a_synonym_sharing_a_stem_with_another_word_of_the_material_does_not_stand_in(index_of, monkeypatch):
    # The thesaurus lists "nummer" with "bagende" (as in "bagdel"), whose stem is the "bag" of
    # "Bag projektet stod …": another word. A rarer synonym the material does use stands in.
    index = index_of([Document(url="https://forening.example/om", title="Om os", sections=(
        Section(heading="Historie", anchor="historie",
                text="Bag projektet stod tre kommuner. Telefonen besvares af sekretariatet."),))])
    listed = {"nummer": {"bagende", "telefon"}}
    monkeypatch.setattr(bridges.thesaurus, "synonyms", lambda word: set(listed.get(word, ())))
    terms = bridges._stand_ins(index, "nummer")
    assert index.analyzer.query_terms("telefon")[0] in terms
    assert not set(index.analyzer.query_terms("bag")) & set(terms)


def test_a_commoner_synonym_does_not_stand_in(index_of, monkeypatch):
    # A visitor says "betale" where the material says "finansiere", not "give": the commoner word is
    # where the thesaurus's senses collide ("betale" is listed with "give").
    index = index_of([Document(url="https://forening.example/om", title="Om os", sections=(
        Section(heading="Økonomi", anchor="oekonomi",
                text="Projektet er finansieret af fonden. Vi giver råd til kommunerne."),))])
    monkeypatch.setattr(bridges.thesaurus, "synonyms",
                        lambda word: {"finansiere", "give"} if word == "betale" else set())
    terms = bridges._stand_ins(index, "betale")
    assert index.analyzer.query_terms("finansieret")[0] in terms
    assert index.analyzer.query_terms("give")[0] not in terms


def test_a_lemmas_stand_ins_are_looked_up_once_per_loaded_index(index_of, monkeypatch):
    # Everyday words come back question after question: their synonyms in the material are found
    # once per index, and another index (another material) finds its own.
    documents = [Document(url="https://forening.example/om", title="Om os", sections=(
        Section(heading="Økonomi", anchor="oekonomi", text="Projektet er finansieret af fonden."),))]
    asked = []

    def synonyms(word):
        asked.append(word)
        return {"finansiere"} if word == "betale" else set()

    monkeypatch.setattr(bridges.thesaurus, "synonyms", synonyms)
    index = index_of(documents)
    first = bridges._stand_ins(index, "betale")
    assert bridges._stand_ins(index, "betale") == first and asked == ["betale"]
    assert index.analyzer.query_terms("finansieret")[0] in first
    assert bridges._stand_ins(index_of(documents), "betale") == first and asked == ["betale", "betale"]
