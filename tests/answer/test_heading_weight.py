"""A member asks about a page's subject in the words of its heading: the page under that heading comes first.

The publication's last page is headed "Økonomi og opfølgning", and its text speaks of kroner and
savings, not of "økonomi". Asked "Hvad betyder forslagene økonomisk for kommunerne?", the statutes'
§ 12 (which repeats "forslag") came before it while a heading counted like one occurrence in the
text. A section's or page's heading now counts twice; a § title still once, as the statutes' title
bonus (retrieve.boost_statute_titles) weighs it as well. Written against the fictional
association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

from collections import Counter

from assistant.answer.retrieve import search
from assistant.documents import Chunk
from assistant.index.bm25 import chunk_terms
from assistant.language.analysis import default_analyzer

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def test_the_economy_page_comes_first_when_asked_about_the_economy(association):
    first = search(association, "Hvad betyder forslagene økonomisk for kommunerne?")[0]
    assert first.chunk.url == f"{PUBLICATION}#page=6"


def test_a_page_heading_counts_twice_and_a_paragraph_title_once():
    analyzer = default_analyzer()
    (heading_term,) = analyzer.document_terms("Økonomi")
    page = Chunk(doc_url=PUBLICATION, title="Anbefalinger", heading="Økonomi", anchor="",
                 text="Planen koster 1,2 milliarder kroner.", url=f"{PUBLICATION}#page=6", page=6)
    paragraph = Chunk(doc_url="https://x.example/", title="Vedtægter", heading="§ 10 Økonomi", anchor="",
                      text="Regnskabsåret følger kalenderåret.", url="https://x.example/#p10", paragraph="10")
    assert Counter(chunk_terms(page, analyzer))[heading_term] == 2
    assert Counter(chunk_terms(paragraph, analyzer))[heading_term] == 1
