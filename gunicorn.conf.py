"""gunicorn settings for Balance-assistenten (read by `gunicorn -c gunicorn.conf.py`).

Threaded workers (gthread): a client that opens a connection and sends half a request holds one
thread, not a whole process, and an idle connection waits in the worker's event loop without any
thread. Four sync workers were stopped by four such sockets; see docs/hardening.md.
"""
import ctypes
import gc
import os

# glibc's malloc gives each new thread an arena of its own (up to 8 per core), and a thread's freed
# memory stays in its arena: at 100,000 passages a worker's 16 threads grew it by 93 MB over 10,000
# questions, 62 MB with two arenas (benchmarks/ask_peer_bench.py --memory, docs/benchmarks.md). Two
# are enough: at most ANSWER_SLOTS threads compute answers at once, under one interpreter lock. The
# master sets the limit before it forks, so every worker has it; without glibc nothing changes.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt's parameter number for the arena limit (glibc's malloc.h)


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Limit glibc's malloc arenas for this process and the workers it forks; False without glibc."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_ARENA_MAX, arenas))


limit_malloc_arenas()

wsgi_app = "assistant.app:create_app()"
bind = ["127.0.0.1:8000"]
# Four on two cores: against two (same 16 clients, runs alternated, docs/benchmarks.md) neither was
# steadily faster nor cheaper per answer, and with four a worker that is held up (a full garbage
# collection, a slow client's thread) leaves three to answer.
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
worker_class = "gthread"
# Requests are short (an answer takes milliseconds); threads are for waiting on slow clients. Only
# two per worker compute answers at once (ANSWER_SLOTS in assistant/web/api.py, docs/operations.md).
threads = 16
# A worker whose main loop is stuck this long is replaced; a request never takes near this.
timeout = 30
graceful_timeout = 10
# Idle keep-alive connections are closed after this many seconds.
keepalive = 5
# The request line and headers an API, widget or Slack request needs, with ample room.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190


def post_worker_init(worker):
    """Freeze what the worker loaded, then say that it has loaded the app and its index and takes
    requests.

    The app's tables and models stay for the worker's life, yet every full garbage collection walked
    all of them: ~0.4 s (10,000 passages), a pause for every request the worker held. Frozen
    objects are left out of collections (the gc.freeze() recipe in Python's gc documentation).
    """
    gc.collect()
    gc.freeze()
    worker.log.info("Worker klar (pid %s)", worker.pid)
