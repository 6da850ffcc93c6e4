"""Escape sequences planted in a page never reach the corpus, the answers or the operator's terminal."""
from __future__ import annotations

import re

import requests

from assistant.answer.compose import ask
from assistant.cli.assistant import main
from assistant.config import Config
from assistant.documents import read_corpus, write_document
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.ingest.crawl import crawl
from assistant.quality.question_log import QuestionLog
from tests.support.corpus import make_document
from tests.support.crawl import SiteServer

# Retitles the terminal window (OSC 0 … BEL), clears the screen (CSI 2J), 8-bit CSI, bidi override.
HOSTILE = "\x1b]0;ejet\x07\x1b[2J\x9b31m\u202e"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
QUESTION = "Hvornår planter Foreningen Grønne Byer træer?"
# The rest of the page: a body that is mostly control characters is binary junk and skipped whole
# (test_crawl_binary.py); planted sequences in an ordinary page are what extraction has to strip.
ORDINARY = ("Alle medlemmer er velkomne til plantedagen. Vi mødes ved foreningens skur kl. 10, "
            "hvor der er spader, handsker og kaffe. Tag gerne naboerne med; børn er også velkomne.")


def test_control_characters_in_a_crawled_page_are_stripped_at_extraction(tmp_path):
    config = Config(corpus_dir=tmp_path / "corpus", crawl_delay=0.0, crawl_backoff=0.01)
    with SiteServer() as site, requests.Session() as session:
        site.html("/", f"<html><head><title>Plantedag{HOSTILE}</title></head><body><main>"
                       f"<h2>Træer{HOSTILE}</h2><p>Foreningen Grønne Byer planter træer{HOSTILE} i maj.</p>"
                       f"<p>{ORDINARY}</p></main></body></html>")
        crawl([site.url("/")], config.corpus_dir, config, session)
    [doc] = read_corpus(config.corpus_dir)
    assert doc.title == "Plantedag]0;ejet[2J31m"
    assert not CONTROL.search(doc.title + "".join(s.heading + s.text for s in doc.sections))


def index_with_hostile_title(tmp_path):
    """A corpus file written before extraction stripped controls (or edited by hand)."""
    corpus = tmp_path / "corpus"
    write_document(corpus, make_document("https://groennebyer.example/plantedag/", f"Plantedag{HOSTILE}", [
        (f"Træer{HOSTILE}", f"Foreningen Grønne Byer planter træer{HOSTILE} i maj hvert år.")]))
    build_and_save(corpus, tmp_path / "index.bm25")
    return tmp_path / "index.bm25"


def test_the_ask_command_prints_no_control_characters(tmp_path, capsys):
    index_path = index_with_hostile_title(tmp_path)
    for extra in ([], ["--json"]):
        assert main(["ask", QUESTION, "--index", str(index_path), *extra]) == 0
        out = capsys.readouterr().out
        assert "Plantedag" in out
        assert not CONTROL.search(out), repr(out)


def test_the_report_command_prints_no_control_characters(tmp_path, capsys):
    index_path = index_with_hostile_title(tmp_path)
    store = QuestionLog(tmp_path / "log.sqlite3")
    answer = ask(QUESTION, load_index(index_path))
    store.log_question(answer, "widget", latency_ms=12.0)
    store.record_feedback(answer.id, helpful=False, channel="widget")
    assert main(["report", "--db", str(tmp_path / "log.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "Plantedag" in out
    assert not CONTROL.search(out), repr(out)
