"""A visitor asks which one of a group they count themselves ("Which of the 24 towns …?"); the material
speaks of the same group by the same figure ("de 24 byer") and names none of its members.

"Which of the 24 towns comes out greenest in the 2024 mapping?" was answered with the publication's
"Luftfotos og kortdata over de 24 byer fra 2014 og 2024.": the passage says the kind in the definite, which
answers a question for one where the definite is another than the group asked about ("revisoren", "de store
byer"). "de 24 byer" is the visitor's own group, counted by the visitor's own figure: it names no town.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_one_named import ONE_NAMED_GATE, asked_one
from assistant.answer.own_figures import counted_by_own, own_figures
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


def _page(tmp_path_factory, *texts: str):
    page = Document(url="https://groenne-byer.example/kortlaegning/", title="Kortlægning af byerne",
                    sections=tuple(Section(heading=f"Afsnit {i}", anchor=f"afsnit-{i}", text=text)
                                   for i, text in enumerate(texts, 1)))
    return build_index(tmp_path_factory.mktemp("kortlaegning"), [page])


_SOURCES = "Kortlægningen bygger på luftfotos og kortdata over de 24 byer fra 2014 og 2024."
_HELPERS = "Frivillige i lokalforeningerne har hjulpet sekretariatet med analysen."
_BUDGET = "Foreningen afsætter hvert år penge til nye bytræer og lommeparker."


@pytest.fixture(scope="module")
def mapping(tmp_path_factory):
    """A fictional page about a mapping of 24 towns, naming none of them."""
    return _page(tmp_path_factory, _SOURCES, _HELPERS, _BUDGET)


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    """The same page, naming the town that lost the most."""
    return _page(tmp_path_factory, _SOURCES, "Af de 24 byer har Vejle mistet mest grønt areal.", _HELPERS, _BUDGET)


def test_the_visitors_own_figures_in_digits_and_words_english_ones_in_danish():
    assert {"1412", "24"} <= own_figures("How many of the 1,412 members in the 24 towns answered?")
    assert "otte" in own_figures("Which of the eight recommendations got the most votes?")
    assert "syv" in own_figures("Af de syv pladser, hvor mange er besat?")
    assert own_figures("Which town comes out greenest?") == frozenset()
    # A year dates the group, it counts nothing: "Hvilken bytype var den grønneste i 2024?" is answered by
    # the table's "2014 og 2024 Bytype …".
    assert own_figures("Hvilken bytype var den grønneste i 2024?") == frozenset()


def test_a_word_is_counted_by_the_visitors_figure_only_when_it_stands_just_before():
    sentence = "Luftfotos og kortdata over de 24 byer fra 2014 og 2024."
    assert counted_by_own(sentence, sentence.index("byer"), frozenset({"24"}))
    assert not counted_by_own(sentence, sentence.index("byer"), frozenset({"12"}))
    assert not counted_by_own(sentence, sentence.index("kortdata"), frozenset({"24"}))


def test_which_of_the_groups_members_is_declined_where_the_passage_says_only_the_visitors_group(mapping):
    # A visitor asks which of the 24 towns; the page speaks of "de 24 byer" and names no town.
    assert declined_by(ONE_NAMED_GATE, "Which of the 24 towns comes out greenest in the mapping?", mapping)
    assert declined_by(ONE_NAMED_GATE, "Hvilken af de 24 byer blev kortlagt først?", mapping)


def test_which_of_the_group_is_not_declined_by_the_gate_where_the_passage_names_one(named):
    # "Af de 24 byer har Vejle mistet mest grønt areal": the group is the visitor's, and one of it is named.
    trace = DecisionTrace()
    ask("Hvilken af de 24 byer har mistet mest grønt areal?", named, trace=trace)
    assert trace.judged and not any(ONE_NAMED_GATE in failed for failed in trace.gates_failed)


def test_the_group_after_a_number_word_or_an_adjective_is_the_english_partitives_noun():
    assert asked_one("Which of the eight recommendations got the most votes in the council?") == "recommendations"
    assert asked_one("Which of the big cities has your office?") == "cities"
