"""Slack's HTTP endpoints as a Flask blueprint: verify the raw request, acknowledge at once, queue the work.

POST /slack/events, /slack/commands and /slack/interactions. The signature is checked on the raw
bytes before anything is parsed; the answer itself is posted later by the worker, because Slack
retries a request that is not acknowledged within 3 seconds.
"""
from __future__ import annotations

from urllib.parse import parse_qsl

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from ..errors import AssistantError
from ..json_input import JsonInputError, load_json
from ..services import Services
from .inbox import SlackPayloadError
from .runtime import SlackRuntime
from .verify import SlackRequestRefused

# Interaction payloads carry the whole message they came from; Slack keeps them well below this.
MAX_SLACK_BODY_BYTES = 256 * 1024


def _form(body: bytes) -> dict[str, str]:
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise SlackPayloadError("Slack-forespørgslen er ikke gyldig UTF-8.") from None


def _json(text: str, what: str) -> object:
    try:
        return load_json(text)
    except JsonInputError as exc:
        raise SlackPayloadError(f"{what} er {exc.detail}.") from None


def _ack(body: dict | None):
    # Slack only needs a quick 200; a body is shown to the user (slash commands) or read (challenge).
    return (jsonify(body), 200) if body is not None else ("", 200)


def create_slack_blueprint(services: Services, runtime: SlackRuntime | None = None) -> Blueprint:
    """The Slack endpoints over the app's services; `runtime` is a seam for tests (clock, client)."""
    runtime = runtime or SlackRuntime.build(services)
    bp = Blueprint("slack", __name__, url_prefix="/slack")
    bp.record_once(lambda state: state.app.extensions.__setitem__("slack", runtime))

    @bp.before_request
    def verify_at_the_door():
        request.max_content_length = MAX_SLACK_BODY_BYTES
        if runtime.verifier is None:
            raise SlackRequestRefused("Slack-forespørgsler kan ikke modtages: SLACK_SIGNING_SECRET "
                                      "er ikke sat.", status=503)
        runtime.verifier.verify(request.get_data(cache=True), request.headers)
        # Started here, in the process that serves requests: threads do not survive a fork.
        runtime.worker.ensure_running()

    @bp.post("/events")
    def events():
        body = request.get_data(cache=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise SlackPayloadError("Slack-hændelsen er ikke gyldig UTF-8.") from None
        return _ack(runtime.inbox.event(_json(text, "Slack-hændelsen")))

    @bp.post("/commands")
    def commands():
        return _ack(runtime.inbox.command(_form(request.get_data(cache=True))))

    @bp.post("/interactions")
    def interactions():
        form = _form(request.get_data(cache=True))
        if "payload" not in form:
            raise SlackPayloadError("Slack-handlingen mangler feltet payload.")
        return _ack(runtime.inbox.interaction(_json(form["payload"], "Slack-handlingen")))

    @bp.errorhandler(AssistantError)
    def refused(exc: AssistantError):
        return jsonify(error=exc.message), exc.status

    @bp.errorhandler(RequestEntityTooLarge)
    def too_large(_exc):
        return jsonify(error=f"Slack-forespørgslen er for stor (over {MAX_SLACK_BODY_BYTES} byte)."), 413

    return bp
