"""The check for names the material lacks costs a visitor's question little, also the first one.

A question naming a place next to a thing ("partierne på Christiansborg") asks whether the material
places that thing by a name of its own ("Folketingets partier"). That reading once read every
passage's text inside the first question that asked (0.3 s at 10,000 passages), and the material's
folded words were built inside the first question naming anything (~10 ms).
"""
from __future__ import annotations

from assistant.answer import gate_name
from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

PAGES = [
    make_document("https://eksempel.example/politik/", "Politik", [
        ("Partierne", "Vi samarbejder med Folketingets partier om en grønnere by."),
    ]),
    *[make_document(f"https://eksempel.example/have{n}/", f"Have {n}", [
        ("Haven", f"Have nummer {n} har bede med {'kartofler' if n < 2 else 'gulerødder'} og en bænk."),
    ]) for n in range(12)],
]


def test_a_thing_the_material_places_by_a_name_is_found_by_reading_only_the_passages_that_say_it(index_of):
    index = index_of(PAGES)
    read: list[int] = []
    chunk = index.chunk
    index.chunk = lambda i: (read.append(i), chunk(i))[1]
    assert gate_name._placed_by_name(index, "partierne")
    assert not gate_name._placed_by_name(index, "kartoflerne")
    holding = {i for i in range(index.n_chunks) if "parti" in chunk(i).text.casefold()
               or "kartof" in chunk(i).text.casefold()}
    assert read and set(read) <= holding
    assert len(holding) == 3


def test_the_materials_folded_words_are_ready_before_the_first_question(index_of):
    index = index_of(PAGES[:2])
    assert "folded_words" not in index.memo
    prepare_answering(index)
    assert "folded_words" in index.memo
    assert "folketingets" in gate_name.material_folded(index)


def test_the_names_the_material_writes_with_a_capital_are_ready_before_the_first_story(index_of):
    # A visitor's story ("jeg er flyttet til vejle") reads them; the scan of every passage is the load's.
    index = index_of(PAGES[:2])
    assert "capitalised_names" not in index.memo
    prepare_answering(index)
    assert "folketingets" in index.memo["capitalised_names"]
