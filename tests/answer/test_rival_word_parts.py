"""A rival passage must not win on a piece of the question's word that is another word.

A visitor who asks about "planen" means a plan, not the "plante" the publication says of trees; who
names "Christiansborg" names a place, not the "borgere" the Om page speaks of; who writes "p-pladser"
means the "parkeringspladser" the publication would turn into pocket parks.
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.name_words import name_terms, named_words, without_name_parts
from assistant.answer.retrieve import analyse_query, search
from assistant.answer.word_forms import other_word
from assistant.language.analysis import default_analyzer
from assistant.language.compound_heads import reversed_vocabulary
from assistant.language.phrase_compounds import abbreviated_compounds

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_a_longer_word_that_begins_with_the_asked_one_is_no_form_of_it():
    assert other_word({"plante"}, {"plan"})
    # The asked word's own lemma, a derived word that does not begin with it, or a word the
    # lemmatiser does not know stay forms of it.
    assert not other_word({"plan"}, {"plan"})
    assert not other_word({"betaling"}, {"betale"})
    assert not other_word({"plante", ""}, {"plan"})
    assert not other_word({"plante"}, set())


def test_the_plan_asked_about_is_looked_for_in_the_material_s_plans_not_its_planting(association):
    plan = _group(association, "Hvad er det dyreste punkt i planen?", "plan")
    assert "plant" not in plan.members
    assert "traeplan" in plan.members


class _Lemmas:
    """The material's lemmas of a few stems, as MaterialLemmas gives them."""

    def __init__(self, table):
        self.table = table

    def lemmas_of(self, term):
        return frozenset(self.table.get(term, ()))


def test_a_name_the_material_lacks_is_not_searched_by_a_part_that_is_another_word(bundled_index):
    analyzer = default_analyzer()
    question = "Har I kontor på Christiansborg?"
    assert named_words(analyzer, question) == {"christiansborg": "christiansborg"}
    assert "christiansborg" in name_terms(analyzer, question)
    # The page has "borg" only of "borgere": no part of the name.
    assert _group(bundled_index, question, "christiansborg").members == ()
    lemmas = _Lemmas({"borg": {"borger"}, "vidda": {"vidda"}, "berg": {""}})
    names = {"christiansborg": "christiansborg", "hardangervidda": "hardangervidda", "blaaberg": "blåberg"}
    assert without_name_parts(["christiansborg", "borg", "christiansborgs"], "christiansborg", names,
                              {"borg"}, lemmas) == ["christiansborg", "christiansborgs"]
    # A part the material says as the word inside the name stays, as does one of unknown words.
    assert without_name_parts(["vidda"], "hardangervidda", names, {"vidda"}, lemmas) == ["vidda"]
    assert without_name_parts(["berg"], "blaaberg", names, {"berg"}, lemmas) == ["berg"]
    # An ordinary word is split as before.
    assert without_name_parts(["borg"], "slotsborg", names, {"borg"}, lemmas) == ["borg"]


def test_a_compound_cut_to_its_first_letter_is_searched_as_the_material_s_compound():
    analyzer = default_analyzer()
    backwards = reversed_vocabulary(["parkeringsplads", "plads", "opholdsplads", "lommepark"])
    found = abbreviated_compounds(analyzer, "Hvad vil I bruge de ubrugte p-pladser til?", backwards)
    assert found == {"p": ["parkeringsplads"], "plads": ["parkeringsplads"]}
    # A first part of more than one letter is no such cut, and a letter whose compound the
    # material lacks finds nothing.
    assert abbreviated_compounds(analyzer, "Hvad koster el-pladser?", backwards) == {}
    assert abbreviated_compounds(analyzer, "Hvor er der s-pladser?", backwards) == {}


def test_empty_parking_spaces_written_short_find_the_page_that_turns_them_into_pocket_parks(association):
    question = "Hvad vil I bruge de ubrugte p-pladser til?"
    group = _group(association, question, "p")
    assert "parkeringsplads" in group.members
    assert PAGE_4 in [h.chunk.url for h in search(association, question)[:3]]


def test_a_question_about_christiansborg_s_ministers_is_still_declined(bundled_index):
    assert not ask("Hvilke ministre på Christiansborg har I mødt?", bundled_index).answered


def test_a_compound_the_material_lacks_is_searched_by_both_its_parts_stemmed(bundled_index):
    # The page speaks of "decentrale uddannelser" and of "områder" elsewhere: the asked field of
    # education is the first part, which a letters-only split misses ("uddannelses" is no stem).
    group = _group(bundled_index, "Hvad har I opnået politisk på uddannelsesområdet?", "uddannelsesomraad")
    analyzer = default_analyzer()
    assert set(analyzer.document_terms("uddannelser")) <= set(group.members)
    assert "omraad" in group.members
