"""What to do with a verified Slack payload: filter, de-duplicate, queue the work, and the instant reply.

Shared by the HTTP routes and Socket Mode, so both behave the same. Nothing here calls Slack; the
worker does that later. Each method returns the body of the acknowledgement (or None for an empty one).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from ..answer.compose import clean_question
from ..answer.result import is_answer_id
from ..errors import AssistantError, QuestionError
from ..json_input import JsonInputError, load_json
from ..services import Services
from . import render
from .jobs import JobQueue

# Message subtypes are edits, deletions, joins, bot posts, …: none of them is a new question.
ANSWERED_EVENTS = ("app_mention", "message")
SLACK_RESPONSE_HOSTS = ("hooks.slack.com",)

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_LABELLED = re.compile(r"<([^<>|]*)\|([^<>]*)>")
_BARE = re.compile(r"<([^<>]*)>")


class SlackPayloadError(AssistantError):
    """A verified request whose content is not what Slack sends."""

    status = 400


def plain_text(text: str) -> str:
    """Slack message markup as plain text: mentions dropped, links as their labels, &amp; decoded."""
    text = _MENTION.sub(" ", text or "")
    text = _LABELLED.sub(lambda m: m.group(2), text)
    text = _BARE.sub(lambda m: "" if m.group(1)[:1] in "#!@" else m.group(1), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def usage(command: str) -> str:
    return f"Skriv dit spørgsmål efter {command}, fx `{command} hvad er jeres vision?`"


class SlackInbox:
    """Turns events, slash commands and button clicks into queued jobs and immediate replies."""

    def __init__(self, services: Services, jobs: JobQueue, wake: Callable[[], None] = lambda: None):
        self.services = services
        self.config = services.config
        self.jobs = jobs
        self.wake = wake

    def _queue(self, payload: dict, once: list[str]) -> bool:
        queued = self.jobs.put(payload, once=once)
        if queued:
            self.wake()
        return queued

    # Events API -----------------------------------------------------------------------------
    def event(self, body: object) -> dict | None:
        """An Events API envelope: challenge answered, questions queued once, everything else ignored."""
        if not isinstance(body, dict):
            raise SlackPayloadError("Slack-hændelsen er ikke et JSON-objekt.")
        if body.get("type") == "url_verification":
            return {"challenge": str(body.get("challenge", ""))}
        if body.get("type") != "event_callback":
            return None
        event = body.get("event")
        if not isinstance(event, dict) or not self._is_question(event, body):
            return None
        channel, ts = str(event.get("channel", "")), str(event.get("ts", ""))
        if not channel or not ts:
            raise SlackPayloadError("Slack-hændelsen mangler kanal eller tidsstempel.")
        once = [f"msg:{channel}:{ts}"]
        if body.get("event_id"):
            once.append(f"event:{body['event_id']}")
        # A mention in a DM can arrive both as app_mention and as message: the message key catches it.
        self._queue({"kind": "question", "channel": channel, "ts": ts,
                     "thread_ts": str(event.get("thread_ts") or ts),
                     "direct": event.get("channel_type") == "im",
                     "text": plain_text(str(event.get("text", "")))}, once)
        return None

    @staticmethod
    def _is_question(event: dict, body: dict) -> bool:
        if event.get("type") not in ANSWERED_EVENTS or event.get("subtype") or event.get("bot_id"):
            return False
        own = {a.get("user_id") for a in body.get("authorizations") or () if isinstance(a, dict)}
        if event.get("user") in own:
            return False
        return event.get("type") == "app_mention" or event.get("channel_type") == "im"

    # Slash command ----------------------------------------------------------------------------
    def command(self, form: Mapping[str, str]) -> dict:
        """A slash command: a Danish reply at once; the answer follows on its response_url."""
        command = self.config.slack_command
        name = str(form.get("command", ""))
        if name.casefold() != command.casefold():
            shown = render.escape(name) or "(uden navn)"
            return _ephemeral(f"Kommandoen {shown} kendes ikke her; assistenten svarer på {command} "
                              "(SLACK_COMMAND).")
        response_url = self._response_url(form.get("response_url"))
        try:
            question = clean_question(plain_text(str(form.get("text", ""))))
        except QuestionError as exc:
            return _ephemeral(render.escape(f"{exc.message} {usage(command)}"))
        self._queue({"kind": "command", "text": question, "response_url": response_url},
                    [f"cmd:{response_url}"])
        return _ephemeral(f"Et øjeblik – jeg finder svaret på: {render.escape(question)}")

    # Interactivity ----------------------------------------------------------------------------
    def interaction(self, payload: object) -> dict | None:
        """A button click: feedback is stored now; sharing and forwarding are queued."""
        if not isinstance(payload, dict):
            raise SlackPayloadError("Slack-handlingen er ikke et JSON-objekt.")
        if payload.get("type") != "block_actions":
            return None
        actions = payload.get("actions")
        if not isinstance(actions, list) or not actions or not isinstance(actions[0], dict):
            raise SlackPayloadError("Slack-handlingen mangler en knap.")
        action, value = str(actions[0].get("action_id", "")), str(actions[0].get("value", ""))
        response_url = self._response_url(payload.get("response_url"))
        once = [f"act:{payload['trigger_id']}"] if payload.get("trigger_id") else []
        if action in (render.ACTION_HELPFUL, render.ACTION_UNHELPFUL):
            self._feedback(value, action == render.ACTION_HELPFUL, response_url, once)
        elif action in (render.ACTION_SHARE, render.ACTION_COLLEAGUE):
            answer_id, question = _answer_ref(value)
            if action == render.ACTION_SHARE:
                job = {"kind": "share", "answer_id": answer_id, "text": question,
                       "response_url": response_url}
            elif not self.config.slack_colleague_channel:
                job = _notice(response_url, "Der er ingen kollegakanal sat op endnu "
                                            "(SLACK_COLLEAGUE_CHANNEL); spørg sekretariatet direkte.")
            else:
                job = {"kind": "colleague", "answer_id": answer_id, "text": question,
                       "response_url": response_url,
                       "asker": _id_of(payload.get("user")), "channel": _id_of(payload.get("channel"))}
            self._queue(job, once)
        return None

    def _feedback(self, answer_id: str, helpful: bool, response_url: str, once: list[str]) -> None:
        store = self.services.store
        if not is_answer_id(answer_id) or not store.has_answer(answer_id):
            self._queue(_notice(response_url, "Svaret kunne ikke findes, så din vurdering blev ikke "
                                              "gemt. Stil gerne spørgsmålet igen."), once)
            return
        if self.jobs.ledger.claim(once):
            store.record_feedback(answer_id, helpful, "", channel="slack")
            self._queue(_notice(response_url, "Tak for din vurdering – den hjælper os med at gøre "
                                              "svarene bedre."), [])

    def _response_url(self, url: object) -> str:
        """Slack's reply address for this request; only Slack's own hosts (or the API host) are used."""
        url = str(url or "")
        parts = urlsplit(url)
        api = urlsplit(self.config.slack_api_url)
        slack_host = parts.scheme == "https" and parts.hostname in SLACK_RESPONSE_HOSTS
        if not (slack_host or (parts.netloc and parts.netloc == api.netloc and parts.scheme == api.scheme)):
            raise SlackPayloadError("Slack-forespørgslen har ingen gyldig svaradresse (response_url).")
        return url


def _answer_ref(value: str) -> tuple[str, str]:
    try:
        ref = load_json(value)
    except JsonInputError:
        ref = None
    if not isinstance(ref, dict) or not is_answer_id(str(ref.get("id", ""))) \
            or not isinstance(ref.get("q"), str):
        raise SlackPayloadError("Knappen henviser ikke til et svar.")
    return ref["id"], ref["q"]


def _id_of(thing: object) -> str:
    """The "id" of a Slack user or channel object; "" if the payload holds something else."""
    return str(thing.get("id", "")) if isinstance(thing, dict) else ""


def _ephemeral(text: str) -> dict:
    return {"response_type": "ephemeral", "text": text}


def _notice(response_url: str, text: str) -> dict:
    return {"kind": "notice", "response_url": response_url, "text": text}
