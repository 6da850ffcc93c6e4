"""Visitors ask the same things: a question asked again is answered from memory, exactly as before,
and never from an index the server no longer serves; and the cleaning that makes two spellings of
a question one (its key) is the one every question always had."""
from __future__ import annotations

import re
import unicodedata

from assistant.answer.answer_cache import AnswerCache
from assistant.answer.compose import clean_question
from assistant.answer.conversation import ask
from assistant.config import Config
from assistant.index.storage import load_index
from assistant.quality.question_file import read_question_file
from assistant.quality.question_log import QuestionLog
from assistant.services import LiveIndex, Services
from tests.support.answer_snapshot import question_files
from tests.support.web import build_groenne_byer_index

VISION = "Hvad er Balance Danmarks vision?"
FOUNDED = "Hvornår blev Balance Danmark stiftet?"


def counting_ask(index, asked: list[str]):
    def compute(question: str):
        asked.append(question)
        return ask(question, index)
    return compute


def test_a_question_asked_again_gets_the_same_answer_under_a_new_id_without_the_work(bundled_index):
    cache, asked = AnswerCache(), []
    compute = counting_ask(bundled_index, asked)
    first = cache.answer(bundled_index, (VISION, ()), lambda: compute(VISION))
    again = cache.answer(bundled_index, (VISION, ()), lambda: compute(VISION))
    assert asked == [VISION]
    assert again.answered and (again.answer, again.citations) == (first.answer, first.citations)
    assert again.id != first.id, "feedback on the second answer must not land on the first"
    assert (cache.hits, cache.misses) == (1, 1)


def test_a_new_index_forgets_every_answer_of_the_old_one(bundled_index, tmp_path):
    # Asked without the organisation's name, which the other material never says (and so declines).
    vision = "Hvad er jeres vision?"
    cache = AnswerCache()
    old = cache.answer(bundled_index, (vision, ()), lambda: ask(vision, bundled_index))
    assert old.answered
    # Another material is served now (a fictional association's site): the same words get its
    # answer, never the remembered one from the material served before.
    other = load_index(build_groenne_byer_index(tmp_path, "https://groenne-byer.example/"))
    new = cache.answer(other, (vision, ()), lambda: ask(vision, other))
    assert new.answer != old.answer
    assert {c.url.split("/")[2] for c in new.citations} == {"groenne-byer.example"}
    assert len(cache) == 1


def test_the_least_recently_asked_question_is_dropped_when_the_cache_is_full(bundled_index):
    cache, asked = AnswerCache(size=2), []
    compute = counting_ask(bundled_index, asked)
    for question in (VISION, FOUNDED, VISION, "Hvem kan blive medlem?", VISION, FOUNDED):
        cache.answer(bundled_index, (question, ()), lambda q=question: compute(q))
    # The vision stays, as it is asked all the time; the founding date was pushed out once.
    assert asked == [VISION, FOUNDED, "Hvem kan blive medlem?", FOUNDED]
    assert len(cache) == 2


def test_a_conversation_is_remembered_with_its_earlier_questions(bundled_index):
    cache, asked = AnswerCache(), []
    for earlier in ((), (FOUNDED,), ()):
        cache.answer(bundled_index, ("Hvem står bag?", earlier), lambda: asked.append(1) or ask(
            "Hvem står bag?", bundled_index, earlier))
    assert len(asked) == 2, "the same words after another question are another question"


def test_an_operator_can_turn_it_off(bundled_index):
    cache, asked = AnswerCache(size=0), []
    compute = counting_ask(bundled_index, asked)
    for _ in range(2):
        cache.answer(bundled_index, (VISION, ()), lambda: compute(VISION))
    assert asked == [VISION, VISION]
    assert len(cache) == 0


def test_the_server_logs_every_asking_and_answers_spacing_variants_from_memory(test_config):
    config = test_config.replace(answer_cache=16)
    services = Services.from_config(config)
    assert isinstance(services.store, QuestionLog) and isinstance(services.index, LiveIndex)
    first = services.ask(VISION, "widget")
    again = services.ask(f"  {VISION.replace(' ', '  ')}\n", "api")
    assert (again.answer, again.citations) == (first.answer, first.citations)
    assert services.answers.hits == 1
    assert len(services.store.questions()) == 2
    assert services.store.has_answer(first.id) and services.store.has_answer(again.id)


def test_the_configured_size_reaches_the_server(test_config):
    assert Services.from_config(test_config.replace(answer_cache=0)).answers.size == 0
    assert Config().answer_cache > 0


def character_walk(question: str) -> str:
    """The cleaning every question went through before printable ones skipped the walk."""
    text = "".join(c if unicodedata.category(c)[0] != "C" or c in "\t\n" else " " for c in question)
    return re.sub(r"\s+", " ", text).strip()


def test_a_question_is_cleaned_as_before_whether_or_not_it_holds_hidden_characters():
    # Each question file's questions, and what browsers and chat apps slip in: soft hyphens and
    # zero-width spaces (format characters), NUL and bell, tabs, line breaks, a private-use
    # character, an unassigned one, a lone surrogate and non-breaking and ideographic spaces.
    hidden = ["\xad", "\u200b", "\u200d", "\ufeff", "\x00", "\x07", "\t", "\n", "\r", "\ue000",
              "\U000e0100", "\u0378", "\ud800", "\xa0", "\u3000", "\u2028", "\x85"]
    asked = [e.question for path in question_files() for e in read_question_file(path)]
    mixed = [q[:n] + h + q[n:] for q in asked[:200] for n, h in [(len(q) // 2, hidden[len(q) % len(hidden)])]]
    for question in asked + mixed + [f"Hvad er{h}jeres vision?" for h in hidden]:
        assert clean_question(question) == character_walk(question), repr(question)
    assert clean_question("Hvad er jeres\u200b vision?\x07") == "Hvad er jeres vision?"


def test_two_visitors_ask_the_same_suggestion_and_each_rates_their_own_answer(client):
    first = client.post("/api/ask", json={"question": VISION, "channel": "widget"}).get_json()
    second = client.post("/api/ask", json={"question": VISION, "channel": "widget"}).get_json()
    assert {k: v for k, v in second.items() if k != "id"} == {k: v for k, v in first.items() if k != "id"}
    assert client.application.extensions["assistant"].answers.hits == 1
    for answer, helpful in ((first, True), (second, False)):
        response = client.post("/api/feedback", json={"id": answer["id"], "helpful": helpful})
        assert response.status_code == 201, response.get_json()
    store = client.application.extensions["assistant"].store
    assert [f["helpful"] for f in store.feedback_for(first["id"])] == [True]
    assert [f["helpful"] for f in store.feedback_for(second["id"])] == [False]
