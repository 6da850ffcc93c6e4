"""A visitor's word for the organisation a document is about, where the document defines it in another word.

The Om page opens "Balance Danmark er en partipolitisk uafhængig organisation"; a visitor asks about
"jeres forening" or "sammenslutningen". The page never says "forening", so the model read the answering
passage as lacking the word and declined (document_self.py).
"""
from __future__ import annotations

import assistant.answer.answerability_signals as answerability_signals
from assistant.answer import ask
from assistant.answer.document_self import (
    defined_noun,
    definite_form,
    english_points_at,
    held_as_self,
    names_the_known_one,
    points_at_one,
    self_nouns,
    told_by_name,
)
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


def test_a_definite_form_names_the_one_thing_the_reader_knows():
    assert definite_form("sammenslutningen") and definite_form("klubben") and definite_form("bevaegelsen")
    assert not definite_form("sammenslutning") and not definite_form("medlemmer")
    assert names_the_known_one("Hvad laver sammenslutningen egentlig?", "sammenslutningen")
    # A clause after it or a demonstrative before it picks one among several: another body.
    assert not names_the_known_one("Har fonden, der betalte, blandet sig i rådene?", "fonden")
    assert not names_the_known_one("Har den fond, der betalte, blandet sig?", "fond")


def test_sammenslutningen_is_the_organisation_a_page_defines_where_it_never_says_the_word(bundled_index):
    passage = _passage(bundled_index, "Se hele listen her")
    question = "Kan min kommune melde sig ind i sammenslutningen?"
    assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == {"sammenslutning"}
    # The page's own noun counts too, in the passages that do not say it.
    question = "Kan min kommune melde sig ind i organisationen?"
    assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == {"organisation"}


def test_a_definite_form_the_page_uses_for_another_body_is_that_body(bundled_index):
    # The history passage says "foreningen Staten i hele Danmark" and "bevægelsen Oprør fra Udkanten":
    # on that page "foreningen" and "bevægelsen" may mean those, not the page's own organisation.
    passage = _passage(bundled_index, "Se hele listen her")
    for question in ("Kan min kommune melde sig ind i foreningen?", "Kan min kommune melde sig ind i bevægelsen?"):
        assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == frozenset()


def test_a_definite_form_counts_only_as_a_near_kind_of_the_defined_noun(bundled_index):
    # "fond" is kin to "organisation" only through "institution", "møde" only as another kind of "samling":
    # "fonden" and "mødet" are other things than the organisation the page is about.
    passage = _passage(bundled_index, "Se hele listen her")
    # "magt" and "virksomhed" are narrower terms of "organisation": kinds of it, or another sense.
    for question in ("Havde fonden indflydelse på medlemmerne?", "Hvem kan komme med til mødet?",
                     "Hvordan skal magten fordeles i landet?", "Hvad betaler virksomheden for medlemskab?"):
        assert held_as_self(bundled_index, passage, question, _terms(bundled_index, question)) == frozenset()


def test_an_english_definite_noun_points_at_the_kind_unless_a_clause_picks_another():
    assert english_points_at("What is the group trying to achieve?", ["organisation"], {"the"})
    assert not english_points_at("Did the group that paid have a say?", ["organisation"], {"the"})
    # Without "the" as a pointer only "your" points.
    assert not english_points_at("What is the group trying to achieve?", ["organisation"])


def test_a_visitor_asking_what_analyses_sammenslutningen_makes_is_answered(bundled_index):
    # Declined before: "sammenslutning" read as a word the opening passage lacks.
    answer = ask("Hvilke analyser laver sammenslutningen?", bundled_index)
    assert answer.answered
    assert "udviklingstendenser" in answer.answer


def test_a_definite_form_beside_one_other_word_is_not_the_page_itself(bundled_index):
    # With the organisation's word held everywhere, any passage naming "styre" in any form would hold
    # all of "Hvem styrer sammenslutningen?": the other organisation's question, which the page does not answer.
    assert not ask("Hvem styrer sammenslutningen?", bundled_index).answered


def test_a_student_asking_when_sammenslutningen_started_is_told_2014(bundled_index, monkeypatch):
    # "Balance Danmark startede i 2014": the one other word in a sentence naming the page's own
    # organisation, so the definite form beside it is that organisation (told_by_name).
    answer = ask("Hvornår startede sammenslutningen?", bundled_index)
    assert answer.answered and "2014" in answer.answer
    monkeypatch.setattr(answerability_signals, "told_by_name", lambda *args: False)
    assert not ask("Hvornår startede sammenslutningen?", bundled_index).answered


def test_a_sentence_tells_by_name_only_with_every_other_word_and_the_name(bundled_index):
    history = next(i for i in range(bundled_index.n_chunks) if "startede i 2014" in bundled_index.chunk(i).text)
    start = bundled_index.analyzer.query_terms("startede")
    assert told_by_name(bundled_index, history, start)
    assert not told_by_name(bundled_index, history, start + bundled_index.analyzer.query_terms("styrer"))
    assert not told_by_name(bundled_index, history, [])
