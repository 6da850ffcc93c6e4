"""A member's particle verb finds the passage that writes it as one word.

A member writes "samlede I oplysningerne ind" where the report says "indsamlet", and "hvornår bliver
mødet holdt" where the statutes say "afholdes". Searched as its plain verb, the first found the
statutes' "den samlede bestyrelse" and the second nothing. And a report's "årsmøde" is the statutes'
general assembly in every stk. of the § that says it is held each year, not only in that stk.
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
            ("Udgivelse", "Rapporten er udgivet af foreningens haveudvalg og fremlægges på årsmødet."),
        ]),
        make_document(STATUTES, "Vedtægter for Haveforeningen Solsikken", [
            ("§ 3 Bestyrelse", "Stk. 1. Foreningen ledes af den samlede bestyrelse. "
                               "Stk. 2. Bestyrelsen kan samle havelejerne til fælles arbejdsdage."),
            ("§ 4 Generalforsamling", "Stk. 1. Generalforsamlingen afholdes hvert år i maj. "
                                      "Stk. 2. Dagsordenen skal mindst indeholde valg af dirigent og beretning."),
            ("§ 5 Sager", "Stk. 1. En eksklusion kan indbringes for bestyrelsen."),
            ("§ 6 Opløsning", "Stk. 1. Foreningen opløses efter generalforsamlingens beslutning."),
            ("§ 7 Forslag", "Stk. 1. Forslag skal være indsendt til bestyrelsen senest en uge før generalforsamlingen."),
            ("§ 8 Referat", "Stk. 1. Referatet sendes til alle havelejere."),
        ]),
    ])


def _members(index, question, word):
    term = index.analyzer.query_terms(word)[0]
    return next(g for g in analyse_query(index, question).groups if g.term == term).members


def test_collected_in_with_the_object_between_finds_the_word_collected(index_of):
    site = _site(index_of)
    question = "Hvornår samlede I oplysningerne ind?"
    # The particle verb is searched instead of its verb: "den samlede bestyrelse" is no collecting.
    assert _members(site, question, "samlede") == tuple(site.analyzer.query_terms("indsamlet"))
    assert "indsamlet" in search(site, question)[0].chunk.text


def test_gave_the_report_out_is_published(index_of):
    site = _site(index_of)
    assert _members(site, "Hvem gav rapporten ud?", "gav") == tuple(site.analyzer.query_terms("udgivet"))


def test_sending_a_proposal_in_finds_the_participle_the_statutes_write(index_of):
    site = _site(index_of)
    # The stemmer cuts "indsende" to another stem than the statutes' "indsendt": the particle verb
    # is still found by the material's word whose lemma it is, not by "sendes" of another §.
    question = "Hvornår skal jeg sende mit forslag ind?"
    assert _members(site, question, "sende") == tuple(site.analyzer.query_terms("indsendt"))
    assert "senest en uge" in search(site, question)[0].chunk.text
    # Also with the particle right after the verb ("sendes ind" -> "indsendes", stemmed as "indsende").
    assert set(site.analyzer.query_terms("indsendt")) <= set(
        _members(site, "Hvornår skal forslaget sendes ind?", "sendes"))


def test_a_meeting_held_finds_the_meeting_that_is_arranged(index_of):
    site = _site(index_of)
    # mythes-da has "afholde" for "holde"; the statutes never write "holde" alone.
    question = "Hvornår bliver generalforsamlingen holdt?"
    assert set(site.analyzer.query_terms("afholdes")) <= set(_members(site, question, "holdt"))
    assert "i maj" in search(site, question)[0].chunk.text
    # A verb with a particle of its own is that particle verb: "holder til" is to reside.
    assert not set(site.analyzer.query_terms("afholdes")) & set(
        _members(site, "Hvor holder foreningen til?", "holder"))


def test_a_particle_verb_of_another_sense_is_not_the_plain_verb(index_of):
    site = _site(index_of)
    # "indbringe" a case is no "bringe" (the thesaurus does not give them as synonyms).
    assert not set(site.analyzer.query_terms("indbringes")) & set(
        _members(site, "Må jeg bringe kage med?", "bringe"))


def test_the_annual_meeting_counts_in_every_stk_of_the_section_that_says_the_year(index_of):
    site = _site(index_of)
    question = "Hvad skal der snakkes om på årsmødet?"
    meeting = next(g for g in analyse_query(site, question).groups if g.narrowing)
    agenda = next(cid for cid in range(site.n_chunks) if "Dagsordenen" in site.chunk(cid).text)
    dissolution = next(cid for cid in range(site.n_chunks) if "opløses" in site.chunk(cid).text)
    # § 4, stk. 2 says no year, but its stk. 1 does: the general assembly there is the annual meeting.
    assert agenda in meeting.narrowed
    # § 6 never says the year: its general assembly is not the report's annual meeting.
    assert dissolution not in meeting.narrowed
