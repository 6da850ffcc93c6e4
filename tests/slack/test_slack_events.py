"""Staff mention the assistant or write to it, and get a cited answer in the thread, exactly once."""
from __future__ import annotations

import json
import logging

from tests.support.slack import (
    BOT_USER,
    SlackHarness,
    direct_message,
    mention,
    sign_retry,
    slack_settings,
    text_of,
)


def test_slack_checks_the_events_url_and_gets_the_challenge_back(slack):
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    response = slack.event({"type": "url_verification", "challenge": challenge})
    assert response.status_code == 200
    assert response.get_json() == {"challenge": challenge}


def test_a_colleague_mentions_the_assistant_and_gets_a_cited_answer_in_the_thread(slack):
    envelope = mention("Hvem stod bag initiativet?")
    response = slack.event(envelope)
    assert response.status_code == 200 and response.data == b""

    [post] = slack.fake.wait_for("chat.postMessage")
    slack.settle()
    message = post.params
    assert message["channel"] == "CGRONNE"
    assert message["thread_ts"] == envelope["event"]["ts"]
    text = text_of(message)
    assert "Bag initiativet stod" in text and "[1]" in text
    # "Ove & Myrthu" in the corpus must reach Slack escaped, or Slack would read it as markup.
    assert "Ove &amp; Myrthu" in text and "Ove & Myrthu" not in text
    # The link opens the page at the quoted sentence (a text fragment of its first and last words).
    source = ("<https://balance-danmark.dk/om/#vores-historie:~:text=Bag%20initiativet%20stod%20Danske,"
              "og%20en%20r%C3%A6kke%20kommuner|Om Balance Danmark › Vores historie>")
    assert f"*[1]* {source}" in text
    assert [c.method for c in slack.fake.calls()] == ["reactions.add", "chat.postMessage", "reactions.remove"]
    reaction = slack.fake.calls("reactions.add")[0].params
    assert reaction == {"channel": "CGRONNE", "name": "eyes", "timestamp": envelope["event"]["ts"]}
    [logged] = slack.services.store.questions()
    assert logged["channel"] == "slack" and logged["question"] == "Hvem stod bag initiativet?"


def test_a_direct_message_is_answered_in_its_thread_and_a_plain_channel_message_is_not(slack):
    slack.event(direct_message("hvad er jeres vision?"))
    slack.event(direct_message("hvad er jeres vision?", channel="CGRONNE", channel_type="channel"))
    slack.settle()
    [post] = slack.fake.posts()
    assert post["channel"] == "DDIREKTE"
    assert "vision" in text_of(post)


def test_a_retried_event_and_a_repeated_event_id_are_answered_once(slack):
    envelope = mention("hvad er jeres vision?")
    assert slack.event(envelope).status_code == 200
    # Slack signs every delivery anew; a retry of the same event carries X-Slack-Retry-Num.
    retry_headers = sign_retry(json.dumps(envelope).encode())
    assert slack.event(envelope, headers=retry_headers, retry=1).status_code == 200
    same_id_again = mention("hvad er jeres vision?", event_id=envelope["event_id"])
    assert slack.event(same_id_again).status_code == 200
    slack.settle()
    assert len(slack.fake.posts()) == 1
    assert len(slack.services.store.questions()) == 1


def test_bots_edits_joins_and_its_own_messages_are_ignored(slack):
    ignored = [
        mention("hvad er jeres vision?", bot_id="BANDEN"),
        mention("hvad er jeres vision?", type="message", channel_type="im", subtype="bot_message"),
        mention("hvad er jeres vision?", type="message", channel_type="im", subtype="message_changed"),
        mention("", type="message", channel_type="im", subtype="channel_join"),
        mention("hvad er jeres vision?", type="message", channel_type="im", user=BOT_USER),
        mention("hvad er jeres vision?", type="reaction_added"),
    ]
    for envelope in ignored:
        assert slack.event(envelope).status_code == 200
    answered = mention("Hvem stod bag initiativet?")
    slack.event(answered)
    slack.settle()
    assert [p["thread_ts"] for p in slack.fake.posts()] == [answered["event"]["ts"]]


def test_a_bare_mention_gets_a_friendly_hint_instead_of_an_error(slack):
    slack.event(mention(""))
    [post] = slack.fake.wait_for("chat.postMessage")
    assert "Stil mig et spørgsmål" in text_of(post.params)


def test_a_follow_up_in_the_thread_is_understood_with_the_earlier_question(slack):
    first = mention("Hvem stod bag initiativet?")
    slack.event(first)
    slack.fake.wait_for("chat.postMessage")
    slack.event(mention("og hvornår var det?", thread_ts=first["event"]["ts"]))
    slack.event(mention("og hvornår var det?"))  # the same words, asked out of the blue
    slack.settle()
    in_thread = first["event"]["ts"]
    follow_up, out_of_the_blue = sorted(slack.fake.posts()[1:], key=lambda p: p["thread_ts"] != in_thread)
    assert follow_up["thread_ts"] == first["event"]["ts"]
    assert "Kilder:" in text_of(follow_up)
    assert "Om Balance Danmark › Vores historie" in text_of(follow_up)
    assert "ikke finde et svar" in text_of(out_of_the_blue)


def test_when_slack_says_ratelimited_the_worker_waits_retry_after_and_posts_once(slack):
    slack.fake.rate_limit_once("chat.postMessage", retry_after=1)
    slack.event(mention("hvad er jeres vision?"))
    limited, accepted = slack.fake.wait_for("chat.postMessage", count=2)
    slack.settle()
    assert (limited.status, accepted.status) == (429, 200)
    assert accepted.at - limited.at >= 1.0
    assert len(slack.fake.posts()) == 1


def test_a_wrong_token_is_logged_clearly_and_the_worker_keeps_going(test_config, fake_slack, caplog):
    config = slack_settings(test_config, fake_slack, slack_bot_token="xoxb-forkert")
    harness = SlackHarness(config, fake_slack)
    try:
        with caplog.at_level(logging.ERROR, logger="assistant.slack"):
            harness.event(mention("hvad er jeres vision?"))
            harness.event(mention("Hvem stod bag initiativet?"))
            harness.settle()
        assert len(fake_slack.calls("chat.postMessage")) == 2
        assert not fake_slack.posts()
        errors = [r.getMessage() for r in caplog.records if "chat.postMessage" in r.getMessage()]
        assert len(errors) == 2
        assert all("invalid_auth" in e and "SLACK_BOT_TOKEN" in e for e in errors)
    finally:
        harness.close()


def test_a_channel_the_bot_is_not_in_is_logged_with_what_to_do_and_the_eyes_are_removed(slack, caplog):
    slack.fake.fail("chat.postMessage", "channel_not_found")
    with caplog.at_level(logging.ERROR, logger="assistant.slack"):
        slack.event(mention("hvad er jeres vision?"))
        slack.settle()
    assert "channel_not_found" in caplog.text and "/invite" in caplog.text
    assert len(slack.fake.calls("reactions.remove")) == 1


def test_a_broken_event_body_gets_a_danish_error_and_nothing_is_queued(slack):
    body = b"{ikke json"
    response = slack.send("/slack/events", body, "application/json")
    assert response.status_code == 400
    assert "JSON" in response.get_json()["error"]
    response = slack.event({"type": "event_callback", "event_id": "Ev1",
                            "event": {"type": "app_mention", "text": "hej"}})
    assert response.status_code == 400 and "kanal" in response.get_json()["error"]
    assert slack.runtime.jobs.pending() == 0 and not slack.fake.calls()
