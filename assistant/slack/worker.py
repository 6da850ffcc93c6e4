"""Background worker: takes queued Slack jobs, asks the assistant, and posts through Slack's Web API.

Each server process runs one dispatcher thread and a few worker threads (SLACK_WORKER_THREADS) over
the shared job queue. A Slack failure is logged in plain Danish and the worker carries on.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from ..answer.conversation import ask
from ..config import Config
from ..errors import AssistantError
from ..services import Services
from . import render
from .jobs import Job, JobQueue
from .thread_memory import ConversationMemory

log = logging.getLogger(__name__)

WORKING_REACTION = "eyes"  # 👀 while the answer is being found
POLL_SECONDS = 1.0         # how often an idle process looks for jobs queued by other processes
HTTP_TIMEOUT_SECONDS = 30
RATE_LIMIT_RETRIES = 3
MAX_RETRY_AFTER_SECONDS = 120
STOP_TIMEOUT_SECONDS = 5.0
MENTION_HELP = ("Hej! Stil mig et spørgsmål om Balance Danmark, fx \"hvornår skiftede vi navn?\", "
                "så svarer jeg med kilder.")
UNAVAILABLE = "Assistenten er ikke klar lige nu. Prøv igen om lidt, eller skriv til sekretariatet."
# What an operator should do about the Slack errors that need a person.
ERROR_HINTS = {
    "invalid_auth": "Tokenet er ugyldigt – tjek SLACK_BOT_TOKEN.",
    "not_authed": "Intet token sendt – sæt SLACK_BOT_TOKEN.",
    "token_revoked": "Tokenet er trukket tilbage – installér appen igen og opdatér SLACK_BOT_TOKEN.",
    "account_inactive": "Appens konto er deaktiveret – installér appen igen.",
    "missing_scope": "Appen mangler en tilladelse – opdatér den fra slack-manifest.yml og "
                     "installér igen.",
    "channel_not_found": "Kanalen findes ikke, eller botten er ikke inviteret "
                         "(/invite @Balance-assistenten).",
    "not_in_channel": "Botten er ikke med i kanalen – invitér den med /invite @Balance-assistenten.",
    "ratelimited": "Slack begrænser stadig antallet af kald efter flere forsøg.",
}


class RetryAfterHandler(RateLimitErrorRetryHandler):
    """On HTTP 429 (`ratelimited`) wait exactly the Retry-After seconds Slack asks for, then retry."""

    def __init__(self, max_retry_count: int = RATE_LIMIT_RETRIES,
                 sleep: Callable[[float], None] = time.sleep):
        super().__init__(max_retry_count=max_retry_count)
        self.sleep = sleep

    def prepare_for_next_attempt(self, *, state, request, response=None, error=None) -> None:
        if response is None:
            raise error
        values = {k.lower(): v for k, v in response.headers.items()}.get("retry-after") or ["1"]
        try:
            seconds = min(float(values[0]), MAX_RETRY_AFTER_SECONDS)
        except ValueError:
            seconds = 1.0
        log.warning("Slack bad os vente %.0f s (ratelimited); prøver igen bagefter.", seconds)
        state.next_attempt_requested = True
        self.sleep(seconds)
        state.increment_current_attempt()


def retry_handlers(sleep: Callable[[float], None] = time.sleep) -> list:
    return [ConnectionErrorRetryHandler(), RetryAfterHandler(sleep=sleep)]


def web_client(config: Config, sleep: Callable[[float], None] = time.sleep) -> WebClient:
    """The official WebClient for the bot token, against SLACK_API_URL (Slack's own, or a local fake)."""
    base_url = config.slack_api_url if config.slack_api_url.endswith("/") else config.slack_api_url + "/"
    return WebClient(token=config.slack_bot_token, base_url=base_url, timeout=HTTP_TIMEOUT_SECONDS,
                     retry_handlers=retry_handlers(sleep))


class SlackWorker:
    """Does the queued work: 👀, ask, answer in the thread (or on the response_url), remove 👀."""

    def __init__(self, services: Services, jobs: JobQueue, *, client: WebClient | None = None,
                 threads: int | None = None, sleep: Callable[[float], None] = time.sleep,
                 poll_seconds: float = POLL_SECONDS):
        self.services = services
        self.config = services.config
        self.jobs = jobs
        self.client = client or web_client(self.config, sleep)
        self.sleep = sleep
        self.threads = max(1, threads or self.config.slack_worker_threads)
        self.poll_seconds = poll_seconds
        self.memory = ConversationMemory(jobs.db)
        self._lock = threading.Lock()
        # One answer computed at a time per process: finding an answer is pure Python, and several
        # at once would hold the GIL against the request threads that must acknowledge Slack fast.
        self._asking = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._handoff: queue.Queue[Job | None] = queue.Queue()
        self._slots = threading.Semaphore(self.threads)
        self._running: list[threading.Thread] = []
        self._pid: int | None = None

    # Threads ------------------------------------------------------------------------------------
    def ensure_running(self) -> None:
        """Start the threads in this process (again after a fork: threads do not survive one)."""
        with self._lock:
            if self._pid == os.getpid() or self._stop.is_set():
                return
            self._pid = os.getpid()
            self._handoff = queue.Queue()
            self._slots = threading.Semaphore(self.threads)
            self._running = [threading.Thread(target=self._dispatch, name="slack-dispatch", daemon=True)]
            self._running += [threading.Thread(target=self._work, name=f"slack-worker-{i}", daemon=True)
                              for i in range(self.threads)]
            for thread in self._running:
                thread.start()

    def wake(self) -> None:
        """A job was queued: look at once instead of at the next poll."""
        self.ensure_running()
        self._wake.set()

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        """Finish the jobs in hand and stop; queued jobs stay in the database for the next start."""
        self._stop.set()
        self._wake.set()
        for _ in range(self.threads):
            self._handoff.put(None)
        deadline = time.monotonic() + timeout
        for thread in self._running:
            thread.join(max(0.0, deadline - time.monotonic()))

    def _dispatch(self) -> None:
        while not self._stop.is_set():
            if not self._slots.acquire(timeout=self.poll_seconds):
                continue
            job = self._take()
            if job is None:
                self._slots.release()
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
                continue
            self._handoff.put(job)

    def _take(self) -> Job | None:
        try:
            return self.jobs.take()
        except Exception:  # noqa: BLE001 - a locked or broken database must not end the dispatcher
            log.exception("Slack-køen i %s kunne ikke læses; prøver igen.", self.jobs.path)
            self._stop.wait(self.poll_seconds)
            return None

    def _work(self) -> None:
        while True:
            job = self._handoff.get()
            if job is None:
                return
            try:
                self.perform(job.payload)
            except Exception:  # noqa: BLE001 - one bad job must not take the worker thread down
                log.exception("Slack-opgave %s (%s) fejlede.", job.id, job.payload.get("kind"))
            finally:
                try:
                    self.jobs.done(job)
                finally:
                    self._slots.release()

    # Jobs ---------------------------------------------------------------------------------------
    def perform(self, job: dict) -> None:
        """Do one job now, in the calling thread."""
        handler = {"question": self._answer_in_thread, "command": self._answer_command,
                   "share": self._share, "colleague": self._forward,
                   "notice": self._notify}.get(job.get("kind"))
        if handler is None:
            log.error("Ukendt Slack-opgave ignoreret: %r", job.get("kind"))
            return
        handler(job)

    def _answer_in_thread(self, job: dict) -> None:
        channel, ts, thread_ts = job["channel"], job["ts"], job["thread_ts"]
        marked = self.call("reactions.add", channel=channel, name=WORKING_REACTION, timestamp=ts)
        try:
            if job["text"]:
                question = job["text"]
                history = self.memory.history(channel, thread_ts, in_thread=thread_ts != ts,
                                              direct=bool(job.get("direct")))
                message = self._answer_message(
                    lambda: self.services.ask(question, "slack", history))
                self.memory.remember(channel, thread_ts, question)
            else:
                message = render.notice_message(MENTION_HELP)
            self.call("chat.postMessage", channel=channel, thread_ts=thread_ts,
                      unfurl_links=False, unfurl_media=False, **message)
        finally:
            if marked is not None:
                self.call("reactions.remove", channel=channel, name=WORKING_REACTION, timestamp=ts)

    def _answer_command(self, job: dict) -> None:
        message = self._answer_message(lambda: self.services.ask(job["text"], "slack"), share=True)
        self.respond(job["response_url"], {"response_type": "ephemeral", "replace_original": False,
                                           **message})

    def _share(self, job: dict) -> None:
        # Shown again, not asked again: the question is not logged twice and keeps its answer id.
        message = self._answer_message(lambda: self._recreate(job))
        if self.respond(job["response_url"], {"response_type": "in_channel", **message}):
            self.respond(job["response_url"], {"delete_original": True})

    def _forward(self, job: dict) -> None:
        target = self.config.slack_colleague_channel
        try:
            with self._asking:
                said = self._recreate(job).answer
        except AssistantError as exc:
            said = exc.message if exc.status < 500 else "(assistenten kunne ikke svare lige nu)"
        posted = self.call("chat.postMessage", channel=target, unfurl_links=False,
                           **render.colleague_message(job["text"], said, job.get("asker", ""),
                                                      job.get("channel", "")))
        where = f"<#{target}>" if re.fullmatch(r"[CG][A-Z0-9]+", target) else render.escape(target)
        text = (f"Dit spørgsmål er sendt videre til {where}; en kollega svarer dig."
                if posted is not None else
                "Spørgsmålet kunne ikke sendes videre lige nu. Prøv igen om lidt, eller skriv til "
                "sekretariatet.")
        self.respond(job["response_url"], {"response_type": "ephemeral", "replace_original": False,
                                           "text": text})

    def _notify(self, job: dict) -> None:
        self.respond(job["response_url"], {"response_type": "ephemeral", "replace_original": False,
                                           **render.notice_message(job["text"])})

    def _recreate(self, job: dict):
        # Read as /spørg read it (a conversation without history), so a message with two questions is
        # shared and forwarded with both answers it was shown with.
        answer = ask(job["text"], self.services.index.current(), contact_url=self.config.contact_url)
        return dataclasses.replace(answer, id=job["answer_id"])

    def _answer_message(self, get_answer, share: bool = False) -> dict:
        try:
            with self._asking:
                answer = get_answer()
        except AssistantError as exc:
            if exc.status < 500:
                return render.notice_message(exc.message)
            # Server-side messages name files and commands: for the log, not for the channel.
            log.error("Slack-svar mislykkedes: %s", exc.message)
            return render.notice_message(UNAVAILABLE)
        return render.answer_message(answer, share=share,
                                     colleague=bool(self.config.slack_colleague_channel))

    # Slack calls --------------------------------------------------------------------------------
    def call(self, method: str, **arguments):
        """One Web API call; failures are logged with what to do about them and give None."""
        try:
            return getattr(self.client, method.replace(".", "_"))(**arguments)
        except SlackApiError as exc:
            error = exc.response.get("error", "ukendt_fejl") if exc.response is not None else "ukendt_fejl"
            log.error("Slack afviste %s: %s. %s", method, error, ERROR_HINTS.get(error, ""))
        except (SlackClientError, OSError) as exc:
            log.error("Slack kunne ikke nås ved %s: %s", method, exc)
        return None

    def respond(self, response_url: str, body: dict) -> bool:
        """Send to a slash command's or button's response_url; False (and logged) if it failed."""
        client = WebhookClient(response_url, timeout=HTTP_TIMEOUT_SECONDS,
                               retry_handlers=retry_handlers(self.sleep))
        try:
            response = client.send_dict(body)
        except (SlackClientError, OSError) as exc:
            log.error("Svaret kunne ikke sendes til Slacks response_url: %s", exc)
            return False
        if response.status_code != 200:
            log.error("Slack afviste svaret på response_url: HTTP %s %s", response.status_code,
                      (response.body or "")[:200])
            return False
        return True
