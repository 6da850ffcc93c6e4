"""/spørg and the buttons: a private answer first, shared on request; feedback lands in the common store."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from assistant.slack import render
from tests.support.slack import SlackHarness, click_body, slack_settings, text_of


def ask_privately(slack, question="hvad er jeres vision?"):
    """Run /spørg and return the private answer that reached the response_url."""
    url = slack.fake.response_url("cmd")
    ack = slack.command(question, url)
    assert ack.status_code == 200
    [sent] = slack.fake.wait_for("response")
    slack.settle()
    return url, ack.get_json(), sent.params


def buttons(message: dict) -> dict[str, str]:
    actions = [b for b in message["blocks"] if b["type"] == "actions"][0]
    return {e["action_id"]: e["value"] for e in actions["elements"]}


def test_a_member_uses_the_slash_command_and_gets_a_private_answer_with_a_share_button(slack):
    url, ack, private = ask_privately(slack)
    assert ack == {"response_type": "ephemeral",
                   "text": "Et øjeblik – jeg finder svaret på: hvad er jeres vision?"}
    assert private["response_type"] == "ephemeral" and private["replace_original"] is False
    text = text_of(private)
    assert "[1]" in text and "<https://balance-danmark.dk/om/#vores-vision:~:text=Vi%20har%20en%20vision" in text
    assert set(buttons(private)) == {render.ACTION_HELPFUL, render.ACTION_UNHELPFUL,
                                     render.ACTION_SHARE, render.ACTION_COLLEAGUE}
    assert slack.fake.calls("response")[0].path == url.removeprefix(slack.fake.root)
    assert [q["channel"] for q in slack.services.store.questions()] == ["slack"]


def test_del_i_kanalen_posts_the_same_answer_for_everyone_and_removes_the_private_one(slack):
    _, _, private = ask_privately(slack)
    share_url = slack.fake.response_url("share")
    response = slack.click(render.ACTION_SHARE, buttons(private)[render.ACTION_SHARE], share_url)
    assert response.status_code == 200
    slack.settle()
    public, delete = slack.fake.responses()[1:]
    assert public.params["response_type"] == "in_channel"
    assert text_of(public.params).split("\n")[0] == text_of(private).split("\n")[0]
    # Feedback on the shared copy counts for the answer that was logged, and it is not asked twice.
    assert buttons(public.params)[render.ACTION_HELPFUL] == buttons(private)[render.ACTION_HELPFUL]
    assert render.ACTION_SHARE not in buttons(public.params)
    assert delete.params == {"delete_original": True}
    assert len(slack.services.store.questions()) == 1


def test_a_shared_message_with_two_questions_shows_both_answers_as_the_private_one_did(slack):
    _, _, private = ask_privately(slack, "Hvornår skiftede I navn, og hvad er jeres vision?")
    slack.click(render.ACTION_SHARE, buttons(private)[render.ACTION_SHARE], slack.fake.response_url("share"))
    slack.settle()
    public = slack.fake.responses()[1]
    shown, shared = (text_of(m).split("👍")[0] for m in (private, public.params))
    assert "[2]" in shown and shared == shown


def test_thumbs_up_and_down_are_stored_with_the_widgets_feedback(slack):
    _, _, private = ask_privately(slack)
    answer_id = buttons(private)[render.ACTION_HELPFUL]
    slack.click(render.ACTION_HELPFUL, answer_id, slack.fake.response_url("up"))
    slack.click(render.ACTION_UNHELPFUL, answer_id, slack.fake.response_url("down"))
    slack.settle()
    feedback = slack.services.store.feedback_for(answer_id)
    assert [(f["helpful"], f["channel"]) for f in feedback] == [(1, "slack"), (0, "slack")]
    thanks = [r for r in slack.fake.responses() if "Tak for din vurdering" in text_of(r.params)]
    assert len(thanks) == 2


def test_feedback_for_an_unknown_answer_is_not_stored_and_the_member_is_told(slack):
    slack.click(render.ACTION_HELPFUL, "f" * 32, slack.fake.response_url("up"))
    slack.click(render.ACTION_HELPFUL, "ikke-et-id", slack.fake.response_url("up"))
    slack.settle()
    assert slack.services.store.feedback_for("f" * 32) == []
    assert all("kunne ikke findes" in text_of(r.params) for r in slack.fake.responses())
    assert len(slack.fake.responses()) == 2


def test_sporg_en_kollega_forwards_the_question_to_the_colleague_channel(slack):
    _, _, private = ask_privately(slack, "Må vi låne jeres logo & navn?")
    slack.click(render.ACTION_COLLEAGUE, buttons(private)[render.ACTION_COLLEAGUE],
                slack.fake.response_url("kollega"))
    slack.settle()
    [forwarded] = slack.fake.posts()
    assert forwarded["channel"] == "CKOLLEGA"
    text = text_of(forwarded)
    assert "<@UMEDLEM>" in text and "Må vi låne jeres logo &amp; navn?" in text
    assert "sendt videre til <#CKOLLEGA>" in slack.fake.responses()[-1].params["text"]


def test_without_a_colleague_channel_the_button_is_hidden_and_a_click_explains_why(test_config, fake_slack):
    harness = SlackHarness(slack_settings(test_config, fake_slack, slack_colleague_channel=""), fake_slack)
    try:
        _, _, private = ask_privately(harness)
        assert render.ACTION_COLLEAGUE not in buttons(private)
        value = json.dumps({"id": buttons(private)[render.ACTION_HELPFUL], "q": "hvad er jeres vision?"})
        harness.click(render.ACTION_COLLEAGUE, value, fake_slack.response_url("kollega"))
        harness.settle()
        assert "SLACK_COLLEAGUE_CHANNEL" in text_of(fake_slack.responses()[-1].params)
        assert not fake_slack.posts()
    finally:
        harness.close()


def test_an_empty_or_overlong_command_gets_danish_help_at_once_and_nothing_is_queued(slack):
    empty = slack.command("   ", slack.fake.response_url())
    assert empty.status_code == 200
    assert empty.get_json()["text"].startswith("Skriv et spørgsmål.")
    assert "/spørg hvad er jeres vision?" in empty.get_json()["text"]
    long = slack.command("kontingent " * 60, slack.fake.response_url())
    assert "for langt" in long.get_json()["text"]
    assert slack.runtime.jobs.pending() == 0
    slack.settle()
    assert not slack.fake.calls()


def test_a_response_url_outside_slack_is_refused(slack):
    response = slack.command("hvad er jeres vision?", "http://169.254.169.254/latest/meta-data")
    assert response.status_code == 400
    assert "svaradresse" in response.get_json()["error"]
    assert slack.runtime.jobs.pending() == 0


def test_broken_interaction_payloads_get_danish_errors(slack):
    url = slack.fake.response_url()
    cases = [
        (b"noget=andet", "mangler feltet payload"),
        (b"payload=%7Bikke+json", "ikke gyldig JSON"),
        (b"payload=%5B1%2C2%5D", "ikke et JSON-objekt"),
        (click_body(render.ACTION_SHARE, "ikke et svar", url), "henviser ikke til et svar"),
    ]
    for body, message in cases:
        response = slack.send("/slack/interactions", body, "application/x-www-form-urlencoded")
        assert response.status_code == 400, body
        assert message in response.get_json()["error"]
    assert slack.runtime.jobs.pending() == 0


def test_no_slack_user_names_are_kept_anywhere_in_the_database(slack):
    _, _, private = ask_privately(slack)
    slack.click(render.ACTION_COLLEAGUE, buttons(private)[render.ACTION_COLLEAGUE], slack.fake.response_url())
    slack.click(render.ACTION_HELPFUL, buttons(private)[render.ACTION_HELPFUL], slack.fake.response_url())
    slack.settle()
    with closing(sqlite3.connect(slack.config.db_path)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        values = [str(v) for t in tables for row in db.execute(f"SELECT * FROM {t}") for v in row]
    assert values, "the database should hold the question log"
    assert not [v for v in values if "UMEDLEM" in v or "kaja" in v]
