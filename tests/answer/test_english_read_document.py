"""The document an English story says the visitor read ("I read your report.") is not searched."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.reading import read_question


def test_a_reader_of_the_report_asking_how_many_members_answered_is_told(association):
    answer = ask("I read your report, but I didn't catch how many members answered the survey.", association)
    assert answer.answered and "1.412" in answer.answer


def test_the_report_read_is_not_searched_as_the_statutes_annual_report(association):
    # "report" is the dictionaries' "beretning", a word of the statutes' agenda: not what is asked.
    reading = read_question(association, "I read your report, but I didn't catch how many members answered.")
    assert "beretning" not in reading.text.split()


def test_a_document_the_question_points_back_at_is_kept(association):
    # "it" stands for the publication read, so the document is what is asked about and stays searched;
    # without the pronoun the same story's document is left out.
    reading = read_question(association, "I read your publication. When did it come out?")
    assert "publikationen" in reading.text.split()
    reading = read_question(association, "I read your publication, but I didn't catch how many members answered.")
    assert "publikationen" not in reading.text.split()


def test_reading_about_a_topic_keeps_the_topic(publication_index):
    reading = read_question(publication_index, "I read about your tree plan. How many trees should be planted?")
    assert "træplan" in reading.text.split()
