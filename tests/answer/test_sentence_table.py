"""A freshly loaded index has its passages' sentences worked out before the first visitor asks.

The warm-up analyses every passage's sentences (up to a budget of terms) into a compact table; a
first question then takes a passage's sentences from it instead of analysing them, and gets exactly
what the analysis gives. A passage past the budget is analysed when asked, as before.
"""
from __future__ import annotations

import pytest

import assistant.answer.sentence_evidence as sentences_module
from assistant.answer.compose import ask
from assistant.answer.sentence_evidence import prepare_sentences, sentences
from assistant.answer.sentence_table import SentenceTable
from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

# Abbreviations, quotes, a § reference, figures, line breaks and a list: the split's hard cases.
PASSAGES = [
    ("Formål", "Foreningen Grønne Byer arbejder bl.a. for flere træer i byerne. Den blev stiftet "
               "i 2019 af 12 haveejere.\nForeningen er upolitisk."),
    ("Vedtægter", "§ 3. Stk. 2. Kontingentet er 150 kr. om året. »Alle kan blive medlem.« "
                  "Det står i f.eks. § 4, stk. 1."),
    ("Haver", "Vi passer haver i:\n- Aarhus\n- Odense\n\n- Aalborg\nSe mere på siden om haverne!"),
    ("Bede", "Hvert bed er ca. 2,5 m² … Der dyrkes kartofler, bønner og æbler. Hvem må så? Alle."),
    ("Tom", "   "),
]


@pytest.fixture
def gardens(index_of):
    return index_of([make_document("https://groenne-byer.example/om/", "Om Grønne Byer", PASSAGES)])


def analysed(index, chunk_id):
    """What analysing the passage's sentences gives, without the table or the memo."""
    return sentences_module._analysed(index.analyzer, index.chunk(chunk_id).text)


def test_the_warm_up_holds_every_passages_sentences_exactly_as_the_analysis_gives_them(gardens):
    prepare_answering(gardens)
    table = gardens.memo["sentence_table"]
    assert table.covered == gardens.n_chunks
    for i in range(gardens.n_chunks):
        held = table.sentences(i, gardens.chunk(i).text)
        assert held == analysed(gardens, i)
        assert sentences(gardens, i) == held


def test_a_first_question_reads_its_passages_sentences_from_the_table_not_the_analysis(gardens, monkeypatch):
    prepare_sentences(gardens)

    def no_analysis(*_args):
        raise AssertionError("a passage in the table was analysed again")

    monkeypatch.setattr(sentences_module, "_analysed", no_analysis)
    answer = ask("Hvornår blev Grønne Byer stiftet?", gardens)
    assert answer.answered and "2019" in answer.answer, answer.answer


def test_passages_past_the_budget_are_analysed_when_asked_with_the_same_result(gardens):
    whole = sum(len(terms) for i in range(gardens.n_chunks) for _, terms in analysed(gardens, i))
    first = sum(len(terms) for _, terms in analysed(gardens, 0))
    table = prepare_sentences(gardens, max_terms=first + 1)
    assert table.covered == 1 and table.n_terms == first < whole
    assert table.sentences(1, gardens.chunk(1).text) is None
    assert [sentences(gardens, i) for i in range(gardens.n_chunks)] == \
        [analysed(gardens, i) for i in range(gardens.n_chunks)]


def test_a_sentence_not_found_in_its_passage_keeps_nothing_of_that_passage():
    table = SentenceTable()
    assert table.add("Haven er åben. Alle er velkomne.",
                     (("Haven er åben.", ("hav", "aab")), ("Alle er velkomne.", ("velkom",))))
    before = (table.covered, table.n_terms, table.size_bytes)
    assert not table.add("Drivhuset er lukket.", (("Drivhuset er åbent.", ("drivhus", "aab")),))
    assert (table.covered, table.n_terms, table.size_bytes) == before
    assert table.sentences(1, "Drivhuset er lukket.") is None
    assert table.sentences(0, "Haven er åben. Alle er velkomne.") == (
        ("Haven er åben.", ("hav", "aab")), ("Alle er velkomne.", ("velkom",)))


def test_the_printed_size_is_four_bytes_a_term_and_a_sentence_bound_and_a_pointer_a_distinct_term(gardens):
    table = prepare_sentences(gardens)
    held = [analysed(gardens, i) for i in range(gardens.n_chunks)]
    terms = [t for passage in held for _, ts in passage for t in ts]
    n_sentences = sum(len(passage) for passage in held)
    assert table.size_bytes == 4 * (len(terms) + 3 * n_sentences + 1 + len(held) + 1) + 8 * len(set(terms))
