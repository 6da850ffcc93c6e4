"""A visitor's word for the whole document, which the document's title names by its kind.

A member asks what "reglerne" or "foreningens love" say, of statutes titled "Vedtægter …" whose text
never says "regler" or "love": the thing-asked check read the word as named nowhere and declined
before the model weighed the passage, and the model read the passage as lacking it (document_kind.py).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.document_kind import held_as_document
from assistant.language.document_titles import index_kind_terms, title_kinds
from assistant.language.thesaurus import material_stand_ins


def _passage(index, words: str) -> int:
    return next(i for i in range(index.n_chunks) if words in index.chunk(i).text)


def _terms(index, question: str) -> list[str]:
    return [t for w in question.split() for t in index.analyzer.query_terms(w.strip("?,."))]


def test_a_titles_kind_is_its_words_outside_a_name():
    assert title_kinds("Vedtægter for Foreningen Grønne Byer") == ("Vedtægter",)
    assert title_kinds("Foreningen Grønne Byer: Anbefalinger 2025") == ("Anbefalinger",)
    # The Om page's title is the organisation's name only: no kind of document.
    assert title_kinds("Om Balance Danmark") == ()


def test_an_index_knows_the_kinds_its_titles_name(association, bundled_index):
    assert index_kind_terms(association) >= {"vedtaeg", "anbefaling"}
    assert index_kind_terms(bundled_index) == frozenset()


def test_the_search_reads_the_rules_as_the_statutes_kind(association, bundled_index):
    # "vedtægt" is a narrower term of "regel" and the statutes' title names their kind by it.
    assert "vedtaeg" in material_stand_ins(association, "regl", ("regel",))
    # A narrower term no title names stands in for nothing ("regel" also covers "hovedregel").
    assert "hovedregel" not in material_stand_ins(association, "regl", ("regel",))


def test_the_rules_and_the_laws_are_the_statutes(association):
    passage = _passage(association, "melde sig ud af foreningen")
    for question, term in (("Hvad siger reglerne om udmeldelse?", "regl"),
                           ("Hvad står der i foreningens love om udmeldelse?", "lov")):
        assert held_as_document(association, passage, question, _terms(association, question)) == {term}


def test_a_word_for_another_kind_of_document_is_not_the_statutes(association):
    passage = _passage(association, "melde sig ud af foreningen")
    question = "Hvad står der i rapporten om udmeldelse?"
    assert held_as_document(association, passage, question, _terms(association, question)) == frozenset()


def test_a_name_keeps_its_veto(association):
    passage = _passage(association, "melde sig ud af foreningen")
    question = "Hvad siger Regler om udmeldelse?"
    terms = _terms(association, question)
    assert held_as_document(association, passage, question, terms, names={"regl"}) == frozenset()


def test_the_om_pages_name_is_no_kind_of_document(bundled_index):
    question = "Hvornår blev organisationen grundlagt?"
    assert held_as_document(bundled_index, 0, question, _terms(bundled_index, question)) == frozenset()


def test_a_member_asking_what_the_rules_say_about_leaving_is_answered_from_the_statutes(statutes):
    # Declined before: "reglerne" was read as a thing the statutes never mention.
    answer = ask("Hvad siger reglerne om at melde sig ud?", statutes)
    assert answer.answered
    assert answer.citations[0].paragraph == "4"
    assert "en måneds varsel" in answer.answer


def test_the_rules_on_something_the_statutes_never_mention_are_still_declined(statutes):
    assert not ask("Hvad siger reglerne om parkering ved foreningens lokaler?", statutes).answered


def test_a_member_asking_how_many_must_vote_to_change_the_rules_gets_the_paragraph_on_amendments(statutes):
    # The search reads "reglerne" as the statutes (thesaurus.material_stand_ins) and finds § 12,
    # which says "vedtægterne" in its text too.
    answer = ask("Hvor mange skal stemme for, hvis foreningens regler skal ændres?", statutes)
    assert answer.answered
    assert answer.citations[0].paragraph == "12"
    assert "to tredjedele" in answer.answer
