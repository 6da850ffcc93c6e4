"""The sentence quoted is the one that tells what is asked, not the one sharing most of its words.

A visitor asks when the club adopted its proposals and is told the year a path must be finished;
asks why most cyclists ride in one district and is quoted the table of counts; asks when the club
got its name and is told what it got in recent years; asks which month the fee is collected and is
told about two months in arrears. Each time another sentence of the same passage says it: the date
of the adoption, the district singled out, the year of the new name, the month of the calendar.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.light_verbs import light_verb_terms
from assistant.documents import Document, Section
from assistant.language.analysis import default_analyzer
from tests.support.statutes import build_index

URL = "https://aadalens-roere.example/stiplan/"
PATHS = ("Klubben har lavet forslag om nye stier langs åen. "
         "Den første sti skal stå færdig inden 2031. "
         "Forslagene blev vedtaget den 3. april 2024.")
COUNTS = ("Vi har talt cyklister på stierne i tre bydele i et helt år. "
          "Nord: 300 cyklister på stierne om dagen, Syd: 900 cyklister på stierne, Øst: 450 cyklister på stierne. "
          "Tællingen blev lavet af frivillige med tællere ved broerne. "
          "Antallet af cyklister er størst i Syd, hvor skolerne ligger tæt ved.")
FEE = ("Et medlem, der skylder kontingent i over to måneder, får en påmindelse. "
       "Den sendes med posten til medlemmets adresse. "
       "Kontingentet opkræves hvert år i marts.")
HISTORY = ("Klubben fik nye både og et bådhus i de seneste år. "
           "I 2019 skiftede klubben navn til Ådalens Roere.")


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    sections = tuple(Section(heading=heading, anchor=anchor, text=text) for heading, anchor, text in (
        ("Nye stier", "nye-stier", PATHS),
        ("Tællingen", "taellingen", COUNTS),
        ("Klubbens historie", "historie", HISTORY),
        ("Kontingent", "kontingent", FEE),
        # Other chapters, so that the words above tell their passages apart (BM25's idf).
        ("Bådene", "baadene", "Vi har otte inriggere og fire kajakker i hallen ved havnen."),
        ("Træning", "traening", "Nye roere får fire lektioner med en instruktør, før de må ro alene."),
        ("Kontakt", "kontakt", "Skriv til formanden, hvis du vil vide mere om ture på åen."),
    ))
    return build_index(tmp_path_factory.mktemp("plan"),
                       [Document(url=URL, title="Stiplan for Ådalens Roere", sections=sections)])


def test_when_the_event_was_adopted_is_the_date_beside_that_names_it_not_the_nearer_deadline(plan):
    # The first sentence holds most of the question; of the two beside it that state a time, the one
    # that also names the proposals tells when they were adopted, the nearer one a path's deadline.
    answer = ask("Hvornår vedtog klubben forslagene om nye stier langs åen?", plan)
    assert answer.answered, answer.answer
    assert "3. april 2024" in answer.answer, answer.answer
    assert "2031" not in answer.answer, answer.answer


def test_a_superlative_question_is_answered_where_one_is_singled_out_not_by_the_table(plan):
    # The table holds more of the question's words ("stierne"), but singles out no district.
    answer = ask("Hvorfor er der flest cyklister på stierne i Syd?", plan)
    assert answer.answered, answer.answer
    assert "Antallet af cyklister er størst i Syd, hvor skolerne ligger tæt ved." in answer.answer, answer.answer


def test_the_common_verb_of_a_when_question_does_not_outweigh_the_thing_asked(plan):
    # "fik" stands in the sentence about boats, "navn" in the one about the name; both state a time.
    answer = ask("Hvornår fik klubben sit navn?", plan)
    assert answer.answered, answer.answer
    assert "I 2019 skiftede klubben navn" in answer.answer, answer.answer
    assert "bådhus" not in answer.answer, answer.answer


def test_only_the_commonest_verbs_are_light():
    analyzer = default_analyzer()
    light = light_verb_terms(analyzer, "Hvornår fik klubben sit navn, og hvem gør det første arbejde?")
    assert set(analyzer.query_terms("fik")) <= light and set(analyzer.query_terms("gør")) <= light
    # A noun, an adjective or a rarer verb is what a question may be about.
    for word in ("klubben", "navn", "første", "vedtog"):
        assert not set(analyzer.query_terms(word)) & light, word


def test_which_month_is_answered_by_a_month_of_the_calendar_not_by_a_number_of_months(plan):
    # "måned" names the kind of answer: "to måneder" holds nothing of the question, "i marts" answers it.
    answer = ask("I hvilken måned kommer regningen for kontingentet?", plan)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Kontingentet opkræves hvert år i marts."), answer.answer
    assert "påmindelse" not in answer.answer, answer.answer
