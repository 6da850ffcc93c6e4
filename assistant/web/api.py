"""The JSON API: ask, search, feedback and health, validated at the door with Danish errors."""
from __future__ import annotations

import threading
import time
from typing import NamedTuple

from flask import Blueprint, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType

from .. import __version__
from ..answer.compose import clean_question
from ..answer.result import is_answer_id
from ..answer.retrieve import search
from ..answer.snippets import clip
from ..errors import AssistantError, QuestionError
from ..index.bm25 import INDEX_FORMAT_VERSION
from ..json_input import JsonInputError, load_json
from ..quality.question_log import MAX_COMMENT_CHARS
from ..services import Services
from .api_limits import ApiLimit, LimitCounters, add_limit_headers
from .rate_limit_storage import limiter_storage

WEB_CHANNELS = ("api", "widget")
DEFAULT_SEARCH_K = 5
MAX_SEARCH_K = 20
# Answers a worker computes at once. An answer is CPU-bound Python, so threads answering together
# only take turns on the interpreter (every 5 ms, sys.getswitchinterval()) and each waits for all
# the others: with 16 at once, p95 under 16 clients was ~2× a short queue's (docs/operations.md).
# Two: one answer can compute while another waits on a lock or the GIL's hand-over; one slot was not
# steadily better (docs/benchmarks.md). gunicorn's other threads stay free to read requests, also
# slow clients' (docs/hardening.md).
ANSWER_SLOTS = 2


def json_body() -> dict:
    """The request's JSON object, or a 415/400 (a body over the size limit already gave 413)."""
    if not request.is_json:
        raise UnsupportedMediaType()
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(request.get_data()) >= limit:
        # A chunked body is cut off at the limit rather than refused; refuse it here instead.
        raise RequestEntityTooLarge()
    return json_object(request.get_data(cache=True))


def json_object(body: bytes) -> dict:
    """A request body's JSON object, or a 400 saying what is wrong with it."""
    try:
        data = load_json(body)
    except JsonInputError as exc:
        raise AssistantError(f"Forespørgslen er {exc.detail}.", 400) from None
    if not isinstance(data, dict):
        raise AssistantError("Forespørgslen skal være et JSON-objekt, fx {\"question\": \"…\"}.", 400)
    return data


def web_channel(data: dict) -> str:
    """Which web channel asks: the widget says so; plain API callers need not."""
    channel = data.get("channel", "api")
    if channel not in WEB_CHANNELS:
        raise AssistantError('Ukendt kanal: brug "api" eller "widget".', 400)
    return channel


