"""A visitor's program asks follow-ups through the API: earlier questions go along in "history"."""
from __future__ import annotations

import re

import pytest

from assistant.answer.compose import MAX_QUESTION_CHARS
from assistant.answer.history import MAX_HISTORY
from tests.web.test_web_api import assert_danish_error, logged

OM = "https://balance-danmark.dk/om/"
WHO = "Hvem stod bag initiativet?"


def test_a_follow_up_is_answered_in_the_context_of_the_question_before_it(app, client):
    alone = client.post("/api/ask", json={"question": "hvornår skete det?"}).get_json()
    assert alone["answered"] is False and alone["context_used"] is False

    body = client.post("/api/ask", json={"question": "hvornår skete det?",
                                         "history": [WHO]}).get_json()
    assert body["answered"] is True and body["context_used"] is True
    assert body["citations"][0]["url"] == OM + "#vores-historie"
    # The log keeps what the visitor asked, not the question with its context glued on.
    assert [q["question"] for q in logged(app)] == ["hvornår skete det?", "hvornår skete det?"]


def test_a_clear_new_question_is_answered_as_if_asked_alone(client):
    alone = client.post("/api/ask", json={"question": "Og hvad er jeres vision?"}).get_json()
    body = client.post("/api/ask", json={"question": "Og hvad er jeres vision?",
                                         "history": [WHO]}).get_json()
    assert body["context_used"] is False
    assert body["citations"][0]["url"] == alone["citations"][0]["url"] == OM + "#vores-vision"


def test_a_follow_up_the_material_cannot_answer_is_declined_not_answered_from_the_old_topic(client):
    body = client.post("/api/ask", json={"question": "og hvem var formand dengang?",
                                         "history": [WHO]}).get_json()
    assert body["answered"] is False and "sekretariatet" in body["answer"]


def test_an_empty_or_missing_history_is_a_question_on_its_own(client):
    for extra in ({}, {"history": []}, {"history": None}, {"history": ["  "]}):
        body = client.post("/api/ask", json={"question": "hvornår skete det?", **extra}).get_json()
        assert body["answered"] is False and body["context_used"] is False, extra


BAD_HISTORIES = [
    ("a string", "Hvem stod bag initiativet?", "liste"),
    ("an object", {"q": WHO}, "liste"),
    ("a number in it", [WHO, 7], "tekst"),
    ("null in it", [None], "tekst"),
    ("a list in it", [[WHO]], "tekst"),
    ("too many", [WHO] * (MAX_HISTORY + 1), str(MAX_HISTORY)),
    ("one too long", ["x" * (MAX_QUESTION_CHARS + 1)], str(MAX_QUESTION_CHARS)),
]


@pytest.mark.parametrize("case, history, named", BAD_HISTORIES, ids=[c[0] for c in BAD_HISTORIES])
def test_a_bad_history_gets_a_danish_refusal_and_nothing_is_logged(app, client, case, history,
                                                                  named):
    message = assert_danish_error(
        client.post("/api/ask", json={"question": "hvornår skete det?", "history": history}), 400)
    assert "history" in message and named in message
    assert logged(app) == []


def test_a_full_history_of_long_questions_is_accepted(client):
    history = ["Hvem stod bag initiativet? " + "x" * (MAX_QUESTION_CHARS - 28)] * MAX_HISTORY
    response = client.post("/api/ask", json={"question": "hvornår skete det?", "history": history})
    assert response.status_code == 200, response.get_data(as_text=True)


@pytest.mark.parametrize("greeting", ["hej", "godmorgen", "tak", "tak for hjælpen", "hvem er du?",
                                      "hvad kan du?", "Hej!", "Mange tak :)"])
def test_small_talk_gets_a_friendly_reply_with_example_questions_never_the_decline(client, greeting):
    body = client.post("/api/ask", json={"question": greeting, "history": [WHO]}).get_json()
    assert body["answered"] is False and body["small_talk"] is True
    assert "kan ikke finde" not in body["answer"] and "Om Balance Danmark" in body["answer"]
    examples = re.findall(r"»([^«]+\?)«", body["answer"])
    assert len(examples) == 2, body["answer"]
    for example in examples:
        asked = client.post("/api/ask", json={"question": example}).get_json()
        assert asked["answered"] is True, example


def test_a_greeting_with_a_question_in_it_is_a_question(client):
    body = client.post("/api/ask", json={"question": "hej, hvornår blev I stiftet?"}).get_json()
    assert body["answered"] is True and body["small_talk"] is False
    assert body["citations"][0]["url"] == OM + "#vores-historie"
