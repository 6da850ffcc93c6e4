""""Hvad siger I om X?" asks about X: the verb of saying frames the question and is not searched for.

A report that says "… siger 8 ud af 10 medlemmer" holds "siger" but not what the reader asks about.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.documents import Document, Section
from assistant.language.analysis import default_analyzer
from assistant.statutes.references import statute_filler
from tests.support.statutes import build_index

URL = "https://groenne-byer.example/vandplan/"
# The fictional association's own short text, written for this test.
CHAPTERS = (
    ("Sammenfatning", "sammenfatning", "Byerne får flere skybrud, og 8 ud af 10 medlemmer siger, at de vil "
     "have mere grønt. Foreningen giver fem anbefalinger om vand og grønt i byerne."),
    ("Vand", "vand", "Regnvand skal ledes til regnbede og søer i stedet for kloakken, så byerne tåler skybrud."),
    ("Træer", "traeer", "Hvert fældet træ skal erstattes af to nye træer."),
    ("Skoler", "skoler", "Skolegårde skal have buske, bakker og plads til leg."),
    ("Kontakt", "kontakt", "Skriv til sekretariatet i Vejle, hvis du vil vide mere."),
)


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    doc = Document(url=URL, title="Vandplan for Grønne Byer",
                   sections=tuple(Section(heading=h, anchor=a, text=t) for h, a, t in CHAPTERS))
    return build_index(tmp_path_factory.mktemp("frame"), [doc])


def test_what_do_you_say_about_rainwater_finds_the_chapter_on_rainwater(plan):
    answer = ask("Hvad siger I om regnvand?", plan)
    assert answer.answered, answer.answer
    assert answer.citations[0].url.endswith("#vand"), answer.answer


@pytest.mark.parametrize("question, framed", [
    ("Hvad siger I om regnvand?", True),
    ("hvad skriver rapporten om skolegårde", True),
    ("Hvad står der om træer?", True),
    ("Hvem siger, at byerne skal være grønnere?", False),      # the saying itself is asked about
    ("Hvad siger medlemmerne?", False),                       # no topic after "om"
])
def test_the_verb_of_saying_is_left_out_only_where_it_frames_a_topic(question, framed):
    analyzer = default_analyzer()
    verb = next(w for w in ("siger", "skriver", "står") if w in question)
    assert bool(statute_filler(analyzer, question) & set(analyzer.query_terms(verb))) is framed
