"""An English reader asking about the mapping is shown the page that says who paid for the
"kortlægning", though no dictionary gives that word (language/english_fallback.py)."""
from __future__ import annotations

from assistant.language import wordnet
from assistant.language.english_fallback import MaterialParts
from assistant.quality.evaluation import ranked_sources
from tests.support.language import require_debian_file

FUNDING_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=2"


def test_a_reader_asking_who_paid_for_the_mapping_is_shown_the_page_that_says_so(association):
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    answer, sources = ranked_sources(association, "Who funded the mapping of the towns?")
    assert answer.answered and sources[0].url == FUNDING_PAGE


def test_without_the_compounds_start_the_question_finds_no_funding_page(association, monkeypatch):
    # The same question with the dictionary's "landkort", which the material lacks.
    monkeypatch.setattr(MaterialParts, "starts", lambda self, danish: False)
    association.memo.pop("english", None)
    try:
        answer, sources = ranked_sources(association, "Who funded the mapping of the towns?")
        assert not (answer.answered and sources[0].url == FUNDING_PAGE)
    finally:
        association.memo.pop("english", None)
