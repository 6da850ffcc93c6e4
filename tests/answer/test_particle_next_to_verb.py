"""A particle right after a member's verb makes another verb, and the search looks for that one.

A member writes "blev tallene samlet ind" where the report says "indsamlet", and the statutes'
"den samlede bestyrelse" is no collecting; "sendt ind" is no "sendes til alle havelejere". With the
object between verb and particle this was already so (test_particle_verb_search.py); next to the
verb, the plain verb was searched as well and found the other sense. Where the material itself
writes the verb with a particle after it ("kan melde sig ud"), the plain verb stays searched.
"""
from __future__ import annotations

from assistant.answer.retrieve import analyse_query, search
from tests.support.corpus import make_document

REPORT = "https://haveforening.example/rapport/"
STATUTES = "https://haveforening.example/vedtaegter/"


def _site(index_of):
    return index_of([
        make_document(REPORT, "Rapport om kolonihaverne", [
            ("Metode", "Tallene er indsamlet blandt havelejerne i løbet af sommeren 2023."),
            ("Resultater", "De fleste haver dyrker kartofler, og mange har et drivhus."),
        ]),
        make_document(STATUTES, "Vedtægter for Haveforeningen Solsikken", [
            ("§ 3 Bestyrelse", "Stk. 1. Foreningen ledes af den samlede bestyrelse."),
            ("§ 4 Medlemmer", "Stk. 1. Et medlem kan melde sig ud med en måneds varsel. "
                              "Stk. 2. Indmeldelse sker til kassereren."),
            ("§ 7 Forslag", "Stk. 1. Forslag skal være indsendt senest en uge før generalforsamlingen."),
            ("§ 8 Referat", "Stk. 1. Referatet sendes til alle havelejere."),
        ]),
    ])


def _members(index, question, word):
    term = index.analyzer.query_terms(word)[0]
    return next(g for g in analyse_query(index, question).groups if g.term == term).members


def test_collected_in_is_searched_as_the_word_collected_not_the_whole_board(index_of):
    site = _site(index_of)
    question = "Hvornår blev tallene samlet ind?"
    assert _members(site, question, "samlet") == tuple(site.analyzer.query_terms("indsamlet"))
    assert "indsamlet" in search(site, question)[0].chunk.text


def test_sent_in_is_searched_as_the_word_sent_in(index_of):
    site = _site(index_of)
    question = "Hvornår skal forslaget være sendt ind?"
    assert set(_members(site, question, "sendt")) == set(site.analyzer.query_terms("indsendt"))
    assert "senest en uge" in search(site, question)[0].chunk.text


def test_a_verb_the_material_writes_with_its_own_particle_stays_searched(index_of):
    site = _site(index_of)
    # "melde sig ud" in § 4: the material's "melde" is a particle verb too, so "meldte mig ind"
    # is searched by "melde" as well as by "indmeldelse".
    members = _members(site, "Hvad gør jeg, når jeg har meldt mig ind?", "meldt")
    assert set(site.analyzer.query_terms("melde")) <= set(members)