def search_k(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_SEARCH_K
    try:
        k = int(raw)
    except ValueError:
        k = 0
    if not 1 <= k <= MAX_SEARCH_K:
        raise AssistantError(f"k skal være et helt tal fra 1 til {MAX_SEARCH_K}.", 400)
    return k


class AskDesk(NamedTuple):
    """What answers /api/ask, shared by its Flask route and its short path (web/ask_path.py)."""

    services: Services
    limit: ApiLimit
    answer_slots: threading.BoundedSemaphore

    def answer(self, data: dict) -> dict:
        """The Answer JSON for a request's JSON object (docs/api.md), or a 400 saying what is missing."""
        channel = web_channel(data)
        if "question" not in data:
            raise QuestionError('Skriv et spørgsmål i feltet "question".')
        with self.answer_slots:
            # Earlier questions of the conversation, newest last: a follow-up is read in their context.
            answer = self.services.ask(data["question"], channel, data.get("history"))
        return answer.to_json()


def create_api_blueprint(services: Services, limiter: Limiter) -> tuple[Blueprint, AskDesk]:
    """Routes under /api plus /healthz, bound to one app's services and rate limiter, and the desk
    that answers /api/ask (for its short path)."""
    bp = Blueprint("api", __name__)
    config = services.config
    # Questions and searches share one budget per client address, feedback has its own (api_limits.py:
    # counted in a few steps, where Flask-Limiter's route limits took ~0.1 ms per request).
    counters = LimitCounters(*limiter_storage(config))
    questions = ApiLimit(config.rate_limit, counters, switch=limiter, key_func=get_remote_address)
    questions_limit = questions.decorate
    feedback_limit = ApiLimit(config.rate_limit, counters, switch=limiter,
                              key_func=get_remote_address, scope="api.feedback").decorate
    desk = AskDesk(services, questions, threading.BoundedSemaphore(ANSWER_SLOTS))

    @bp.before_request
    def limit_body_size() -> None:
        # Only this channel's bodies are small; Slack payloads have their own limits.
        request.max_content_length = config.max_request_bytes

    bp.after_request(add_limit_headers)

    @bp.post("/api/ask")
    @questions_limit
    def ask():
        """Answer a question: the Answer JSON (docs/api.md), with `id` for feedback."""
        return jsonify(desk.answer(json_body()))

    @bp.get("/api/search")
    @questions_limit
    def search_passages():
        """The best passages for a query, ranked, without composing an answer."""
        query = clean_question(request.args.get("q", ""))
        k = search_k(request.args.get("k"))
        hits = search(services.index.current(), query, k)
        return jsonify(query=query, hits=[{
            "rank": rank, "score": round(hit.score, 4), "coverage": round(hit.coverage, 4),
            "title": hit.chunk.title, "heading": hit.chunk.heading, "url": hit.chunk.url,
            "snippet": clip(hit.chunk.text),
        } for rank, hit in enumerate(hits, start=1)])

    @bp.post("/api/feedback")
    @feedback_limit
    def feedback():
        """Store 👍/👎 and an optional comment for an answer the assistant gave."""
        data = json_body()
        channel = web_channel(data)
        answer_id, helpful, comment = data.get("id"), data.get("helpful"), data.get("comment", "")
        if not is_answer_id(answer_id):
            raise AssistantError('Feltet "id" skal være id\'et fra et svar.', 400)
        if not isinstance(helpful, bool):
            raise AssistantError('Feltet "helpful" skal være true eller false.', 400)
        if comment is None:
            comment = ""
        if not isinstance(comment, str):
            raise AssistantError("Kommentaren skal være tekst.", 400)
        if len(comment) > MAX_COMMENT_CHARS:
            raise AssistantError(f"Kommentaren er for lang: højst {MAX_COMMENT_CHARS} tegn.", 400)
        if not answer_logged(services.store, answer_id, config.feedback_wait_seconds):
            raise AssistantError("Svaret findes ikke (det kan være slettet). "
                                 "Stil spørgsmålet igen for at give din mening.", 404)
        feedback_id = services.store.record_feedback(answer_id, helpful, comment.strip(), channel)
        return jsonify(saved=True, feedback_id=feedback_id), 201

    @bp.get("/healthz")
    def healthz():
        """Index version and build time (every replica should show the same), and shared services.

        "ok"; "nedsat" (still answering, but Redis or PostgreSQL is away: see "reasons"); or "fejl"
        (503: no index). A load balancer takes a replica out only on 503.
        """
        dependencies = [check() for check in services.dependencies]
        shared = {d.name: d.to_json() for d in dependencies}
        reasons = [d.reason for d in dependencies if not d.ok]
        try:
            index = services.index.current()
        except AssistantError:
            return jsonify(status="fejl", version=__version__, index={"loaded": False},
                           error="Indekset kan ikke læses; se serverens log.", dependencies=shared,
                           reasons=reasons), 503
        meta = index.meta
        return jsonify(status="nedsat" if reasons else "ok", version=__version__, index={
            "loaded": True,
            # The corpus fingerprint: replicas serving the same index show the same value.
            "version": meta.get("corpus_fingerprint"),
            "documents": meta.get("documents"),
            "chunks": index.n_chunks,
            "vocabulary": meta.get("vocabulary"),
            "built_at": meta.get("built_at"),
            # A loaded index passed the version check, so it has the version this code reads.
            "format_version": INDEX_FORMAT_VERSION,
            "reloads": services.index.reloads,
        }, dependencies=shared, reasons=reasons)

    return bp, desk


def answer_logged(store, answer_id: str, wait_seconds: float, poll_seconds: float = 0.05) -> bool:
    """Whether the question log holds the answer, waiting up to `wait_seconds` for it to arrive.

    Each worker and replica writes its answers to the shared log off the request path, so a rating
    sent to another one the moment the answer is shown can arrive before the answer's own row.
    """
    deadline = time.monotonic() + wait_seconds
    while not store.has_answer(answer_id):
        if time.monotonic() >= deadline:
            return False
        time.sleep(poll_seconds)
    return True
