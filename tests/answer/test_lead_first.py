"""A visitor asks about the organisation as a whole: the page's lead, which says what it is, answers
before a section that only happens to score a hair higher. Written against the bundled Om page."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.ranked_passages import LEAD_SCORE_SHARE
from assistant.answer.retrieve import search

PAGE = "https://balance-danmark.dk/om/"


def test_a_visitor_asking_what_the_organisation_is_about_gets_the_page_lead(bundled_index):
    # The question holds only the name, which every passage has: BM25 ties them within a hair, and
    # "Vores medlemmer" came first by its length.
    answer = ask("What's Balance Danmark all about?", bundled_index)
    assert answer.answered
    assert answer.citations[0].url == PAGE
    assert "bedre balance" in answer.answer


def test_the_lead_goes_first_only_holding_as_much_of_the_question_and_scoring_nearly_as_well(bundled_index):
    hits = search(bundled_index, "Balance Danmark")
    assert hits[0].chunk.url == PAGE
    assert all(h.matched == hits[0].matched for h in hits[1:3])
    # "Vores kamp" holds "partier"; the lead only "partipolitisk", another word to the search.
    hits = search(bundled_index, "Tilhører I et parti?")
    assert hits[0].chunk.heading == "Vores kamp"
    # A section well ahead stays ahead: the lead scores far below the history for "stiftet".
    hits = search(bundled_index, "Hvornår blev Balance Danmark stiftet?")
    lead = next((h for h in hits if h.chunk.url == PAGE), None)
    assert hits[0].chunk.heading == "Vores historie"
    assert lead is None or lead.score < LEAD_SCORE_SHARE * hits[0].score
