"""A material word cut short inside a visitor's word is no part of it: "formularen" holds no "formue"
(stem "formu"), while "bestyrelsesmedlem" holds "medlem" and "særskilt" is "sær" and "skilt"."""
from __future__ import annotations

from assistant.answer.retrieve import analyse_query, search
from assistant.language.analysis import default_analyzer
from assistant.language.lemmas import MaterialLemmas, whole_part
from tests.support.corpus import make_document


def statutes():
    # § 11's "formue" is cut to "formu", the first letters of "formular"; § 3 says when membership starts.
    return make_document("https://groenne-byer.example/vedtaegter/", "Vedtægter", [
        ("§ 3 Medlemskab", "Som medlem kan optages enhver, der støtter foreningens formål. "
                           "Medlemskabet gælder fra den dag, kontingentet er betalt."),
        ("§ 5 Kontingent", "Kontingentet fastsættes af generalforsamlingen for et år ad gangen."),
        ("§ 11 Hæftelse", "Foreningen hæfter kun med sin formue.")])


def groups_of(index, question):
    return {g.term: g for g in analyse_query(index, question).groups}


def test_a_form_is_not_the_fortune_its_stem_begins_with(index_of):
    # A visitor asks whether membership starts once the form is filled in: the statutes say "formue"
    # (stem "formu"), the first letters of "formular", but no word of it.
    index = index_of([statutes()])
    question = "Gælder mit medlemskab, når jeg har udfyldt formularen?"
    assert "formu" not in groups_of(index, question)["formular"].members
    hits = search(index, question)
    assert hits[0].chunk.heading == "§ 3 Medlemskab", [h.chunk.heading for h in hits]


def test_a_compound_asked_still_finds_its_part_the_material_says(index_of):
    # "bestyrelsesmedlemmer" is no word of the material; "medlem" is a whole word of it.
    index = index_of([statutes()])
    board = groups_of(index, "Hvor mange bestyrelsesmedlemmer er der?")
    assert any("medlem" in g.members for g in board.values()), {t: g.members for t, g in board.items()}


def test_a_part_is_kept_where_the_rest_of_the_word_is_a_word():
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["formue", "særligt", "medlemmer"])
    assert not whole_part("formu", "formular", {"formular"}, material)
    # "sær|skilt": the rest is a word, so the asked word is a compound of the two.
    assert whole_part("saer", "saerskilt", {"særskilt"}, material)
    assert whole_part("medlem", "bestyrelsesmedlem", {"bestyrelsesmedlem"}, material)


def test_the_head_of_an_asked_word_is_a_part_of_it(index_of):
    # A visitor types "allerfoerste" without ø: its lemma "allerførst" holds no "første", yet "først"
    # ends the word -- its head, not a stem cut into a root -- so the material's "første" is searched.
    index = index_of([make_document("https://groenne-byer.example/vedtaegter/", "Vedtægter", [
        ("§ 1 Navn", "Foreningens navn er Foreningen Grønne Byer."),
        ("§ 2 Formål", "Foreningen blev stiftet som den første af sin slags i landet.")])])
    groups = groups_of(index, "hvad var jeres allerfoerste navn")
    assert "foerst" in groups["allerfoerst"].members, {t: g.members for t, g in groups.items()}
    material = MaterialLemmas(default_analyzer(), ["første"])
    assert whole_part("foerst", "allerfoerst", {"allerførst"}, material)
