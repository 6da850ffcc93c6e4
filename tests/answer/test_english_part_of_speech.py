"""A member asks the association in English with a word of several parts of speech. "When did they start
gathering the data?" uses "gathering" as a verb, and was read as "forsamling" (a meeting); "What share of
the members has to request an emergency meeting?" uses "request" as a verb, whose Danish "bede" heads the
publication's "regnbede" (rain beds). Read as the question uses them, the data gathered is searched as
the verb "samle", and no rain bed is asked about. "What's the deal with …?" only puts the question. A
visitor asking the Om page where Balance Danmark holds its annual meeting, which it never says, is told
so in English."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import read_question
from assistant.language import dictd, wordnet
from tests.support.language import require_debian_file


@pytest.fixture
def with_resources():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")


def test_to_request_a_meeting_is_no_rain_bed(association, with_resources):
    # "bede" (to ask) is the verb's Danish word; the publication's "regnbede" (rain beds) ends in it.
    reading = read_question(association, "What share of the members has to request an emergency meeting?")
    assert "regnbede" not in reading.text.split()


def test_whats_the_deal_with_only_puts_the_question(association, with_resources):
    # "deal" was "behandling" (of proposals, § 7, stk. 4), a word of the statutes on another topic.
    reading = read_question(association, "What's the deal with the fee for students?").text.split()
    assert "behandling" not in reading and "behandlet" not in reading
    assert "125 kr" in ask("What's the deal with the fee for students?", association).answer


def test_gathering_the_data_is_searched_as_the_verb(association, with_resources):
    reading = read_question(association, "When did they start gathering the data?").text.split()
    assert "forsamling" not in reading and "samle" in reading


def test_an_annual_meeting_the_om_page_never_places_is_declined_in_english(bundled_index, with_resources):
    answer = ask("Where does Balance Danmark hold its annual meeting?", bundled_index)
    assert not answer.answered
    assert answer.answer.startswith("Sorry")
