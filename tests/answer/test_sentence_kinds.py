"""The sentence quoted first is the one that states what the question's grammar asks for.

A reader who asks "hvor mange medlemmer?" wants the members counted, not another figure; "hvornår?"
a time, not a size; "hvilket år?" a year; "hvor længe?" a duration; "den dyreste?" the one singled out.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asks_superlative, states_superlative
from assistant.answer.figures import counts
from assistant.answer.sentence_kinds import kind_test
from assistant.documents import Document, Section
from assistant.language.analysis import default_analyzer
from tests.support.statutes import build_index

URL = "https://groenne-byer.example/cykelplan/"
# The fictional association's own short report, written for these tests.
SURVEY = ("Foreningen Grønne Byer sendte i 2022 et spørgeskema til 2.300 medlemmer om cykling i byen. "
          "Spørgeskemaet viste, at medlemmerne gerne vil have flere cykelstier.")
RESULTS = ("I spørgeskemaet svarer 70 procent, at de cykler til arbejde hver uge. "
           "Kun 12 procent svarer, at de aldrig cykler.")
PLAN = ("Cykelplanen vil koste 40 millioner kroner over fem år. Den største post er nye cykelstier til "
        "25 millioner kroner. Resten går til cykelparkering ved stationerne.")
HISTORY = ("Foreningen har de seneste år arbejdet for flere træer i byerne og arrangeret ture for medlemmerne. "
           "Cykelgruppen i foreningen startede i 2011 i Vejle. "
           "Cykelplanen blev vedtaget af landsrådet i maj 2023 og dækker fire hundrede kvadratmeter parkering.")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    sections = tuple(Section(heading=heading, anchor=anchor, text=text) for heading, anchor, text in (
        ("Undersøgelsen", "undersoegelsen", SURVEY),
        ("Resultater", "resultater", RESULTS),
        ("Økonomi", "oekonomi", PLAN),
        ("Historie", "historie", HISTORY),
        # Other chapters, so that a word in two chapters still tells them apart (BM25's idf).
        ("Træer", "traeer", "Gadetræer giver skygge og køler asfalten på varme dage."),
        ("Vand", "vand", "Regnbede tager imod vandet fra tagene, når det styrter ned."),
        ("Skoler", "skoler", "Skolegårde med buske og bakker giver børnene plads til leg."),
        ("Kontakt", "kontakt", "Skriv til sekretariatet i Vejle, hvis du vil vide mere."),
    ))
    doc = Document(url=URL, title="Cykelplan for Grønne Byer", sections=sections)
    return build_index(tmp_path_factory.mktemp("kinds"), [doc])


def test_how_many_members_is_answered_by_the_sentence_that_counts_the_members(report):
    # "Resultater" holds more of the question ("svarer", "spørgeskemaet"), but its figures are
    # shares; "Undersøgelsen" counts the members who were asked.
    answer = ask("Hvor mange medlemmer svarede på spørgeskemaet?", report)
    assert answer.answered, answer.answer
    assert answer.citations[0].url.endswith("#undersoegelsen"), answer.answer
    assert answer.answer.startswith("Foreningen Grønne Byer sendte i 2022 et spørgeskema til 2.300 medlemmer")


@pytest.mark.parametrize("sentence, counted", [
    ("Undersøgelsen gik til 2.300 medlemmer.", True),
    ("Bestyrelsen har fem til syv medlemmer.", True),        # a figure in words, two words between
    ("Hvert medlem har én stemme.", False),                   # the figure counts votes, not members
    ("70 procent af medlemmerne cykler.", False),             # a share is no count of members
    ("Stk. 2. Medlemmer betaler kontingent.", False),         # a statute's numbering is no figure
])
def test_a_sentence_counts_a_noun_when_a_figure_stands_just_before_it(sentence, counted):
    analyzer = default_analyzer()
    members = frozenset(analyzer.document_terms("medlemmer"))
    assert counts(analyzer, sentence, members) is counted


@pytest.mark.parametrize("question, holding, lacking", [
    ("Hvornår blev planen vedtaget?", "Planen blev vedtaget i maj 2023.",
     "Planen dækker fire hundrede kvadratmeter parkering."),
    ("Hvor længe sidder formanden?", "Formanden vælges for to år ad gangen.", "Formanden leder møderne."),
    ("How long is the chair elected for?", "Formanden vælges for to år ad gangen.", "Formanden leder møderne."),
    ("Hvilket år startede gruppen?", "Gruppen startede i 2011.", "Gruppen har de seneste år cyklet meget."),
])
def test_a_time_question_is_held_by_a_sentence_that_states_a_time_of_the_kind_asked(question, holding, lacking):
    holds = kind_test(question)
    assert holds(holding) and not holds(lacking)


def test_a_when_question_is_answered_by_the_date_not_by_another_figure(report):
    answer = ask("Hvornår blev cykelplanen vedtaget?", report)
    assert answer.answered and "maj 2023" in answer.answer, answer.answer


def test_which_year_is_answered_by_the_year_and_the_word_year_itself_finds_nothing(report):
    # "de seneste år" shares only the interrogative's noun with the question.
    answer = ask("Hvilket år startede cykelgruppen?", report)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Cykelgruppen i foreningen startede i 2011"), answer.answer


@pytest.mark.parametrize("question, superlative", [
    ("Hvad er det dyreste i planen?", True),
    ("Hvilke byer har mistet mest natur?", True),
    ("Hvad er den vigtigste anbefaling?", True),
    ("Which part of the plan costs the most?", True),
    ("Hvad koster planen?", False),
    ("Hvilken fest holder foreningen?", False),
])
def test_a_superlative_question_is_told_by_its_grammar(question, superlative):
    assert asks_superlative(question) is superlative


def test_the_most_expensive_part_is_answered_with_the_sentence_that_singles_it_out(report):
    answer = ask("Hvad er det dyreste i cykelplanen?", report)
    assert answer.answered, answer.answer
    assert "Den største post er nye cykelstier" in answer.answer, answer.answer
    assert "cykelparkering ved stationerne" not in answer.answer
    assert states_superlative("Den største post er nye cykelstier.")
    assert not states_superlative("Resten går til cykelparkering.")


def test_a_plain_price_question_gets_no_superlative_added(report):
    answer = ask("Hvad vil cykelplanen koste i alt?", report)
    assert "40 millioner kroner" in answer.answer, answer.answer
    assert "største post" not in answer.answer
