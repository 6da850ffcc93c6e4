"""What every channel shares: the live index (reloaded when replaced), the store, and logged `ask`."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .answer.answer_cache import AnswerCache
from .answer.compose import clean_question
from .answer.conversation import ask
from .answer.history import clean_history
from .answer.result import Answer
from .answer.warm_up import prepare_answering, prepare_process
from .backends import HealthCheck, health_checks, open_store
from .config import Config
from .errors import AssistantError
from .index.blocks import IndexDamagedError
from .index.bm25 import Index
from .index.preload import preload
from .index.storage import file_signature, load_index
from .language.analysis import Analyzer, default_analyzer
from .quality.question_log import QuestionLog
from .quality.question_log_pg import PgQuestionLog

log = logging.getLogger(__name__)


class LiveIndex:
    """The index file's current contents: re-read when the indexer replaces the file.

    A request keeps the Index object it started with, so a reload never disturbs one in flight;
    a replacement that cannot be read is logged and the previous index stays in service. Once an
    index serves, a replacement is read and prepared in a background thread while the previous
    index keeps answering: reading and warming a new index takes seconds at 10,000 passages, and
    no visitor (nor /healthz) should wait for it. Only the very first load happens in the request.
    """

    def __init__(self, path: Path, analyzer: Analyzer | None = None, check_seconds: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self.path = Path(path)
        self.analyzer = analyzer or default_analyzer()
        self.check_seconds = check_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._index: Index | None = None
        self._signature = None
        # The last replacement that could not be read: not re-read (nor re-logged) until it changes.
        self._rejected: object = False
        self._checked_at = float("-inf")
        self._loader: threading.Thread | None = None
        # Version files found changed after loading (blocks are checked on first use): never reloaded.
        self._damaged: set[Path] = set()
        self.reloads = 0

    def current(self) -> Index:
        """The newest readable index; raises IndexFormatError only if none was ever readable."""
        index = self._index
        if index is not None:
            if self.clock() - self._checked_at >= self.check_seconds:
                self._check_in_background()
            return index
        with self._lock:
            if self._index is None:
                self._checked_at = self.clock()
                self._load(file_signature(self.path))
            assert self._index is not None
            return self._index

    def discard(self, index: Index) -> None:
        """Stop serving `index`, whose file changed after it was loaded: the next request loads the
        pointer again, skipping that file (so the previous version serves)."""
        with self._lock:
            if index.path is not None:
                self._damaged.add(Path(index.path))
            if self._index is index:
                self._index, self._signature = None, None

    def settle(self, timeout: float = 60.0) -> None:
        """Look for a replacement now and wait until it serves or is refused (the indexer's own
        checks, tests and tools that must see a build at once)."""
        if self._index is None:
            self.current()
            return
        self._check_in_background(force=True)
        loader = self._loader
        if loader is not None:
            loader.join(timeout)

    def _check_in_background(self, force: bool = False) -> None:
        with self._lock:
            now = self.clock()
            busy = self._loader is not None and self._loader.is_alive()
            if busy or (not force and now - self._checked_at < self.check_seconds):
                return
            self._checked_at = now
            signature = file_signature(self.path)
            if signature in (self._signature, self._rejected):
                return
            self._loader = threading.Thread(target=self._load_in_background, args=(signature,),
                                            name="index-reload", daemon=True)
            self._loader.start()

    def _load_in_background(self, signature) -> None:
        try:
            self._load(signature)
        except Exception:  # noqa: BLE001 - the previous index keeps serving; the log says why
            self._rejected = signature
            log.exception("Nyt indeks i %s kunne ikke tages i brug; det forrige bruges fortsat.",
                          self.path)

    def _load(self, signature) -> None:
        try:
            # Serving already, a broken new version is refused rather than swapped for an older one.
            # A replacement is read whole first: the old index answers meanwhile.
            index = load_index(self.path, self.analyzer, fallback=self._index is None,
                               damaged=frozenset(self._damaged), whole=self._index is not None)
        except AssistantError:
            if self._index is None:
                raise
            self._rejected = signature
            log.warning("Nyt indeks i %s kunne ikke læses; det forrige bruges fortsat.", self.path)
            return
        # The blocks nearly every question reads, the spelling and translation tables and everything
        # else a first question would build are ready before the index serves, so no visitor waits
        # (about a second at 10,000 passages).
        preload(index)
        prepare_answering(index)
        self._index, self._signature = index, signature
        self.reloads += 1


@dataclass
class Services:
    """Per-app objects the channels use; built once by the app factory or the Slack runner."""

    config: Config
    index: LiveIndex
    store: QuestionLog | PgQuestionLog
    clock: Callable[[], float] = field(default=time.perf_counter)
    # Shared services (Redis, PostgreSQL) that /healthz reports on; none in the default setup.
    dependencies: list[HealthCheck] = field(default_factory=list)
    # Answers to questions asked again, per served index (answer/answer_cache.py).
    answers: AnswerCache = field(default_factory=AnswerCache)

    @classmethod
    def from_config(cls, config: Config) -> Services:
        store = open_store(config)
        return cls(config=config,
                   index=LiveIndex(config.index_path, check_seconds=config.index_check_seconds),
                   store=store, dependencies=health_checks(config, store),
                   answers=AnswerCache(config.answer_cache))

    def prepare(self) -> None:
        """Before serving: load what every index shares, then the index itself, so every worker
        holds an index before anything can happen to the file (none yet: 503 until a build)."""
        prepare_process(self.index.analyzer, self.config.table_cache)
        try:
            self.index.current()
        except AssistantError:
            pass

    def ask(self, question: object, channel: str, history: object = ()) -> Answer:
        """Answer a question in its conversation (earlier questions, newest last) and log it
        (question, outcome, top source, latency) for the channel."""
        started = self.clock()
        index = self.index.current()
        text, earlier = clean_question(question), clean_history(history)
        try:
            answer = self._answer(index, text, earlier)
        except IndexDamagedError:
            # Its file changed after loading and a block it needed no longer matches: the question
            # is asked again of the previous version (or fails with the Danish 503 if there is none).
            log.warning("Indeksfilen %s er ændret, efter den blev indlæst; den forrige version tages "
                        "i brug.", index.path)
            self.index.discard(index)
            answer = self._answer(self.index.current(), text, earlier)
        self.store.log_question(answer, channel, (self.clock() - started) * 1000.0)
        return answer

    def _answer(self, index: Index, text: str, earlier: tuple[str, ...]) -> Answer:
        # Cleaning is idempotent, so ask() gives the cleaned question the answer the raw one gets.
        return self.answers.answer(index, (text, earlier), lambda: ask(
            text, index, earlier, contact_url=self.config.contact_url))
