"""Colleagues ask follow-ups in Slack: a thread and a DM are conversations, a slash command is not."""
from __future__ import annotations

from tests.support.slack import direct_message, mention, text_of

HISTORY_SOURCE = "Om Balance Danmark › Vores historie"
VISION_SOURCE = "Om Balance Danmark › Vores vision"


def answer_to(slack, envelope) -> str:
    """Send one event and return the text of the assistant's reply to it."""
    before = len(slack.fake.posts())
    slack.event(envelope)
    slack.fake.wait_for("chat.postMessage", count=before + 1)
    slack.settle()
    return text_of(slack.fake.posts()[before])


def test_a_thread_reads_an_elliptic_follow_up_in_context_and_a_clear_new_question_alone(slack):
    first = mention("Hvem stod bag initiativet?")
    thread = first["event"]["ts"]
    assert HISTORY_SOURCE in answer_to(slack, first)

    follow_up = answer_to(slack, mention("hvornår skete det?", thread_ts=thread))
    assert HISTORY_SOURCE in follow_up and "ikke finde et svar" not in follow_up

    switch = answer_to(slack, mention("Og hvad er jeres vision?", thread_ts=thread))
    assert VISION_SOURCE in switch and HISTORY_SOURCE not in switch

    unanswerable = answer_to(slack, mention("og hvem var formand dengang?", thread_ts=thread))
    assert "ikke finde et svar" in unanswerable
    # The log holds what each colleague wrote, not the question with its context.
    assert [q["question"] for q in slack.services.store.questions()] == [
        "Hvem stod bag initiativet?", "hvornår skete det?", "Og hvad er jeres vision?",
        "og hvem var formand dengang?"]


def test_a_direct_message_continues_the_questions_just_asked_there(slack):
    assert HISTORY_SOURCE in answer_to(slack, direct_message("Hvem stod bag initiativet?"))
    follow_up = answer_to(slack, direct_message("hvornår skete det?"))
    assert HISTORY_SOURCE in follow_up and "ikke finde et svar" not in follow_up
    # Another colleague's DM with the assistant is another conversation.
    assert "ikke finde et svar" in answer_to(slack, direct_message("hvornår skete det?",
                                                                   channel="DANDEN"))


def test_a_mention_outside_a_thread_starts_a_new_conversation(slack):
    answer_to(slack, mention("Hvem stod bag initiativet?"))
    assert "ikke finde et svar" in answer_to(slack, mention("hvornår skete det?"))


def test_a_slash_command_has_no_history(slack):
    answer_to(slack, direct_message("Hvem stod bag initiativet?"))
    url = slack.fake.response_url("cmd")
    slack.command("hvornår skete det?", url)
    [sent] = slack.fake.wait_for("response")
    slack.settle()
    assert "ikke finde et svar" in text_of(sent.params)


def test_a_thank_you_in_a_thread_gets_a_friendly_reply_not_a_decline(slack):
    first = mention("Hvem stod bag initiativet?")
    answer_to(slack, first)
    reply = answer_to(slack, mention("tak for hjælpen", thread_ts=first["event"]["ts"]))
    assert reply.startswith("Selv tak!") and "ikke finde et svar" not in reply
    assert [q["kind"] for q in slack.services.store.questions()] == ["question", "small_talk"]
