"""A visitor asks about Balance Danmark's vision, history, fight and members and gets cited answers."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from assistant.answer.compose import MAX_QUESTION_CHARS, ask
from assistant.errors import QuestionError

QUESTIONS = Path(__file__).parents[1] / "data" / "questions_bundled.tsv"
OM = "https://balance-danmark.dk/om/"


def question_set(path: Path = QUESTIONS) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = csv.reader((line for line in lines if not line.startswith("#")), delimiter="\t")
    next(rows)
    return [(q, expected) for q, expected in rows]


ANSWERABLE = [(q, e) for q, e in question_set() if e != "NONE"]
UNANSWERABLE = [q for q, e in question_set() if e == "NONE"]


@pytest.mark.parametrize("question, expected_url", ANSWERABLE)
def test_a_visitor_gets_the_right_section_cited_first(bundled_index, question, expected_url):
    answer = ask(question, bundled_index)
    assert answer.answered, answer.answer
    assert answer.citations[0].url == expected_url
    assert answer.answer.split(" [")[0] and "[1]" in answer.answer


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_question_the_material_cannot_answer_is_declined(bundled_index, question):
    answer = ask(question, bundled_index, contact_url="https://example.org/kontakt")
    assert not answer.answered
    assert answer.citations == ()
    # An English question is declined in English, a Danish one in Danish.
    assert ("ikke finde et svar" in answer.answer and "sekretariatet" in answer.answer
            or "cannot find an answer" in answer.answer and "secretariat" in answer.answer)
    assert "https://example.org/kontakt" in answer.answer


def test_the_history_answer_tells_when_and_under_which_name_it_started(bundled_index):
    answer = ask("Hvornår blev Balance Danmark stiftet?", bundled_index)
    assert answer.answer.startswith("Balance Danmark startede i 2014 under navnet Danmark på Vippen")
    assert answer.answer.endswith("[1]")
    c = answer.citations[0]
    assert (c.n, c.title, c.heading) == (1, "Om Balance Danmark", "Vores historie")
    assert c.url == OM + "#vores-historie"
    # The snippet gives what follows the quoted sentence, not the sentence again.
    assert c.snippet.startswith("[…] Bag initiativet stod Danske Andelskassers Bank") and c.score > 0
    assert "2014" not in c.snippet


def test_the_name_change_answer_quotes_the_source_sentence_exactly(bundled_index):
    answer = ask("Hvornår skiftede I navn til Balance Danmark?", bundled_index)
    sentence = ("I 2017 blev bevægelsen Oprør fra Udkanten en del af Danmark på Vippen, som i "
                "slutningen af 2018 ændrede navn til Balance Danmark.")
    assert sentence + " [1]" in answer.answer


def test_questions_typed_without_danish_letters_find_the_same_section(bundled_index):
    with_letters = ask("Hvornår blev I stiftet?", bundled_index)
    without = ask("hvornaar blev i stiftet", bundled_index)
    assert with_letters.citations[0].url == without.citations[0].url == OM + "#vores-historie"


def test_an_answer_has_one_to_three_sentences_each_with_its_marker(bundled_index):
    for question, _ in ANSWERABLE:
        answer = ask(question, bundled_index)
        markers = re.findall(r"\[(\d+)\]", answer.answer)
        assert 1 <= len(markers) <= 3, question
        # Citations are numbered in order of first use, and every citation is used.
        first_use = list(dict.fromkeys(int(m) for m in markers))
        assert first_use == list(range(1, len(answer.citations) + 1)), question


def test_the_answer_json_keeps_the_contract(bundled_index):
    data = ask("Hvad er jeres vision?", bundled_index).to_json()
    assert {"question", "answered", "answer", "citations", "id"} <= set(data)
    assert set(data["citations"][0]) >= {"n", "title", "heading", "url", "snippet", "score", "link"}
    assert data["question"] == "Hvad er jeres vision?" and data["answered"] is True
    # The command line's --json, the API and Slack share this: the link opens the quoted words.
    assert data["citations"][0]["link"].startswith(data["citations"][0]["url"] + ":~:text=")


@pytest.mark.parametrize("question, message", [
    ("", "Skriv et spørgsmål"),
    ("   \n\t ", "Skriv et spørgsmål"),
    ("\x00\x01\x02", "Skriv et spørgsmål"),
    ("x" * (MAX_QUESTION_CHARS + 1), "for langt"),
    (None, "skal være tekst"),
    (42, "skal være tekst"),
    (["hvad er jeres vision?"], "skal være tekst"),
    (b"vision", "skal være tekst"),
])
def test_unusable_questions_get_a_clear_danish_error(bundled_index, question, message):
    with pytest.raises(QuestionError) as err:
        ask(question, bundled_index)
    assert message in err.value.message and err.value.status == 400


@pytest.mark.parametrize("question", [
    "<script>alert(1)</script> vision",
    "'; DROP TABLE questions; --",
    "?????!!!!....",
    "hvad er det?",                                   # nothing but stopwords and question words
    "🙂🙂🙂",
    "ā" * MAX_QUESTION_CHARS,
    "vision " * 70,
    "\u202ehvad er jeres vision\u202c",              # bidi control characters
    "a" * 400 + " vision",
    "(((((((((((((((((((((((((((((((((((((((a",
])
def test_hostile_or_odd_questions_never_crash(bundled_index, question):
    answer = ask(question, bundled_index)
    assert isinstance(answer.answer, str) and answer.answer
    for c in answer.citations:
        assert c.url.startswith(OM)


def test_control_characters_in_a_question_are_dropped_not_kept(bundled_index):
    answer = ask("Hvad er jeres\x00 vision?\x07", bundled_index)
    assert answer.question == "Hvad er jeres vision?"
    assert answer.answered


def test_the_same_paragraph_on_two_pages_is_cited_once(index_of):
    from tests.support.corpus import make_document

    shared = ("Foreningen Grønne Byer blev stiftet i 1998 af tre haveforeninger i Vejle. "
              "Den har i dag 40 lokalafdelinger.")
    index = index_of([
        make_document("https://groenne.example/om/", "Om foreningen", [("Historie", shared)]),
        make_document("https://groenne.example/presse/", "Presse", [("Fakta", shared + " ")]),
        make_document("https://groenne.example/kontakt/", "Kontakt",
                      [("Adresse", "Sekretariatet ligger i Vejle.")]),
    ])
    answer = ask("Hvornår blev Grønne Byer stiftet?", index)
    assert answer.answered
    assert len(answer.citations) == 1
    assert answer.answer.count("stiftet i 1998") == 1
