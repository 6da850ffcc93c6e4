"""A particle after a noun is no particle verb: "regner grønne områder ud" is not about "udområder".

"ud" belongs to "regner … ud" (to work out); joined to the noun before it, it made "udområder", no
Danish word, which split as a compound went to "råd" (the association's "landsråd"), and the
question's "områder" never reached the publication's "naturområder". A joined form that is no word
is kept only as a last resort: "opstarten af" still finds the page's "startede" through it.
"""
from __future__ import annotations

from assistant.answer.query_words import particle_terms, unknown_particle_terms
from assistant.answer.retrieve import analyse_query, search
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from assistant.language.analysis import default_analyzer
from tests.support.statutes import build_index

PAGE_2 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=2"


def test_only_a_joined_form_danish_knows_is_searched():
    analyzer = default_analyzer()
    question = "Hvordan regner I de grønne områder ud?"
    joined = particle_terms(analyzer, question)
    assert not any("udomraad" in forms for forms in joined.values())
    assert "udomraad" in unknown_particle_terms(analyzer, question)["omraad"]
    # A real particle verb is still joined: "melder … ud" is the statutes' "udmelde".
    assert any(f.startswith("udmeld") for f in particle_terms(analyzer, "Hvordan melder jeg mig ud?")["meld"])


def test_areas_asked_about_find_the_natural_areas_not_the_council(publication_index):
    question = "Hvilke områder tæller I ikke med, når I regner det grønne ud?"
    areas = next(g for g in analyse_query(publication_index, question).groups if g.term == "omraad")
    assert "naturomraad" in areas.members and "raad" not in areas.members
    assert search(publication_index, question)[0].chunk.url == PAGE_2


def test_a_word_found_only_through_its_joined_form_still_finds_it(tmp_path):
    index = build_index(tmp_path, list(read_corpus(REPO_ROOT / "corpus")))
    start = next(g for g in analyse_query(index, "hvem stod bag opstarten af foreningen").groups
                 if g.term == "opstart")
    assert "start" in start.members


def test_a_compound_the_material_has_keeps_its_parts_through_the_joined_form(statutes):
    # "bestyrelsesmedlemmer til stede": the statutes write the compound once (the agenda's "Valg af
    # bestyrelsesmedlemmer"); the rule on a quorum says "medlemmer" - the split still finds it.
    question = "Skal der være et bestemt antal bestyrelsesmedlemmer til stede?"
    group = next(g for g in analyse_query(statutes, question).groups if g.term == "bestyrelsesmedlem")
    assert "medlem" in group.members


def test_the_particle_in_front_is_no_part_of_what_the_question_asks(association):
    # "fundet frem til" joins to "fremfundet", no word; split, its "frem" is the stem of the
    # statutes' "fremmer" (§ 13 on a dissolution), which has nothing to do with how figures were found.
    question = "Hvordan har I fundet frem til tallene?"
    found = next(g for g in analyse_query(association, question).groups if g.term.startswith("fund"))
    assert "frem" not in found.members
