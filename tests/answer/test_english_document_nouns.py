"""A journalist who has read the association's publication asks "Who were interviewed for the report?"
and "Where can I send questions about the report?". The Danish dictionaries have no "rapport": read
backwards, the Danish-English one gives "beretning", whose last English sense is "report", and the
statutes say "Bestyrelsens beretning". The question searched the general meeting's agenda, or was
declined because no page of the publication says "beretning". "The report" is the visitor's word for
the document asked about: it keeps no Danish word there, while "a report" and "the board's report"
stay the statutes' "beretning", and a word the material uses in its own sense ("the publication",
"the statutes") stays what it was.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import translator
from assistant.language.english import english_words
from assistant.language.english_document_nouns import a_document_kind
from assistant.language.wordnet import load

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"
STATUTES = "https://groenne-byer.example/om/vedtaegter/"  # tests.support.statutes.STATUTES_URL


def _danish(index, question: str) -> dict[str, tuple[str, ...]]:
    return {t.english: t.danish for t in translator(index).translate(english_words(question))}


@pytest.mark.parametrize("question, page", [
    ("Who were interviewed for the report?", 2),
    ("Where can I send questions about the report?", 6),
    ("When did this report get published?", 1),
])
def test_the_report_a_reader_asks_about_is_the_publication(association, question, page):
    answer = ask(question, association)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION}#page={page}"


def test_the_report_keeps_no_danish_word_but_a_report_and_the_boards_report_stay_beretning(association):
    assert _danish(association, "Who were interviewed for the report?")["report"] == ()
    assert _danish(association, "Who wrote your report?")["report"] == ()
    assert _danish(association, "Does the board give a report at the meeting?")["report"] == ("beretning",)
    assert _danish(association, "What comes after the board's report?")["report"] == ("beretning",)


def test_the_boards_report_at_the_meeting_is_still_the_agenda_item(association):
    answer = ask("Does the board give a report at the meeting?", association)
    assert answer.answered
    assert (answer.citations[0].url.split("#")[0], answer.citations[0].paragraph) == (STATUTES, "7")


def test_a_word_the_material_uses_in_its_own_sense_keeps_it(association):
    assert _danish(association, "What does the publication say about trees?")["publication"] == ("publikationen",)
    assert _danish(association, "What do the statutes say about dues?")["statutes"] == ("vedtægter",)


def test_the_om_pages_reports_are_its_rapporter(bundled_index):
    # The Om page says "via rapporter, analyser og anbefalinger": there "report" is the page's word.
    assert "rapporter" in _danish(bundled_index, "Which reports have given you a say?")["reports"]


def test_documents_and_publications_are_kinds_of_document_a_meeting_or_a_verb_is_not():
    wordnet = load()
    assert a_document_kind(wordnet, ["report"]) and a_document_kind(wordnet, ["booklet"])
    assert not a_document_kind(wordnet, ["meeting"]) and not a_document_kind(wordnet, ["read"])
