"""Many visitors ask at once: a worker computes only a few answers at a time, and everyone is answered.

The other threads stay free to read requests (also slow clients' half-sent ones, see
tests/web/test_slow_clients.py); they queue for an answer slot instead of sharing the interpreter
with every answer in progress.
"""
from __future__ import annotations

import threading
import time

from assistant.app import create_app
from assistant.web.api import ANSWER_SLOTS

VISITORS = 8


def test_a_worker_answers_at_most_its_answer_slots_at_once_and_every_visitor_gets_an_answer(test_config):
    app = create_app(test_config.replace(rate_limit="1000 per minute"))
    services = app.extensions["assistant"]
    answer = services.ask
    lock = threading.Lock()
    busy, most_at_once = [0], [0]

    def slow_answer(*args, **kwargs):
        with lock:
            busy[0] += 1
            most_at_once[0] = max(most_at_once[0], busy[0])
        try:
            time.sleep(0.05)   # long enough for every visitor to arrive while one is answered
            return answer(*args, **kwargs)
        finally:
            with lock:
                busy[0] -= 1

    services.ask = slow_answer
    statuses = []

    def visitor(number: int) -> None:
        response = app.test_client().post("/api/ask", json={"question": "Hvad er Balance Danmarks vision?"},
                                          environ_base={"REMOTE_ADDR": f"192.0.2.{number}"})
        statuses.append((response.status_code, bool(response.get_json()["answer"])))

    visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(VISITORS)]
    for thread in visitors:
        thread.start()
    for thread in visitors:
        thread.join(timeout=30)

    assert statuses == [(200, True)] * VISITORS
    assert most_at_once[0] == ANSWER_SLOTS < VISITORS
