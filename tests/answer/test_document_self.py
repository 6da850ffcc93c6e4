"""A visitor's word for the organisation a document is about, where the document defines it in another word.

The Om page opens "Balance Danmark er en partipolitisk uafhængig organisation"; a visitor asks about
"jeres forening" or "sammenslutningen". The page never says "forening", so the model read the answering
passage as lacking the word and declined (document_self.py).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.document_self import defined_noun, english_points_at, held_as_self, points_at_one, self_nouns
from assistant.language.thesaurus_kin import kindred


def _passage(index, words: str) -> int:
    return next(i for i in range(index.n_chunks) if words in index.chunk(i).text)


def _terms(index, question: str) -> list[str]:
    return [t for w in question.split() for t in index.analyzer.query_terms(w.strip("?,."))]


def test_a_defining_sentence_gives_the_noun_its_subject_is_defined_as():
    assert defined_noun("Cykelklubben Trædet er en lokal idrætsforening, der kører ture hver søndag.") == "idrætsforening"
    assert defined_noun("Løbeklubben er en forening for motionister i byen.") == "forening"
    # A sentence that defines nothing gives no noun.
    assert defined_noun("Klubben kører ture hver søndag og er åben for alle.") is None


def test_the_pages_read_what_they_define_their_organisation_as(bundled_index, association):
    assert self_nouns(bundled_index, _passage(bundled_index, "Se hele listen her")) == ("organisation",)
    assert self_nouns(association, _passage(association, "melde sig ud af foreningen")) == ("landsforening",)


def test_words_for_an_organisation_are_kin_in_the_thesaurus():
    # Both are kinds of "gruppe"; "organisation" is a kind of "sammenslutning".
    assert kindred("forening", "organisation")
    assert kindred("sammenslutning", "organisation")
    assert kindred("tænketank", "organisation")
    assert not kindred("kommune", "organisation")


def test_the_visitors_word_is_the_organisation_addressed():
    assert points_at_one("Hvem stod bag, da jeres forening blev startet?", "forening")
    assert not points_at_one("Kan en forening være med?", "forening")
    # A definite form is as often another body: "fonden" that paid, the other organisation's "foreningen".
    assert not points_at_one("Havde fonden indflydelse på arbejdet?", "fonden")


def test_an_english_question_points_at_the_kind_by_its_own_words():
    assert english_points_at("What was your group called at the start?", ["organisation"])
    assert english_points_at("Does your association take part in debates?", ["organisation"])
    # "current" gives the Danish "strøm", kin to "organisation"; the English points at a chairman.
    assert not english_points_at("Who is your current chairman?", ["organisation"])


def test_jeres_forening_is_the_organisation_the_page_defines(bundled_index):
    passage = _passage(bundled_index, "Se hele listen her")
    question = "Kan min kommune melde sig ind i jeres forening?"
    assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == {"forening"}
    # "en forening" is any association, not the one the page is about.
    question = "Kan en forening melde sig ind?"
    assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == frozenset()


def test_a_document_that_defines_nothing_holds_no_word_for_it(association):
    passage = _passage(association, "Anbefaling 6")
    question = "Hvad foreslår jeres organisation for skolegårdene?"
    assert held_as_self(association, passage, question, _terms(association, question)) == frozenset()


def test_a_visitor_asking_who_helped_found_jeres_forening_is_answered(bundled_index):
    # Declined before: "forening" read as a word the history passage lacks.
    answer = ask("Hvem hjalp med at stifte jeres forening?", bundled_index)
    assert answer.answered
    assert "Danske Andelskassers Bank" in answer.answer
