"""A visitor asks which one of a kind the material lacks, and a passage names someone of another kind.

"Hvilken minister har I holdt møde med …?" was answered from the Om page's history, whose sentence names
"bevægelsen Oprør fra Udkanten": a name, but of a movement, as the noun before it says. Written against
a fictional page of an association (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.name_kind import typed_otherwise
from assistant.documents import Document, Section
from tests.support.statutes import build_index

HISTORY = ("Foreningen blev stiftet i 2015 under navnet Byer i Bevægelse. I 2018 blev bevægelsen Grønt Opbrud fra "
           "Fjordene en del af Byer i Bevægelse. Bag starten stod Vestkystens Sparekasse og Hansen & Co.")


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    page = Document(url="https://groenne-byer.example/historie/", title="Vores historie",
                    sections=(Section(heading="Historie", anchor="historie", text=HISTORY),))
    return build_index(tmp_path_factory.mktemp("historie"), [page])


def test_the_noun_before_a_name_of_several_words_gives_its_kind(history):
    sentence = HISTORY.split(". ")[1]
    # "bevægelsen Grønt Opbrud fra Fjordene": every word of the name, not only the first.
    assert typed_otherwise(history, sentence, sentence.index("Fjordene"), "minister", False)
    assert not typed_otherwise(history, sentence, sentence.index("Fjordene"), "bevægelse", False)


def test_a_name_typed_elsewhere_in_the_material_keeps_its_kind(history):
    sentence = HISTORY.split(". ")[1]
    # "en del af Byer i Bevægelse" says no kind; "under navnet Byer i Bevægelse" does.
    assert typed_otherwise(history, sentence, sentence.index("Bevægelse"), "minister", False)


def test_a_name_with_no_noun_before_it_may_be_of_any_kind(history):
    sentence = HISTORY.split(". ")[2]
    assert not typed_otherwise(history, sentence, sentence.index("Vestkystens"), "firma", False)
    assert not typed_otherwise(history, sentence, sentence.index("Hansen"), "firma", False)


def test_a_name_that_begins_with_a_noun_in_the_definite_form_is_of_that_kind(history):
    sentence = "Kortene er betalt af Fonden for Fjordnatur, som ikke har blandet sig."
    # "Fonden for Fjordnatur" is a foundation: no firm, but a foundation.
    assert typed_otherwise(history, sentence, sentence.index("Fjordnatur"), "firma", False)
    assert not typed_otherwise(history, sentence, sentence.index("Fjordnatur"), "fond", False)


def test_a_definite_noun_followed_by_more_of_the_name_does_not_type_it(history):
    # "Sparekassen Vest Bank": the first word may be a part of the name before its head, and a savings
    # bank is a firm too; "Which companies …?" gets the sentence that names it.
    sentence = "Bag initiativet stod Sparekassen Vest Bank og to skoler."
    assert not typed_otherwise(history, sentence, sentence.index("Sparekassen"), "company", True)
    assert not typed_otherwise(history, sentence, sentence.index("Sparekassen"), "firma", False)
