"""Documents are cut into passages of a few sentences that know their page and section."""
from __future__ import annotations

import pytest

from assistant.index.bm25 import chunk_terms
from assistant.index.chunking import MAX_WORDS, TARGET_WORDS, chunk_document, split_sentences
from assistant.language.analysis import default_analyzer
from tests.support.corpus import make_document


@pytest.mark.parametrize("text, sentences", [
    ("Vi startede i 2014. Vi skiftede navn i 2018.", ["Vi startede i 2014.", "Vi skiftede navn i 2018."]),
    ("Mødet er bl.a. om kontingent. Det er vigtigt.", ["Mødet er bl.a. om kontingent.", "Det er vigtigt."]),
    ("Det sker f.eks. i maj. Og i juni!", ["Det sker f.eks. i maj.", "Og i juni!"]),
    ("Generalforsamlingen holdes den 1. marts hvert år.", ["Generalforsamlingen holdes den 1. marts hvert år."]),
    ("Se jf. § 5. Stk. 2 gælder.", ["Se jf. § 5.", "Stk. 2 gælder."]),
    ("Hvorfor? Fordi vi kan.", ["Hvorfor?", "Fordi vi kan."]),
    ("Første punkt\nAndet punkt", ["Første punkt", "Andet punkt"]),
    ("", []),
    ("   \n  ", []),
    ("Hr. Jensen kom. Han gik.", ["Hr. Jensen kom.", "Han gik."]),
    ("Han sagde: »Vi vinder.« Så gik han.", ["Han sagde: »Vi vinder.«", "Så gik han."]),
])
def test_danish_sentences_are_split_where_they_end(text, sentences):
    assert split_sentences(text) == sentences


def test_each_section_becomes_a_passage_that_links_to_its_anchor():
    doc = make_document("https://groenne.example/om/", "Om Grønne Byer",
                        [("", "Vi er en forening."), ("Vores historie", "Vi startede i 1998.")])
    chunks = chunk_document(doc)
    assert [(c.heading, c.url) for c in chunks] == [
        ("", "https://groenne.example/om/"),
        ("Vores historie", "https://groenne.example/om/#vores-historie")]
    assert all(c.title == "Om Grønne Byer" and c.doc_url == doc.url for c in chunks)


def test_a_long_section_is_cut_at_sentence_boundaries_into_a_few_sentences_each():
    sentences = [f"Sætning nummer {i} handler om grønne byer og træer i gaderne." for i in range(60)]
    doc = make_document("https://groenne.example/lang/", "Lang side",
                        [("Mål", " ".join(sentences))])
    chunks = chunk_document(doc)
    assert len(chunks) > 4
    for c in chunks:
        assert len(c.text.split()) <= MAX_WORDS
        assert c.text.endswith(".")
        assert c.heading == "Mål" and c.url.endswith("#maal")
    # Nothing is lost or repeated.
    assert " ".join(c.text for c in chunks).split() == " ".join(sentences).split()


def test_short_paragraphs_of_a_section_are_grouped_not_one_each():
    paragraphs = "\n\n".join(f"Afsnit {i} er kort." for i in range(12))
    chunks = chunk_document(make_document("https://x.example/", "X", [("Kort", paragraphs)]))
    assert len(chunks) == 1
    assert len(chunks[0].text.split()) <= TARGET_WORDS


def test_title_and_heading_words_count_in_matching():
    doc = make_document("https://groenne.example/kontingent/", "Kontingent",
                        [("Satser for 2025", "Det koster 200 kr. om året.")])
    (chunk,) = chunk_document(doc)
    terms = chunk_terms(chunk, default_analyzer())
    analyzer = default_analyzer()
    assert set(analyzer.query_terms("kontingent satser")) <= set(terms)


def test_empty_sections_give_no_passages():
    doc = make_document("https://x.example/", "X", [("Tom", ""), ("Også tom", "  \n\n ")])
    assert chunk_document(doc) == []
