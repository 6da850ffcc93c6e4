"""A member who writes "dagsorden" finds § 7's "Dagsordenen …": Snowball stems the two forms of one
word apart ("dagsord" / "dagsorden"), and the statutes' own stems of the asked word's dictionary form
(simplemma's Danish lemmas) are searched with it."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.language.analysis import default_analyzer
from assistant.language.lemmas import MaterialLemmas, one_lemma_stems
from assistant.statutes.references import statute_expansions
from tests.support.corpus import make_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("lemmas"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_the_two_forms_of_agenda_get_two_stems_of_one_lemma():
    analyzer = default_analyzer()
    assert analyzer.query_terms("dagsorden") != analyzer.query_terms("dagsordenen")
    material = MaterialLemmas(analyzer, ["dagsorden", "dagsordenen", "kontoret"])
    vocabulary = ("dagsord", "dagsorden", "kontor")
    assert one_lemma_stems("dagsord", {"dagsorden"}, vocabulary, material) == ["dagsorden"]
    assert one_lemma_stems("dagsorden", {"dagsorden"}, vocabulary, material) == ["dagsord"]


def test_a_longer_stem_of_another_word_is_not_joined():
    # "konto" (an account) and "kontoret" (the office) are a short ending apart, but other words.
    analyzer = default_analyzer()
    material = MaterialLemmas(analyzer, ["kontoret"])
    assert one_lemma_stems("konto", {"konto"}, ("konto", "kontor"), material) == []
    # A word the lemmatiser does not know has nothing to join by.
    assert one_lemma_stems("konto", None, ("konto", "kontor"), material) == []


@pytest.mark.parametrize("question", [
    "Hvad skal der stå på dagsorden til generalforsamlingen?",
    "What is on the agenda of the annual meeting?",
    # Both §§ hold the word; the one that holds the question's own form comes first.
    "Hvad står der i vedtægterne om dagsordenen?",
])
def test_a_member_asking_about_the_agenda_gets_the_agenda_not_the_extraordinary_meeting(statutes, question):
    answer = ask(question, statutes)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("7", "4"), answer.answer
    assert "Valg af dirigent" in answer.answer


def test_outside_statutes_the_forms_stay_apart(tmp_path):
    # In an article the join of everyday forms moved passages that answered ("træ" / "træer"):
    # only a § gets the statutes' other stems.
    page = make_document("https://groenne-byer.example/om/", "Om Foreningen Grønne Byer", [
        ("Dagsorden", "Mødets dagsorden sendes ud en uge før."),
        ("Referat", "Dagsordenen blev godkendt uden ændringer.")])
    index = build_index(tmp_path, [page])
    group = analyse_query(index, "Hvad står der på dagsorden?").groups[-1]
    assert group.term == "dagsord" and "dagsorden" not in group.members


def test_a_members_word_in_another_inflection_finds_the_statutes_word():
    # The rule for "nedlægge" (-> opløsning) is written for the dictionary form; "nedlagt" is one of its forms.
    analyzer = default_analyzer()
    expanded = statute_expansions(analyzer, "Hvad sker der med pengene, hvis foreningen bliver nedlagt?")
    assert "oploesning" in expanded[analyzer.query_terms("nedlagt")[0]]
    # A word of another dictionary form is not read as one.
    assert analyzer.query_terms("nedenfor")[0] not in statute_expansions(analyzer, "Se nedenfor.")


def test_a_member_asking_about_the_money_of_a_closed_association_gets_the_dissolution(statutes):
    answer = ask("Hej! Hvad sker der med pengene, hvis foreningen bliver nedlagt?", statutes)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("13", "2"), answer.answer


def test_the_verb_gaelde_is_not_read_as_debt():
    # "gælder" (applies) and "gæld" (debt) share Snowball's stem; only the debt is the statutes' "hæfte".
    analyzer = default_analyzer()
    assert analyzer.query_terms("gælder") == analyzer.query_terms("gæld")
    assert statute_expansions(analyzer, "Hvor længe gælder det?") == {}
    assert "haeft" in statute_expansions(analyzer, "Hæfter jeg for gælden?")[analyzer.query_terms("gæld")[0]]
