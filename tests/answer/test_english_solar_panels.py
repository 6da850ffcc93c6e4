"""An English reader asking about solar panels is answered from the page recommending "solceller", and one
asking how many have gone up is declined: the page counts square metres of roof, not panels
(language/english_collocations.py, answer/counted_thing.py)."""
from __future__ import annotations

from assistant.answer import counted_thing
from assistant.language import wordnet
from assistant.quality.evaluation import ranked_sources
from tests.support.language import require_debian_file

ROOF_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def test_a_reader_asking_whether_solar_panels_may_replace_a_green_roof_is_answered_from_the_roof_page(association):
    require_debian_file(wordnet.WORDNET_DIR / "data.noun", "wordnet-base")
    answer, sources = ranked_sources(association, "Can solar panels stand in for a green roof?")
    assert answer.answered and sources[0].url == ROOF_PAGE
    assert "solceller" in answer.answer


def test_without_wordnets_parts_the_panels_were_a_thing_the_material_lacks(association, monkeypatch):
    monkeypatch.setattr(wordnet.WordNet, "noun_kin", lambda self, phrase: [])
    association.memo.pop("english", None)
    try:
        answer, _ = ranked_sources(association, "Can solar panels stand in for a green roof?")
        assert not answer.answered
    finally:
        association.memo.pop("english", None)


def test_a_reader_asking_how_many_solar_panels_have_gone_up_is_declined(association):
    require_debian_file(wordnet.WORDNET_DIR / "data.noun", "wordnet-base")
    answer, _ = ranked_sources(association, "So how many solar panels have gone up on commercial roofs so far?")
    assert not answer.answered


def test_the_count_is_read_of_the_panels_not_of_the_roofs_square_metres(association, monkeypatch):
    # Without the phrase's own Danish word, the count gate reads "panels" alone, finds nothing to count,
    # and takes page 4's "500 kvadratmeter" for the count asked.
    monkeypatch.setattr(counted_thing, "_phrase_terms", lambda index, question, asked: set())
    answer, _ = ranked_sources(association, "So how many solar panels have gone up on commercial roofs so far?")
    assert answer.answered
